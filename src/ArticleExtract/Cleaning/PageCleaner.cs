using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Metadata;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Removes page chrome from the DOM before the readability pass: hidden elements, navigation landmarks, and
/// elements whose class, id or role names chrome. A guard keeps any element that holds a large share of the
/// page's prose, so a story container with an unlucky class name ("article hot") survives.
/// </summary>
internal static partial class PageCleaner
{
    private static readonly ISelector StoryTextBlocks = ParsedSelector.Of("h1, h2, p");
    private static readonly ISelector Paragraphs = ParsedSelector.Of("p");

    // An element holding this share of the page's prose is kept whatever its name says; from the lower share on,
    // only when it is not mostly links.
    private const double GuardTextShare = 0.6;
    private const double GuardLinkedTextShare = 0.35;
    private const double GuardMaxLinkDensity = 0.5;

    // Below this much prose, or from this link density on, a weakly named element goes.
    private const int WeakNameMaxProse = 400;
    private const double WeakNameMinLinkDensity = 0.5;

    /// <param name="document">The parsed page.</param>
    /// <param name="headline">The element that prints the headline, if known: the header around it is the story's own.</param>
    public static void Clean(IHtmlDocument document, IElement? headline = null)
    {
        var body = document.Body;
        if (body is null)
        {
            return;
        }

        BlockSeams.Mark(document, body);
        RemoveNonText(body);
        ComponentWrappers.Unwrap(body);
        HeadingAnchors.Release(body);
        LooseText.Wrap(document, body);
        BreakChains.Convert(document, body);
        EntryHeadings.Release(body, headline);
        PullQuotes.Remove(body);
        QuoteFigures.Release(body);
        GalleryCaptions.Release(body);
        var totalText = Math.Max(1, ProseText.LengthWithRuns(body));
        var marks = StoryMarks.Collect(body, includeProseCluster: true);
        var signupBoxes = SignupBoxes.Find(body);
        var commentThreads = CommentThreads.Find(body);
        var paymentLinkHolders = AppealBox.PaymentLinkHolders(body);
        var scratch = new StringBuilder();
        var removals = new List<IElement>();
        INode? node = body.FirstChild;
        while (node is not null)
        {
            if (node is IElement folded && IsHiddenByPage(folded) && CollapsedStory.Is(folded))
            {
                CollapsedStory.Reveal(folded);
            }

            if (node is IElement element &&
                (IsTooltip(element) ||
                 (signupBoxes.Contains(element) && !marks.Protects(element)) ||
                 (commentThreads.Contains(element) && !marks.Protects(element) && IsMinorThread(element, totalText)) ||
                 (ShouldRemove(element, totalText, marks, paymentLinkHolders, scratch) && !IsStoryHeader(element, headline, scratch))))
            {
                if (!IsHiddenByPage(element))
                {
                    SwallowedStory.Release(element);
                }

                removals.Add(element);
                node = NodeOrder.NextSkippingChildren(node, body);
                continue;
            }

            if (node is IElement kept)
            {
                DatelineElement.Unmark(kept);
            }

            node = NodeOrder.Next(node, body);
        }

        foreach (var element in removals)
        {
            element.Remove();
        }

        if (headline is not null && HeadlineKicker.Find(headline) is { } kicker)
        {
            kicker.Remove();
        }
        else if (headline is not null)
        {
            HeadlineKicker.MarkInline(headline);
        }

        Subheadings.Protect(body, headline);
        InlineNames.Protect(body);
        StoryLists.Protect(body);
    }

