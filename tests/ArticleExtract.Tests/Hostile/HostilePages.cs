using System.Text;

namespace ArticleExtract.Tests.Hostile;

/// <summary>
/// Generates hostile and broken pages in memory: what scrapers get back from the web on a bad day. Each page
/// wraps (where it can) an ordinary story, so a page that survives should still give that story.
/// </summary>
internal static class HostilePages
{
    /// <summary>A sentence from the story every page carries, to check the story came through.</summary>
    public const string StorySentence = "The harbour authority reopened the northern quay on Thursday";

    /// <summary>The story: a headline and a few paragraphs of prose.</summary>
    public static string Story { get; } = BuildStory();

    /// <summary>A page named for what is hostile about it, as bytes (the form the CLI reads).</summary>
    /// <param name="Name">A file-name-safe name.</param>
    /// <param name="Bytes">The page.</param>
    internal sealed record Page(string Name, byte[] Bytes);

    /// <summary>Every generated page except the 80 MB one, which only the input-size check needs.</summary>
    public static IEnumerable<Page> All()
    {
        yield return new Page("nested-divs-300k", Utf8(NestedDivs(300_000)));
        yield return new Page("attributes-200k", Utf8(ManyAttributes(200_000)));
        yield return new Page("elements-1m", Utf8(TinyElements(1_000_000)));
        yield return new Page("invalid-utf8", InvalidUtf8());
        yield return new Page("utf16-bom", Utf16WithBom());
        yield return new Page("unknown-charset", UnknownCharset());
        yield return new Page("nul-and-unclosed", Utf8(NulAndUnclosed()));
        yield return new Page("meta-author-spaces", Utf8(SpacesInMetaAuthor(100_000)));
        yield return new Page("date-250kb", Utf8(HugeDate(250_000)));
        yield return new Page("jsonld-deep-100k", Utf8(DeepJsonLd(100_000)));
        yield return new Page("big-scripts", Utf8(BigScripts(300, 32_000)));
        yield return new Page("navigation-only", Utf8(NavigationOnly()));
        yield return new Page("tag-soup", Utf8(TagSoup(new Random(7), 200_000)));
        yield return new Page("wide-paragraphs-150k", Utf8(WideParagraphs(150_000)));
    }

    /// <summary>An ordinary page with <paramref name="body"/> after the story and <paramref name="head"/> in the head.</summary>
    public static string Wrap(string body, string head = "", string charset = "utf-8") =>
        $"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>Quay reopens after storm</title>{head}</head>" +
        $"<body>{Story}{body}</body></html>";

    /// <summary>The story inside <paramref name="depth"/> nested <c>div</c>s, never closed.</summary>
    public static string NestedDivs(int depth)
    {
        var html = new StringBuilder(depth * 5 + 4096);
        html.Append("<!DOCTYPE html><html><head><title>Deep</title></head><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append(Story).Append("</body></html>");
        return html.ToString();
    }

    /// <summary>One element with <paramref name="count"/> attributes around the story.</summary>
    public static string ManyAttributes(int count)
    {
        var html = new StringBuilder(count * 12 + 4096);
        html.Append("<div");
        for (var i = 0; i < count; i++)
        {
            html.Append(" data-a").Append(i).Append("=\"v\"");
        }

        html.Append('>').Append(Story).Append("</div>");
        return Wrap(html.ToString());
    }

    /// <summary><paramref name="count"/> tiny elements after the story.</summary>
    public static string TinyElements(int count) => Wrap(Repeat("<i>x</i>", count));

    /// <summary><paramref name="count"/> short paragraphs side by side in one element, after the story.</summary>
    public static string WideParagraphs(int count) => Wrap("<section>" + Repeat("<p>Short line.</p>", count) + "</section>");

    /// <summary>A page of about <paramref name="bytes"/> bytes: the story, then filler paragraphs.</summary>
    public static byte[] Huge(int bytes)
    {
        const string filler = "<p>Filler text that pads the page far beyond any sane size for one news story.</p>\n";
        return Utf8(Wrap(Repeat(filler, (bytes / filler.Length) + 1)));
    }

    /// <summary>A page that declares UTF-8 and holds invalid UTF-8 sequences inside the story.</summary>
    public static byte[] InvalidUtf8()
    {
        var html = Wrap("<p>Broken bytes: @@ and more broken bytes @@ end of the line with words.</p>");
        var bytes = new List<byte>(Utf8(html));
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, 0xF8, 0x88, 0x80];
        for (var i = bytes.Count - 2; i >= 0; i--)
        {
            if (bytes[i] == '@' && bytes[i + 1] == '@')
            {
                bytes.RemoveRange(i, 2);
                bytes.InsertRange(i, invalid);
            }
        }

        return [.. bytes];
    }

