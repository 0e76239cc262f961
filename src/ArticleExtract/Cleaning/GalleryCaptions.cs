using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A picture gallery told in its captions ("Bild 3 von 7 · Politik auf Pappmaché: Einer der meistfotografierten
/// Persiflagewagen zeigt …"): a box whose pictures each carry a caption of finished sentences, and whose captions hold
/// more text than everything else in it. There the captions are the story, so each picture becomes a paragraph of its
/// caption (without its credit) before captions are cleared as chrome. A story with a few captioned photos between its
/// paragraphs never qualifies: its paragraphs outweigh its captions.
/// </summary>
internal static class GalleryCaptions
{
    // Enough pictures to be a gallery rather than a story with photos.
    private const int MinPictures = 3;

    // A caption of at least this many characters, ending a sentence, reads as a paragraph ("Fans wave flags." does not).
    private const int MinCaptionChars = 80;

    // How far above its caption a picture's box may reach ("div.slide > figure > figcaption > p").
    private const int MaxItemDepth = 4;

    private static readonly FrozenSet<string> CreditWords = FrozenSet.Create(StringComparer.Ordinal,
        ["credit", "credits", "copyright", "photographer", "fotograf", "source", "quelle", "bildquelle"]);

    public static void Release(IElement body)
    {
        var scratch = new StringBuilder();
        var captions = ProseCaptions(body, scratch);
        if (captions is null)
        {
            return;
        }

        // Each caption's boxes up the tree, by the box that holds them: a gallery is a box with a picture's box per caption.
        var pictures = new Dictionary<IElement, List<IElement>>();
        foreach (var caption in captions)
        {
            var child = caption;
            for (var depth = 0; depth < MaxItemDepth && child.ParentElement is { } parent && parent != body; depth++, child = parent)
            {
                if (!pictures.TryGetValue(parent, out var items))
                {
                    pictures[parent] = items = [];
                }

                if (items.Count == 0 || items[^1] != child)
                {
                    items.Add(child);
                }
            }
        }

        foreach (var (gallery, items) in pictures)
        {
            if (items.Count >= MinPictures && !HoldsSmallerGallery(gallery, pictures) && CaptionsOutweighTheRest(body, gallery, items, captions, scratch))
            {
                Release(gallery, items, captions, scratch);
            }
        }
    }

    private static List<IElement>? ProseCaptions(IElement body, StringBuilder scratch)
    {
        List<IElement>? captions = null;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            var classes = element.GetAttribute("class");
            if ((element.LocalName == "figcaption" || (MayNameCaption(classes) && ClassTokens.NamesAny(classes, ChromeVocabulary.CaptionOnlyWords, scratch))) &&
                !WithinAny(element, captions) && IsProse(element, scratch))
            {
                (captions ??= []).Add(element);
            }
        }

        return captions is { Count: >= MinPictures } ? captions : null;
    }

    // The caption words' stems, looked for before the class is split into words: this walk visits every element.
    private static readonly string[] CaptionStems = ["caption", "bild", "tekst", "text", "schrift", "popis", "legend"];

    private static bool MayNameCaption(string? classes)
    {
        if (classes is null)
        {
            return false;
        }

        foreach (var stem in CaptionStems)
        {
            if (classes.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WithinAny(IElement element, List<IElement>? captions) =>
        captions is { Count: > 0 } && captions[^1].Contains(element);

    // A teaser card's caption is its link ("<a><figure><img><figcaption>Headline</figcaption></figure></a>"): no story's.
    private static bool IsProse(IElement caption, StringBuilder scratch) =>
        CaptionText(caption, scratch) is { Length: >= MinCaptionChars } text && SentenceEnd.Ends(text) &&
        LinkAncestor.Find(caption, MaxItemDepth + 1) is null;

    // An element's words without its credit lines and its links: a caption's own text, or a paragraph's unlinked prose.
    private static string CaptionText(IElement caption, StringBuilder scratch)
    {
        var text = new StringBuilder();
        AppendText(caption, text, scratch);
        return TextNormalizer.Collapse(text.ToString());
    }

    private static void AppendText(INode node, StringBuilder text, StringBuilder scratch)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement element && element.LocalName != "a" && !IsCredit(element, scratch))
            {
                AppendText(element, text, scratch);
            }
        }
    }

    private static bool IsCredit(IElement element, StringBuilder scratch) =>
        ClassTokens.NamesAny(element.GetAttribute("class"), CreditWords, scratch) ||
        NodeText.Of(element).TrimStart().StartsWith('©');

    private static bool HoldsSmallerGallery(IElement gallery, Dictionary<IElement, List<IElement>> pictures)
    {
        foreach (var (other, items) in pictures)
        {
            if (other != gallery && items.Count >= MinPictures && gallery.Contains(other))
            {
                return true;
            }
        }

        return false;
    }

    // The captions against the page's other prose: a gallery set inside a story (or beside it) weighs less than the story.
    private static bool CaptionsOutweighTheRest(IElement body, IElement gallery, List<IElement> items, List<IElement> captions, StringBuilder scratch)
    {
        var captionText = 0;
        foreach (var caption in captions)
        {
            if (gallery.Contains(caption))
            {
                captionText += CaptionText(caption, scratch).Length;
            }
        }

        return captionText > ProseOutside(body, items, scratch);
    }

    // Sentence-long unlinked text outside the gallery's pictures (its own paragraphs count), wherever it stands (a story's box may bear a name that reads as chrome,
    // as "print-content" does): paragraphs, and text set straight in a box
    // ("<div class=intro>… gestartet.<br><br>Die Polizei …</div>").
    private static int ProseOutside(IElement body, List<IElement> pictures, StringBuilder scratch)
    {
        var prose = 0;
        var direct = new StringBuilder();
        INode? node = body.FirstChild;
        while (node is not null)
        {
            if (node is not IElement element || ChromeVocabulary.Tags.Contains(element.LocalName) || element.LocalName == "a" ||
                pictures.Contains(element))
            {
                node = NodeOrder.NextSkippingChildren(node, body);
                continue;
            }

            if (element.LocalName == "p")
            {
                prose += SentenceLength(CaptionText(element, scratch));
                node = NodeOrder.NextSkippingChildren(node, body);
                continue;
            }

            direct.Clear();
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    direct.Append(text.Data);
                }
            }

            prose += SentenceLength(TextNormalizer.Collapse(direct.ToString()));
            node = NodeOrder.Next(node, body);
        }

        return prose;
    }

    private static int SentenceLength(string text) => text.Length >= MinCaptionChars && SentenceEnd.Ends(text) ? text.Length : 0;

    private static void Release(IElement gallery, List<IElement> items, List<IElement> captions, StringBuilder scratch)
    {
        foreach (var item in items)
        {
            foreach (var caption in captions)
            {
                if (!item.Contains(caption))
                {
                    continue;
                }

                RemoveCredits(caption, scratch);
                caption.RemoveAttribute("class");
                caption.RemoveAttribute("id");
                if (caption != item)
                {
                    // The picture's box goes with its counter ("2 / 6"), picture and credit; its caption takes its place.
                    item.Parent!.ReplaceChild(caption, item);
                }

                ElementRename.To(caption, HoldsBlocks(caption) ? "div" : "p");

                break;
            }
        }

        // The gallery's own name ("carousel", "slider") says nothing of the story it now holds.
        if (ClassTokens.NamesChrome(gallery.GetAttribute("class"), scratch))
        {
            gallery.RemoveAttribute("class");
        }
    }

    private static void RemoveCredits(IElement caption, StringBuilder scratch)
    {
        List<IElement>? credits = null;
        var walk = new ElementWalk(caption);
        while (walk.Next() is { } element)
        {
            if (IsCredit(element, scratch))
            {
                (credits ??= []).Add(element);
            }
        }

        if (credits is not null)
        {
            foreach (var credit in credits)
            {
                credit.Remove();
            }
        }
    }

    private static bool HoldsBlocks(IElement caption)
    {
        foreach (var child in caption.Children)
        {
            if (child.LocalName is "p" or "div" or "ul" or "ol" or "blockquote" or "h2" or "h3" or "h4")
            {
                return true;
            }
        }

        return false;
    }
}
