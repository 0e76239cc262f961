using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The words that mark page chrome, as data in one place: class and id tokens, ARIA roles, tags, and the
/// headings that open link lists after a story, in the languages our pages come in.
/// </summary>
internal static partial class ChromeVocabulary
{
    // Reader comments named in the site's language (not "kommentar"/"komentarz", also an opinion column's name). Declared
    // first: the sets below are built from it as the class initialises, in order.
    private static readonly string[] LocalCommentTokens =
    [
        "komment", "kommentek", "hozzaszolas", "hozzaszolasok", "komentarze", "komentare", "diskuse", "diskuze", "commenti",
        "comentarios", "yorumlar", "kommentarer", "kommentit", "kommentaarid", "athugasemd", "athugasemdir", "komentari",
        "komentarji", "comentarii", "kommentare", "commentaires", "reacties",

        // Abbreviated: "CmntPls" (Asahi's comment section), "cmnt-list", "cmts"; Chinese pinyin ("content_pinglun", 评论).
        "cmnt", "cmnts", "cmt", "cmts", "pinglun",
    ];

    // Declared before the sets built from it, as the class initialises in order.
    private static readonly string[] LocalCaptionTokens =
    [
        "bildunterschrift", "bildtext", "bildetekst", "billedtekst", "kuvateksti", "myndatexti", "bijschrift", "fotobijschrift",
        "onderschrift", "popisek", "legende", "legenda",
    ];

    // An ad slot named in the site's language ("news_werbung", "bloc-publicite", "reklama-box").
    private static readonly string[] LocalAdTokens =
    [
        "werbung", "anzeige", "publicite", "publicidad", "publicidade", "pubblicita", "publicitat", "reclame", "advertentie", "reklama",
        "reklame", "reklam", "annons", "annonse", "mainos", "iklan",
    ];

    /// <summary>Single class or id tokens (after splitting on punctuation and camel case) that name chrome.</summary>
    public static readonly FrozenSet<string> ClassTokens = FrozenSet.Create(StringComparer.Ordinal,
    [
        "breadcrumb", "breadcrumbs", "crumb", "crumbs", "crmb", "share", "shares", "sharing", "sharebar", "sharethis", "social",
        "socials", "sns", "vote", "votes", "voting", "digg", "like", "likes", "rating", "ratings", "reaction", "reactions", "emojis", "userbar",
        "related", "relatedposts", "recommend", "recommended", "recommendation", "recommendations", "ranking", "rankings",
        "rank", "hot", "hotnews", "popular", "mostread", "mostpopular", "trending", "newsletter", "subscribe",
        "subscription", "signup", "comment", "comments", "commentlist", "talkback", "talkbacks", "disqus", "advert", "advertisement",
        .. LocalCommentTokens,
        "advertising", "adverts", "ads", "ad", "adsbygoogle", "adslot", "adspot", "adsense", "dfp", "gpt", "sponsor", "sponsored",
        .. LocalAdTokens,
        // Dable's widget is "dablewidget_…"; its own word alone is no chrome: "dable-content-wrapper" marks the story's body for it.
        "promo", "promotion", "outbrain", "taboola", "dablewidget", "sidebar", "lateral", "widget", "widgets", "tags", "tagcloud", "taglist",
        "copyright", "cookie", "cookies", "consent", "gdpr", "paywall", "caption", "captions", "credit", "credits",
        "figcaption", "toolbar", "pagination", "pager", "navbar", "nav", "navigation", "menu", "masthead", "footer",
        "banner", "modal", "popup", "overlay", "skip", "login", "register", "byline", "author", "authors", "bio",
        "date", "time", "timestamp", "views", "viewcount", "hits", "counter", "readmore", "seealso", "print",
        "hidden", "hide", "meta", "follow", "download", "lightbox", "carousel", "slider", "ticker", "teaser",
        "teasers", "feedback", "survey", "poll", "award", "rss", "feed", "categories", "flyout", "boilerplate",
        "encuesta", "sondage", "sondaggio", "reacoes", "reacciones", "reazioni",

        // A picture's caption named in the site's language: German, Scandinavian, Finnish, Icelandic, Dutch, Czech, French ("legende"), Italian and Portuguese ("legenda").
        .. LocalCaptionTokens,

        // A newsletter box named in the site's language: Hungarian, Swedish/Norwegian, Danish, Dutch, Finnish, Québécois.
        "hirlevel", "nyhetsbrev", "nyhedsbrev", "nieuwsbrief", "uutiskirje", "infolettre",

        // A sports page's score and statistics widgets beside the report.
        "boxscore", "linescore", "scoreboard", "gamestrip", "matchstats", "lineups", "lineup", "aufstellung", "alineaciones", "escalacao",
        "scorecard", "standings", "livescore",
        "classificacao", "clasificacion", "classifica",

        // A sportsbook's odds beside a match report ("BetSixPack", "odds-strip", "apostas-box").
        "odds", "betting", "sportsbook", "apostas", "apuestas", "scommesse", "wetten",

        // A call to action: an event's ticket pitch or an app download set between the paragraphs ("inline-cta").
        "cta",

        // A shop's box of partner offers set into the story ("mntl-commerce-table", "commerce-widget"), and a picker of
        // the site's editions or cities ("CityPicker_picker__Zt1mR").
        "commerce", "picker",

        // A weather widget in a side column, and the French side column itself ("bloc_meteo", "colonne_droite").
        "meteo", "weather", "wetter", "droite",

        // A video host's embed, which keeps only its title when its script does not run ("youtube-embed__title").
        "youtube", "vimeo", "dailymotion",
    ]);

    /// <summary>
    /// The tokens of <see cref="ClassTokens"/> that also name story containers on some sites ("has-ads",
    /// "article-meta-body", "modal-content"): they condemn only small or link-dense elements.
    /// </summary>
    public static readonly FrozenSet<string> WeakClassTokens = FrozenSet.Create(StringComparer.Ordinal,
    [
        "ad", "ads", "dfp", "gpt", "hidden", "hide", "meta", "date", "time", "timestamp", "like", "likes", "hot", "rank",
        "print", "credit", "credits", "bio", "feed", "readmore", "author", "authors", "byline", "follow", "download", "banner",
        "widget", "widgets", "counter", "award", "tags", "teaser", "teasers", "caption", "captions", "modal", "overlay",
        "popup", "lightbox", "slider", "carousel", "ticker", "views", "hits", "rating", "ratings", "menu", "categories", "flyout",
        "youtube", "vimeo", "dailymotion", "odds", "betting", "sportsbook", "apostas", "apuestas", "scommesse", "wetten",
        "meteo", "weather", "wetter", "droite", "commerce", "picker",
        .. LocalCaptionTokens, .. LocalAdTokens,
    ]);

    /// <summary>Class words naming a picture's or a video's caption and credit ("media-caption", "lead-asset-credit").</summary>
    public static readonly FrozenSet<string> CaptionWords = FrozenSet.Create(StringComparer.Ordinal,
        ["caption", "captions", "figcaption", "credit", "credits", .. LocalCaptionTokens]);

