using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartReader;

namespace ArticleExtract.Readability;

/// <summary>
/// Runs SmartReader's readability pass on the already parsed (and pre-cleaned) document and hands back the
/// element it chose as the story, before SmartReader serialises it: the DOM is never re-parsed.
/// </summary>
internal static class StoryLocator
{
    // SmartReader needs an absolute address for its link fixing; it never fetches it when given a document.
    private static readonly Uri NeutralAddress = new("https://localhost/");

    public static IElement? Locate(IHtmlDocument document, Uri? url)
    {
        var address = url is not null && url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : NeutralAddress;

        IElement? story = null;
        var reader = new Reader(address.AbsoluteUri, document)
        {
            // SmartReader's own metadata pass re-reads JSON-LD we already read.
            DisableJSONLD = true,
        };
        reader.AddCustomOperationEnd(element => story = element);
        reader.GetArticle();
        return story;
    }
}
