using System.Text.RegularExpressions;
using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Text;

/// <summary>What a pattern's every match must hold, read from the pattern: tests as data, pattern by pattern.</summary>
public sealed class RequiredLiteralsTests
{
    // Pattern, then the expected requirement written as "^opening[+also|also]" for anchored branches and "*literal" for
    // the others, joined by spaces in the order the branches give them; "null" when some branch gives nothing.
    [Theory]
    [InlineData(@"\bsponsored by\b|advertisement", "*sponsored by *advertisement")]
    [InlineData(@"\breceives? (?:financial )?support\b", "*receive")]
    [InlineData(@"(?:read|see) more", "* more")]
    [InlineData(@"(?:read|see) (?:it|on)", "*read *see")]
    [InlineData(@"colou?r chart", "*r chart")]
    [InlineData(@"a+b", "*a")]
    [InlineData(@"\d{1,2}:\d{2} ET \(GMT\)", "* ET (GMT)")]
    [InlineData(@"[★☆]{2,}", "*★ *☆")]
    [InlineData(@"(?:the )?trust project", "*trust project")]
    [InlineData(@"(?=\w+ news)\w+", "* news")]
    [InlineData(@"(?!paid )\w+ content", "* content")]
    [InlineData(@"(?-i:PTI|IANS) desk", "* desk")]
    [InlineData(@"^after the promotion$", "^after the promotion+after the promotion")]
    [InlineData(@"^(?:this|the) (?:video|audio) is unavailable", "^this+ is unavailable ^the+ is unavailable")]
    [InlineData(@"^\d+ minutes ago$", "^0+ minutes ago ^1+ minutes ago ^2+ minutes ago ^3+ minutes ago ^4+ minutes ago ^5+ minutes ago ^6+ minutes ago ^7+ minutes ago ^8+ minutes ago ^9+ minutes ago")]
    [InlineData(@"^(?:«\s*)?(?:next|prev) (?:post|story)", "^«+next|prev ^next+next|prev ^prev+next|prev")]
    [InlineData(@"^[$€]\d", "^$+$|€ ^€+$|€")]
    [InlineData(@"^hace \d+ días atrás$|\bsigue leyendo\b", "^hace + días atrás *sigue leyendo")]
    [InlineData(@"\w+ing", "*ing")]
    [InlineData(@"\w+\d", "null")]
    [InlineData(@"news|\d+", "null")]
    [InlineData(@"(?:news|)alert", "*alert")]
    [InlineData(@"(?:news|)", "null")]
    [InlineData(@"^[^.]{0,40}\bthe trust project\b", "*the trust project")]
    [InlineData(@"^a?b", "*b")]
    [InlineData(@"^[請请]?(?:繼續|继续)閱讀$", "*閱讀")]
    [InlineData(@"(?(x)a|b)", "null")]
    public void ReadsWhatEveryMatchHolds(string pattern, string expected)
    {
        Assert.Equal(expected, Describe(RequiredLiterals.Of(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))));
    }

    // Under multi-line mode '^' also follows a line break, so an anchored branch gives no opening, only what it holds.
    [Theory]
    [InlineData(RegexOptions.Multiline, @"^about the author$", "*about the author")]
    [InlineData(RegexOptions.None, @"(?m)^about the author$", "*about the author")]
    [InlineData(RegexOptions.IgnorePatternWhitespace, @"about the author", "null")]
    public void TreatsTheStartAsAnAnchorOnlyOutsideMultilineMode(RegexOptions options, string pattern, string expected)
    {
        Assert.Equal(expected, Describe(RequiredLiterals.Of(new Regex(pattern, options))));
    }

    private static string Describe(RequiredLiterals.Requirement? requirement) =>
        requirement is null
            ? "null"
            : string.Join(' ', requirement.Prefixes.Select(prefix => "^" + prefix.Text + (prefix.AlsoContains is { } also ? "+" + string.Join('|', also) : string.Empty))
                .Concat(requirement.Anywhere.Select(literal => "*" + literal)));
}
