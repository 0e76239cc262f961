using ArticleExtract.Normalization;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Normalization;

public sealed class BlockCollectorTests
{
    private static List<string> Collect(string bodyHtml)
    {
        var document = DocumentParser.Parse("<html><body>" + bodyHtml + "</body></html>");
        return BlockCollector.Collect(document.Body!).ConvertAll(block => block.Text);
    }

    [Fact]
    public void ParagraphsHeadingsListItemsAndQuotesAreBlocksInReadingOrder() =>
        Assert.Equal(
            ["First para.", "A heading", "Item one", "Item two", "Quoted words.", "Last para."],
            Collect("<p>First para.</p><h2>A heading</h2><ul><li>Item one</li><li>Item two</li></ul><blockquote><p>Quoted words.</p></blockquote><p>Last para.</p>"));

    [Fact]
    public void BlocksInTheSameBoxShareItsNumber()
    {
        var document = DocumentParser.Parse(
            "<html><body><article><p>Story one.</p><div class=infobox><h3>Contact</h3><p>Phone: 1</p>Loose line<div><p>Inner.</p></div></div><p>Story two.</p></article></body></html>");
        var blocks = BlockCollector.Collect(document.Body!);
        var boxes = blocks.ConvertAll(block => block.Box);

        Assert.Equal(["Story one.", "Contact", "Phone: 1", "Loose line", "Inner.", "Story two."], blocks.ConvertAll(block => block.Text));
        Assert.Equal(boxes[0], boxes[5]);
        Assert.Equal(boxes[1], boxes[2]);
        Assert.Equal(boxes[1], boxes[3]);
        Assert.NotEqual(boxes[0], boxes[1]);
        Assert.NotEqual(boxes[1], boxes[4]);
        Assert.DoesNotContain(0, boxes);
    }

    [Fact]
    public void DoubleLineBreaksSplitParagraphsAndSingleOnesJoinLines() =>
        Assert.Equal(
            ["One line and its second line.", "A new paragraph."],
            Collect("<div>One line<br>and its second line.<br> \n <br>A new paragraph.</div>"));

    [Theory]
    [InlineData("<div>Earlier text.<br><br><strong>Kommunen: Vi lytter</strong><br>Formand Birgitte Holm understreger, at der ikke er truffet nogen beslutning.</div>",
        new[] { "Earlier text.", "Kommunen: Vi lytter", "Formand Birgitte Holm understreger, at der ikke er truffet nogen beslutning." })]
    [InlineData("<p><b>Other decisions</b><br>The committee also approved a grant.<br>It further allowed a new policy.</p>",
        new[] { "Other decisions", "The committee also approved a grant. It further allowed a new policy." })]
    // A run-in label, a bold sentence, a bold line over more bold, and a bold word inside the line stay joined.
    [InlineData("<p><b>Hintergrund:</b><br>Seit August ist die Lage angespannt.</p>", new[] { "Hintergrund: Seit August ist die Lage angespannt." })]
    [InlineData("<p><b>The council voted on Tuesday.</b><br>The plan passed.</p>", new[] { "The council voted on Tuesday. The plan passed." })]
    [InlineData("<p><b>Jane Roe</b><br><b>Chief Executive</b></p>", new[] { "Jane Roe Chief Executive" })]
    [InlineData("<p>The <b>council</b><br>voted.</p>", new[] { "The council voted." })]
    public void ABoldLineOnItsOwnOverProseIsTheRunsSubheading(string html, string[] expected) =>
        Assert.Equal(expected, Collect(html));

    [Fact]
    public void LinesTypedWithBulletsAreListItems()
    {
        var document = DocumentParser.Parse(
            "<html><body><div>The department instructed districts that:<br>• A token system runs at every centre.<br>\n• No farmer gets more than five bags.</div></body></html>");

        var blocks = BlockCollector.Collect(document.Body!);

        Assert.Equal(
            ["The department instructed districts that:", "A token system runs at every centre.", "No farmer gets more than five bags."],
            blocks.ConvertAll(block => block.Text));
        Assert.Equal([BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem], blocks.ConvertAll(block => block.Kind));
    }

    [Fact]
    public void LinesOpenedByHyphensAreLinesOfTheirOwn() =>
        Assert.Equal(
            ["В первую очередь ремонт затронет следующие улицы:", "- ул. Ахунбаева (от ул. Токтогула до пр. Манаса);", "- ул. Фучика (на всем протяжении)."],
            Collect("<div>В первую очередь ремонт затронет следующие улицы:<br>- ул. Ахунбаева (от ул. Токтогула до пр. Манаса);<br>- ул. Фучика (на всем протяжении).</div>"));