    /// <summary>The story as UTF-16 little-endian with a byte order mark (and a misleading meta charset).</summary>
    public static byte[] Utf16WithBom() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Wrap("<p>Grüße aus Köln — naïve café.</p>", charset: "iso-8859-1"))];

    /// <summary>The story under a charset name nobody knows.</summary>
    public static byte[] UnknownCharset() => Utf8(Wrap(string.Empty, charset: "x-klingon-9000"));

    /// <summary>NUL characters everywhere and tags left open.</summary>
    public static string NulAndUnclosed() =>
        Wrap("<div\0 class=\"x\0\"><p>Text\0 with\0 NULs <b>bold <i>italic <a href=\"/x\0\">link <table><tr><td>cell <p>" +
             "<span>open span <ul><li>item <li>item <select><option>opt <textarea>never closed <!-- open comment");

    /// <summary>A meta author of <paramref name="spaces"/> spaces with a name in the middle.</summary>
    public static string SpacesInMetaAuthor(int spaces)
    {
        var half = new string(' ', spaces / 2);
        return Wrap(string.Empty, $"<meta name=\"author\" content=\"{half}Jane Doe{half}\"><meta property=\"article:author\" content=\"{half}{half}\">");
    }

    /// <summary>A date string of <paramref name="chars"/> characters in the meta tags, a time element and the byline.</summary>
    public static string HugeDate(int chars)
    {
        var date = new StringBuilder(chars + 16);
        while (date.Length < chars)
        {
            date.Append("2024-01-0");
            date.Append((date.Length % 9) + 1);
            date.Append(' ');
        }

        var text = date.ToString();
        return Wrap(
            $"<p class=\"byline\">By Jane Doe, {text}</p><time datetime=\"{text}\">{text}</time>",
            $"<meta property=\"article:published_time\" content=\"{text}\"><meta name=\"date\" content=\"{text}\">");
    }

    /// <summary>JSON-LD nested <paramref name="depth"/> arrays and objects deep.</summary>
    public static string DeepJsonLd(int depth)
    {
        var json = new StringBuilder(depth * 8 + 64);
        for (var i = 0; i < depth; i++)
        {
            json.Append(i % 2 == 0 ? "{\"@type\":\"NewsArticle\",\"a\":" : "[");
        }

        json.Append('1');
        for (var i = depth - 1; i >= 0; i--)
        {
            json.Append(i % 2 == 0 ? '}' : ']');
        }

        return Wrap(string.Empty, $"<script type=\"application/ld+json\">{json}</script>");
    }

    /// <summary><paramref name="count"/> scripts of <paramref name="chars"/> characters each, in head and body.</summary>
    public static string BigScripts(int count, int chars)
    {
        var script = "<script>var s = \"" + new string('x', chars) + "\"; if (a < b && c > d) { document.write('<div>'); }</script>";
        var half = Repeat(script, count / 2);
        return Wrap(half, half);
    }

    /// <summary>A page of menus and link lists and nothing else.</summary>
    public static string NavigationOnly()
    {
        var links = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            links.Append("<li><a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a></li>");
        }

        return "<!DOCTYPE html><html><head><title>Home</title></head><body>" +
               $"<header><nav><ul>{links}</ul></nav></header><aside><ul>{links}</ul></aside>" +
               $"<footer><ul>{links}</ul><p>© Example</p></footer></body></html>";
    }

    /// <summary>About <paramref name="chars"/> characters of random tags, attributes, text and junk.</summary>
    public static string TagSoup(Random random, int chars)
    {
        string[] tags = ["div", "p", "span", "a", "b", "i", "table", "tr", "td", "ul", "li", "script", "style", "svg", "math", "select", "option", "template", "textarea", "title", "br", "img", "h1", "article", "form", "frameset", "plaintext"];
        string[] junk = ["<", ">", "</", "<!--", "-->", "<!", "&", "&amp", "&#x", "&#99999999;", "\"", "'", "=", "/>", "\0", "\uFFFF", "\uD800", "<![CDATA[", "]]>", "<?xml", "\r\n"];
        var html = new StringBuilder(chars + 256);
        while (html.Length < chars)
        {
            switch (random.Next(6))
            {
                case 0:
                    html.Append('<').Append(tags[random.Next(tags.Length)]);
                    if (random.Next(3) == 0)
                    {
                        html.Append(" class=\"").Append(junk[random.Next(junk.Length)]).Append('"');
                    }

                    html.Append('>');
                    break;
                case 1:
                    html.Append("</").Append(tags[random.Next(tags.Length)]).Append('>');
                    break;
                case 2:
                    html.Append(junk[random.Next(junk.Length)]);
                    break;
                default:
                    html.Append("words of text, ");
                    break;
            }
        }

        return html.ToString();
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string BuildStory()
    {
        var story = new StringBuilder("<article><h1>Quay reopens after storm</h1>");
        story.Append("<p>").Append(StorySentence).Append(", three weeks after a winter storm tore away its moorings and sank two fishing boats.</p>");
        story.Append("<p>Engineers replaced forty metres of timber decking, and the first ferry tied up shortly after dawn, to applause from a small crowd.</p>");
        story.Append("<p>Fishermen said the closure had cost them much of the season, and asked the council for help with the repairs to their boats.</p>");
        story.Append("<p>The authority said the southern quay would stay closed until spring, while divers inspect the piles beneath it.</p>");
        story.Append("</article>");
        return story.ToString();
    }
}
