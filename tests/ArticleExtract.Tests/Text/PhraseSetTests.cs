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
}
