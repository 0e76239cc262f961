using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;
using ArticleExtract.Text;

namespace ArticleExtract.Readability;

/// <summary>
/// Runs SmartReader's readability pass on the already parsed (and pre-cleaned) document and hands back the
/// element it chose as the story, before SmartReader serialises it: the DOM is never re-parsed.
/// </summary>
internal static class StoryLocator
{
    // SmartReader needs an absolute address for its link fixing; it never fetches it when given a document.
    private static readonly Uri NeutralAddress = new("https://localhost/");

    // SmartReader's "probably readerable" verdict only ends up in the Article we discard (ContinueIfNotReadable is
    // on), and its visibility test is the first thing it asks of each candidate: answering "not visible" skips the
    // TextContent it would build per paragraph. Its own pass uses its internal visibility test, not this one.
    private static readonly Func<IElement, bool> NothingVisibleForReaderableCheck = static _ => false;

    /// <summary>Runs the readability pass and returns the story element, if any.</summary>
    /// <param name="document">The cleaned page.</param>
    /// <param name="url">The page's address, if known.</param>
    /// <param name="address">The address the pass resolved the story's links against.</param>
    public static IElement? Locate(IHtmlDocument document, Uri? url, out Uri address)
    {
        address = url is not null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : NeutralAddress;

        var story = Run(document, address);

        // SmartReader reads a date from the address when the page states none and fails on an impossible one
        // ("/2023/13/05/", "/2023/43/"), choosing nothing. The address only resolves links: the neutral one will do,
        // and it is handed back so the links are judged against the host they were resolved with.
        if (story is null && !ReferenceEquals(address, NeutralAddress) && TextScan.ContainsAsciiDigit(address.AbsolutePath))
        {
            address = NeutralAddress;
            story = Run(document, address);
        }

        return story;
    }

    // SmartReader looks for a byline on every element it walks until it finds one, and it measures each element's
    // whole text before asking whether its name is a byline's: html, body and every wrapper down to the byline build
    // their text again, most of the pass's allocations on a long page. Bylines are ours to read (Metadata), so an
    // author mark of its own at the head of the page ends that search at its first steps; the pass takes it out.
    private static IElement? SettleBylineSearch(IHtmlDocument document)
    {
        if (document.Head is not { } head)
        {
            return null;
        }

        var mark = document.CreateElement("span");
        mark.SetAttribute("rel", "author");
        mark.TextContent = "-";
        head.Prepend(mark);
        return mark;
    }

    private static IElement? Run(IHtmlDocument document, Uri address)
    {
        IElement? story = null;
        var reader = new Reader(address.AbsoluteUri, document)
        {
            // SmartReader's own metadata pass re-reads JSON-LD we already read.
            DisableJSONLD = true,
            IsNodeVisible = NothingVisibleForReaderableCheck,
        };
        reader.AddCustomOperationEnd(element =>
        {
            story = element;

            // The story is chosen and post-processed; what SmartReader does next (excerpt, serialising the story
            // into Article.Content, its plain text and language) is discarded. GetArticle catches any exception
            // into the Article it returns, so throwing here stops it at this point.
            throw new StoryChosenException();
        });
        var settled = SettleBylineSearch(document);
        reader.GetArticle();
        settled?.Remove();
        return story;
    }
}
