using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class GalleryCaptionsTests
{
    private static readonly ArticleExtractor Extractor = new();

    private static readonly string[] Captions =
    [
        "Start at the old gate: at ten o'clock sharp the head of the parade set off through the southern quarter, led by the red guards.",
        "Politics in papier-mâché: the most photographed float shows a giant slide rule collapsing under a stack of unpaid invoices.",
        "Sweets for all: at the square hundreds of hands reach for the candy and flowers thrown from the floats into the crowd.",
        "By the cathedral: in the early afternoon the parade passes the twin towers, where the stands are packed with visitors.",
    ];

    private const string Intro =
        "Under a clear sky and at seven degrees the carnival parade set off in the morning from the old city gate. Some 11,000 people and 130 floats are on the route.";

    private static string Slide(int index, string caption) =>
        $"<figure class='slide'><div class='slide__count'>{index} / 4</div><img src='p{index}.jpg' alt=''>" +
        $"<figcaption class='slide__caption'><p>{caption}</p><span class='slide__credit'>Photo: Jens Kaltwasser</span></figcaption></figure>";

    private static string Page(string story) =>
        "<html><head><title>Carnival parade: the best pictures</title></head><body><nav><a href='/'>Home</a></nav>" +
        "<main><h1>Carnival parade: the best pictures</h1>" + story + "</main><footer>© Westpost 2026</footer></body></html>";

    [Fact]
    public void A_gallery_told_in_its_captions_keeps_them_as_paragraphs_without_credits_or_counters()
    {
        var slides = string.Concat(Captions.Select((caption, i) => Slide(i + 1, caption)));
        var article = Extractor.Extract(Page($"<div class='intro'><p>{Intro}</p></div><div class='slides'>{slides}</div>")).Article!;

        Assert.Equal([Intro, .. Captions], article.Paragraphs);
        Assert.DoesNotContain("Kaltwasser", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/ 4", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_set_straight_in_the_story_box_beside_bare_text_count_too()
    {
        // A table layout: the intro in bare lines, each picture a box with its caption and its credit beside it.
        var items = string.Concat(Captions.Select((caption, i) =>
            $"<div class='g-item'><img src='p{i}.jpg'><div class='g-caption'>{caption}</div><div class='g-credit'>Foto: imago</div></div>"));
        var article = Extractor.Extract(Page($"<table><tr><td class='ct'><div class='g-intro'>{Intro}</div>{items}</td></tr></table>")).Article!;

        Assert.Equal([Intro, .. Captions], article.Paragraphs);
    }

    [Fact]
    public void A_story_with_captioned_photos_between_its_paragraphs_loses_the_captions()
    {
        // Long prose outweighs the captions, as in any photo-heavy news story.
        var paragraphs = Enumerable.Range(1, 8).Select(i =>
            $"Paragraph {i} of the council report: the members debated the budget for the new bridge across the river for several hours before the vote.").ToArray();
        var body = string.Concat(paragraphs.Select((p, i) => $"<p>{p}</p>" + (i < Captions.Length ? Slide(i + 1, Captions[i]) : "")));
        var article = Extractor.Extract(Page($"<article><div class='story-body'>{body}</div></article>")).Article!;

        Assert.Equal(paragraphs, article.Paragraphs);
    }

    [Fact]
    public void Teaser_cards_whose_captions_are_links_stay_out()
    {
        var cards = string.Concat(Captions.Select((caption, i) =>
            $"<article class='col card'><a href='/story-{i}'><figure><img src='t{i}.jpg'><figcaption>{caption}</figcaption></figure></a></article>"));
        var article = Extractor.Extract(Page($"<div class='intro'><p>{Intro}</p><p>{Intro}</p></div><div class='three_col'>{cards}</div>")).Article!;

        Assert.Equal([Intro, Intro], article.Paragraphs);
    }
}
