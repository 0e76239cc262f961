using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class FieldMatcherTests
{
    [Fact]
    public void Title_compares_whitespace_normalised_and_case_sensitive()
    {
        Assert.True(FieldMatcher.TitleMatches("Bohren, bis es heiß wird", " Bohren,\u00A0bis es\n heiß wird "));
        Assert.False(FieldMatcher.TitleMatches("Bohren, bis es heiß wird", "bohren, bis es heiß wird"));
        Assert.False(FieldMatcher.TitleMatches("Title", null));
    }

    [Theory]
    [InlineData("2019-10-16", 2019, 10, 16)]
    [InlineData("2015-03-25T14:30:00+01:00", 2015, 3, 25)]
    [InlineData("2015-03-25T23:30:00Z", 2015, 3, 25)]
    public void Expected_day_is_the_date_part(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FieldMatcher.ParseExpectedDay(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2019")]
    [InlineData("16.10.2019")]
    public void Text_without_an_iso_day_gives_no_expectation(string? text)
    {
        Assert.Null(FieldMatcher.ParseExpectedDay(text));
    }

    [Fact]
    public void Byline_matches_normalised_and_case_insensitive()
    {
        Assert.True(FieldMatcher.BylineMatches("Heike  Buchter", null, "heike buchter", []));
        Assert.False(FieldMatcher.BylineMatches("Heike Buchter", null, "Heike Buchter, Staff Writer", []));
        Assert.False(FieldMatcher.BylineMatches("Heike Buchter", null, null, []));
    }

    [Fact]
    public void Byline_label_word_is_not_part_of_the_byline()
    {
        Assert.True(FieldMatcher.BylineMatches("By Ana Sandoiu", null, "Ana Sandoiu", []));
        Assert.True(FieldMatcher.BylineMatches("Par Sébastien Farcis", null, null, ["Sébastien Farcis"]));
        Assert.True(FieldMatcher.BylineMatches("Heike Buchter", null, "by Heike Buchter", []));
        Assert.False(FieldMatcher.BylineMatches("By Ana Sandoiu", null, "By", []));
        Assert.Equal("Bylines Matter", FieldMatcher.WithoutLabel("Bylines Matter"));
    }

    [Fact]
    public void Byline_also_accepts_our_author_list_naming_the_same_people()
    {
        Assert.True(FieldMatcher.BylineMatches("Sarah Hinger; Sylvia Torres-Guillén", null, null, ["Sylvia Torres-Guillén", "Sarah Hinger"]));
        Assert.True(FieldMatcher.BylineMatches("David Brand and Ramsey Khalifeh", null, "Other", ["David Brand", "Ramsey Khalifeh"]));
        Assert.False(FieldMatcher.BylineMatches("David Brand and Ramsey Khalifeh", null, null, ["David Brand"]));
    }

    [Fact]
    public void Expected_authors_compare_as_sets_with_our_authors_or_the_names_in_our_byline()
    {
        string[] expected = ["KEVIN SACK", "ADAM NOSSITER", "PAM BELLUCK", "SHERI FINK"];
        Assert.True(FieldMatcher.BylineMatches(null, expected, null, ["Adam Nossiter", "Kevin Sack", "Sheri Fink", "Pam Belluck"]));
        Assert.True(FieldMatcher.BylineMatches(null, expected, "Kevin Sack, Adam Nossiter, Pam Belluck and Sheri Fink", []));
        Assert.False(FieldMatcher.BylineMatches(null, expected, null, ["Kevin Sack"]));
        Assert.False(FieldMatcher.BylineMatches(null, expected, null, []));
    }

    [Fact]
    public void No_expectation_gives_no_verdict()
    {
        Assert.Null(FieldMatcher.BylineMatches(null, null, "Someone", ["Someone"]));
        Assert.Null(FieldMatcher.BylineMatches(null, [], "Someone", []));
    }
}