    private static bool ShouldRemove(IElement element, int totalText, StoryMarks marks, ElementSet paymentLinkHolders, StringBuilder scratch)
    {
        // What the page hides outright (the hidden attribute, display:none, visibility:hidden) is not read, however
        // much prose it holds.
        if (IsHiddenByPage(element))
        {
            return true;
        }

        if (IsMediaBox(element, scratch) || IsPostEmbed(element) || ButtonLink.Is(element, scratch))
        {
            return true;
        }

        if (MachineSummary.Is(element, scratch))
        {
            return !HoldsTheStory(element, totalText, scratch);
        }

        // A short story's whole container may read as an appeal once the appeal is in it: the box must not hold the story.
        // The densest run of paragraphs may be the appeal's own, between a live blog's one-paragraph entries: only the
        // page's own mark of the story body protects it here.
        if (AppealBox.Is(element, paymentLinkHolders) || ProductCard.Is(element) || ReaderCallBox.Is(element) || MethodBox.Is(element))
        {
            return !HoldsTheStory(element, totalText, scratch) && !StoryMarks.HoldsBodyMark(element);
        }

        var name = Chrome(element, scratch);
        if (name == ChromeName.None || IsFadedParagraph(element, scratch) || IsWritersCredit(element, scratch))
        {
            return false;
        }

        if (marks.Protects(element) || (HoldsTheStory(element, totalText, scratch) && !IsShortCaption(element, scratch)))
        {
            // A related box left unclosed may hold most of the story, and so look protected: once the paragraphs it
            // swallowed are out, the box is judged alone (the readability pass would drop them with it, for its class).
            if (!SwallowedStory.Release(element) || HoldsTheStory(element, totalText, scratch))
            {
                return false;
            }
        }

        return name == ChromeName.Strong || (WeakNameSuffices(element) && !IsSubheadingBetweenParagraphs(element));
    }

    private const int MaxCaptionChars = 300;