    /// <summary>Reader comments named in the site's language ("comentarios", "yorumlar", "kommentare").</summary>
    public static readonly FrozenSet<string> LocalCommentWords = FrozenSet.Create(StringComparer.Ordinal, LocalCommentTokens);

    /// <summary>Class words naming a picture's caption, not its credit ("slide-caption", "bildunterschrift").</summary>
    public static readonly FrozenSet<string> CaptionOnlyWords = FrozenSet.Create(StringComparer.Ordinal,
        ["caption", "captions", "figcaption", .. LocalCaptionTokens]);

    /// <summary>Class words naming a player: a short box so named is a media card, not story text.</summary>
    public static readonly FrozenSet<string> PlayerWords = FrozenSet.Create(StringComparer.Ordinal, ["player", "jwplayer", "videoplayer"]);

    /// <summary>Class words naming a player's list of clips: their titles, never a story.</summary>
    public static readonly FrozenSet<string> PlaylistWords = FrozenSet.Create(StringComparer.Ordinal, ["playlist", "playlists"]);

    /// <summary>Class words naming a medium: a short box so named that shows a running time is a media card.</summary>
    public static readonly FrozenSet<string> MediumWords = FrozenSet.Create(StringComparer.Ordinal, ["video", "videos", "audio", "podcast"]);

    /// <summary>Parts of a block that a "…-hidden" class hides, not the block itself ("field-label-hidden").</summary>
    public static readonly FrozenSet<string> HiddenParts = FrozenSet.Create(StringComparer.Ordinal,
    [
        "label", "labels", "title", "heading", "caption", "icon", "image", "img", "thumb", "thumbnail", "overflow",
    ]);

    /// <summary>Screens or media a "hidden-…" class hides a block on, while other readers see it ("hidden-xs").</summary>
    public static readonly FrozenSet<string> HiddenQualifiers = FrozenSet.Create(StringComparer.Ordinal,
    [
        "xs", "sm", "md", "lg", "xl", "xxl", "print", "mobile", "desktop", "tablet", "phone", "small", "medium", "large",
    ]);

    /// <summary>Class words of story paragraphs at a paywall: the last one faded out above it ("text paywall-fade"), or those behind it.</summary>
    public static readonly FrozenSet<string> PaywallFadeTokens = FrozenSet.Create(StringComparer.Ordinal, ["paywall", "fade", "faded"]);

    /// <summary>Class words of a wrapper fading the teaser's last paragraphs out above a paywall ("c-paywall-fade").</summary>
    public static readonly FrozenSet<string> FadeTokens = FrozenSet.Create(StringComparer.Ordinal, ["fade", "faded"]);

    /// <summary>Words naming reader discussions, which can hold more prose than a short story ("talkbacks": Israeli sites' comments).</summary>
    public static readonly FrozenSet<string> DiscussionTokens = FrozenSet.Create(StringComparer.Ordinal,
    [
        "comment", "comments", "commentlist", "disqus", "reply", "replies", "discussion", "forum", "thread", "respond",
        "talkback", "talkbacks", .. LocalCommentTokens,
    ]);

    private const int MaxLabelQualifierWords = 2;

    /// <summary>
    /// Whether the lower-case label is a read-also label or a trailing section's heading, alone or with a word or two on
    /// what kind of piece follows ("lire aussi le décryptage", "lire aussi l'enquête").
    /// </summary>
    public static bool IsReadAlsoLabel(string label)
    {
        label = LabelKey(label);
        return ReadAlsoLabels.Contains(label) || TrailingSectionHeadings.Contains(label) || IsQualified(label, ReadAlsoLabels) ||
               IsQualified(label, TrailingSectionHeadings);
    }

    /// <summary>
    /// Whether the lower-case label introduces links between paragraphs and is no trailing section's heading, whose
    /// place after the story's end the block filter reads ("Related", "Most read").
    /// </summary>
    public static bool IsInStoryReadAlsoLabel(string label)
    {
        label = LabelKey(label);
        return !TrailingSectionHeadings.Contains(label) && !IsQualified(label, TrailingSectionHeadings) &&
               (ReadAlsoLabels.Contains(label) || IsQualified(label, ReadAlsoLabels));
    }

    // Arabic without its vowel marks; Turkish "İLGİLİ HABER", whose dotted capital I the invariant lower-casing keeps
    // (or a decomposed page spells with a combining dot above).
    private static string LabelKey(string label)
    {
        label = ArabicScript.WithoutMarks(label);
        label = label.AsSpan().IndexOfAny('\u0130', '\u0307') >= 0
            ? label.Replace('\u0130', 'i').Replace("\u0307", string.Empty, StringComparison.Ordinal)
            : label;

        // Greek capitals lower-cased out of context end a word in 'σ': "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ" → "διαβαστε επισησ".
        return label.Contains('σ', StringComparison.Ordinal) ? FinalSigma().Replace(label, "ς") : label;
    }

