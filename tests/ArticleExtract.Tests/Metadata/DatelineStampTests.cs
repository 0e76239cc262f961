using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class DatelineStampTests
{
    private const string Story =
        "<p>The 400 million litres a day desalination plant at Perur on East Coast Road is set to be commissioned by December, " +
        "officials of the water board said on Monday.</p><p>Nearly 92% of the civil work has been completed, and trial runs of the " +
        "reverse osmosis units will begin next month, the officials said.</p>";

    private static Article? Extract(string header) =>
        new ArticleExtractor().Extract("<html><head><title>Perur desalination plant to be commissioned by December</title></head><body>" +
            "<div class='article'><h1>Perur desalination plant to be commissioned by December</h1>" + header +
            "<div class='articlebody'>" + Story + "</div></div></body></html>").Article;

    [Theory]
    [InlineData("<div class='author-info'><div class='author-name'>Special Correspondent</div><p class='dateline'>CHENNAI</p></div>", "CHENNAI")]
    [InlineData("<div class='field field--name-field-dateline'>MBALE</div>", "MBALE")]
    [InlineData("<div class='ortsmarke'>WINTERTHUR</div>", "WINTERTHUR")]
    [InlineData("<span class='dateline'>Chennai</span>", "Chennai")]
    // An element named for the place in the header's row, with the day perhaps beside it.
    [InlineData("<div class='news-info'><div class='city'>ANKARA</div><div class='source'>Anadolu Agency</div></div>", "ANKARA")]
    public void APlaceSetApartUnderTheHeadlineIsTheDateline(string header, string place)
    {
        var article = Extract(header);

        Assert.NotNull(article);
        Assert.NotNull(article.Dateline);
        Assert.Equal(place, article.Dateline.Location);
        Assert.Null(article.Dateline.Agency);
        Assert.StartsWith("The 400 million", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith(place + " The 400 million", article.Text, StringComparison.Ordinal);
    }

    // An unlisted place in title case counts in an element named for the dateline set right over the story's first
    // paragraph, or beside a known agency parted by a bullet in one named for the place, or by a spaced slash in one named
    // for the dateline.
    [Theory]
    [InlineData("<div class='news-body'><div class='news-dateline'><span class='loc'>Trevalle</span> / <span class='agency'>QNA</span></div>" + Story + "</div>", "Trevalle", "QNA")]
    [InlineData("<div class='article__content'><div class='article__dateline'>Trevalle</div>" + Story + "</div>", "Trevalle", null)]
    [InlineData("<div class='news-body'><div class='single-news-place'>Trevalle • AFP</div><div class='text'>" + Story + "</div></div>", "Trevalle", "AFP")]
    public void AnUnlistedPlaceCountsOverTheStoryOrBesideAKnownAgency(string body, string place, string? agency)
    {
        var article = new ArticleExtractor().Extract("<html><head><title>Perur desalination plant to be commissioned by December</title></head><body>" +
            "<div class='article'><h1>Perur desalination plant to be commissioned by December</h1>" + body + "</div></body></html>").Article;

        Assert.NotNull(article?.Dateline);
        Assert.Equal(place, article.Dateline.Location);
        Assert.Equal(agency, article.Dateline.Agency);
    }

    // An unlisted title-case word in an element named for the dateline, with no story paragraph under it, is none.
    [Fact]
    public void AnUnlistedWordInADatelineElementAwayFromTheStoryIsNoDateline_Guard() =>
        Assert.Null(Extract("<div class='meta'><span class='dateline'>Trevalle</span><span>Jane Doe</span></div>")?.Dateline);

    // "Trevalle, 4 marzo 2026": the place and the day in one element named for both; the day says the title-case words
    // before it are a place, and the line opens the text as printed.
    [Fact]
    public void APlaceAndADaySetApartAreTheDateline()
    {
        var article = Extract("<div class='articolo__luogo-data'>Trevalle, 4 marzo 2026</div>");

        Assert.NotNull(article?.Dateline);
        Assert.Equal("Trevalle", article.Dateline.Location);
        Assert.StartsWith("Trevalle, 4 marzo 2026 The 400 million", article.Text, StringComparison.Ordinal);
    }

    // "<p><b class='wk-ortsmarke'>Husum.</b> …": a German place mark opening the story's first paragraph, an unlisted place
    // in title case closed by its full stop.
    [Fact]
    public void APlaceMarkOpeningTheFirstParagraphIsTheDateline()
    {
        var article = new ArticleExtractor().Extract("<html lang='de'><body><div class='article'><h1>Schnellfähre nach Pellworm soll ab Mai pendeln</h1>" +
            "<div class='text'><p><b class='wk-ortsmarke'>Husum.</b> Wer von Husum nach Pellworm will, muss sich bislang nach den Gezeiten richten und nach dem Fährhafen Nordstrand.</p>" +
            "<p>Das Schiff mit Platz für 180 Fahrgäste und 20 Fahrräder wird derzeit auf einer Werft in Dänemark gebaut, teilte die Reederei mit.</p></div></div></body></html>").Article;

        Assert.NotNull(article?.Dateline);
        Assert.Equal("Husum", article.Dateline.Location);
        Assert.StartsWith("Wer von Husum", article.Paragraphs[0], StringComparison.Ordinal);
    }

    // A table layout prints the headline in a span, no heading element: the element printing the title's headline
    // anchors the search for the dateline's own element.
    [Fact]
    public void ADatelineElementUnderAHeadlineSetInASpanIsFound()
    {
        var article = new ArticleExtractor().Extract("<html><head><title>Snowfall cuts off Ziarat as Quetta shivers at minus 7</title></head><body><table>" +
            "<tr><td><span class='detailheading'>Snowfall cuts off Ziarat as Quetta shivers at minus 7</span></td></tr><tr><td class='storytext'>" +
            "<div class='story-dateline'><b>QUETTA</b></div>" + Story + "</td></tr></table></body></html>").Article;

        Assert.NotNull(article?.Dateline);
        Assert.Equal("QUETTA", article.Dateline.Location);
    }

    // A bare place in its element is no mark the paragraph opens with: the story's sentence may start with the city's name.
    [Fact]
    public void ABarePlaceStampLeavesASentenceOpeningWithThePlaceWhole_Guard()
    {
        var article = new ArticleExtractor().Extract("<html><body><div class='article'><h1>Metro line to open in June</h1><span class='dateline'>Chennai</span>" +
            "<div class='text'><p>Chennai Metro Rail said on Monday that the second line would open to passengers in June after safety checks.</p>" +
            "<p>The line links the airport with the city centre and is expected to carry 120,000 riders a day in its first year.</p></div></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.StartsWith("Chennai Metro Rail said", article.Paragraphs[0], StringComparison.Ordinal);
    }

    // Named for a place, an element far under the headline (a weather box's city in the side column) is no dateline; nor
    // is a place named so beside words that are no date.
    [Theory]
    [InlineData("<div class='city'>Trevalle, ses églises</div>")]
    [InlineData("<div class='city'>Weather today</div>")]
    public void APlaceElementHoldingMoreThanThePlaceAndADayIsNoDateline(string header) =>
        Assert.Null(Extract(header)?.Dateline);

    // A title-case place no list knows, named for its element in the story's header row beside the date, is the
    // dateline; the same element in a teaser's link or a row without a date (a job ad's or a venue's place) is not.
    [Fact]
    public void AnUnlistedPlaceInTheDatedHeaderRowIsTheDateline()
    {
        const string Place = "<span class='nd-location'>Villa Esperanza</span>";
        var article = Extract("<div class='meta'><span class='author'>Daniela Ruiz</span> " + Place + " <time datetime='2025-10-14T09:32:00-06:00'>14.10.2025</time></div>");
        Assert.Equal("Villa Esperanza", article?.Dateline?.Location);

        Assert.Null(Extract("<div class='meta'><span class='author'>Daniela Ruiz</span> " + Place + "</div>")?.Dateline);
        Assert.Null(Extract("<div class='meta'><a href='/jobs/1'>H.E.L.P. GmbH " + Place + "</a> <time datetime='2025-10-14'>14.10.2025</time></div>")?.Dateline);
    }

    // A line named for the story's source holds the dateline only as a whole wire dateline with its agency; a credit
    // alone or a word in capitals there is no place.
    [Theory]
    [InlineData("<div class='story-source-line'>BAGHDAD (AFP)</div>", "BAGHDAD")]
    [InlineData("<div class='story-source-line'>REUTERS</div>", null)]
    [InlineData("<div class='source'>Source: Reuters</div>", null)]
    public void ALineNamedForTheSourceHoldsOnlyAWholeWireDateline(string header, string? place) =>
        Assert.Equal(place, Extract(header)?.Dateline?.Location);

    [Fact]
    public void AnElementNamedForAPlaceFarUnderTheHeadlineIsNoDateline()
    {
        var filler = string.Concat(Enumerable.Range(0, 100).Select(i => $"<span>{i}</span>"));
        Assert.Null(Extract("<div class='share'>" + filler + "</div><div class='city'>ANKARA</div>")?.Dateline);
    }

    // A wire's dateline set apart, closed by the full stop the story's first sentence follows ("MEDELLÍN (Colprensa).").
    [Theory]
    [InlineData("<span class='dateline'>MEDELLÍN (Colprensa).</span>", "MEDELLÍN", "Colprensa")]
    [InlineData("<div class='post__dateline'>ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ)</div>", "ΘΕΣΣΑΛΟΝΙΚΗ", "ΑΠΕ-ΜΠΕ")]
    [InlineData("<div class='itemDateline'>Cidade da Praia, 22 Out (Inforpress)</div>", "Cidade da Praia", "Inforpress")]
    public void AWireDatelineSetApartIsTheDateline(string header, string place, string agency)
    {
        var article = Extract(header);

        Assert.NotNull(article?.Dateline);
        Assert.Equal(place, article.Dateline.Location);
        Assert.Equal(agency, article.Dateline.Agency);
        Assert.StartsWith("The 400 million", article.Paragraphs[0], StringComparison.Ordinal);
    }

    // The stamp kept in the story under the lead the story opens with: it goes from the blocks and opens the text where
    // it stood, before the story's first paragraph and not before the lead.
    [Fact]
    public void AStampKeptUnderTheDeckOpensTheParagraphAfterIt()
    {
        const string Deck = "Officials said the plant would supply a million residents of the southern suburbs once it runs at full capacity.";
        var article = new ArticleExtractor().Extract("<html><head><title>Perur desalination plant to be commissioned by December</title></head><body>" +
            "<div class='article'><h1>Perur desalination plant to be commissioned by December</h1>" +
            "<div class='articlebody'><p class='lead'>" + Deck + "</p><span class='dateline'>MEDELLÍN (Colprensa).</span>" + Story + "</div></div></body></html>").Article;

        Assert.NotNull(article?.Dateline);
        Assert.Equal("Colprensa", article.Dateline.Agency);
        Assert.Equal(Deck, article.Paragraphs[0]);
        Assert.StartsWith("The 400 million", article.Paragraphs[1], StringComparison.Ordinal);
        Assert.DoesNotContain("MEDELLÍN (Colprensa).", article.Paragraphs);
        Assert.StartsWith(Deck + "\n\nMEDELLÍN (Colprensa). The 400 million", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Sites name the date line "dateline" too; a label in capitals is no place; an element not named so says nothing.
    [InlineData("<p class='dateline'>September 23, 2025 01:10 am IST</p>")]
    [InlineData("<p class='dateline'>UPDATED</p>")]
    [InlineData("<p class='summary'>CHENNAI</p>")]
    [InlineData("<p class='dateline'>Published in the print edition</p>")]
    public void NoPlaceAloneInAnElementNamedForItIsNoDateline(string header) =>
        Assert.Null(Extract(header)?.Dateline);

    [Fact]
    public void TheStorysOwnOpenerOutranksTheStamp()
    {
        var article = new ArticleExtractor().Extract("<html><body><h1>Perur plant</h1><p class='dateline'>CHENNAI</p><div>" +
            Story.Replace("<p>The 400", "<p>MUMBAI (PTI) — The 400", StringComparison.Ordinal) + "</div></body></html>").Article;

        Assert.NotNull(article?.Dateline);
        Assert.Equal("MUMBAI", article.Dateline.Location);
        Assert.Equal("PTI", article.Dateline.Agency);
    }

    [Fact]
    public void NothingIsFoundWithoutAHeadline() =>
        Assert.Null(DatelineStamp.Find(null));

    [Theory]
    [InlineData("SEOUL (AP) —", "SEOUL", "AP")]
    [InlineData("NEW DELHI", "NEW DELHI", null)]
    [InlineData("【北京3月5日电】", "北京", null)]
    public void AWholeDatelineOrAPlaceReadsAlone(string text, string location, string? agency)
    {
        var dateline = DatelineStamp.Read(text);

        Assert.NotNull(dateline);
        Assert.Equal(location, dateline.Location);
        Assert.Equal(agency, dateline.Agency);
    }

    [Theory]
    [InlineData("BREAKING")]
    [InlineData("Monday")]
    [InlineData("12 MARCH")]
    [InlineData("A VERY LONG LINE IN CAPITALS THAT IS NO PLACE AT ALL")]
    public void NeitherReadsAsAPlace(string text) => Assert.Null(DatelineStamp.Read(text));
}