    [Fact]
    public void ARunOpenedByAHyphenatedLineCountsItsFirstLine() =>
        Assert.Equal(
            ["- 시·항만공사 업무협약…스타트업 200여 곳 입주", "- 입주 기업 임대료 최대 70% 감면·500억 펀드"],
            Collect("<p>- 시·항만공사 업무협약…스타트업 200여 곳 입주<br>- 입주 기업 임대료 최대 70% 감면·500억 펀드</p>"));

    [Fact]
    public void ALoneHyphenatedLineStaysInItsParagraph() =>
        Assert.Equal(["Er sagte: - Wir kommen wieder. Dann ging er."], Collect("<p>Er sagte:<br>- Wir kommen wieder. Dann ging er.</p>"));

    [Fact]
    public void ABoldLineOverALineThatIntroducesAListIsASubheading() =>
        Assert.Equal(
            ["Les tarifs", "Les tarifs ont été votés à l'unanimité :", "- entrée adulte : 3,50 € ;", "- carte de dix entrées : 28 €."],
            Collect("<div><b>Les tarifs</b><br>Les tarifs ont été votés à l'unanimité :<br>- entrée adulte : 3,50 € ;<br>- carte de dix entrées : 28 €.</div>"));

    [Fact]
    public void ALoneBulletedLineStaysInItsParagraph() =>
        Assert.Equal(["Prices rose. • Official figures follow next week."], Collect("<p>Prices rose.<br>• Official figures follow next week.</p>"));

    [Fact]
    public void SourceNewlinesAreNotLineBreaks() =>
        Assert.Equal(["Text across\n\nsource lines.".Replace("\n\n", " ", StringComparison.Ordinal)], Collect("<p>Text across\n\n   source lines.</p>"));

    [Fact]
    public void BareDivTextAndInlineMarkupBecomeWholeParagraphs() =>
        Assert.Equal(
            ["Text in a bare div with a link inside.", "Another div."],
            Collect("<div>Text in a <a href='#'>bare div</a> with <em>a link</em> inside.<div>Another div.</div></div>"));

    [Fact]
    public void ScriptsButtonsAndCaptionsAreNotText() =>
        Assert.Equal(
            ["Story."],
            Collect("<p>Story.</p><script>var x = 1;</script><button>Share</button><figure><img src='a.jpg'><figcaption>A caption</figcaption></figure>"));

    [Fact]
    public void WhitespaceIsNormalised() =>
        Assert.Equal(["a b c"], Collect("<p>  a\u00A0\u00A0b\t\n c \u200B</p>"));

    [Fact]
    public void ZeroWidthJoinersThatSpellAWordAreKept() =>
        Assert.Equal(["راه\u200Cآهن می\u200Cشود", "क्\u200Dष"], Collect("<p>راه\u200Cآهن می\u200Cشود\u200B</p><p>क्\u200Dष</p>"));

    [Fact]
    public void DeepNestingIsWalkedWithoutRecursion()
    {
        const int depth = 20_000;
        var html = string.Concat(Enumerable.Repeat("<span>", depth)) + "deep text" + string.Concat(Enumerable.Repeat("</span>", depth));
        Assert.Equal(["deep text"], Collect("<p>" + html + "</p>"));
    }