    [GeneratedRegex(@"σ(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex FinalSigma();

    private static bool IsQualified(string label, FrozenSet<string> labels)
    {
        foreach (var known in labels)
        {
            if (label.Length > known.Length && label.StartsWith(known, StringComparison.Ordinal) && label[known.Length] == ' ' &&
                label.AsSpan(known.Length).Trim().Count(' ') < MaxLabelQualifierWords)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Labels that introduce a link to another story between paragraphs, lower-cased, besides the
    /// <see cref="TrailingSectionHeadings"/>.
    /// </summary>
    public static readonly FrozenSet<string> ReadAlsoLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "read", "read also", "also see", "see", "watch", "watch more", "listen", "more", "related story", "related article",
        // "Also on Patch:", "Also on NBC News:", "Más en Andina:": the site's name qualifies it.
        "also on", "more on", "más en", "mais em",
        // "Otras noticias de Mundo:", "Outras notícias de Economia:": the section names it.
        "otras noticias de", "outras notícias de", "more news from", "autres actualités de",
        "lea", "lea también", "lea además", "lea más", "vea", "vea también", "ver también", "mira", "más información",
        "le tamén", "lea tamén", "llegiu també", "llegeix també",
        "leia", "veja", "veja também", "auch lesen", "lesen sie", "lesen sie mehr", "zum weiterlesen", "weiterlesen",
        "siehe auch", "mehr dazu", "lire", "voir aussi", "à voir", "a voir", "leggi", "vedi anche", "czytaj",
        "czytaj również", "zobacz też", "zobacz także", "lees", "lees meer", "mire", "mira también", "lee más", "читайте", "смотрите также", "延伸阅读",
        "延伸閱讀", "相關報導", "相关新闻", "相關新聞", "推荐阅读", "推薦閱讀", "相关报道", "阅读更多", "閱讀更多", "le puede interesar", "también le puede interesar", "puede interesarte", "quizás te interese",
        "le recomendamos", "noticia relacionada", "lea más aquí", "saiba mais", "confira", "confira também", "veja mais",
        "leia mais aqui", "lire également", "à lire", "a lire", "lire la suite", "voir également",
        "approfondisci", "lesen sie hier", "lesen sie dazu", "passend dazu", "zum thema", "auch lesenswert", "przeczytaj też",
        "przeczytaj także", "zobacz również", "bekijk ook", "lees verder", "must read", "check out", "puedes ver",
        "dowiedz się więcej", "czytaj więcej", "przeczytaj również", "zobacz więcej", "related video", "related videos",
        "watch video", "video relacionado", "vídeo relacionado", "video", "vídeo", "videos", "vídeos",
        "διαβάστε επίσης", "διαβαστε επισης", "διαβάστε ακόμη", "διαβαστε ακομη", "δείτε επίσης", "δειτε επισης",
        "baca juga", "baca", "simak juga", "lihat juga", "xem thêm", "đọc thêm", "ayrıca okuyun", "ayrıca bakınız", "по теме",
        "читайте также", "читайте також", "ये भी पढ़ें", "यह भी पढ़ें", "इसे भी पढ़ें", "पढ़ें", "اقرأ أيضا", "اقرأ أيضاً",
        "اقرأ ايضا", "اقرأ المزيد", "بیشتر بخوانید", "بخوانید", "עוד בנושא", "קראו עוד", "קראו גם", "อ่านเพิ่มเติม", "อ่านข่าวที่เกี่ยวข้อง",
        "관련기사", "관련 기사", "あわせて読みたい", "ilgili haber", "bunu da okuyun", "bu habere de göz atın", "bu habere de bakın", "ilginizi çekebilir", "bu haberler de ilginizi çekebilir", "bu haber de ilginizi çekebilir", "ilginizi çekebilecek haberler", "şunu da okuyun", "čítajte aj", "čítajte tiež", "prečítajte si aj",
        "prečítajte si tiež", "pročitajte i", "pročitajte više", "pročitajte još", "preberite tudi", "pilihan editor", "baca selengkapnya",
        "olvasd el", "ezt is olvasd", "прочетете още", "прочитайте още", "citește mai mult", "vezi și", "vezi si", "čtěte dále",
        "go deeper", "dig deeper", "read next", "read more from", "อ่านข่าวอื่น", "další zprávy", "další zprávy z rubriky",
        "हेही वाचा", "हे पण वाचा", "ఇదీ చదవండి", "ఇవి కూడా చదవండి", "আরও পড়ুন", "আরও পড়ুন", "আরো পড়ুন", "આ પણ વાંચો", "یہ بھی پڑھیے",
        "یہ بھی پڑھیں", "مزید پڑھیں", "ਇਹ ਵੀ ਪੜ੍ਹੋ", "ଆହୁରି ପଢ଼ନ୍ତୁ", "ଏହା ବି ପଢ଼ନ୍ତୁ", "ଆହୁରି ପଢନ୍ତୁ", "ಇದನ್ನೂ ಓದಿ", "ഇതും വായിക്കാം", "ഇതും വായിക്കുക", "இதையும் படிக்க", "இதையும் படிங்க",
        "यो पनि पढ्नुहोस्", "यो पनि पढ्नुस्", "इससे जुड़ी ये खबर भी पढ़ें", "इससे जुड़ी खबर भी पढ़ें", "ये खबर भी पढ़ें", "यह खबर भी पढ़ें",
        "прочитајте још", "прочитајте и", "прочитај повеќе", "прочитајте повеќе", "прочитај и", "lexo edhe", "lexoni edhe", "lexo më shumë", "погледајте и", "още по темата", "вижте още", "basahin", "basahin din", "basahin ang", "អានបន្ត", "អានផងដែរ",
        "ასევე წაიკითხეთ", "წაიკითხეთ ასევე", "կարդացեք նաև", "هەروەها بخوێنەوە", "بخوێنەوە",
        "soma pia", "soma zaidi", "soma pia hii", "mavzuga oid", "сондай-ақ оқыңыз", "окуңуз", "ошондой эле окуңуз", "мөн уншаарай", "தொடர்புடைய செய்தி", "əlaqəli xəbər", "həmçinin oxuyun", "инчунин хонед", "මෙයත් කියවන්න", "ഇതുകൂടി വായിക്കാം",
        "ഇതുകൂടി വായിക്കൂ", "関連ニュース", "อ่านข่าวเพิ่มเติม", "ອ່ານຂ່າວທີ່ກ່ຽວຂ້ອງ", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "lexo edhe", "lexoni edhe", "lexo më shumë", "lexo gjithashtu", "прочитајте повеќе",
        "прочитај и", "vezano", "povezano", "povezane vijesti", "povezani članci", "vezane vijesti", "povezane vesti", "повезано", "поврзано",
        // Estonian, Latvian, Lithuanian, Swedish, Finnish, Icelandic and Faroese: "read also", "read more".
        "loe ka", "loe lisaks", "vaata ka", "lasiet arī", "lasi arī", "skaitykite taip pat", "taip pat skaitykite", "läs mer",
        "lue lisää", "lestu einnig", "lesið einnig", "lestu líka", "les eisini", "les meira",
    ]);

    /// <summary>
    /// Texts of the link that closes another story's summary and leads to the whole of it, lower-cased, without
    /// brackets or trailing marks ("पढ़ें पूरी खबर", "read the full story").
    /// </summary>
    public static readonly FrozenSet<string> FullStoryLinks = FrozenSet.Create(StringComparer.Ordinal,
    [
        "read more", "read full story", "read the full story", "read full article", "read the full article", "continue reading",
        "full story", "more", "weiterlesen", "mehr lesen", "lire la suite", "lire plus", "leer más", "seguir leyendo",
        "ler mais", "continuar lendo", "leggi tutto", "leggi di più", "czytaj dalej", "czytaj więcej", "lees verder", "lees meer",
        "подробнее", "читать далее", "читати далі", "devamını oku", "đọc tiếp", "xem tiếp", "baca selengkapnya", "อ่านต่อ",
        "続きを読む", "阅读全文", "閱讀全文", "더보기", "पढ़ें पूरी खबर", "पूरी खबर पढ़ें", "पूरी खबर", "আরও পড়ুন", "மேலும் படிக்க",
        "കൂടുതൽ വായിക്കുക", "مزید پڑھیں", "اقرأ المزيد", "ادامه مطلب",
    ]);

    /// <summary>Inline elements whose class names say how a phrase looks or behaves ("popup", "tooltip"), not chrome.</summary>
    public static readonly FrozenSet<string> PhrasingTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "em", "strong", "b", "i", "u", "abbr", "cite", "code", "q", "mark", "small", "sub", "sup", "var", "kbd", "s", "dfn",
    ]);

