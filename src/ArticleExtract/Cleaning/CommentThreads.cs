using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Finds readers' comment threads by the reply link under each comment ("Reply", "Antworten", "回复"), whatever the
/// thread's class names say: the thread is the smallest element that holds two reply links in a row. Comments run
/// to paragraphs of prose, so a compact thread can outscore a story set in many small wrappers.
/// </summary>
internal static class CommentThreads
{
    private const int MaxReplyLinks = 400;
    private const int MaxReplyLinkChars = 40;

    // A comment runs to a paragraph or a few; a forum's reply buttons above and below a long post frame the post itself.
    private const int MaxCharsPerComment = 1500;

    public static ElementSet Find(IElement body)
    {
        var threads = new HashSet<IElement>();
        var replies = new List<IElement>();
        IElement? previous = null;
        var links = 0;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (element.LocalName is not ("a" or "button") || !IsReplyLink(element))
            {
                continue;
            }

            if (++links > MaxReplyLinks)
            {
                break;
            }

            if (previous is not null && CommonAncestor(previous, element, body) is { } thread)
            {
                threads.Add(thread);
            }

            previous = element;
            replies.Add(element);
        }

        // Two comments' links meet in the thread, or, for replies nested in a comment, in that comment: keep the outermost.
        threads.RemoveWhere(thread => HasAncestorIn(thread, threads, body));
        threads.RemoveWhere(thread => ProseText.Length(thread) > MaxCharsPerComment * replies.Count(thread.Contains) || CommentsIn(thread, replies) < MinComments);
        var found = new ElementSet();
        foreach (var thread in threads)
        {
            found.Add(thread);
        }

        return found;
    }

    private const int MinComments = 2;
    private const int MinCommentChars = 40;
    private const double MaxCommentLinkDensity = 0.5;

    // Children of the thread that hold a reply link and text of their own: comments. A forum's bars of buttons above
    // and below a post hold the link among other links, not text.
    private static int CommentsIn(IElement thread, List<IElement> replies)
    {
        var comments = 0;
        foreach (var child in thread.Children)
        {
            if (replies.Exists(child.Contains) && ProseText.TextLengthUpTo(child, MinCommentChars) >= MinCommentChars && LinkDensity.Of(child) < MaxCommentLinkDensity)
            {
                comments++;
            }
        }

        return comments;
    }

    // The length first, counted up to the limit: an anchor may wrap a whole teaser card.
    private static bool IsReplyLink(IElement link) =>
        ProseText.TextLengthUpTo(link, MaxReplyLinkChars) <= MaxReplyLinkChars && IsReplyText(NodeText.Of(link));

    /// <summary>Whether <paramref name="text"/> reads as a comment's reply link ("Reply", "Antworten ↓").</summary>
    public static bool IsReplyText(string text) =>
        ChromeVocabulary.ReplyLinks.Contains(TextNormalizer.Collapse(text).TrimEnd('↓', '→', ' ').ToLowerInvariant());

    private static IElement? CommonAncestor(IElement first, IElement second, IElement body)
    {
        for (var ancestor = first.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (ancestor.Contains(second))
            {
                return ancestor;
            }
        }

        return null;
    }

    private static bool HasAncestorIn(IElement element, HashSet<IElement> set, IElement body)
    {
        for (var ancestor = element.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
        {
            if (set.Contains(ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