    [Fact]
    public void EachBlockCarriesTheKindOfElementItCameFrom()
    {
        var document = DocumentParser.Parse(
            "<html><body><h2>Heading</h2><p>Para.</p><ul><li><p>Item in a p</p></li></ul><blockquote><p>Quoted.</p></blockquote>" +
            "<table><tr><td>Cell</td></tr></table><pre>code</pre><div>Bare text</div></body></html>");
        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.Quote, BlockKind.TableCell, BlockKind.Preformatted, BlockKind.Paragraph],
            BlockCollector.Collect(document.Body!).ConvertAll(block => block.Kind));
    }

    [Fact]
    public void LinkShareCountsTheVisibleCharactersInsideLinks()
    {
        var document = DocumentParser.Parse(
            "<html><body><p><a href='/other'>Other story</a></p><p>Half <a href='/x'>link</a></p><p>No link.</p>" +
            "<p><a name='anchor'>Named anchor</a></p><div>One <br><br><a href='/y'>split off</a></div></body></html>");
        var blocks = BlockCollector.Collect(document.Body!);
        Assert.Equal(["Other story", "Half link", "No link.", "Named anchor", "One", "split off"], blocks.ConvertAll(block => block.Text));
        Assert.Equal([1.0, 0.5, 0.0, 0.0, 0.0, 1.0], blocks.ConvertAll(block => block.LinkShare));
        Assert.True(blocks[0].IsLink);
        Assert.False(blocks[1].IsLink);
    }

    [Fact]
    public void MathMlIsStoryTextButItsTexSourceIsNot() =>
        Assert.Equal(
            ["When a ≠ 0 there are two solutions."],
            Collect("<p>When <math><semantics><mrow><mi>a</mi> <mo>≠</mo> <mn>0</mn></mrow>" +
                    "<annotation encoding='application/x-tex'>a \\ne 0</annotation></semantics></math> there are two solutions.</p>"));

    [Fact]
    public void A_block_knows_whether_its_links_stay_on_the_site()
    {
        var document = DocumentParser.Parse(
            "<html><body><p><a href='/news/other.html'>Relative</a></p><p><a href='https://www.example.com/x'>Same host</a></p>" +
            "<p><a href='https://cnn.com/story'>Other site</a></p><p><a href='#top'>Anchor</a></p><p>No link</p>" +
            "<p><a href='other.html'>Sibling</a> and <a href='mailto:a@example.com'>mail</a></p></body></html>");
        var blocks = BlockCollector.Collect(document.Body!, new Uri("https://example.com/news/story.html"));
        Assert.Equal([true, true, false, false, false, false], blocks.ConvertAll(block => block.LinksWithinSite));
    }

    [Fact]
    public void A_block_knows_whether_it_is_all_in_bold()
    {
        var document = DocumentParser.Parse(
            "<html><body><div><strong><span>Labor shortage</span></strong></div><p><b>Prices</b> fell.</p>" +
            "<p>Plain words.</p><p>“<strong>Quoted</strong>”</p><p><strong>One</strong><br><br>Two</p></body></html>");
        var blocks = BlockCollector.Collect(document.Body!);
        Assert.Equal([true, false, false, true, true, false], blocks.ConvertAll(block => block.Bold));
    }

    [Theory]
    [InlineData("/n/79.html", true)]
    [InlineData("other.html", true)]
    [InlineData("//example.com/a", true)]
    [InlineData("//cdn.other.net/a", false)]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://www.example.com/a", true)]
    [InlineData("https://other.org/a", false)]
    [InlineData("#section", false)]
    [InlineData("mailto:a@example.com", false)]
    [InlineData("javascript:void(0)", false)]
    public void WithinSiteIsARelativeAddressOrOneOnThePagesHost(string href, bool within) =>
        Assert.Equal(within, BlockCollector.IsWithinSite(href, new Uri("https://example.com/news/story.html")));

    [Fact]
    public void ATableRowIsOneBlockWithItsCellsSetApart() =>
        Assert.Equal(
            ["Author | Commits | Share", "Noel Grandin | 238711 | 12.2%", "Stephan Bergmann | | 8.3%".Replace("| |", "|", StringComparison.Ordinal)],
            Collect("<table><tr><th>Author</th><th>Commits</th><th>Share</th></tr><tr><td>Noel Grandin</td><td>238711</td><td>12.2%</td></tr>" +
                    "<tr><td>Stephan Bergmann</td><td> </td><td>8.3%</td></tr></table>"));

    [Fact]
    public void ALayoutTablesRowKeepsTheStoryCellApartFromTheNext()
    {
        var story = string.Concat(Enumerable.Repeat("The council met on Monday to discuss the budget for the coming year. ", 16));
        var blocks = Collect("<table><tr><td>" + story + "<br><br>" + story + "</td><td><a href='/a'>Other story</a></td></tr></table>");

        Assert.Equal([story.Trim(), story.Trim(), "Other story"], blocks);
    }

    [Fact]
    public void ParagraphsInsideACellStayBlocksOfTheirOwn() =>
        Assert.Equal(
            ["Label", "First paragraph of the cell.", "Second paragraph of the cell."],
            Collect("<table><tr><td>Label</td><td><p>First paragraph of the cell.</p><p>Second paragraph of the cell.</p></td></tr></table>"));

    [Fact]
    public void ACellOfOnlyAQuoteMarkLeadsIntoTheNextCell() =>
        Assert.Equal(["“ “I love it.”"], Collect("<table><tr><td>“</td><td>“I love it.”</td></tr></table>"));
}