    /// <summary>A child that keeps its parent a run of text: a phrase's markup, a span or a line break.</summary>
    public static bool IsInlineInText(AngleSharp.Dom.IElement child) =>
        PhrasingTags.Contains(child.LocalName) || child.LocalName is "span" or "br";

    /// <summary>Elements that hold running text, inside which a phrase belongs to the sentence.</summary>
    public static readonly FrozenSet<string> TextTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "p", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "td", "em", "strong", "b", "i", "span", "q",
    ]);

    /// <summary>Whether the element is a phrase inside running text ("not &lt;a class='popup'&gt;speak it in vanity&lt;/a&gt;, but").</summary>
    public static bool IsPhrasingInText(AngleSharp.Dom.IElement element) =>
        (element.ParentElement is { } parent && TextTags.Contains(parent.LocalName) &&
         (PhrasingTags.Contains(element.LocalName) || (element.LocalName == "span" && InsideSentence(element)))) ||
        InsideSentenceSpan(element);

    // How far up a phrase's own phrases are looked through for the span that sits in the sentence.
    private const int MaxPhraseDepth = 3;

    // "Nvidia Corp. <span class='qt-chip'><a><span class='qt-chip__ticker'>NVDA</span>, …</a></span> closed" or "Halvex Inc.
    // <a class='ticker-chip'><span class='ticker-chip__sym'>HLVX</span> …</a> shares": a span or phrase inside a span or
    // link that sits between a sentence's words belongs to the sentence, whatever its class.
    private static bool InsideSentenceSpan(AngleSharp.Dom.IElement element)
    {
        if (element.LocalName != "span" && !PhrasingTags.Contains(element.LocalName))
        {
            return false;
        }

        var current = element.ParentElement;
        for (var depth = 0; depth < MaxPhraseDepth && current is not null; depth++, current = current.ParentElement)
        {
            if ((current.LocalName == "span" || PhrasingTags.Contains(current.LocalName)) && current.ParentElement is { } block &&
                TextTags.Contains(block.LocalName) && block.LocalName != "span" && InsideSentence(current))
            {
                return true;
            }

            if (current.LocalName != "span" && !PhrasingTags.Contains(current.LocalName))
            {
                return false;
            }
        }

        return false;
    }

    // A span with words on both sides ("At <span class='ticker'>Home Depot</span>, we …") is part of the sentence,
    // whatever its class; one that stands alone in its paragraph may be a widget.
    private static bool InsideSentence(AngleSharp.Dom.IElement element) =>
        HasWords(element.PreviousSibling) && HasWords(element.NextSibling);

    private static bool HasWords(AngleSharp.Dom.INode? node)
    {
        if (node is not { NodeType: AngleSharp.Dom.NodeType.Text })
        {
            return false;
        }

        foreach (var c in NodeText.Of(node))
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Short function words that mark an id as a slug of heading text rather than a name.</summary>
    public static readonly FrozenSet<string> SlugFunctionWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "how", "what", "why", "is", "are", "your",
        "der", "die", "das", "und", "mit", "von", "le", "la", "les", "et", "des", "du", "el", "los", "las", "y", "con",
        "il", "di", "e", "o", "de", "da",
    ]);

    /// <summary>Adjacent token pairs that name chrome where each word alone does not ("most read", "read more").</summary>
    public static readonly FrozenSet<string> ClassBigrams = FrozenSet.Create(StringComparer.Ordinal,
    [
        "most read", "most popular", "most viewed", "read more", "see also", "you may", "also like", "more stories",
        "sr only", "screen reader", "visually hidden", "sound only", "post nav", "more news", "latest news", "top stories",
        "author box", "about author", "next post", "prev post", "previous post",
        // The teaser of the story to read next, its title and lead ("<section class='next-article'>").
        "next article", "prev article", "previous article", "next story", "previous story",
        "box score", "line score", "match stats", "game strip",

        // A sticky player's card of the clip playing and the one to follow ("video-player__up-next"): another story's
        // title and summary.
        "up next", "now playing", "next video",
    ]);

    /// <summary>ARIA roles of landmarks and widgets that never hold the story.</summary>
    public static readonly FrozenSet<string> Roles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog", "alert", "menu",
        "menubar", "toolbar", "tablist", "status", "marquee", "timer",
    ]);

    /// <summary>Tags whose content is never story text.</summary>
    public static readonly FrozenSet<string> Tags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "nav", "aside", "button", "select", "textarea", "input", "iframe", "svg", "template", "dialog", "menu",
        "figcaption", "noscript", "script", "style", "object", "embed", "canvas", "audio", "video", "map", "link",

        // AMP's components for ads, menus, sharing, consent and lists filled by script: without script, only their
        // placeholders and fallbacks ("Related stories could not be loaded.") are left.
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel", "amp-list", "amp-sidebar",
        "amp-social-share", "amp-consent", "amp-user-notification", "amp-iframe",
    ]);

    /// <summary>Tags that are chrome on most pages but can wrap a whole story on some: removed only when small.</summary>
    public static readonly FrozenSet<string> GuardedTags = FrozenSet.Create(StringComparer.Ordinal,
    [
        "header", "footer", "form",
    ]);

    /// <summary>Openers of a short heading that names where its links come from ("More from Example News").</summary>
    /// <summary>First words of a heading that offers more of the site ("Entdecke weitere Homestorys"), lower-cased.</summary>
    public static readonly string[] MoreHeadingOpeners =
    [
        "more", "discover", "explore", "see more", "find more", "weitere", "mehr", "noch mehr", "entdecke", "entdecken sie",
        "plus de", "plus d'actualités", "plus d’actualités", "découvrez", "à découvrir", "más", "descubre", "altri", "altre", "scopri", "meer", "ontdek", "więcej",
    ];

    /// <summary>"Weitere Informationen", "More information": a press release's closing section, not an offer of more pages.</summary>
    public static readonly FrozenSet<string> InformationHeadings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "more information", "more info", "further information", "weitere informationen", "mehr informationen", "weitere infos",
        "plus d'informations", "más información", "più informazioni", "meer informatie", "więcej informacji",
    ]);

    public static readonly string[] MoreFromOpeners =
        ["more from", "more on", "latest from", "mehr von", "mehr aus", "plus de", "más de", "altro da", "altre notizie da",
         "другие новости раздела", "другие новости рубрики", "інші новини розділу", "інші новини рубрики",
         "više iz rubrike", "više iz", "još iz rubrike", "више из рубрике", "још из рубрике", "повеќе од"];

    /// <summary>
    /// Headings that open the link lists sites put after a story ("Related", "Most read", "Lesen Sie auch"), lower-cased
    /// and without trailing punctuation.
    /// </summary>
    public static readonly FrozenSet<string> TrailingSectionHeadings = FrozenSet.Create(StringComparer.Ordinal,
    [
        "खबरें और भी हैं", "और खबरें", "আরও খবর", "மேலும் செய்திகள்", "കൂടുതൽ വാർത്തകൾ",
        "neueste artikel", "neuste artikel", "neueste beiträge", "neueste nachrichten",
        "related", "related to this story", "related stories", "related articles", "related news", "related posts", "related content",
        "related coverage", "related links", "related topics", "ranking", "rankings", "recommendation",
        "recommendations", "recommended", "recommended for you", "recommended stories", "recommended articles",
        "most read", "most popular", "most viewed", "most shared", "trending", "trending now", "trending stories",
        "popular", "popular stories", "popular now", "read more", "read next", "more stories", "more news",
        "more from", "more on this story", "top stories", "latest news", "latest stories", "you may also like",
        "you might also like", "you may have missed", "don't miss", "see also", "also read", "further reading",
        "editor's picks", "editors' picks", "around the web", "hot", "hot news", "what to read next", "up next",
        "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "meistgelesen",
        "auch interessant", "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "les plus lus",
        "leer más", "lee también", "te puede interesar", "noticias relacionadas", "más leídas", "leia também",
        "le tamén", "lea tamén", "llegiu també", "llegeix també",
        "leia mais", "notícias relacionadas", "mais lidas", "potrebbe interessarti", "leggi anche", "articoli correlati",
        "più letti", "lees ook", "meest gelezen", "czytaj także", "czytaj też", "читайте также", "相关新闻", "相关阅读",
        "相关文章", "推荐阅读", "热门推荐", "热门文章", "热点新闻", "猜你喜欢", "関連記事", "관련기사", "많이 본 뉴스",
        // A finance story's box of the shares it names, with their prices: "Im Artikel erwähnte Werte", "Stocks mentioned".
        "stocks mentioned", "stocks in this story", "stocks in this article", "companies mentioned", "tickers in this article",
        "mentioned in this article", "im artikel erwähnte werte", "erwähnte werte", "werte im artikel", "valores mencionados",
        "valores citados", "valeurs citées", "valeurs mentionnées", "関連銘柄",
        "guess you like", "hot articles", "popular posts", "latest posts", "recent posts", "latest articles", "popular articles",
        "trending posts", "you may also be interested in", "more to explore", "keep reading", "read more here",
        "schon gelesen", "beiträge zum thema", "weitere beiträge", "weitere beiträge zum thema", "ähnliche beiträge",
        "ähnliche artikel", "das könnte dich auch interessieren", "vorschau auf den nächsten artikel", "zum weiterlesen",
        "articles similaires", "à découvrir aussi", "vous aimerez aussi", "artículos relacionados", "también te puede interesar",
        "te recomendamos", "lo más visto", "ti potrebbe interessare", "potrebbe interessarti anche", "zobacz także",
        "in case you missed it", "promoted stories", "sponsored stories", "from the web", "more from the web", "you may like", "recommended videos", "suggested videos", "related videos", "popular videos", "latest videos", "trending videos", "top videos", "watch next",
        "latest", "latest headlines", "top headlines", "more headlines", "hot topics", "popular news", "recent news",
        "ultima ora", "ultim'ora", "ultim’ora", "ultime notizie", "ultime news", "últimas notícias", "últimas noticias",
        "najnowsze", "najnowsze wiadomości", "dernières actualités", "dernières infos", "dernières dépêches",
        "relacionados", "relacionadas", "relacionado", "relacionada", "notizie correlate",
        "più lette", "terpopuler", "berita terkait", "artikel terkait", "berita lainnya", "tin liên quan", "tin khác",
        "đọc nhiều nhất", "ilgili haberler", "en çok okunanlar", "популярное", "самое читаемое", "другие новости",
        "διαβάστε επίσης", "διαβάστε ακόμη", "citește și", "citeste si", "citiți și", "citeşte şi", "citiţi şi", "čtěte také", "čtěte též",
        "přečtěte si také", "читайте також", "читайте ще", "baca juga", "les også", "läs också", "læs også", "lue myös",
        "pročitajte još", "preberite še", "olvassa el", "kapcsolódó", "kapcsolódó cikkek", "kapcsolódó hírek",
    ]);

    /// <summary>Whole blocks that are labels of chrome, not text ("Advertisement", "Share this article").</summary>
    public static readonly FrozenSet<string> BoilerplateBlocks = FrozenSet.Create(StringComparer.Ordinal,
    [
        "video", "vídeo", "videos", "vídeos",
        "advertisement", "advertisements", "advertising", "sponsored", "sponsored content", "anzeige", "werbung", "publicité", "publicite",
        "publicidad", "publicidade", "pubblicità", "reclame", "advertentie", "reklama", "reklam", "annons", "mainos", "iklan",
        "anuncio", "anúncio", "annonce", "annonse", "auglýsing", "reklāma", "reklaam", "tangazo", "matangazo", "publicitat", "publizitatea", "iragarkia", "hysbyseb",
        "espacio publicitario", "espaço publicitário", "spazio pubblicitario", "espace publicitaire", "espai publicitari",
        "adv", "quảng cáo", "реклама", "广告", "廣告", "広告", "reklamë", "oglasno sporočilo", "광고", "โฆษณา", "hirdetés", "reklama pod artykułem", "publicitate", "oglas", "διαφήμιση", "διαφημιση", "sponsorlu", "اسپانسرڈ", "اشتہار", "تبلیغات",
        "fact-checked", "peer-reviewed publication", "trusted source", "proofread", "reputable news agency",
        "how we reviewed this article", "top highlight", "halaman",
        "written by researcher(s)",
        "table of contents", "inhaltsverzeichnis", "sommaire", "spis treści",
        "índice", "indice", "目次", "目录", "목차",
        "이 기사에 대해 어떻게 생각하시나요?", "how does this make you feel?", "what's your reaction?", "what is your reaction?",
        "¿qué te pareció esta noticia?", "¿qué te ha parecido esta noticia?", "¿te gustó esta nota?", "¿te gustó esta noticia?",
        "gostou desta matéria?", "gostou da matéria?", "gostou desta notícia?", "what did you think of this article?",
        "what did you think of this story?", "wie hat ihnen der artikel gefallen?", "qu'avez-vous pensé de cet article ?",
        "o que achou desta notícia?", "o que você achou?", "o que achou?", "¿qué te pareció?", "ai summary",
        "audio generated by ai.", "audio generated by ai", "відео дня", "видео дня", "■ 관련기사", "관련기사", "■ 관련 기사",
        "while you are here", "while you're here", "while you’re here",
        "請繼續往下閱讀", "请继续往下阅读", "繼續閱讀", "继续阅读",
        "이 기사가 마음에 드셨나요?", "이 기사 어땠나요?", "이 기사 어떠셨나요?", "看了这篇新闻，你的心情是？", "看了這篇新聞，你的心情是？", "你對這篇文章有何感受？",
        "你对这篇文章有何感受？", "字体大小", "字體大小", "字号", "字號", "¿te gustó la nota?", "¿te gustó el artículo?", "como você se sente com esta notícia?", "o que você achou desta notícia?", "¿qué te ha parecido?",
        "¿qué te pareció esta noticia?", "wie findest du das?", "wie finden sie das?", "how do you feel about this story?", "how do you feel about this news?", "did you like this article?", "did you enjoy this article?", "did you enjoy this story?", "did you like this story?", "did you find this article helpful?",
        "was this helpful?", "hat ihnen dieser artikel gefallen?", "¿te gustó esta noticia?", "¿te gustó este artículo?",
        "cet article vous a-t-il été utile ?", "ti è piaciuto questo articolo?", "gostou desta notícia?", "この記事はいかがでしたか？", "この記事は参考になりましたか？", "这篇文章对您有帮助吗？",
        "당신이 좋아할 만한 콘텐츠", "추천 콘텐츠",
        "free weekly newsletter", "free daily newsletter", "free newsletter", "was this article helpful?", "war dieser artikel hilfreich?", "¿te ha resultado útil este artículo?", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "print", "comments",
        "view comments", "leave a comment", "skip advertisement", "continue reading", "story continues below advertisement",
        "article continues below", "scroll to continue with content", "view", "views", "close", "menu", "search",
        "share full article", "share article", "copy link", "link copied", "short url", "short link", "copy url", "gift this article", "save article",
        "save", "listen", "listen to this article", "artikel teilen", "link kopieren", "artikel anhören", "partager l'article",
        // A player's button to hear the story read, in Spanish, French and Portuguese; a stock box's label ("associated stocks").
        "escuchar esta nota", "escuchar noticia", "escuchar artículo", "escuchar este artículo", "écouter cet article", "écouter l'article",
        "ouvir esta notícia", "ouvir notícia", "valeurs associées", "valeurs citées",
        "copier le lien", "compartir", "copiar enlace", "load more", "show more", "mehr laden", "mehr anzeigen",
        "lade weitere inhalte", "weitere inhalte laden", "quellen ausblenden", "quellen anzeigen", "externer inhalt",
        "back to top", "zum seitenanfang", "nach oben", "retour en haut", "volver arriba", "permalink", "permalien",
        "bild anzeigen bild schließen", "weitere videos", "more videos", "weiterlesen", "lire la suite", "loading",
        "loading video", "saving", "article content", "이 기사 어떠셨나요?", "wird geladen", "chargement", "cargando", "caricamento", "ładowanie", "загрузка", "加载中",
        "continue reading below", "story continues below", "article continues below advertisement", "report an error",
        "report a correction", "suggest a correction", "report a typo", "fehler melden", "signaler une erreur", "add topic",
        "follow topic", "follow", "view transcript", "show transcript", "read transcript", "hide transcript", "transkript anzeigen",
        "skip to main content", "skip to content", "zum inhalt springen", "aller au contenu", "jump to recipe", "jump to", "print recipe",
        "pin recipe", "save recipe", "add to favorites", "open this photo in gallery", "enlarge this image", "toggle caption",
        "hide caption", "image", "play video", "now playing", "watch now", "watch live", "featured video", "close ad", "skip ad",
        "content continues below", "story continues", "article continues after this advertisement", "paid content",
        "partner content", "promoted content", "click to expand", "open in app", "learn more", "sign in", "log in",
        "sign in to your account", "video player is loading", "loading comments", "show comments", "hide comments",
        "join the conversation", "zur startseite", "artikel merken", "merken", "kommentieren", "zu den kommentaren", "vorlesen",
        "bildergalerie", "mehr erfahren", "réagir", "ajouter à vos sélections", "écouter cet article", "offrir l'article",
        "article réservé aux abonnés", "la suite après cette publicité", "escuchar", "guardar", "comentar", "seguir leyendo",
        "ver más", "sigue leyendo", "más noticias", "artículo anterior", "artículo siguiente", "notícia anterior",
        "próxima notícia", "поделиться", "podziel się", "condividi", "partilhar", "teilen", "weiterlesen nach der anzeige",
        "阅读原文", "返回搜狐，查看更多", "扫一扫，用手机看新闻！", "이전 기사", "다음 기사", "この記事をシェア", "buy now", "shop now", "view deal", "see deal", "check price", "see price", "jetzt kaufen", "zum angebot", "jetzt registrieren", "jetzt kostenlos registrieren", "contenido patrocinado", "contenu sponsorisé", "gesponserter inhalt",
        "read full story", "read full article", "read the full story", "read the full article", "source link", "click to enlarge",
        "tap to expand", "tap to enlarge", "add a comment", "login to comment", "log in to comment", "post a comment",
        "print friendly, pdf & email", "watch the video above", "watch the video below", "thank you for reading", "thanks for reading",
        "点击查看更多", "查看更多", "【纠错】", "纠错", "扫一扫分享", "打开app阅读", "打开app", "続きを読む", "기사제보", "기사 제보",
        "分享到", "分享到：", "分享到微信朋友圈", "打印本页", "打印", "关闭窗口", "關閉窗口", "点击进入专题", "（完）", "(完)", "关联阅读",
        "関連ニュース", "関連記事", "シェアする", "シェア", "ツイート", "기자 프로필", "좋아요", "공유하기", "공유",
        "haberin devamı", "haberin devamı için tıklayınız", "weitere meldungen", "weitere nachrichten", "baca selengkapnya", "login untuk menulis komentar", "login untuk berkomentar", "tulis komentar", "đăng nhập để bình luận",
        "कॉमेंट लिखें", "कमेंट लिखें", "टिप्पणी लिखें",
        // Advertisement and share labels in South Asian, Thai, Vietnamese and Arabic-script languages.
        "विज्ञापन", "जाहिरात", "ବିଜ୍ଞାପନ", "- ବିଜ୍ଞାପନ -", "විද්‍යාපනය", "දැන්වීම", "বিজ্ঞাপন", "விளம்பரம்", "പരസ്യം", "ప్రకటన", "ಜಾಹೀರಾತು", "જાહેરાત", "ਇਸ਼ਤਿਹਾਰ", "اشتہار", "تبلیغات", "إعلان",
        "اعلان", "إعلانات", "مساحة إعلانية", "مساحة اعلانية", "פרסומת", "ڕیکلام", "რეკლამა", "գովազդ", "ពាណិជ្ជកម្ម", "жарнама",
        "शेयर करें", "शेयर", "শেয়ার করুন", "শেয়ার করুন", "শেয়ার", "பகிர்", "പങ്കിടുക", "ഷെയർ ചെയ്യുക", "షేర్ చేయండి", "แชร์",
        "chia sẻ", "اشتراک گذاری", "هم‌رسانی", "مشاركة", "شیئر کریں",
        "video playlist", "playlist",
        "scroll down for video", "scroll down for videos", "loading twitter content", "loading x content", "loading instagram content",
        "loading youtube content", "loading facebook content", "loading tiktok content",
    ]);

    /// <summary>
    /// How calls to act open, lower-cased: a short block that starts so, or that names "our newsletter", asks the
    /// reader to sign up, subscribe or follow and is no story text.
    /// </summary>
    public static readonly string[] PromptOpeners =
    [
        "sign up", "subscribe", "get our", "get the best of", "follow us", "listen to this article", "jetzt abonnieren", "abonnieren sie",
        "melden sie sich", "folgen sie uns", "inscrivez-vous", "abonnez-vous", "suivez-nous", "suscríbete", "síguenos",
        "iscriviti", "seguici",

        // A paywall's question ("¿Ya te suscribiste? Disfruta de contenido exclusivo …"), a release wire's notes on the
        // reposting site ("This content is provided by EIN Presswire. The … newsroom was not involved …", "Legal
        // Disclaimer: EIN Presswire provides this news content "as is" …") and its contact row's "email us here".
        "¿ya te suscribiste?", "¿ya eres suscriptor?", "this content is provided by", "legal disclaimer:",

        // A science site's review note over the story, whose badges follow ("fact-checked", "proofread").
        "this article has been reviewed according to",
    ];

    /// <summary>The paywall's badges for a story kept for subscribers, lower-cased.</summary>
    public static readonly FrozenSet<string> SubscriberBadges = FrozenSet.Create(StringComparer.Ordinal,
    [
        "réservé aux abonnés", "abonnés", "article abonné", "subscribers only", "subscriber only", "for subscribers",
        "exclusive to subscribers", "members only", "nur für abonnenten", "für abonnenten", "exklusiv für abonnenten",
        "exclusivo para suscriptores", "solo para suscriptores", "exclusivo para assinantes", "exclusivo assinantes",
        "conteúdo exclusivo para assinantes", "riservato agli abbonati", "solo per abbonati", "tylko dla prenumeratorów",
        "tylko dla subskrybentów", "jen pro předplatitele", "exkluzivně pro předplatitele", "alleen voor abonnees",
        "előfizetőknek", "csak előfizetőknek", "z+ (abopflichtiger inhalt)", "abopflichtiger inhalt", "f+ (abopflichtiger inhalt)",
    ]);

    /// <summary>Phrases that name the site's own newsletter, lower-cased.</summary>
    public static readonly PhraseSet NewsletterPhrases = new(
    [
        "our newsletter", "our free newsletter", "our daily newsletter", "unseren newsletter", "unserem newsletter",
        "notre newsletter", "nuestro boletín", "nuestra newsletter", "la nostra newsletter",
        "onze nieuwsbrief", "ontvang dagelijks het beste van",
        "delivered to your inbox", "straight to your inbox", "direkt in ihr postfach", "directement dans votre boîte",
        "in your inbox every", "to your inbox every", "en tu casilla", "email us here",
        // The sign-up box's promise that the reader may leave again.
        "unsubscribe at any time", "unsubscribe anytime", "jederzeit abmelden", "jederzeit abbestellen",
        "désinscrire à tout moment", "désabonner à tout moment", "darte de baja en cualquier momento",
    ]);

    /// <summary>
    /// Labels of a photo credit line ("Foto: dpa", "Photo: Reuters"), lower-cased: a short line under one of them is a
    /// caption credit wherever it stands.
    /// </summary>
    public static readonly FrozenSet<string> CreditLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "foto", "fotos", "photo", "photos", "photo credit", "photo source", "picture", "image", "images", "image source",
        "bild", "bilder", "bildquelle", "fotoquelle", "titelbild", "beitragsbild", "titelfoto", "headerbild", "crédito",
        "crédit photo", "crédits photos", "crédits photo", "photo credits", "credit", "credits", "fotografía", "zdjęcie",
        "fot", "bildnachweis", "bildnachweise", "bildquellen", "fotonachweis", "fotocredit", "abbildung", "图片来源", "图片", "圖片", "摄影", "攝影", "写真",
        "image illustrative", "photo d'illustration", "illustration",
        "photograph", "photographs", "image credit", "image credits", "picture credit", "picture credits", "bildrechte",
        "photographer", "photographers", "pic", "pics", "imagen", "imágenes", "imagem", "imagens", "immagine", "afbeelding",

        // "Фото: пресс-служба акимата", "צילום: רויטרס", "Ảnh: TTXVN", "사진: 연합뉴스": the label in other scripts.
        "фото", "фотография", "фотографія", "снимка", "світлина", "ілюстрація", "иллюстрация", "fotoğraf", "fotó", "ảnh",
        "ảnh minh họa", "صورة", "الصورة", "צילום", "φωτογραφία", "φωτ", "사진", "फोटो", "तस्वीर", "ছবি", "படம்", "ภาพ", "ภาพประกอบ",
        "ფოტო", "լուսանկար", "រូបថត", "រូបភាព", "عکس", "تصوير", "وێنە", "larawan", "kuha", "hulagway", "nuotr", "nuotrauka",

        // The Nordic and Baltic labels: "Ljósmynd: Vestanpóstur/GJ", "Kuva: Lehtikuva", "Foto: Scanpix".
        "ljósmynd", "mynd", "kuva", "kuvat", "kuvaaja", "billede", "bilde", "fotograf", "fotografi", "attēls", "pilt",
    ]);

    /// <summary>Labels of a source credit ("Quelle: dpa", "来源：新华社"), lower-cased.</summary>
    public static readonly FrozenSet<string> SourceLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "source", "sources", "quelle", "quellen", "źródło", "fuente", "fuentes", "fonte", "来源", "來源", "出处",
        "sumber", "nguồn", "kaynak", "источник", "zdroj", "izvor", "forrás", "sursa", "allikas", "avots", "šaltinis", "източник",
        "джерело", "المصدر", "منبع", "מקור", "ที่มา", "출처", "기사출처", "기사 출처", "出典", "haber kaynağı", "πηγή", "πηγές", "fonti", "bron", "källa",
        "kilde", "lähde", "vir", "viri", "izvori", "извор", "извори", "burimi",
    ]);

    /// <summary>
    /// Labels of the notes sites set after a story, lower-cased: sources, tags and categories, sharing prompts,
    /// editors and the disclaimers content farms add to reposted stories.
    /// </summary>
    public static readonly FrozenSet<string> TrailingNoteLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        // The source credits, and the view counts and contacts printed beside them.
        .. SourceLabels, "quellenangaben", "kontakt", "contact", "views", "aufrufe", "visitas", "dibaca", "lượt xem",
        "tags", "tag", "themen", "thema", "schlagwörter", "stichwörter", "kategorie", "kategorien", "category", "categories",
        "filed under", "posted in", "abgelegt unter", "kategorisiert unter", "étiquettes", "etiquetas", "etiquetes", "tagi", "etykiety",
        "štítky", "címkék", "etichete", "етикети", "теги", "метки",
        "share this", "share", "teilen", "teilen mit", "teilen sie dies mit", "partager", "compartir", "udostępnij",
        "editor", "editors", "responsible editor", "editor in charge", "redaktion", "责任编辑", "編輯", "编辑", "责编",
        "disclaimer", "statement", "haftungsausschluss", "avertissement", "aviso legal", "免责声明", "免責聲明", "声明",

        // The English summary and keywords Indian-language papers print under the story for search engines.
        "english summary", "content highlights",
    ]);

    /// <summary>
    /// Labels of the lines a reposting site sets about the page wherever they stand: the original's title and the links
    /// to the previous and next posts, lower-cased.
    /// </summary>
    public static readonly FrozenSet<string> PageNoteLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "原标题", "原文标题", "上一篇", "下一篇", "上一篇文章", "下一篇文章", "original title", "originaltitel",

        // A broadcaster's note of when its programme covered the story ("Dieses Thema im Programm: Das Erste tagesschau 20:00 Uhr").
        "dieses thema im programm",
    ]);

    /// <summary>The <see cref="TrailingNoteLabels"/> whose notes run as long as a paragraph.</summary>
    public static readonly FrozenSet<string> DisclaimerLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "disclaimer", "statement", "haftungsausschluss", "avertissement", "aviso legal", "免责声明", "免責聲明", "声明", "特别声明",
        "english summary",
    ]);

    /// <summary>The link under each reader's comment that answers it, lower-cased.</summary>
    public static readonly FrozenSet<string> ReplyLinks = FrozenSet.Create(StringComparer.Ordinal,
    [
        "reply", "reply to this comment", "antworten", "auf diesen kommentar antworten", "répondre", "responder", "rispondi",
        "odpowiedz", "beantwoorden", "回复", "답글",
    ]);

    /// <summary>Words that title a box about a person ("About Jane Doe", "Über Simon Dückert"), longest first.</summary>
    public static readonly string[] AboutWords =
    [
        "informazioni su", "à propos de", "a propos de", "acerca de", "about", "über", "sobre", "over",
    ];

    /// <summary>
    /// Headings after which nothing belongs to the story: the author's biography and the comments, lower-cased.
    /// </summary>
    public static readonly FrozenSet<string> EndSectionHeadings = FrozenSet.Create(StringComparer.Ordinal,
    [
        // A match report's widgets under it.
        "player of the match", "rate the players", "man of the match",
        "about the author", "about the authors", "über den autor", "über die autorin", "über die autoren", "zum autor",
        "zur autorin", "à propos de l'auteur", "sobre el autor", "sobre la autora", "sobre o autor", "o autorze", "sobre la firma",
        "sobre las firmas", "sobre los autores",
        "comments", "kommentare", "leave a reply", "leave a comment", "schreibe einen kommentar", "hinterlasse einen kommentar",
        "kommentar schreiben", "laisser un commentaire", "deja un comentario", "deja una respuesta", "lascia un commento",
        "komentar", "bình luận", "yorumlar", "комментарии", "commenti", "comentários", "comentarios", "reacties", "komentarze",
        "hozzászólások", "komentáře", "diskuse", "σχόλια", "التعليقات", "kommentarer", "kommentit", "kommentaarid", "komentāri",
        "komentarai", "コメント", "댓글", "评论", "評論", "留言",
        "conversation", "join the conversation", "reader comments", "readers' comments",
    ]);

    /// <summary>
    /// Words of a request to subscribe, log in, register or donate, lower-cased, in kinds: cues of two kinds in a short
    /// block make it a call to act ("please subscribe … already a subscriber, you can log in"). Logging in and
    /// registering are one kind, as help pages explain them together.
    /// </summary>
    public static readonly PhraseSet[] CallToActCues =
    [
        new("subscribe", "subscription", "abonnieren", "abonnent", "suscríbete", "suscripción", "suscriptor", "abonnez", "abbonati", "subskrypcj", "hazte miembro", "assine", "assinante",
         "会員限定", "有料会員", "订阅", "訂閱", "구독"),
        // "register" as a verb: the shop's "Sign up at the register" is a counter.
        new("log in", "sign in", "register for", "register now", "register to", "register with", "register free", "register here",
         "register and", "register or", "or register", "registration", "registered users", "eingeloggt", "einloggen", "registriert", "registrieren", "connectez-vous", "accedi", "zaloguj",
         "登録すると", "ログイン", "登录", "登入", "注册", "註冊", "로그인", "회원가입"),
        new("sign up", "newsletter", "inscrivez"),
        new("click here", "just click", "hier klicken", "klicke hier", "sign up here", "subscribe here", "register here", "hier anmelden", "hier abonnieren"),
        new("support our work", "supporting our work", "donate", "bezahlschranke", "paywall", "independent journalism", "local journalism", "quality journalism",
         "periodismo independiente", "periodismo de calidad", "jornalismo independente", "jornalismo de qualidade",
         "journalisme indépendant", "journalisme de qualité", "unabhängigen journalismus", "qualitätsjournalismus", "giornalismo indipendente"),
        new("support our journalism", "support our reporting", "support us", "supporting us", "help us keep going", "keep us going", "reader-funded", "reader-supported", "unterstützen sie uns", "unterstütze uns", "soutenez-nous", "apóyanos"),
        new("become a member", "become a subscriber", "unlimited access", "subscribers only", "werden sie mitglied", "devenez membre", "join today", "join us today"),
        new("read more stories", "more stories from", "more news from"),
        new("letter to the editor", "straight to your phone"),
        new("via this form", "using this form", "über dieses formular", "beneficios exclusivos", "exclusive benefits", "exklusive vorteile", "exklusive angebote",
         "exclusive offers", "offres exclusives", "ofertas exclusivas", "welcome gift", "willkommensgeschenk", "cadeau de bienvenue"),
        new("cancel anytime", "cancel any time", "cancel at any time", "jederzeit kündbar", "cancela cuando quieras", "cancele quando quiser", "résiliable à tout moment", "sans engagement"),
        new("per month", "/month", "pro monat", "/monat", "par mois", "/mois", "al mes", "/mes", "por mês", "free trial", "limited offer", "offre limitée", "kostenlos testen", "essai gratuit", "prueba gratis"),
        // "Catch all the Business News … and Latest News Updates on Live Mint.", "Take cricket with you everywhere! Get
        // the latest scores …", "Get the most popular articles … every Saturday.": a feed offered to the reader.
        new("catch all the", "get the latest", "get the most popular", "stay updated with", "stay up to date with", "stay informed with",
         "never miss a", "download the app", "download our app"),
        new("latest news", "news updates", "breaking news", "latest scores", "every saturday", "every sunday", "every morning",
         "every weekday", "every week", "in your inbox", "everywhere", "on the go", "live streaming", "video streaming"),
        new("to view the full", "to read the full", "to continue reading", "um weiterzulesen", "und weiterlesen", "para seguir leyendo", "pour lire la suite",
         "para leer todos los contenidos", "para ler todos os conteúdos", "pour lire tous les contenus",
         "続きをお読み", "阅读全文", "閱讀全文", "继续阅读", "繼續閱讀"),
    ];
}
