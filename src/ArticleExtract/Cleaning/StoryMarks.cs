using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using ArticleExtract.Dom;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Elements that cleaning by name must not remove because they hold the story: elements the page marks as the
/// story (schema.org <c>itemprop="articleBody"</c>) with their ancestors, and the densest cluster of paragraphs
/// with its ancestors. Story containers are often named after widgets once attached to them
/// ("share-btns-container", "ad-portal") or sit inside app shells named "modal" or "overlay".
/// </summary>
internal sealed class StoryMarks
{
    private static readonly ISelector ArticleBodies = ParsedSelector.Of(ArticleBodySelector);
    private static readonly ISelector AnyElement = ParsedSelector.Of("*");

    // Paragraphs shorter than this are captions, labels and teasers rather than story prose.
    private const int MinParagraphChars = 25;

    // A lead ("teaser-text", "article-teaser", "field-intro-text") is a short run of prose, not a list of links.
    private const int MinLeadProse = 60;
    private const int MaxLeadChars = 1_200;
    private const double MaxLeadLinkDensity = 0.2;
    private const int LeadLevels = 2;
    private const int LeadSiblings = 3;

    /// <summary>What the page marks as the story's body (schema.org), matched as a token in any case.</summary>
    public const string ArticleBodySelector = "[itemprop~='articleBody' i]";

    private readonly ElementSet _protected = new();

    private StoryMarks()
    {
    }

    /// <summary>Finds the protected elements under <paramref name="root"/>.</summary>
    /// <param name="root">The subtree being cleaned.</param>
    /// <param name="includeProseCluster">Whether to protect the ancestors of the densest cluster of paragraphs.</param>
    public static StoryMarks Collect(IElement root, bool includeProseCluster)
    {
        var marks = new StoryMarks();
        foreach (var marked in root.ChildNodes.QuerySelectorAll(ArticleBodies))
        {
            // A marked element without text is a stub (a meta tag or a script-filled slot), not a story.
            if (NodeText.Of(marked).Length > 0)
            {
                marks.ProtectFrom(marked, root);
            }
        }

        if (includeProseCluster && DensestParagraphParent(root) is { } cluster)
        {
            // The cluster itself too ("entry__content paywall-container"), unless it is a comment thread: a long
            // discussion can outweigh a short story.
            var scratch = new StringBuilder();
            var start = ClassTokens.NamesAny(cluster.GetAttribute("class"), ChromeVocabulary.DiscussionTokens, scratch) ||
                        ClassTokens.NamesAny(cluster.Id, ChromeVocabulary.DiscussionTokens, scratch)
                ? cluster.ParentElement
                : cluster;
            if (start is not null)
            {
                marks.ProtectFrom(start, root);
                if (start == cluster)
                {
                    marks.ProtectLead(cluster, scratch);
                }
            }
        }

        return marks;
    }

    /// <summary>Whether <paramref name="element"/> is, or holds, what the page marks as the story's body.</summary>
    public static bool HoldsBodyMark(IElement element) =>
        element.Matches(ArticleBodySelector) || element.ChildNodes.QuerySelector(ArticleBodies) is not null;

    /// <summary>Whether <paramref name="element"/> must be kept.</summary>
    public bool Protects(IElement element) => _protected.Contains(element);

    /// <summary>
    /// The element whose paragraphs hold the most prose, counting each paragraph fully for its parent and half
    /// for its grandparent (the readability family's first scoring step, without class weights).
    /// </summary>
    private static IElement? DensestParagraphParent(IElement root)
    {
        var scores = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        IElement? best = null;
        var bestScore = 0;
        foreach (var paragraph in root.GetElementsByTagName("p"))
        {
            var length = NodeText.Of(paragraph).Length;
            if (length < MinParagraphChars || paragraph.ParentElement is not { } parent)
            {
                continue;
            }

            Add(parent, length);
            if (parent.ParentElement is { } grandparent)
            {
                Add(grandparent, length / 2);
            }
        }

        return best;

        void Add(IElement element, int score)
        {
            scores[element] = scores.TryGetValue(element, out var sum) ? sum + score : score;
            if (scores[element] > bestScore)
            {
                bestScore = scores[element];
                best = element;
            }
        }
    }