    // "<td class='tr-caption'>Crew members of the cutter … Photo courtesy of U.S. Coast Guard</td>" over a story told in
    // bare <div>s: the page's paragraphs are then few, and a caption may hold most of their text without being the story.
    private static bool IsShortCaption(IElement element, StringBuilder scratch) =>
        ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.CaptionWords, scratch) &&
        ProseText.TextLengthUpTo(element, MaxCaptionChars + 1) <= MaxCaptionChars;

    // A box (a teaser, a player) may stand between the last paragraph and the heading.
    private const int MaxBlocksBeforeSubheading = 2;

    // "<h2 class='meta__headline'>Orkanböen an der Küste</h2>" between two of the story's paragraphs: a weak word in a
    // heading's name is its styling, and the heading is the story's section title.
    private static bool IsSubheadingBetweenParagraphs(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && ProseParagraphs.Is(element.NextElementSibling) &&
        ProseParagraphs.Within(element, MaxBlocksBeforeSubheading + 1, forward: false);

    // "<blockquote class='instagram-media'>": an Instagram, TikTok or Facebook post as its embed code sets it before the
    // script runs, a link and the poster's credit ("Objava koju dijeli …", "A post shared by …", "— Page name, date") in
    // the page's language; and a WordPress site's card of another of its posts ("wp-embedded-content").
    private static bool IsPostEmbed(IElement element) =>
        element.LocalName == "blockquote" && element.GetAttribute("class") is { } names &&
        (names.Contains("instagram-media", StringComparison.OrdinalIgnoreCase) || names.Contains("tiktok-embed", StringComparison.OrdinalIgnoreCase) ||
         names.Contains("fb-xfbml-parse-ignore", StringComparison.OrdinalIgnoreCase) || names.Contains("wp-embedded-content", StringComparison.OrdinalIgnoreCase));

    private const int MaxWritersCreditChars = 200;

    // "<p class='antara-credit'>Pewarta: Rizky Maulana Putra<br>Editor: …<br>COPYRIGHT © ANTARA 2025</p>": a credit named
    // so under the story that opens with the writer's own label is the story's signature, not a picture's credit. It
    // stays for the byline reader, which takes the writer from it; the block filter drops the line from the text. So does
    // a wire's credit line so named ("<p class='story-credit'>(Reporting by …; Editing by …)</p>"), which the text keeps.
    private static bool IsWritersCredit(IElement element, StringBuilder scratch)
    {
        if (element.LocalName != "p" || !ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.CaptionWords, scratch) ||
            ProseText.TextLengthUpTo(element, MaxWritersCreditChars + 1) > MaxWritersCreditChars)
        {
            return false;
        }

        var text = NodeText.Of(element).AsSpan().Trim();
        var colon = text.IndexOf(':');
        return (colon > 0 && BylineNormalizer.IsBylineLabel(text[..colon])) || StoryByline.IsWireCredit(text.ToString());
    }

    private const int MinFadedProseChars = 20;

    // "<p class='text paywall-fade'>Für die Stadt Köln ist …</p>": the teaser's last paragraph, faded above the paywall,
    // or every paragraph a site marks as behind it ("<p class='paywall'>", served whole), is the story's: a sentence of
    // its own in a paragraph, whatever its class says. The offer itself sits in a box, which still goes.
    // So is a fading wrapper holding only such paragraphs ("<div class='c-paywall-fade'><p>In de Tweede Kamer …</p></div>").
    private static bool IsFadedParagraph(IElement element, StringBuilder scratch) =>
        (element.LocalName == "p" && ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.PaywallFadeTokens, scratch) && IsFadedProse(element)) ||
        (element.LocalName == "div" && ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.FadeTokens, scratch) &&
         element.Children.Length > 0 && element.Children.All(child => child.LocalName == "p" && IsFadedProse(child))) ||
        IsMeteredPart(element, scratch);

    // A story served whole in parts between ads, each wrapped in the metered paywall's box ("<div class='wl-paywall
    // meteredContent'><p>…</p><h3>…</h3><p>…</p></div>"): running prose, a paragraph of it longer than any offer's line,
    // and subheadings between the paragraphs. The offer's own box holds short lines, a form or links.
    private const int MinMeteredParagraphChars = 200;

    private static bool IsMeteredPart(IElement element, StringBuilder scratch)
    {
        if (element.LocalName != "div" || element.Children.Length == 0 ||
            !ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.PaywallFadeTokens, scratch))
        {
            return false;
        }

        var longParagraph = false;
        foreach (var child in element.Children)
        {
            if (child.LocalName == "p" && IsFadedProse(child))
            {
                longParagraph = longParagraph || NodeText.CollapsedLength(child) >= MinMeteredParagraphChars;
            }
            else if (child.LocalName is not ("h2" or "h3" or "h4") || child.PreviousElementSibling is null)
            {
                return false;
            }
        }

        return longParagraph;
    }

    private static bool IsFadedProse(IElement paragraph) =>
        TextNormalizer.Collapse(NodeText.Of(paragraph)) is { Length: >= MinFadedProseChars } text && text[^1] is '.' or '!' or '?' or '"' or '”' or '“' or '»' or '’' or ')' or '…' &&
        LinkDensity.Of(paragraph) < MaxFadedLinkDensity;

    private const double MaxFadedLinkDensity = 0.5;

    // A player and its title line ("<div><iframe …></iframe><p>Video: What the deal means for shoppers</p></div>"), or an
    // image and its caption: the caption of something the reader does not get, not story text.
    private const int MaxMediaCaptionChars = 120;

    // The box's text as the page has it, indentation and all, before it is measured collapsed.
    private const int MaxRawMediaCaptionChars = 4 * MaxMediaCaptionChars;
    private const int MaxMediaBoxElements = 12;

    // The collapsed measure builds the box's text: it is asked last, of the few boxes shaped like a medium's.
    private static bool IsMediaBox(IElement element, StringBuilder scratch) =>
        MediaTextLimit(element, scratch) is > 0 and var limit && NodeText.CollapsedLength(element) < limit;

    // How much text a box shaped like a medium's may hold and still be the medium's card; 0 when it has no such shape.
    private static int MediaTextLimit(IElement element, StringBuilder scratch)
    {
        // A player's list of clips, under its heading or not ("<div class='video-playlist'><h2>Top Videos</h2><ol>…"): the
        // clips' titles, however set.
        if (element.LocalName is "div" or "ol" or "ul" or "section" &&
            (ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.PlaylistWords, scratch) ||
             ClassTokens.NamesAny(element.Id, ChromeVocabulary.PlaylistWords, scratch)) &&
            !NodeText.IsBlank(element) && HoldsOnlyTitles(element))
        {
            return MaxRawMediaCaptionChars;
        }

        // A portal sets a photo and its caption in a span among the story's lines ("<span class='end_photo_org'><img>
        // <em>(제주=연합뉴스) … [연합뉴스 자료사진]</em></span><br>"); inside a paragraph a span is a phrase.
        // Blogger sets a picture and its caption in a table of their own ("<table class='tr-caption-container'>"): a
        // cell over a cell, no data table.
        if (element.LocalName is not ("div" or "figure" or "span" or "table") ||
            (element.LocalName == "span" && (element.ParentElement is not { } parent || ChromeVocabulary.TextTags.Contains(parent.LocalName))) ||
            (ProseText.TextLengthUpTo(element, MaxRawMediaCaptionChars) >= MaxRawMediaCaptionChars && !IsClipWithTranscript(element, scratch)) ||
            (element.LocalName == "table" && !IsPictureTable(element)))
        {
            return 0;
        }

        // A card typed as a medium by a data attribute of its own ("<div class='gnt_em gnt_em_vp' data-c-vt='video'>"), its
        // title, caption and clips to play next set in boxes, no paragraph: the player's card, whatever its classes say.
        if (IsTypedAsMedium(element) && element.ChildNodes.QuerySelector(Paragraphs) is null && !HoldsStoryText(element))
        {
            return MaxRawMediaCaptionChars;
        }

        // A player's card with no player in it yet, only its title, length and source ("<div class='video-resource'>
        // Video shows waves… 01:12 Now playing - Source: CNN", "<div class='areena-player'><p>Katso: …</p>").
        // A video page's own story (its headline and a paragraph of description) may sit in the player's section.
        // The card may list the clips that play next, title after title, longer than a caption but no prose.
        if (NamesMedium(element, scratch) && !HoldsStoryText(element))
        {
            // A transcript folded under the player is the clip's text: it counts for no caption.
            return NodeText.IsBlank(element) ? 0 :
                HoldsOnlyTitles(element) ? MaxRawMediaCaptionChars : MaxMediaCaptionChars + TranscriptLength(element);
        }

        var seen = 0;
        var walk = new ElementWalk(element);
        while (walk.Next() is { } inner && ++seen <= MaxMediaBoxElements)
        {
            // A script-built player leaves only its slot: "<div class='jwplayer-container'>", "<div id='video-player-1'>".
            // The clip's title, summary and credit may sit beside it, and its transcript: a caption all the same.
            if (inner.LocalName is "iframe" or "video" or "embed" or "object" or "audio" || NamesPlayer(inner))
            {
                return (HoldsCreditLine(element) ? MaxCreditedMediaChars : MaxMediaCaptionChars) + TranscriptLength(element);
            }

            // An image with its caption and credit ("Illustration by Mike Nudelman"); a bare image wrapper has no text
            // to take, and its block still parts the lines around it.
            if (inner.LocalName is "img" or "picture")
            {
                // An image in a figure of its own has its caption there, which is judged as a box itself: the text
                // beside the figure ("Step 2 — Insert your plant into the hole.") is no caption.
                return NodeText.IsBlank(element) || InFigureBelow(inner, element) ? 0 :
                    HoldsCreditLine(element) ? MaxCreditedMediaChars : MaxMediaCaptionChars;
            }
        }

        return 0;
    }

    private const int MaxPictureTableCells = 2;

    private const int MaxPictureTableElements = 24;

    private static bool IsPictureTable(IElement table)
    {
        var cells = 0;
        var seen = 0;
        foreach (var descendant in table.Descendants<IElement>())
        {
            if (++seen > MaxPictureTableElements || (descendant.LocalName is "td" or "th" && ++cells > MaxPictureTableCells))
            {
                return false;
            }

            if (descendant.LocalName == "table")
            {
                return false;
            }
        }

        return cells > 0;
    }

    // Every piece of the box's text is a title's length ("<li>Ventania arranca telhado de escola na Mooca</li>").
    private static bool HoldsOnlyTitles(IElement element)
    {
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text && TextNormalizer.CollapsedLength(text.Data) >= MaxClipTitleChars)
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxClipTitleChars = 90;

    // A picture's box that names its photographer in a line of its own ("<p>Foto: Anna Vavríková, MAFRA</p>") holds
    // the picture's caption and credit, and perhaps a "16 photos" link: more than a caption alone, and none of it story.
    private const int MaxCreditedMediaChars = 2 * MaxMediaCaptionChars;

    // Asked of every box holding a picture or a player: a walk that stops at the first credit line, where a selector's
    // query would list every line of the box first.
    private static bool HoldsCreditLine(IElement element)
    {
        var walk = new ElementWalk(element);
        while (walk.Next() is { } inner)
        {
            if (inner.ChildElementCount == 0 && inner.LocalName is "p" or "span" or "div" or "small" or "em" or "cite" &&
                TextNormalizer.Collapse(NodeText.Of(inner)) is { Length: > 0 and <= MaxCreditLineChars } line &&
                line.IndexOfAny([':', '\uFF1A']) is > 0 and var colon && colon < line.Length - 1 &&
                ChromeVocabulary.CreditLabels.Contains(line[..colon].Trim().ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxCreditLineChars = 80;

    private static bool InFigureBelow(IElement image, IElement box)
    {
        for (var up = image.ParentElement; up is not null && up != box; up = up.ParentElement)
        {
            if (up.LocalName == "figure")
            {
                return true;
            }
        }

        return false;
    }

    private const int MinDescriptionChars = 100;

    private static bool HoldsStoryText(IElement element)
    {
        foreach (var inner in element.ChildNodes.QuerySelectorAll(StoryTextBlocks))
        {
            if ((inner.LocalName != "p" || NodeText.CollapsedLength(inner) >= MinDescriptionChars) && !IsInTranscript(inner, element))
            {
                return true;
            }
        }

        return false;
    }

    // "<details><summary>Show transcript</summary><p>Good evening, I'm …</p></details>": what the player's clip says,
    // folded away under the player, is the clip's text and not the story's.
    private static bool IsInTranscript(IElement inner, IElement player)
    {
        for (var element = inner.ParentElement; element is not null && element != player; element = element.ParentElement)
        {
            if (IsTranscript(element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTranscript(IElement element) =>
        (element.LocalName == "details" && element.QuerySelector("summary")?.TextContent is { } summary &&
         (summary.Contains("transcri", StringComparison.OrdinalIgnoreCase) || summary.Contains("transkri", StringComparison.OrdinalIgnoreCase))) ||
        // A TV station's player sets the clip's transcript in a box named for it ("<div class='video__transcript'>").
        (element.LocalName is "div" or "section" && element.GetAttribute("class") is { } names &&
         (names.Contains("transcript", StringComparison.OrdinalIgnoreCase) || names.Contains("transkript", StringComparison.OrdinalIgnoreCase)));

    private static int TranscriptLength(IElement player)
    {
        var length = 0;
        var walk = new ElementWalk(player);
        while (walk.Next() is { } inner)
        {
            // Its label and toggle ("video__transcript-label") are named for it too: the outermost box counts once.
            if (IsTranscript(inner) && !WithinTranscript(inner.ParentElement, player))
            {
                length += NodeText.CollapsedLength(inner);
            }
        }

        return length;
    }

    // A box named for a video ("<div class='video video_type_lead'>") whose text beyond its clip's transcript is a
    // caption's length. Asked only of boxes so named: the transcript walk is not for every large box on the page.
    private static bool IsClipWithTranscript(IElement element, StringBuilder scratch) =>
        (ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.MediumWords, scratch) ||
         ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.PlayerWords, scratch)) &&
        TranscriptLength(element) is > 0 and var transcript &&
        ProseText.TextLengthUpTo(element, MaxRawMediaCaptionChars + transcript) < MaxRawMediaCaptionChars + transcript;

    private static bool WithinTranscript(IElement? element, IElement player)
    {
        for (; element is not null && element != player; element = element.ParentElement)
        {
            if (IsTranscript(element))
            {
                return true;
            }
        }

        return false;
    }

    // Named a player ("areena-player"), or named for the medium and showing a running time ("video-resource" … "01:12"):
    // a video page's own description box is named "video" too, and has no clock.
    private static bool NamesMedium(IElement element, StringBuilder scratch)
    {
        // A component's test mark names it as well as a class does ("data-testid='embedded-video'").
        var classes = element.GetAttribute("class");
        var component = element.GetAttribute("data-testid");
        if (ClassTokens.NamesAny(classes, ChromeVocabulary.PlayerWords, scratch) || ClassTokens.NamesAny(element.Id, ChromeVocabulary.PlayerWords, scratch) ||
            ClassTokens.NamesAny(component, ChromeVocabulary.PlayerWords, scratch))
        {
            return true;
        }

        return (ClassTokens.NamesAny(classes, ChromeVocabulary.MediumWords, scratch) || ClassTokens.NamesAny(element.Id, ChromeVocabulary.MediumWords, scratch) ||
                ClassTokens.NamesAny(component, ChromeVocabulary.MediumWords, scratch)) &&
               RunningTimeGate.IsMatch(NodeText.Of(element));
    }

    // "01:12", or spelled out as a player prints it ("Lecture · 2 min 14 s"), perhaps run into the caption's first word.
    [GeneratedRegex(@"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|\b\d{1,3} ?min \d{1,2} ?s(?!\p{Ll})", RegexOptions.CultureInvariant)]
    private static partial Regex RunningTime();

    private static readonly LiteralGate RunningTimeGate = new(RunningTime());

    private static bool IsTypedAsMedium(IElement element)
    {
        foreach (var attribute in AttributeList.Of(element))
        {
            if (attribute.Name.StartsWith("data-", StringComparison.Ordinal) &&
                attribute.Value is "video" or "audio" or "podcast" or "Video" or "Audio" or "Podcast")
            {
                return true;
            }
        }

        // Or by its accessible name ("<div class='gnt_em gnt_em_vp' aria-label='Video player'>").
        return element.GetAttribute("aria-label") is { Length: <= MaxPlayerLabelChars } label &&
               (label.Equals("video player", StringComparison.OrdinalIgnoreCase) || label.Equals("audio player", StringComparison.OrdinalIgnoreCase) ||
                label.Equals("video", StringComparison.OrdinalIgnoreCase));
    }

    private const int MaxPlayerLabelChars = 20;

    // The names first: every element of a media box is asked, and its text is built only for a player's slot.
    private static bool NamesPlayer(IElement element) =>
        ((element.GetAttribute("class") is { } classes && classes.Contains("player", StringComparison.OrdinalIgnoreCase)) ||
         (element.Id is { } id && id.Contains("player", StringComparison.OrdinalIgnoreCase))) &&
        NodeText.IsBlank(element);

    // Text set outside paragraphs (a blog post split by <br>, beside a few short <p>s) is prose too when there is
    // this much of it and few links.
    private const int UnparagraphedMinChars = 1000;
    private const double UnparagraphedMaxLinkDensity = 0.25;

    // "<header><h1>Headline</h1><p>Lead …</p></header>": the story's own header holds its lead; the chrome inside it
    // (share bars, date lines) goes one by one as the walk goes on.
    private static bool IsStoryHeader(IElement element, IElement? headline, StringBuilder scratch) =>
        headline is not null && string.Equals(element.LocalName, "header", StringComparison.Ordinal) && element.Contains(headline) &&
        ClassTokens.Classify(element, scratch) == ChromeName.None;

    /// <summary>A weak chrome word condemns only what is small or mostly links.</summary>
    internal static bool WeakNameSuffices(IElement element)
    {
        if (ProseText.Length(element) >= WeakNameMaxProse)
        {
            return LinkDensity.Of(element) >= WeakNameMinLinkDensity;
        }

        // Little paragraph text: small, unless much text stands outside paragraphs with few links among it.
        return ProseText.TextLengthUpTo(element, UnparagraphedMinChars) < UnparagraphedMinChars ||
               LinkDensity.Of(element) >= UnparagraphedMaxLinkDensity;
    }

    private static ChromeName Chrome(IElement element, StringBuilder scratch)
    {
        var tag = element.LocalName;
        if (ChromeVocabulary.Tags.Contains(tag))
        {
            // An aside is chrome, but for the story's own key points set aside at its top.
            return tag == "aside" && SummaryList.IsKeyPointsAside(element, scratch) ? ChromeName.None : ChromeName.Strong;
        }

        if (ChromeVocabulary.GuardedTags.Contains(tag))
        {
            // Some sites wrap the whole page in a <header> or <form>: only small or link-dense ones are chrome.
            return ChromeName.Weak;
        }

        if (element.HasAttribute("hidden") ||
            string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) ||
            IsStyledHidden(element.GetAttribute("style")))
        {
            return ChromeName.Strong;
        }

        if (element.GetAttribute("role") is { } role && ChromeVocabulary.Roles.Contains(role.Trim()))
        {
            return ChromeName.Strong;
        }

        return ChromeVocabulary.IsPhrasingInText(element)
            ? ChromeName.None
            : ClassTokens.Classify(element, scratch);
    }

    // "<span role='tooltip'>Jane Doe is a reviewer covering …</span>" beside the byline's name: shown on hover, even
    // inside the story's header, which is otherwise kept whole.
    private static bool IsTooltip(IElement element) =>
        string.Equals(element.GetAttribute("role")?.Trim(), "tooltip", StringComparison.OrdinalIgnoreCase);

    private static bool IsHiddenByPage(IElement element) => element.HasAttribute("hidden") || IsStyledHidden(element.GetAttribute("style"));

    private static bool IsStyledHidden(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) ||
               compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    // A thread that holds most of the page's prose is the page: a forum's posts carry reply links too.
    private const double MaxThreadTextShare = 0.5;

    private static bool IsMinorThread(IElement thread, int totalText) => (double)ProseText.LengthWithRuns(thread) / totalText < MaxThreadTextShare;

    private static bool HoldsTheStory(IElement element, int totalText, StringBuilder scratch)
    {
        if (ChromeVocabulary.Tags.Contains(element.LocalName) ||
            ClassTokens.NamesAny(element.GetAttribute("class"), ChromeVocabulary.DiscussionTokens, scratch) ||
            ClassTokens.NamesAny(element.Id, ChromeVocabulary.DiscussionTokens, scratch))
        {
            // However much prose a reader discussion holds, it is not the story.
            return false;
        }

        var share = (double)ProseText.LengthWithRuns(element) / totalText;
        return share >= GuardTextShare || (share >= GuardLinkedTextShare && LinkDensity.Of(element) < GuardMaxLinkDensity);
    }

    // Scripts and styles first, so that text measures count only what a reader sees.
    private static void RemoveNonText(IElement body)
    {
        // What "script, style, noscript, template, marquee" selects, in one walk without a selector query.
        var removals = new List<IElement>();
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (element.LocalName is var name &&
                (string.Equals(name, "script", StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(name, "style", StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(name, "noscript", StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(name, "template", StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(name, "marquee", StringComparison.OrdinalIgnoreCase)))
            {
                removals.Add(element);
            }
        }

        var bodyText = ProseText.TextLength(body);
        foreach (var element in removals)
        {
            // A <marquee> scrolls a ticker across an old page ("REMINDER: office closed Thursday"), never the story,
            // unless its end tag is missing and it holds the page.
            if (element.LocalName is "noscript" or "marquee" && (ProseText.TextLength(element) * 2 > bodyText || HoldsStory(element, body)))
            {
                // Parsed without scripting, a <noscript> whose end tag the parser ignored swallows the rest of the
                // page; browsers, scripting on, show that page. And a blog that renders its post from a script
                // template prints it again in <noscript> for readers without scripts. Keep its content.
                Unwrap(element);
            }
            else
            {
                element.Remove();
            }
        }
    }

    private const int MinNoscriptParagraphs = 3;
    private const int MinNoscriptProse = 500;

    // Paragraphs of prose, more than the rest of the page holds: not a tracking pixel, a "please enable JavaScript"
    // line or a consent box beside the story.
    private static bool HoldsStory(IElement noscript, IElement body)
    {
        if (noscript.GetElementsByTagName("p").Length < MinNoscriptParagraphs)
        {
            return false;
        }

        var prose = ProseText.Length(noscript);
        return prose >= MinNoscriptProse && prose * 2 > ProseText.Length(body);
    }

    private static void Unwrap(IElement element)
    {
        if (element.Parent is not { } parent)
        {
            return;
        }

        while (element.FirstChild is { } child)
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }
}
