using System.Reflection;
using System.Text.RegularExpressions;
using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Text;

/// <summary>A gated regex answers as the regex alone does, and shuts out text that holds none of its literals.</summary>
public sealed class LiteralGateTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"\bsponsored (?:by|content)\b|^advertisement$", "Sponsored by Acme", true)]
    [InlineData(@"\bsponsored (?:by|content)\b|^advertisement$", "ADVERTISEMENT", true)]
    [InlineData(@"\bsponsored (?:by|content)\b|^advertisement$", "The advertisement ran twice.", false)]
    [InlineData(@"\bsponsored (?:by|content)\b|^advertisement$", "He said the plan was sound.", false)]
    [InlineData(@"^(?:this|the) (?:video|audio) is unavailable\.?$", "The video is unavailable.", true)]
    [InlineData(@"^(?:this|the) (?:video|audio) is unavailable\.?$", "The mayor spoke on Tuesday.", false)]
    [InlineData(@"^\d+ minutes ago$", "12 minutes ago", true)]
    [InlineData(@"^\d+ minutes ago$", "Twelve minutes ago", false)]
    [InlineData(@"\bkeep reading\b", "\u212Aeep reading", true)]
    [InlineData(@"\bstraße\b", "STRAẞE", true)]
    [InlineData(@"\bistanbul\b", "İstanbul", false)]
    public void AnswersAsTheRegexAlone(string pattern, string text, bool expected)
    {
        var regex = new Regex(pattern, Options);
        var gate = new LiteralGate(regex);

        Assert.True(gate.Gated);
        Assert.Equal(regex.IsMatch(text), gate.IsMatch(text));
        Assert.Equal(expected, gate.IsMatch(text));
        Assert.Equal(regex.Match(text).Value, gate.Match(text).Value);
        Assert.Equal(regex.Count(text), gate.Count(text));
        Assert.Equal(regex.Replace(text, "#"), gate.Replace(text, "#"));
    }

    [Theory]
    [InlineData(@"\bsponsored (?:by|content)\b|^advertisement$", "The advertisement ran twice.")]
    [InlineData(@"^(?:this|the) (?:video|audio) is unavailable\.?$", "The mayor spoke on Tuesday.")]
    [InlineData(@"^(?:this|the) (?:video|audio) is unavailable\.?$", "Officials said this is unavailable data.")]
    [InlineData(@"^\d+ minutes ago$", "Twelve minutes ago")]
    public void ShutsOutTextWithoutTheLiterals(string pattern, string text)
    {
        var gate = new LiteralGate(new Regex(pattern, Options));

        Assert.False(gate.Open(text));
        Assert.Same(Match.Empty, gate.Match(text));
        Assert.Same(text, gate.Replace(text, "#"));
    }

    [Fact]
    public void LetsEverythingThroughWhenThePatternGivesNoLiterals()
    {
        var gate = new LiteralGate(new Regex(@"^\w+\d$", Options));

        Assert.False(gate.Gated);
        Assert.True(gate.Open("Anything at all"));
        Assert.True(gate.IsMatch("route66"));
    }

    // A gate wrapped round a regex whose pattern gives no literals costs a call and saves nothing.
    [Fact]
    public void EveryGateInTheLibraryGates()
    {
        var gates = typeof(ArticleExtractor).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(field => field.FieldType == typeof(LiteralGate))
            .Select(field => (Name: field.DeclaringType!.Name + "." + field.Name, Gate: (LiteralGate)field.GetValue(null)!))
            .ToList();

        Assert.NotEmpty(gates);
        Assert.Empty(gates.Where(entry => !entry.Gate.Gated).Select(entry => entry.Name));
    }

    // Every regex of the library, gated, against every text the suite's theories hand it (chrome lines, bylines,
    // datelines, headlines written to match): where the regex matches, the gate must have opened.
    [Fact]
    public void NoLibraryRegexIsShutOutOfATextItMatches()
    {
        var texts = typeof(LiteralGateTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods())
            .SelectMany(method => method.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(data => data.Data.OfType<string>().Concat(data.Data.OfType<string[]>().SelectMany(items => items)))
            .SelectMany(text => text.Split('\n').Append(text))
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var regexes = typeof(ArticleExtractor).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(method => method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0 && !method.ContainsGenericParameters)
            .Select(method => (Name: method.DeclaringType!.Name + "." + method.Name, Regex: (Regex)method.Invoke(null, null)!))
            .ToList();

        var shut = new List<string>();
        foreach (var (name, regex) in regexes)
        {
            var gate = new LiteralGate(regex);
            shut.AddRange(texts.Where(text => !gate.Open(text) && regex.IsMatch(text)).Select(text => name + ": " + text));
        }

        Assert.True(texts.Count > 1000 && regexes.Count > 100, $"{texts.Count} texts, {regexes.Count} regexes");
        Assert.Empty(shut);
    }
}