    /// <summary>
    /// The story's lead, printed just above the paragraphs in an element of its own that CMSs name "teaser" or
    /// "intro" (words that elsewhere name links to other stories): the few elements before the cluster, or before
    /// one of its two nearest ancestors, that hold a little prose and few links. Their chrome-named descendants
    /// (share bars, date lines, photo credits) stay unprotected.
    /// </summary>
    private void ProtectLead(IElement cluster, StringBuilder scratch)
    {
        var level = cluster;
        for (var i = 0; i <= LeadLevels && level is not null; i++, level = level.ParentElement)
        {
            var sibling = level.PreviousElementSibling;
            for (var k = 0; k < LeadSiblings && sibling is not null; k++, sibling = sibling.PreviousElementSibling)
            {
                if (IsLead(sibling, scratch))
                {
                    ProtectLeadTree(sibling, scratch);
                    return;
                }
            }
        }
    }

    private static bool IsLead(IElement element, StringBuilder scratch)
    {
        if (ClassTokens.Classify(element, scratch) == ChromeName.Strong ||
            ChromeVocabulary.Tags.Contains(element.LocalName) || element.LocalName is "figure" or "figcaption" or "aside")
        {
            return false;
        }

        var prose = ProseText.Length(element);
        if (prose < MinLeadProse || prose > MaxLeadChars || LinkDensity.Of(element) >= MaxLeadLinkDensity)
        {
            return false;
        }

        // A photo box set as a plain block ("<div class='photo'><img>…<div>Bus listrik … melintas …</div><div>KOMPAS.com/…</div>"):
        // its text is the picture's caption and credit, not the lead.
        // A box around a form is a sign-up or search box set above the story ("Unlock the Editor's Digest for free"),
        // however lead-like its sentence.
        return !HoldsAny(element, FormTags) && (prose >= MaxPhotoBoxProse || !HoldsPicture(element));
    }

    private const int MaxPhotoBoxProse = 300;

    private static readonly string[] PictureTags = ["img", "picture", "video"];
    private static readonly string[] FormTags = ["form", "input", "textarea"];

    private static bool HoldsPicture(IElement element) => HoldsAny(element, PictureTags);

    private static bool HoldsAny(IElement element, string[] tags)
    {
        foreach (var tag in tags)
        {
            if (element.GetElementsByTagName(tag).Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    private void ProtectLeadTree(IElement lead, StringBuilder scratch)
    {
        _protected.Add(lead);
        foreach (var descendant in lead.ChildNodes.QuerySelectorAll(AnyElement))
        {
            // Unnamed parts, and weakly named ones that are themselves a run of prose; a date line, photo credit or
            // "more on this" link inside the lead's box is not the lead, nor a video's caption, a sentence long
            // ("<div class=lead-asset><div class=player></div><div class=lead-asset-caption>Prosecutors filed …</div>").
            var name = ClassTokens.Classify(descendant, scratch);
            if ((name == ChromeName.None ||
                 (name == ChromeName.Weak && IsLead(descendant, scratch) &&
                  !ClassTokens.NamesAny(descendant.GetAttribute("class"), ChromeVocabulary.CaptionWords, scratch))) &&
                !ChromeVocabulary.Tags.Contains(descendant.LocalName) && descendant.LocalName is not ("figure" or "figcaption"))
            {
                _protected.Add(descendant);
            }
        }
    }

    private void ProtectFrom(IElement start, IElement root)
    {
        for (IElement? element = start; element is not null && _protected.Add(element); element = element.ParentElement)
        {
            if (element == root)
            {
                break;
            }
        }
    }
}
