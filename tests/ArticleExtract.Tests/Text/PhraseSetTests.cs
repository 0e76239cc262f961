using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Text;

/// <summary>The phrase search answers as a search per phrase with <see cref="StringComparison.OrdinalIgnoreCase"/> does.</summary>
public sealed class PhraseSetTests
{
    private static readonly PhraseSet Phrases = new("sign up", "newsletter", "会員限定", "abonnez", "STRAẞE");

    [Theory]
    [InlineData("Sign Up for our daily briefing", true)]
    [InlineData("the NEWSLETTER arrives at 6", true)]
    [InlineData("この記事は会員限定です", true)]
    [InlineData("Abonnez-vous", true)]
    [InlineData("news letter", false)]
    [InlineData("signup", false)]
    [InlineData("", false)]
    [InlineData("Hauptstraße", false)]
    public void FindsAPhraseIgnoringCase(string text, bool expected)
    {
        Assert.Equal(expected, Phrases.FoundIn(text));
        Assert.Equal(Phrases.Phrases.Any(phrase => text.Contains(phrase, StringComparison.OrdinalIgnoreCase)), Phrases.FoundIn(text));
    }

    // Phrases that need a character beyond ASCII are searched only in text holding one, with the answers of a search
    // per phrase: ordinal ignore-case equates neither "ſ" with "S" nor "ı" with "I".
    [Theory]
    [InlineData("ſign", "Sign up today", false)]
    [InlineData("ıt", "IT desk", false)]
    [InlineData("ſign", "ſign up today", true)]
    [InlineData("会員", "members only", false)]
    [InlineData("会員", "members only · 会員", true)]
    [InlineData("é", "cafe", false)]
    [InlineData("é", "CAFÉ", true)]
    [InlineData("σ", "ΟΔΟΣ", true)]
    [InlineData("ς", "ΟΔΟΣ", true)]
    [InlineData("ǆ", "ǅ", true)]
    [InlineData("µ", "Μ", true)]
    [InlineData("źródło", "ŹRÓDŁO: PAP", true)]
    [InlineData("źródło", "zrodlo “quoted” — text", false)]
    [InlineData("来源", "“来” and “源”", false)]
    public void SearchesPhrasesBeyondAsciiOnlyWhereTheyCanBe(string phrase, string text, bool expected)
    {
        var phrases = new PhraseSet(phrase, "zzzz");
        Assert.Equal(expected, phrases.FoundIn(text));
        Assert.Equal(text.Contains(phrase, StringComparison.OrdinalIgnoreCase), phrases.FoundIn(text));
    }
}
