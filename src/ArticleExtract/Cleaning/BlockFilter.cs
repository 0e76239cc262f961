using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ArticleExtract.Metadata;
using ArticleExtract.Metadata.Dates;
using ArticleExtract.Normalization;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Drops the blocks of text that are chrome whatever markup they came in: the headline, byline and date lines
/// repeated above the story, widget labels and counters ("View", "veryGood! (63)"), and the link-list sections
/// that follow the story ("Related", "Ranking", "Recommendation").
/// </summary>
internal static partial class BlockFilter
{
    private const int MaxHeaderLineChars = 120;

    // The header's row of fields runs longer than a line when it names the site, two stamps and several authors ("Le
    // Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger (avec …)").
    private const int MaxHeaderMetaRowChars = 160;
    private const int MaxWidgetChars = 40;
    private const int ShortBlockWords = 3;

    // A paragraph this long that ends a sentence is story prose, not a teaser or a link title: news paragraphs are
    // often one or two sentences.
    private const int MinProseChars = 120;
    private const int MinProseAfterHeading = 2;

    // How many blocks a lead may take before the byline line under it.
    private const int MaxLeadBlocks = 2;
    private const int MaxBylineWords = 6;

    // A byline line with the writer's title run on ("Par Koné Aboubakar Correspondant régional de l’AIP").
    private const int MaxTitledBylineWords = 10;

    // What a counter counts, as widgets label it.
    private const string CountedWords =
        "comments?|views?|likes?|shares?|reads?|votes?|hits|reactions?|kommentare?|aufrufe|klicks|commentaires?|vues|comentarios?|visitas|commenti" +
        "|keer gelezen|mal gelesen|fois lu|تعداد بازدید|بازدید|عدد المشاهدات|المشاهدات|مشاهدات|ویوز|කියවීම්|බෙදාගැනීම්";

    // The number a CMS gives the story, printed in its header: "News ID", "کد خبر", "رقم الخبر".
    private const string StoryNumberWords = "news id|article id|story id|news code|کد خبر|شناسه خبر|رقم الخبر|خبر نمبر";

    // One field of a header's row of numbers: a count or the story's number, with its label, its colon perhaps left out
    // ("කියවීම් 3,412 බෙදාගැනීම් 88": reads, shares).
    private const string NumberedField = @"(?:" + CountedWords + "|" + StoryNumberWords + @")\s*:?\s*\d[\d,.]*\s*[km]?";

    // A label with a count: "veryGood! (63)", "Like (12)", "Comments [4]", "Views: 1,234", "0 Comments", "1.2K views", "24.6k32",
    // "कमेंट्स (14)पढ़ें: 3 मिनट" (with the reading time run on).
    [GeneratedRegex(
        @"^[^.?!]{0,30}?[!?:]?\s*[(\[]\s*\d[\d,.]*\s*[)\]]$" +
        @"|^(?:(?:post|page|total|article)\s+)?(?:" + CountedWords + @")\s*:\s*\d[\d,.]*\s*[km]?$" +
        // "کد خبر: ۳۸۴۵۱۲ تعداد بازدید: ۳۴۲۱", "News ID: 48213 | Views: 912": the story's number in the CMS beside its count.
        @"|^(?:" + NumberedField + @")(?:\s*[|·•-]?\s*(?:" + NumberedField + @")){1,3}$|^(?:" + StoryNumberWords + @")\s*:\s*\d+$" +
        @"|^(?:点赞|阅读|评论|浏览|收藏|分享|阅读量|浏览量|댓글|조회수?|추천|공감)\s*[:：]?\s*\d[\d,.]*\s*[万k]?$" +
        @"|^\d[\d,.]*\s*[km]?\s+(?:" + CountedWords + @")$" +
        // "2.4 ألف قراءة", "1.2 ألف مشاهدة": an Arabic count in thousands (or millions) of reads or views.
        @"|^\d[\d,.]*\s*(?:ألف|آلاف|مليون)\s+(?:قراءة|قراءات|مشاهدة|مشاهدات)$" +
        // "Læst 1.203 gange", "Lest 980 ganger": read so many times, the verb before the count as Nordic sites print it.
        @"|^(?:læst|lest|läst|luettu)\s+\d[\d,.\s]*\s*(?:gange|ganger|gånger|kertaa)$" +
        // Counters whose icons said what they count: "24.6k", or two run together ("24.6k32", "1.2k 48").
        @"|^\d{1,3}[.,]\d[km]$|^\d{1,3}(?:[.,]\d)?[km]\s?\d[\d,.]*[km]?$" +
        @"|^(?:कमेंट्स?|कॉमेंट्स?|टिप्पणियां|टिप्पणियाँ)\s*[(\[]\s*\d+\s*[)\]]\s*(?:पढ़ें\s*:?\s*\d+\s*मिनट)?$" +
        // "Leído 3.412 veces", "Lu 1 204 fois", "12.480 kez okundu", "This article has been read 1,873 times.": read so many times.
        @"|^this (?:article|story|post|page) has been (?:read|viewed) \d[\d,.]* times\.?$" +
        // "Gelesen: 1.947 mal", "Dit bericht is 842 keer gelezen", "168 people shared this story".
        @"|^(?:gelesen|aufgerufen|gelezen|bekeken)\s*:\s*\d[\d,. ]*\s*(?:mal|keer)$|^(?:dit|het) (?:bericht|artikel|nieuwsbericht) is \d[\d,.]* keer (?:gelezen|bekeken)\.?$" +
        @"|^\d[\d,.]*\s*[km]?\s+(?:people|readers)\s+(?:have\s+)?(?:shared|liked)\s+this(?: (?:article|story|post))?\.?$" +
        @"|^(?:leíd[oa]|vist[oa]|lid[oa]|visualizad[oa]|lu|letto|gelesen|gelezen|read|viewed)\s+\d[\d,. ]*\s+(?:veces|vezes|fois|volte|keer|mal|times)$" +
        @"|^\d[\d,.]*\s+(?:kez|defa)\s+(?:okundu|görüntülendi|izlendi)$" +
        // "👁 1.2K बार पढ़ा गया" ("read 1.2K times").
        @"|^(?:👁\uFE0F?\s*)?\d[\d,.]*\s*[kK]?\s*बार\s*(?:पढ़ा|देखा) गया$" +
        // "👁 पढ़ा गया: 18,402 बार" ("read: … times"), the eye the counter's icon.
        @"|^(?:👁\uFE0F?\s*)?(?:पढ़ा गया|देखा गया)\s*:\s*\d[\d,.]*\s*(?:बार)?$" +
        // "👁 1,087 PV", "👁 4,812 vistas": the eye icon and the page views, in a word of any language.
        @"|^👁\uFE0F?\s*\d[\d,.]*\s*[k万]?(?:\s*\p{L}{1,12})?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedLabel();

    private static readonly LiteralGate CountedLabelGate = new(CountedLabel());

    private const int MaxReactionRowChars = 120;

    // "👍 赞 128 😂 笑 9 😮 哇 15", "😍 ಖುಷಿ 312👏 ಶಹಬ್ಬಾಸ್ 87": a row of reactions, each an emoji, its short label and its count; "Hogyan
    // érint a hír? 👍 34 😮 5 😢 2": the widget's question before emojis counted bare. No literal to gate it on, so only short
    // lines whose row opens with a symbol are asked.
    private static bool IsReactionRow(string block)
    {
        if (block.Length is 0 or > MaxReactionRowChars)
        {
            return false;
        }

        var row = 0;
        if (!IsSymbolAt(block, 0))
        {
            var question = block.AsSpan(0, Math.Min(block.Length, MaxReactionQuestionChars + 1)).IndexOfAny('?', ':');
            if (question <= 0)
            {
                return false;
            }

            row = question + 1;
            while (row < block.Length && block[row] == ' ')
            {
                row++;
            }

            if (!IsSymbolAt(block, row) || block.AsSpan(0, question).IndexOfAny(SentenceStops) >= 0)
            {
                return false;
            }
        }

        return ReactionRow().IsMatch(block, row);
    }

    private const int MaxReactionQuestionChars = 40;

    private static bool IsSymbolAt(string block, int index) =>
        index < block.Length && (char.IsHighSurrogate(block[index]) || char.GetUnicodeCategory(block[index]) == System.Globalization.UnicodeCategory.OtherSymbol);

    [GeneratedRegex(@"\G(?:(?:\p{So}|[\uD800-\uDBFF][\uDC00-\uDFFF])\uFE0F?\s?(?:[^\s\d]{1,10}\s?)?\d[\d,.]*[km]?\s*){3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReactionRow();

    // What is left of a post's meta row once its date went: its category before the count, its source after it
    // ("Markets Views: 4,581 Source: Wealth Nexus Pro").
    [GeneratedRegex(
        @"^[\p{L}&' ]{1,30}\s(?:" + CountedWords + @")\s*:\s*\d[\d,.]*\s*[km]?\s+(?:source|quelle|fuente|fonte|kaynak|来源|出处)\s*[:：]\s*[^.!?]{1,40}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedSourceRow();

    private const int MaxCountedSourceRowChars = 100;

    // "3 comments1.2K views6 minutes read": a post's meta row, its counters run together once their icons are gone.
    // "点赞 128 收藏 我要举报": a Chinese page's like, save and report buttons.
    [GeneratedRegex(
        @"^(?:(?:\d[\d,.]*\s*[km]?\s+(?:" + CountedWords + @")|\d+\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\s*(?:read|reading|lesezeit|de lecture|de lectura|di lettura))\s*[·•|]?\s*){2,}$" +
        @"|^(?:(?:点赞|點讚|收藏|分享|评论|評論|我要举报|举报|舉報|我要纠错|纠错|打印|在看)\s*[:：]?\s*(?:\d[\d,.]*\s*[万萬k]?)?\s*[·•|]?\s*){2,}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MetaRow();

    private static readonly LiteralGate MetaRowGate = new(MetaRow());

    // The heading over a comment section that counts it: "3 Comments", "Kommentare (4)", "2 thoughts on “Title”",
    // "One response to “Title”", "34 messages sur le forum …".
    [GeneratedRegex(
        @"^(?:\d[\d,.]*|one|no)\s+(?:comments?|responses?|replies|thoughts?|kommentare?|commentaires?|comentarios?|commenti|reacties)(?:\s+(?:on|to|zu|sur|en|a)\s+\S.*)?$" +
        @"|^(?:comments?|kommentare?|commentaires?|comentarios?|comentarios de (?:los )?lectores|commentaires des lecteurs|réactions des lecteurs|readers'? comments|comentários|comentaris|iruzkinak|commenti|komentarze|komentáře|diskuse|hozzászólások|kommentarer|reacties|yorumlar|σχόλια|комментарии|коментарі" +
        // The same in the Indian languages, Urdu and Arabic, the count in the script's own digits or in ours ("કોમેન્ટ્સ (૩)").
        @"|कमेंट्स|टिप्पणियां|टिप्पणियाँ|કોમેન્ટ્સ|મંતવ્યો|মন্তব্য|கருத்துகள்|கருத்துக்கள்|వ్యాఖ్యలు|അഭിപ്രായങ്ങൾ|കമന്റുകൾ|प्रतिक्रिया|تبصرے|تعليقات)\s*[(\[]\s*\d+\s*[)\]]$" +
        // "댓글 3", "コメント 12", "评论 5": the count after the word, no brackets, as East Asian sites print it.
        @"|^(?:댓글|コメント|评论|評論|留言)\s*[(\[]?\s*\d+\s*[)\]]?$" +
        // "Message Board (2 posts)", "Discussion (14 comments)": a board's name with its count.
        @"|" + CountedDiscussionTitle +
        // "34 messages sur le forum CASTEL-MARNIER": a market site's forum on the stock, under the story.
        @"|^\d[\d\s.,]*\s+(?:messages?|posts?|beiträge|mensajes|messaggi)\s+(?:sur le|on the|in the|im|en el|nel)\s+forum\b" +
        @"|" + CommentCall,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentsHeading();

    private static readonly LiteralGate CommentsHeadingGate = new(CommentsHeading());

    // "Reageer op dit artikel", "Diskutieren Sie mit": the call that heads a Dutch or German comment section, as a heading
    // or a line of its own.
    private const string CommentCall = @"^(?:reageer op dit (?:artikel|bericht)|diskutieren sie mit|jetzt kommentieren)$";

    [GeneratedRegex(CommentCall, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentCallLine();

    private const int MaxDiscussionTitleChars = 60;

    // "Коментарі (6)", "Réactions des lecteurs (3)" set in a div or a paragraph rather than a heading: the comment
    // section's heading with its count in brackets, which no sentence of a story ends with.
    private static bool IsCountedCommentsLine(string block) =>
        block.Length > 0 && block[^1] is ')' or ']' && CommentsHeadingGate.IsMatch(block);

    // "Debat (3 indlæg)", "Discussion (14 comments)": the discussion's title with its count, set as a line of its own
    // rather than a heading; once the story is under way it opens the discussion as a heading does.
    private const string CountedDiscussionTitle =
        @"^[^()]{1,40}\(\s*\d[\d,.]*\s+(?:posts?|comments?|messages?|replies|kommentare|commentaires|comentarios|indlæg|innlegg|inlägg|kommentarer)\s*\)$";

    [GeneratedRegex(CountedDiscussionTitle, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountedDiscussion();

    // "Reading time: 4 minutes", "3 min read", "Lesezeit: ca. 5 Minuten", "5 min de lecture", "Listen · 3:45" (the
    // length of the read-aloud), "Vypočujte si článok 8 min", "| 3 minutes", "Smart Brevity® count: 1 min. 296 words",
    // "⏱ 4 min de lecture" (behind its icon), "3 minutong pagbasa", "1.2K veces compartida Lectura: 4 min" (after the share count),
    // "👁 5 906 💬 3 Час читання: 3 хв" (after the icons' counts).
    [GeneratedRegex(
        @"^[^\p{L}\p{N}]{0,4}(?:[^\p{L}\p{N}\s]{1,2}\s?\d{1,3}(?:[\u00A0 .,]\d{3})*[km]?\s+)*(?:[\d.,]+\s?[km]?\s(?:veces compartid[ao]|vezes compartilhad[ao]|shares|partages|condivisioni)\s*[·|•]?\s*)?(?:(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|lecture|tiempo de lectura|lectura|tempo di lettura|lettura|tempo de leitura|leitura|leestijd|lästid|okuma süresi|waktu baca|czas czytania|կարդալու ժամանակը|час читання|час прочитання|время чтения|время прочтения)\s*[:՝]?\s*(?:ca\.\s*|about\s*)?\d+(?:\s*-\s*\d+)?\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minuter|minut|dk|dakika|menit|րոպե|хв(?:илин[иа]?)?|мин(?:ут[ыа]?)?)\.?|\d+(?:\s*-\s*\d+)?(?:\s*|-)(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minuter|minut|dk\.?|dakika|menit|minutong|хв\.?|мин\.?)\s*(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|di lettura|de leitura|leestijd|lästid|läsning|okuma(?: süresi)?|baca|czytania|pagbasa|читання|чтения)" +
        @"|(?:listen|anhören|écouter|escuchar|ascolta)\b[^\d]{0,20}\d{1,2}:\d{2}(?:\s*min\.?)?" +
        @"|^(?-i:\d{1,2} min)$|^[|·•]\s*\d{1,2}\s*min(?:ute)?s?\.?$" +
        @"|^(?:vypočujte si článok|poslechněte si článek|posłuchaj (?:artykułu|tekstu)|artikel anhören|écouter (?:cet |l['’])article|escuchar (?:este )?artículo|ascolta (?:l['’])?articolo|listen to (?:this|the) (?:article|story))\s*[·|:-]?\s*(?:\d{1,2}\s*min(?:ute)?s?\.?|\d{1,2}:\d{2})?(?:\s*(?:die audioversion wird automatisch generiert|this audio (?:is|was) (?:auto-?generated|generated automatically))\.?)?$" +
        @"|(?:[^.!?:]{1,40}:\s*)?\d+\s*min(?:ute)?s?\.?(?:\s*read)?\s*[·•|,]?\s*[\d,.]+\s*words)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    // "5 hours ago", "Updated 2 hours ago", "vor 3 Stunden", "Обновлено 3 часа назад", "3 saat önce": a relative time stamp. "This article is more than 2 years
    // old": the archive's warning. "A post shared by … (@…)": an embedded post's credit. "$298.00 at Amazon": a product box's price.
    // "Like this: Like Loading...", "Powered by WordPress", "Previous article …", "Du musst eingeloggt sein um Kommentare zu
    // schreiben!": a blog template's lines. "Thanks for signing up!", "Something went wrong. Please try again.", "Der Artikel
    // wurde erfolgreich hinzugefügt.": a form's or a shop's replies. "Skip past newsletter promotion": a skip link
    // (and "after newsletter promotion", its target).
    // "(This story has not been edited by … staff and is auto-generated from a syndicated feed.)": a portal's note on a
    // wire story.
    [GeneratedRegex(
        @"^(?:(?:updated|published|posted|aktualisiert|veröffentlicht)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$" +
        @"|^(?:(?:aktualisiert|veröffentlicht)\s+)?vor (?:\d+|einer?) (?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|sek\.|min\.|std\.|tg\.)$|^il y a \d+ (?:secondes?|minutes?|heures?|jours?)$|^hace \d+ (?:segundos?|minutos?|horas?|días?)$" +
        @"|^(?:(?:обновлено|опубликовано|оновлено|опубліковано)\s+)?(?:\d+\s+)?(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юьи]|годин[иу]?|хвилин[иу]?|днів|тижн(?:і|ів))\s+(?:назад|тому)$" +
        // A rating widget's line ("Rating: 5.0/5 (1 vote cast)", "★★★★☆ 4.2/5 from 38 votes"), a push prompt, an affiliate page's disclosure link alone, a wiki's tagline
        // ("From Wikipedia, the free encyclopedia", "From DramaWiki").
        @"|^rating:\s*\d(?:[.,]\d+)?\s*/\s*\d+\s*\(\d+ votes? cast\)$|^[★☆✩✭\s]{1,10}\d(?:[.,]\d+)?\s*/\s*\d+\s*(?:from|\()\s*\d[\d,.]*\s*(?:votes?|ratings?)\)?$" +
        // "🔔 Turn on notifications to get breaking news first.": a prompt for the browser's push notices.
        @"|^[^\p{L}\p{N}]{0,4}(?:turn on|enable|allow|activate) (?:push |browser )?notifications\b[^.!?]{0,60}[.!]?$|^advertiser disclosure$|^from \p{L}*wiki(?:pedia)?\b[^.!?]{0,40}$" +
        // "Topics mentioned in this article" over the tags, "Article Pages: 1 2" (a pager), "Gespeichert von rasos am 24. Juli
        // 2017 - 18:55" (Drupal's German "Submitted by").
        @"|^topics mentioned in this article$|^(?:article )?pages?:\s*(?:\d+\s*){2,}$|^gespeichert von \S+(?: \S+)? am \d{1,2}\. \p{L}+ \d{4}\b[^.!?]{0,12}$" +
        // Hungarian sets the count with its case ending, after the teaser's kicker and a slash: "lassú kilábalás / 48 perce".
        @"|^(?:[^/.!?]{1,40}\s/\s)?\d+\s+(?:másodperce|perce|órája|napja|hete)$" +
        @"|^\d+\s+(?:saniye|dakika|saat|gün|hafta)\s+önce$|^\d+\s+(?:secondi|minuti|ore|giorni)\s+fa$|^há \d+ (?:segundos?|minutos?|horas?|dias?)$|^\d+ (?:sekund[ya]?|minut[ya]?|godzin[ya]?|dni) temu$|^\d+ (?:seconden|minuten|uur|dagen) geleden$|^(?:för )?\d+ (?:sekunder|minuter|timmar|dagar) sedan$" +
        @"|^(?:the )?(?:article|story|content) continues (?:below|after (?:this |the )?(?:advertisement|ad))$" +
        @"|^like this:\s*like\b|^spread the love$|^rate this (?:post|article)$|^\d(?:\.\d)?\s*/\s*5\s*-\s*\(\d+ votes?\)$|^(?:proudly )?powered by (?:wordpress|blogger|ghost|drupal|joomla)\b|^theme by\s" +
        @"|^you must be logged in to (?:post|leave) a comment\b|^your email address will not be published\b|^leave a reply\s+cancel reply$|^click to (?:share|email|print)\b[^.]{0,40}\(opens in new window\)$" +
        @"|^sponsored (?:links|stories|content) by\s|^about the author\s*:\s*\S.{0,40}$|^please (?:share|like|rate)\b[^.!?]{0,60}\b(?:article|post|story|page)\b" +
        @"|^(?:«\s*)?(?:previous|next|prev|older|newer)\s+(?:article|post|story|entry)\s*(?:[:»«›‹|-]|(?=(?-i:\p{Lu})))|^(?:vorheriger|nächster) (?:beitrag|artikel)\b|^article (?:précédent|suivant)\b" +
        @"|^(?:loading|wird geladen|lade|chargement|cargando|caricamento)\b[^.!?]{0,30}(?:\.{3}|…)$" +
        @"|^(?:der )?artikel wurde (?:erfolgreich )?(?:(?:in den|zum) warenkorb )?hinzugefügt[.!]?$|^(?:the )?(?:item|product) (?:was |has been )?(?:successfully )?added to (?:your )?(?:cart|basket)[.!]?$" +
        @"|^(?:du musst|sie müssen|ihr müsst) (?:eingeloggt|angemeldet) sein,? um\b[^.!?]{0,40}\bkommentar\w*\b.{0,60}$" +
        @"|^(?:view this post on instagram|diesen beitrag auf instagram ansehen|voir cette publication sur instagram|ver esta publicación en instagram)$" +
        @"|^[$€£]\s?\d[\d,.]*\s+(?:at|bei|chez|en|from)\s+\S.{0,30}$" +
        @"|^(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por)\s.{1,80}$" +
        @"|^this (?:article|story|post) is (?:more than|over) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) old$" +
        @"|^(?:read|continue reading|keep reading|get|open)\b[^.!?]{0,50}\b(?:in|on) (?:our|the (?-i:\p{Lu}))[^.!?]{0,30}? app(?: for a (?:faster|better|smoother) experience)?[.!]?$" +
        @"|^(?:get|download)\b[^.!?]{0,60}\bwith (?:the|our) (?:free )?[^.!?]{0,40}\bapp[.!]?$|^download (?:the|our) (?:free )?[^.!?]{0,40}\bapp\b[^.!?]{0,40}[.!]?$" +
        // "Veja mais notícias da região no g1 SP", "See more news from the region": the link to the section's page.
        @"|^(?:veja|leia|confira|lee|mira|see|read) (?:mais|más|more) (?:notícias|noticias|news|stories)\b[^.!?]{0,60}$" +
        // "Edição: Rodrigo Antunes Lemos": the editor's credit a wire sets under its story.
        @"|^(?:edição|edición|edizione)\s*:\s*\p{Lu}[^.!?:]{2,60}$" +
        // "Jetzt kostenlos die OWL-Rundschau-App installieren.", "📲 Receba no WhatsApp as notícias do g1 SP", "Get Current
        // Updates on India News, Delhi News and more on our app.": an app's or a messenger channel's plug.
        @"|^[^\p{L}\p{N}]{0,4}(?:[^.!?:]{0,60}:\s*)?jetzt (?:kostenlos |gratis )?(?:die |unsere )?[^.!?]{0,40}\bapp\b[^.!?]{0,30}\b(?:installieren|herunterladen|laden)[.!]?$" +
        @"|^[^\p{L}\p{N}]{0,4}(?:receba|recebe|reciba|recibe|ricevi|get|erhalte|siga|sigue|segui|follow|folge|join)\b[^.!?]{0,40}\b(?:no|en|on|auf|su|nel|in) (?:o |el |il )?(?:whatsapp|telegram)\b[^.!?]{0,60}$" +
        @"|^get (?:current|latest|the latest) updates on\b[^.!?]{0,80}\bon (?:our|the) app\.?$" +
        // "Hent Limfjordsavisens app til iPhone og Android", "Get the Island Evening Post app on iOS and Android": the plug
        // naming the phones.
        @"|^(?:hent|last ned|ladda ner|ladda hem|download|get)\b[^.!?]{0,40}\bapp(?:en)?\b[^.!?]{0,40}\b(?:iphone|ios|android|app store|google play)\b[^.!?]{0,20}[.!]?$" +
        // "Descarrega't l'app de Vallès Actual i rep alertes …", "Descarga la app de …": the plug in Romance languages.
        @"|^[^\p{L}\p{N}]{0,4}(?:descarga|descárgate|descarregue|descarrega['’]t|descarrega|baixe|baixa['’]t|scarica|téléchargez|télécharge)\s(?:la |el |l['’]|o |a |nuestra |nossa |notre |gratis )?(?:app|aplicación|aplicació|aplicativo|applicazione|application)\b[^!?]{0,100}$" +
        // "18,204 people read this": a read count as a sentence.
        @"|^\d[\d,.]*\s*[km]?\s+(?:people|readers|persons)\s+(?:have\s+)?(?:read|viewed)\s+this(?: (?:article|story))?\.?$" +
        // "Kurse: Xetra, verzögert um 15 Min.", "Quotes delayed at least 15 minutes": a quote table's note on its prices.
        @"|^(?:kurse|kursdaten|quotes?|prices|cotizaciones|cours)\b[^!?]{0,40}\b(?:verzögert|delayed|retrasad[oa]s?|différés?)\b[^!?]{0,40}$" +
        // "🔥 2 318 läser just nu": a live count of readers.
        @"|^[^\p{L}\p{N}]{0,4}\d[\d\s.,]*\s(?:läser just nu|leser nå|læser nu|lukee nyt|lesen gerade|are reading now|people reading now|reading now)$" +
        // "Dit artikel is gemaakt in samenwerking met Omrop Fryslân.": a partner newsroom's credit under the story.
        @"|^(?:this (?:article|story|report) (?:is|was) (?:made|produced|written|reported|published) in (?:collaboration|partnership|cooperation) with|dit (?:artikel|verhaal) is (?:gemaakt|tot stand gekomen) in samenwerking met|dieser (?:artikel|beitrag) (?:ist|entstand|wurde) in (?:zusammenarbeit|kooperation) mit|cet article a été (?:réalisé|produit) en (?:collaboration|partenariat) avec)\s[^.!?]{1,80}(?:[.!]|\s\w+\.)?$" +
        // "[Editor: Liu Wei]": a wire's editor credit in brackets.
        @"|^\[\s*(?:editor|editors|责任编辑|編輯|编辑)\s*[:：][^\]]{1,40}\]$" +
        // "Have you tried our app?": an app's plug over its download link.
        @"|^(?:have you|did you) (?:tried|downloaded|got|seen) (?:our|the) (?:new |free )?[^.!?]{0,30}\bapp\??$" +
        @"|^what(?:'|’)?s your reaction\??$|^(?:(?:like|love|wow|haha|sad|angry|happy|funny|surprised|upvote|downvote|interesting|inspired)\s*\d+\s*){3,}$" +
        @"|^for (?:more|the latest|all)\b[^.!?]{0,80},? (?:visit|go to|see) [\w-]+(?:\.[\w-]+)+\.?$" +
        @"|^skip (?:past|over|to|ahead to)\s[^.!?]{0,40}$|^after (?:newsletter|the) promotion$|^\(?this (?:story|article|report|copy) has not been edited by\b.{0,200}$|^\(?this (?:story|article|report) (?:was|has been|is) (?:automatically )?(?:published|generated|posted) from an? [^.!?]{0,40}\bfeed\b.{0,200}$|^.{0,200}\bauto-generated from a syndicated\b.{0,80}$" +
        // "Dieser Beitrag begleitet die Sendung Alpenfunk-Morgenjournal, 21.1.2026, 7.00 Uhr.": a broadcaster's note on its
        // programme; "(यह खबर एजेंसी फीड से सीधे प्रकाशित की गई है। …)": a Hindi portal's note on a wire story it did not edit.
        @"|^dieser beitrag begleitet die sendung\b.{0,120}$|^\(?यह (?:खबर|ख़बर) (?:एजेंसी|न्यूज़ एजेंसी|न्यूज एजेंसी) फीड से.{0,200}$" +
        // "Komentowanie artykułów jest dostępne dla zalogowanych prenumeratorów.", "Diskuse je přístupná jen
        // přihlášeným uživatelům": who may comment, under the discussion's link. "Siga bajando para encontrar más
        // contenido": an endless page's scroll prompt. "Conforme a los criterios de The Trust Project": the badge's line.
        @"|^(?:commenting|comments?|the comments? section|discussion|komentowanie(?: artykułów)?|komentarze|diskuse|diskusia|komentáře|kommentieren|die kommentarfunktion|les commentaires|los comentarios|i commenti|a hozzászólás)\b[^.!?]{0,60}\b(?:available|open|reserved|restricted|accessible|dostępne|zarezerwowane|přístupná|dostupná|vorbehalten|möglich|réservés?|disponibles?|reservados?|riservati|elérhető)\b[^.!?]{0,80}\b(?:subscribers?|members?|logged[- ]in|registered|signed[- ]in|zalogowanych|prenumerator\w*|subskrybent\w*|přihlášeným|registrovaným|předplatitel\w*|abonnenten|angemeldeten|registrierten|abonnés|connectés|inscrits|suscriptores|registrados|abbonati|registrati|előfizető\w*|bejelentkezett\w*)\b[^.!?]{0,80}[.!]?$" +
        @"|^(?:siga|sigue|continúe|continúa|continue) (?:bajando|deslizando|scrolling|rolando)\b[^.!?]{0,60}$|^keep scrolling\b[^.!?]{0,60}$" +
        // A metered paywall's count: "Sie lesen diesen Artikel gratis. Noch 2 freie Artikel in diesem Monat. Jetzt Abo lösen".
        @"|^(?:sie lesen diesen artikel gratis\.\s+)?noch \d+ (?:freie|kostenlose|gratis) artikel\b[^!?]{0,80}$|^you have \d+ free (?:articles?|stories) (?:left|remaining)\b[^!?]{0,80}$" +
        @"|^[^.!?]{0,40}\bthe trust project\b[^.!?]{0,40}[.!]?$" +
        @"|^(?:thanks?(?: you)? for (?:signing up|subscribing|registering|your (?:feedback|submission))|something went wrong|oops|an error (?:has )?occurred|please try again(?: later)?|please enter a valid email(?: address)?)[.!]?(?:\s+(?:please )?try again(?: later)?[.!]?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNotice();

    private static readonly LiteralGate PageNoticeGate = new(PageNotice());

    // The reader widgets a template prints as lines of text, each anchored at both ends: a visit counter ("(Visited 23
    // times, 1 visits today)"), page links ("Pages: 1 2 Next »", "Page 1 of 3"), a helpfulness or star vote ("Was this
    // article helpful?", "Average rating 4.5 / 5. Vote count: 12", "No votes so far! …"), a comment prompt ("What do you
    // think? Let us know in the comments below."), a share request ("Enjoyed this article? Share it …"), a wire's
    // pointer to its coverage ("Follow AP's coverage of North Korea at https://…"), an alerts prompt, a link out to the
    // full story ("Read the full article at AP News"), a review credit ("Fact checked by Jane Roe"), a featured image's
    // credit ("Featured image via AP"), a player's notice ("Sorry, this video is unavailable.", "This video file cannot
    // be played.(Error Code: 102630)") and a widget's maker ("Powered by Trinity Audio"), a wire's pointer to its
    // principles ("Our Standards: The Thomson Reuters Trust Principles.", with a link's hint ", opens new tab"), the
    // reporter's address alone ("Contact the reporter: hkim@ap.org"), a carousel's hint to screen readers ("This is a
    // carousel. Use Next and Previous buttons to navigate"), a video's length and source under its title ("01:40 -
    // Source: CNN", or "- Source: CNN" alone), a star rating ("Rating: ★★★★☆ (23 votes)"), a read-aloud player's note
    // ("Audio for this article is generated by AI. Learn more") or promotion ("You can now listen to Fox News
    // articles!") and a broadcaster's note of its airing ("Über dieses Thema berichtete NDR Info am …").
    [GeneratedRegex(
        @"^\(?visited \d[\d,.]* times?,? \d[\d,.]* visits? today\)?$" +
        @"|^(?:[^.!?]{0,60}:\s*)?(?:have|are|were|do|did) you (?:been )?(?:affected|impacted|involved|caught up)\b[^?]{0,120}\?\s*(?:get in touch|e-?mail us|contact us|tell us|share your|send us|you can)\b.{0,160}$" +
        @"|^(?:artikel |beitrag )?(?:vorlesen(?: lassen)?|anhören)\s*[·•|:-]?\s*\d+\s*min\.?$|^listen to (?:this|the) (?:article|story)\s*[·•|:-]?\s*\d+\s*min(?:utes?)?\.?$" +
        @"|^(?:pages?:\s*)?(?:[«‹]\s*(?:prev(?:ious)?|zurück|précédent|anterior)\s+)?\d{1,3}(?:\s+\d{1,3})+(?:\s*…\s*\d{1,3})?(?:\s+(?:next|weiter|suivant|siguiente)\s*[»›]?)?$" +
        @"|^(?:pages?:\s*)(?:\d{1,3}\s*)+(?:next|weiter|suivant|siguiente)?\s*[»›]?$|^(?:page|seite|página|pagina) \d{1,3} (?:of|von|sur|de|di) \d{1,3}$" +
        @"|^(?:was|is|did you find) this (?:article|page|post|story|information|answer) (?:helpful|useful)\s*\??(?:\s*(?:yes|no)){0,2}$|^(?:war dieser (?:artikel|beitrag) hilfreich|(?:cet article|ce texte|ce reportage) vous a-t-il été utile|(?:cette nouvelle|cette information|cette page) vous a-t-elle été utile|¿te ha resultado útil (?:este artículo|esta noticia|esta información)|¿(?:te|le) (?:resultó|fue) útil (?:este artículo|esta noticia|esta información)|(?:este artigo|esta notícia) foi útil|questo articolo (?:ti )?è stato utile|is dit artikel nuttig)\s*\??(?:\s*(?:ja|nein|oui|non|sí|no)){0,2}$" +
        @"|^average rating:?\s*\d(?:\.\d)?\s*/\s*\d+\.?\s*vote count:?\s*\d+\.?$|^no votes so far!?\s*be the first to rate this (?:post|article)\.?$|^click on a star to rate it!?$" +
        @"|^(?:[^.!?]{0,60}[.!?]\s+)?(?:let us know|tell us|share your (?:thoughts|views|opinions?))\b[^.!?]{0,40}\bin the comments?(?: (?:section|below))?(?: below)?\s*[.!]?$" +
        @"|^(?:enjoyed|liked|did you (?:enjoy|like)) this (?:article|post|story)\?\s*(?:then |please )?(?:share|tell|send)\b[^.!?]{0,50}[.!]?$" +
        @"|^(?:follow|find more of|read more of|see more of|more of) (?:ap|reuters|afp|our|the)(?:'s|’s)? [^.!?]{0,60}?coverage\b[^.!?]{0,60}?\bat\s+https?://\S+(?:\s+and\s+https?://\S+)*$" +
        @"|^(?:get|sign up for|turn on|enable|receive) (?:our |free )?(?:breaking[- ]news|news) (?:alerts|notifications)\b[^.!?]{0,40}[.!]?$" +
        @"|^(?:click here to )?read (?:the )?(?:full|whole|complete|original) (?:article|story|report)(?: (?:at|on|from|via) \S.{0,40})?\s*[.!»›]?$" +
        @"|^(?:fact[- ]checked|medically reviewed|reviewed) by:?\s+(?-i:\p{Lu})[^.!?]{1,60}$" +
        @"|^(?:featured|header|cover|lead|top|hero) (?:image|photo|picture|pic)\s*(?::|via|by|credit:?|source:?)\s*\S[^.!?]{0,60}$" +
        @"|^(?:sorry,?\s*)?(?:this|the) (?:video|content|media) is (?:currently )?(?:unavailable|not available(?: in your (?:region|country))?|no longer available)\.?$|^video unavailable\.?$" +
        @"|^(?:this|the) (?:video|audio|media)(?: file)? (?:cannot|can ?not|could not|can't) be (?:played|loaded)\.?\s*(?:\(error code:?\s*\d+\)\.?)?$" +
        @"|^our (?:editorial )?standards:\s*the [^.!?]{1,40} (?:trust )?principles\.?(?:,?\s*opens (?:in )?(?:a )?new (?:tab|window))?$" +
        @"|^(?:contact|email|e-mail) (?:the )?(?:reporter|author|writer|editor)s?\s*:?\s*\S+@\S+\.\w+$" +
        @"|^press (?:the )?(?:spacebar|space bar|esc|escape key)\b.{0,80}$|^this is a carousel\b[^!?]{0,80}$" +
        @"|^follow\s+[^.!?]{1,60}\s(?:and|to) never miss\b[^.!?]{0,30}[.!]?$" +
        @"|^(?:[^.!?]{0,100}[.!?]\s+)?(?:share (?:it|them|yours)|tell us|sound off|weigh in)\b[^.!?]{0,30}\b(?:in the comments?(?: section)?(?: below)?|below)\s*[.!]?$" +
        @"|^share your (?:thoughts|views|opinions?|comments?) (?:on|about) this (?:story|article|post)\b[^.!?]{0,40}[.!]?(?:\s*comments?\s*\(\d+\))?$" +
        @"|^share this (?:article|story|post|page)?\s*with\b[^.!?]{0,60}\bbutton\b[^.!?]{0,20}[.!]?$" +
        @"|^(?:like|liked|enjoy|enjoyed|love|loved) this\?\s*(?:then )?you (?:might|may|will) (?:also )?(?:like|love|enjoy|be interested in)\b[^.!?]{0,30}(?:\.{3}|…|[.!:])?$" +
        @"|^(?:have|got) an? [^.!?]{1,60}\?\s*(?:submit|send|share|email|tell)\b[^.!?]{0,40}\b(?:here|us)\s*[.!]?$" +
        @"|^to (?:listen to|watch|read|see|view|hear) [^.!?]{1,60},\s*(?:please )?click here\s*[.!]?$" +
        // "Related video above: Whale researchers track new calves off Cape Cod": the title of the clip over the story.
        @"|^(?:related )?video (?:above|below)\s*:\s*[^.!?]{1,100}$" +
        @"|^(?:see|view) (?:more|all)(?: of the)? (?:photos|images|pictures)\b[^.!?]{0,60}$" +
        @"|^(?:photos?|images?|pictures?)\s*:\s*courtesy(?: of)?\s[^.!?]{1,60}\.?$" +
        @"|^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|]\s*source:\s*\S[^.!?]{0,30}$" +
        @"|^[-–—]\s*source:\s*(?-i:\p{Lu})[^.!?]{0,30}$|^(?:new\s*)?you can now listen to [^.!?]{1,40} articles?\s*[.!]?$" +
        @"|^über dieses thema berichtete? [^!?]{1,80}\bam \d[^!?]{0,60}$" +
        // "A photo accompanying this announcement is available at https://…": a release's pointer to its picture, which
        // may stand anywhere in it.
        @"|^an? (?:photo|image|video|multimedia file)s? (?:accompanying|for) this (?:announcement|release|press release) (?:is|are) available at\b.{0,200}$" +
        // "Oceń jakość naszego artykułu:", "Twoja opinia pozwala nam tworzyć lepsze treści.": a rating box's lines;
        // "Masz newsa, zdjęcie lub filmik? Napisz do nas …": a Polish portal's call for tips.
        @"|^(?:oceń|ocen) (?:jakość |jakosc )?(?:naszego |tego )?(?:artykułu|artykul|tekstu|materiału)\s*:?$|^twoja opinia pozwala nam\b[^!?]{0,60}[.!]?$" +
        @"|^(?:rate|bewerten sie|évaluez|valora|valuta|beoordeel) (?:this|diesen|cet|este|questo|dit) (?:article|artikel|artículo|articolo)\s*:?$" +
        @"|^(?:masz|macie) (?:newsa|temat|informację|informacje|zdjęcie|film)\b[^?]{0,60}\?\s*(?:napisz|pisz|skontaktuj się|wyślij|daj znać)\b.{0,80}$" +
        @"|^powered by\s+(?-i:\p{Lu})[\p{L}.-]*(?:\s+(?-i:\p{Lu})[\p{L}.-]*){0,2}$" +
        // An audio player's text-to-speech slot ("Loading audio... Powered by BeyondWords"), and a subscribe box's
        // leftover line ("Don't miss out on the latest news and information.").
        @"|^(?:listen to (?:this )?article\s*)?loading audio(?:\.{3}|…)?(?:\s*powered by\s+\S+)?$" +
        @"|^don[’']?t miss out on (?:the|our) latest (?:news|stories|updates|headlines)\b[^.!?]{0,40}[.!]?$" +
        @"|^(?:[^.!?:]{0,20}:\s*)?[★☆✩✭⭐]{2,}[^.!?]{0,40}$" +
        @"|^(?:(?:like|love|enjoy(?:ed)?) this (?:post|article|guide|recipe)\?\s*)?pin (?:it|this(?: post| image| pin)?)(?: for later| to pinterest| now)?\s*[!.]?$" +
        // "We're hiring!": a company blog's recruiting box between the paragraphs.
        @"|^(?:we['’]re|we are) hiring\s*[!.]?$|^wir stellen ein\s*[!.]?$|^on recrute\s*[!.]?$" +
        @"|^why you can trust\s[^.!?]{1,40}$|^our (?:expert )?reviewers spend hours testing\b[^!?]{0,160}\bhow we test\b" +
        @"|^(?:(?:audio for this (?:article|story|page)|this audio) is (?:generated|produced|created|read) (?:by|using|with) (?:an? )?(?:ai|artificial intelligence)|this (?:article|story) (?:is|was|has been|will be) (?:read|narrated|voiced) (?:aloud |to you )?(?:by|using|with) (?:an? )?(?:ai|artificial intelligence|automated voice|synthetic voice)|artikel ini dibacakan oleh ai|dieser (?:artikel|beitrag) wurde (?:mit|von) (?:einer )?(?:ki|künstlicher intelligenz) (?:vorgelesen|eingesprochen|vertont))\b[^!?]{0,40}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReaderWidget();

    private static readonly LiteralGate ReaderWidgetGate = new(ReaderWidget());

    // "Have a news tip? Email us at tips@example.com.", "Contact the author: jane@example.com": a contact line.
    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();

    private const int MaxContactLineChars = 160;

    // "Current: Home > News", "Home » World » Asia": a path of short steps, each with a word. A "»" that closes a quote
    // the line opened ("عبر منصة «إكس»:") is no step.
    [GeneratedRegex(@"^[^>»›/«‹]{0,40}(?:\s*[>»›]\s*(?=[^>»›]*\p{L})[^>»›]{1,40}){1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    // A whole block that is a dateline naming a known wire ("Porto, 22 abr 2025 (Lusa)").
    private static bool IsWireDatelineAlone(string block) =>
        DatelineParser.TryParse(block) is { Remainder.Length: 0 } parsed && parsed.Dateline.Agency is { } agency && DatelineParser.NamesKnownAgency(agency);

    /// <summary>Filters blocks known only by their text, as the JSON-LD <c>articleBody</c> gives them.</summary>
    public static List<string> Filter(List<string> blocks, PageMetadata metadata) =>
        Filter(blocks.ConvertAll(StoryBlock.Plain), metadata);

    public static List<string> Filter(List<StoryBlock> blocks, PageMetadata metadata)
    {
        var kept = new List<StoryBlock>(blocks.Count);

        // Where each kept block stands in blocks, while the walk below runs.
        var keptAt = new List<int>(blocks.Count);
        var storyStarted = false;
        int i;
        for (i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i].Text;
            if ((kept.Count >= 1 && blocks[i].Kind == BlockKind.Heading && CommentsHeadingGate.IsMatch(block)) ||
                (blocks[i].Kind is BlockKind.Paragraph or BlockKind.TableCell && block.Length <= MaxDiscussionTitleChars && StoryUnderWay(kept) && (CountedDiscussion().IsMatch(block) || CommentCallLine().IsMatch(block) || IsCountedCommentsLine(block))))
            {
                // "3 Comments", "2 thoughts on “…”": the discussion under the story, however long.
                break;
            }

            if (ReleaseSections.IsEndMark(block) && StoryUnderWay(kept))
            {
                // "###", "-30-": the end mark a release sets under its news, before the issuer's profile and contacts.
                // Checked before the chrome, as a line of marks is chrome too.
                break;
            }

            if (storyStarted && StoryUnderWay(kept) &&
                ((blocks[i].Kind == BlockKind.Heading && IsEndSectionHeading(block)) || OpensComment(blocks, i)))
            {
                // "Comments" over the discussion, or the first comment's stamp with its reply link: the discussion under
                // the story, however long. Checked before the labels, as "Comments" is one of them.
                break;
            }

            if (blocks[i].Kind != BlockKind.Heading && i + 1 < blocks.Count && (IsSignedByline(block, metadata) || IsAuthorName(block, metadata.Authors)) && IsTradeBio(blocks[i + 1].Text) &&
                StoryUnderWay(kept))
            {
                // "Élise Gagnon-Dufour" over "Journaliste à la Côte-Nord depuis 2019, elle couvre …" under the story: the
                // author's name and what they do, an author box's two lines.
                i++;
                continue;
            }

            if ((IsChromeAnywhere(block) && !IsNumberedHeading(blocks[i])) || IsTeaserLink(blocks[i]) || IsHookedTeaser(blocks[i]) || IsSponsoredLink(blocks[i]) || IsLegalPageName(blocks[i]) || IsAuthorBio(block, metadata) ||
                IsSiteTeaser(block, metadata) ||
                // The byline's names signed again as a line of text; as a heading they title the author's box, which ends the story.
                (blocks[i].Kind != BlockKind.Heading && (IsSignedByline(block, metadata) || IsAuthorsSignature(block, metadata))))
            {
                continue;
            }

            if (!storyStarted)
            {
                if (DatelineParser.TryParse(block) is { Remainder.Length: 0 })
                {
                    // A dateline set in its own element opens the story.
                    kept.Add(blocks[i]);
                    keptAt.Add(i);
                    storyStarted = true;
                    continue;
                }

                // A line of names alone is the byline; set as a heading it titles a section about them.
                if (RepeatsHeader(block, metadata) || (blocks[i].Kind == BlockKind.Heading && WrapsHeadline(block, metadata.Headline)) ||
                    (blocks[i].Kind != BlockKind.Heading && IsNamesOnly(block)) ||
                    (IsShortFragment(block) && !OpensSection(blocks, i, metadata)))
                {
                    continue;
                }

                storyStarted = true;
            }
            else if (kept.Count <= MaxKickerLines && SiteAffix.SameText(block, metadata.Headline) && CountWords(block) >= MinRepeatedHeadlineWords &&
                     kept.TrueForAll(IsKickerLine))
            {
                // The headline itself under a line or two taken for the story's opening ("Samorząd Tylko w Wyborczej"):
                // those were its kicker and badge, and the header's lines go on under it.
                kept.Clear();
                keptAt.Clear();
                storyStarted = false;
                continue;
            }
            else if (kept.Count >= 1 && (IsEndSectionHeading(block) ||
                     (blocks[i].Kind == BlockKind.Heading && (NamesAnAuthor(block, metadata) || IntroducesAPerson(blocks, i)) && StoryUnderWay(kept))))
            {
                // "About the author", "Comments", the author's name over a bio: what follows is about the page, not the
                // story, however long.
                break;
            }
            else if (kept.Count >= 1 && blocks[i].Kind == BlockKind.Heading && IsMoreHeading(block) && !ProseFollows(blocks, i + 1) && (i + 1 == blocks.Count || !IsProse(blocks[i + 1].Text)))
            {
                // "Entdecke weitere Homestorys", "Noch mehr Infos für dich" over teasers: the story has ended. A paragraph
                // straight under it ("More About This Recipe") is the story's.
                break;
            }
            else if (kept.Count >= 1 && IsReleaseEnd(block))
            {
                // A press release ends with its wire's "SOURCE" line and the link to the original: what follows is
                // the wire's own promotion.
                break;
            }
            else if ((ReleaseSections.IsBoilerplateHeading(block) || (ReleaseSections.IsAboutHeading(block) && ReleaseSections.OpensRelease(kept)) ||
                      (i + 1 < blocks.Count && ReleaseSections.IsAboutProfile(block, blocks[i + 1].Text))) && StoryUnderWay(kept))
            {
                // "Forward-Looking Statements", "Media Contact", "Notes to editors", in a release sent over a wire "About
                // Halvorsen Analytics", and anywhere "About X" over a paragraph opening with X: the issuer's boilerplate
                // follows, not the news.
                break;
            }
            else if (kept.Count >= 1 && IsReadAlsoLeadIn(block) && !IsTrailingSectionHeading(block) &&
                     (PlainProseFollows(blocks, i + 1) || OnlyProseFollows(blocks, i + 1)))
            {
                // "ये भी पढ़ें:", "Lee también:": a read-also label whose linked headlines went with their box; the story
                // goes on after it.
                continue;
            }
            else if (kept.Count >= 1 && IsReadAlsoLeadIn(block) && !IsTrailingSectionHeading(block) && i + 1 < blocks.Count && blocks[i + 1].IsLink)
            {
                // "ये भी पढ़ें..." over its linked headline, set between paragraphs: the label and its links go, and the
                // story goes on after them.
                while (i + 1 < blocks.Count && blocks[i + 1].IsLink)
                {
                    i++;
                }

                continue;
            }
            else if (kept.Count >= 1 && IsTrailingSectionHeading(block))
            {
                if (PlainProseFollows(blocks, i + 1) || OnlyProseFollows(blocks, i + 1))
                {
                    // AP's sports stories close with a section of their own under the capitals "UP NEXT" ("Nuggets: At
                    // Utah on Tuesday night."): the heading is the story's.
                    if (blocks[i].Kind == BlockKind.Heading && block.Trim() == WireUpNextHeading)
                    {
                        kept.Add(blocks[i]);
                        keptAt.Add(i);
                    }

                    // The heading's list is gone (links taken out with their box): the story goes on straight after it.
                    continue;
                }

                if (!ProseFollows(blocks, i + 1) || TeaserCardsFollow(blocks, i + 1))
                {
                    // Everything from "Related" or "Most read" on is a list of other stories, summaries and all.
                    break;
                }

                // A "Related" box set inside the story: drop its heading and the link titles under it, go on after. A
                // bold line over prose is the story's next subheading, set as a paragraph.
                while (i + 1 < blocks.Count && !IsProse(blocks[i + 1].Text) && !IsBoldSubheading(blocks, i + 1))
                {
                    i++;
                }

                continue;
            }

            kept.Add(blocks[i]);
            keptAt.Add(i);
        }

        RemoveOrphanedBoxTitles(blocks, Math.Min(i, blocks.Count), kept, keptAt);

        // A lead set above the byline starts the story early: a byline line, or a line that is the publication date,
        // just below it is still a header line.
        for (var h = Math.Min(kept.Count, MaxLeadBlocks + 1) - 1; h >= 1; h--)
        {
            if (IsBylineLine(kept[h].Text, metadata) || (kept[h].Text.Length <= MaxHeaderLineChars && OpensWithAuthor(kept[h].Text, metadata)) ||
                IsPublicationDateLine(kept[h].Text, metadata) || IsHeaderMetaRow(kept[h].Text, metadata) || StampRow.IsStampRow(kept[h].Text) ||
                (kept[h].Text.Length < MaxLoneOpenerChars && BylineNormalizer.IsLoneOpenerWord(kept[h].Text)))
            {
                // "Porto, 22 abr 2025 (Lusa)" set apart under the deck dates the story as a line of the header would,
                // but names its wire: it is the story's dateline.
                if (IsWireDatelineAlone(kept[h].Text))
                {
                    continue;
                }

                kept.RemoveAt(h);
            }
        }

        RemovePullQuotes(kept);
        RemoveCutRepeats(kept);
        RemoveOpeningRepeats(kept);

        // Labels left dangling at the end ("Tags", "Share") and the notes after the story ("Quelle: dpa",
        // "Disclaimer: This article is reproduced from …") are not story text.
        while (kept.Count > 0 && IsTrailingChrome(kept, metadata))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept.Count > 0 ? kept.ConvertAll(block => block.Text) : WithoutBoilerplate(blocks);
    }

    private const int MaxBoxBlocks = 8;
    private const int MaxBoxTitleChars = 80;

    /// <summary>
    /// A box set inside the story (an office's contact details, a donation appeal) whose every block went as chrome
    /// leaves its title behind ("Kontakt für Antragsteller", "Soutenez l’accès à l’eau au Sahel"): the title goes with
    /// them. Only boxes the walk judged whole, after the story began (a header box's byline goes, its deck stays), and
    /// only their first block, when a heading or a short line with no sentence in it.
    /// </summary>
    /// <param name="blocks">The story's blocks as collected.</param>
    /// <param name="judged">How many of them the walk judged before the story ended.</param>
    /// <param name="kept">The blocks the walk kept.</param>
    /// <param name="keptAt">Where each kept block stands in <paramref name="blocks"/>.</param>
    private static void RemoveOrphanedBoxTitles(List<StoryBlock> blocks, int judged, List<StoryBlock> kept, List<int> keptAt)
    {
        for (var k = keptAt.Count - 1; k >= 1; k--)
        {
            var at = keptAt[k];
            var title = blocks[at];
            if (title.Box == 0 || (at > 0 && blocks[at - 1].Box == title.Box) ||
                (title.Kind != BlockKind.Heading && (title.Kind != BlockKind.Paragraph || title.Text.Length > MaxBoxTitleChars || EndsSentence(title.Text))))
            {
                continue;
            }

            // The box's other blocks follow its title: all of them judged and none kept.
            var end = at + 1;
            while (end < blocks.Count && blocks[end].Box == title.Box)
            {
                end++;
            }

            if (end == at + 1 || end - at > MaxBoxBlocks || end > judged || (k + 1 < keptAt.Count && keptAt[k + 1] < end) || !BoxClosed(blocks, at, end))
            {
                continue;
            }

            kept.RemoveAt(k);
            keptAt.RemoveAt(k);
        }
    }

    /// <summary>Whether no block after the box belongs to it again (a box's blocks are one run, unless a box nested in it cut in).</summary>
    private static bool BoxClosed(List<StoryBlock> blocks, int start, int end)
    {
        var box = blocks[start].Box;
        for (var j = end; j < blocks.Count; j++)
        {
            if (blocks[j].Box == box)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the story's last kept block is a dangling label, a note after the story or its signature.</summary>
    private static bool IsTrailingChrome(List<StoryBlock> kept, PageMetadata metadata)
    {
        var last = kept[^1];
        if (IsShortFragment(last.Text) && !EndsIntroducedList(kept))
        {
            return true;
        }

        // The story's only block stays whatever it looks like.
        return kept.Count > 1 &&
               (IsLeadIn(last.Text) || IsTrailingNote(last.Text) || IsPostMetaLine(last.Text) || IsDangling(last) || IsContactLine(last.Text) ||
                IsDatedAgencyCredit(last.Text) || IsAgencySourceLine(last.Text) ||
                IsSignedByline(last.Text, metadata) || IsLabelledSignature(last.Text, metadata) ||
                (last.Text.Length <= MaxHeaderLineChars && !EndsSentence(last.Text) && IsLabelledByline(last.Text, metadata)) ||
                SignOff.Signer(last.Text, metadata.SiteNames) is not null ||
                VietnameseNames.Signers(last.Text) is not null ||
                IsPublicationDateLine(last.Text, metadata) ||
                (last.Kind != BlockKind.ListItem && IsMoreHeading(last.Text)));
    }

    private const int MinListIntroChars = 40;

    // Chinese and Japanese items are short by the word count ("洗浄・検査装置の一部" is one "word"): a few characters say
    // what a phrase of several words says.
    private const int MinCjkItemChars = 6;

    /// <summary>
    /// "緩和の対象として検討されているのは、主に次の分野だという。" over "洗浄・検査装置の一部", "研究開発用の試作装置": the story's
    /// closing list, introduced by its prose, is no label left dangling, when the introduction opens it with a colon or an
    /// item is more than a word or two. A tag list ("gwyneth paltrow", "brad pitt") has links, a label over it, or only
    /// names.
    /// </summary>
    private static bool EndsIntroducedList(List<StoryBlock> kept)
    {
        var i = kept.Count - 1;
        var phrase = false;
        while (i >= 0 && kept[i] is { Kind: BlockKind.ListItem, IsLink: false } item)
        {
            phrase |= !IsShortFragment(item.Text) || TextScan.CountIdeographsOrKana(item.Text) >= MinCjkItemChars;
            i--;
        }

        if (kept.Count - 1 - i < 2 || i < 0 || kept[i] is not { Kind: BlockKind.Paragraph, IsLink: false } intro ||
            (intro.Text.Length < MinListIntroChars && TextScan.CountIdeographsOrKana(intro.Text) < MinCjkSentenceChars))
        {
            return false;
        }

        var end = intro.Text.TrimEnd();
        return end.EndsWith(':') || end.EndsWith('：') || (phrase && EndsSentence(end));
    }

    private const int MaxKickerLines = 2;
    private const int MaxKickerLineChars = 60;

    // A headline of a word or two ("New Zealand") may title a section of the story as well.
    private const int MinRepeatedHeadlineWords = 3;

    /// <summary>A line short of a sentence, as a kicker, section label or badge over the headline is.</summary>
    private static bool IsKickerLine(StoryBlock block) => block.Text.Length <= MaxKickerLineChars && !EndsSentence(block.Text);

    private const int MinPullQuoteChars = 30;

    /// <summary>
    /// A quote set out in large type repeats a sentence of the story ("Europe intends to keep critical raw materials
    /// inside its own economy"): a block quote whose words stand inside a longer paragraph of the story goes. Words are
    /// compared without case, punctuation or the kind of apostrophe: the pull quote is often set with straight quotes
    /// and a full stop where the paragraph has curly ones and "…,” she said".
    /// </summary>
    private static void RemovePullQuotes(List<StoryBlock> kept)
    {
        if (!kept.Exists(block => block.Kind == BlockKind.Quote && block.Text.Length >= MinPullQuoteChars))
        {
            return;
        }

        var keys = kept.ConvertAll(block => WordKey(block.Text));
        var repeated = new bool[kept.Count];
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Kind != BlockKind.Quote || kept[i].Text.Length < MinPullQuoteChars)
            {
                continue;
            }

            for (var j = 0; j < kept.Count; j++)
            {
                if (kept[j].Kind != BlockKind.Quote && keys[j].Length >= keys[i].Length && keys[j].Contains(keys[i], StringComparison.Ordinal))
                {
                    repeated[i] = true;
                    break;
                }
            }
        }

        for (var i = kept.Count - 1; i >= 0; i--)
        {
            if (repeated[i])
            {
                kept.RemoveAt(i);
            }
        }
    }

    // The block's words, lower-cased, between spaces: " it s the first thing " for "“It’s the first thing,”".
    private static string WordKey(string text)
    {
        var key = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
            else if (key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return key[^1] == ' ' ? key.ToString() : key.Append(' ').ToString();
    }

    private const int MinCutRepeatChars = 40;
    private const int CutRepeatReach = 3;

    /// <summary>
    /// A summary the site cut from the story's own opening ("European Union negotiators agreed … ending more th..."),
    /// printed just above it: a block ending in an ellipsis whose words, up to the cut word, open one of the next few
    /// blocks (after its dateline, which the summary leaves out).
    /// </summary>
    private static void RemoveCutRepeats(List<StoryBlock> kept)
    {
        for (var i = kept.Count - 2; i >= 0; i--)
        {
            var text = kept[i].Text.TrimEnd();
            if (!text.EndsWith("...", StringComparison.Ordinal) && !text.EndsWith('…'))
            {
                continue;
            }

            // The cut falls inside a word: compare up to the last whole one.
            var stem = text.TrimEnd(Ellipses).TrimEnd();
            var lastSpace = stem.LastIndexOf(' ');
            stem = lastSpace > 0 ? stem[..lastSpace] : stem;
            if (stem.Length < MinCutRepeatChars)
            {
                continue;
            }

            for (var j = i + 1; j < kept.Count && j <= i + CutRepeatReach; j++)
            {
                var next = kept[j].Text;
                if (next.StartsWith(stem, StringComparison.OrdinalIgnoreCase) ||
                    (DatelineParser.TryParse(next) is { } dateline && dateline.Remainder.StartsWith(stem, StringComparison.OrdinalIgnoreCase)))
                {
                    kept.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private const int MinOpeningRepeatChars = 60;
    private const int OpeningRepeatBlocks = 2;

    /// <summary>
    /// A summary over the story that a paragraph below opens with, word for word ("Indonesia's volcanology agency
    /// raised the alert status …" as the standfirst and again to start the story): printed twice, read once, where the
    /// story has it.
    /// </summary>
    private static void RemoveOpeningRepeats(List<StoryBlock> kept)
    {
        for (var i = Math.Min(OpeningRepeatBlocks, kept.Count - 1) - 1; i >= 0; i--)
        {
            var summary = kept[i].Text.Trim();
            var stem = summary.TrimEnd(SentenceStops).TrimEnd();
            if (stem.Length < MinOpeningRepeatChars || kept[i].Kind == BlockKind.Quote)
            {
                continue;
            }

            // "Summary: BEIJING, Nov. 20 (Xinhua) -- A strong cold wave swept … up to 16...": a farm's labelled excerpt
            // of the opening, cut short.
            var excerpt = AfterLabel(stem);
            for (var j = i + 1; j < kept.Count && j <= i + CutRepeatReach; j++)
            {
                // The paragraph opens with the summary's words and goes on; one printed twice in full is the page's own.
                var next = kept[j].Text.TrimStart();
                if ((next.Length > summary.Length &&
                     (next.StartsWith(stem, StringComparison.OrdinalIgnoreCase) ||
                      (excerpt.Length >= MinOpeningRepeatChars && next.StartsWith(excerpt, StringComparison.OrdinalIgnoreCase)) ||
                      (DatelineParser.TryParse(next) is { } dateline && dateline.Remainder.StartsWith(stem, StringComparison.OrdinalIgnoreCase)))) ||
                    (excerpt.Length > 0 && EndsWithOpeningOf(stem, next)))
                {
                    kept.RemoveAt(i);
                    break;
                }
            }
        }
    }

    // How far into an excerpt the story's own opening may start: past a label, a byline and a dateline.
    private const int MaxExcerptLeadInChars = 120;

    /// <summary>
    /// "Summary: By Park Ji-wonSEOUL, April 9 (Yonhap) -- Household loans extended …" over "Household loans extended …":
    /// a labelled excerpt whose text from some point near its start is the opening of the paragraph, whatever credit
    /// lines were glued before it. Only a labelled one: a paragraph may well go on where the one before left off.
    /// </summary>
    private static bool EndsWithOpeningOf(string stem, string next)
    {
        if (next.Length < MinOpeningRepeatChars)
        {
            return false;
        }

        // The excerpt may hold the whole paragraph, cut short only by its trailing marks.
        var at = stem.AsSpan(0, Math.Min(stem.Length, MaxExcerptLeadInChars + MinOpeningRepeatChars))
            .IndexOf(next.AsSpan(0, MinOpeningRepeatChars), StringComparison.OrdinalIgnoreCase);
        return at is > 0 and <= MaxExcerptLeadInChars && next.StartsWith(stem[at..], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A heading with nothing under it, or a line at least half linked, at the end of the story: the title of a box the
    /// cleaning emptied ("Entdecke weitere Homestorys"), the last entry of a link list, or a row of actions ("Reuse this
    /// content (opens new window) Comments"). Not a sentence, and not a printed address, which the story cites.
    /// </summary>
    private const double MinLinkRowShare = 0.5;

    private static bool IsDangling(StoryBlock block) =>
        (block.Kind == BlockKind.Heading || block.LinkShare >= MinLinkRowShare) && block.Text.Length <= MaxSectionHeadingChars &&
        !EndsSentence(block.Text) && !IsPrintedAddress(block.Text);

    /// <summary>
    /// A short line of the story's own opening it ("Background", "At a Glance"): set as a heading, not a link, with story
    /// text under it. A kicker over the headline ("Politics") has the headline, byline or date lines under it instead.
    /// </summary>
    private static bool OpensSection(List<StoryBlock> blocks, int index, PageMetadata metadata)
    {
        var block = blocks[index];
        if (block.IsLink || index + 1 >= blocks.Count || IsBoilerplate(block.Text))
        {
            return false;
        }

        var next = blocks[index + 1];
        if (block.Kind != BlockKind.Heading)
        {
            // "Key points:" over the story's points: a label set as a paragraph opens the list it introduces.
            return IsLeadIn(block.Text) && next is { Kind: BlockKind.ListItem, IsLink: false } && !IsChromeAnywhere(next.Text);
        }

        return next.Kind != BlockKind.Heading && !IsChromeAnywhere(next.Text) && !IsHeaderLine(next.Text, metadata);
    }

    private static bool IsPrintedAddress(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private const int MinTeaserWords = 4;

    /// <summary>
    /// A paragraph that is one link to another page of the site, titled like a headline: a teaser for another story
    /// set between the story's paragraphs; headlines may ask ("… Season 2?") but do not end on a full stop. A link to
    /// another site is the story citing its source ("The generation we love to dump on" on CNN), and a sentence or a
    /// printed address is story text.
    /// </summary>
    private static bool IsTeaserLink(StoryBlock block) =>
        block is { Kind: BlockKind.Paragraph, IsLink: true, LinksWithinSite: true } &&
        (CountWords(block.Text) >= MinTeaserWords || TextScan.CountIdeographsOrKana(block.Text) >= MinTeaserCjkChars) &&
        !block.Text.EndsWith('.') && !block.Text.EndsWith('\u3002') && !IsPrintedAddress(block.Text);

    private const int MaxHookChars = 80;

    /// <summary>
    /// "Heading out on a road trip? Gas prices are the lowest in four years, AAA says": a short question to hook the
    /// reader, then nothing but the linked headline of another of the site's stories.
    /// </summary>
    private static bool IsHookedTeaser(StoryBlock block)
    {
        if (block is not { Kind: BlockKind.Paragraph, LinksWithinSite: true })
        {
            return false;
        }

        var mark = block.Text.IndexOf('?', StringComparison.Ordinal);
        if (mark is < 1 or > MaxHookChars)
        {
            return false;
        }

        var title = block.Text[(mark + 1)..].Trim();
        return CountWords(title) >= MinTeaserWords && !EndsSentence(title) &&
               block.LinkShare * block.Text.Length >= MinLinkedTitleShare * title.Length;
    }

    // The title is the link, give or take a stray space or mark.
    private const double MinLinkedTitleShare = 0.9;

    /// <summary>
    /// "Sponsorlu Konut kredisi faiz oranlarını karşılaştırın …", "Sponsored Compare mortgage rates …": an advertiser's link
    /// set between the story's paragraphs behind its label. The label alone does not do it ("Sponsored by the council, the
    /// scheme …"); the rest must be the link.
    /// </summary>
    private static bool IsSponsoredLink(StoryBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.LinkShare == 0 || block.Text.Length > MaxSponsoredLinkChars ||
            SponsorLabel().Match(block.Text) is not { Success: true } label)
        {
            return false;
        }

        var rest = block.Text.Length - label.Length;
        return rest > 0 && block.LinkShare * block.Text.Length >= MinLinkedTitleShare * rest;
    }

    private const int MaxSponsoredLinkChars = 300;

    [GeneratedRegex(
        @"^(?:sponsored|sponsorlu|gesponsert|sponsorisé|patrocinado|patrocinada|sponsorizzato|gesponsord|sponsorowane|sponzorováno|sponzorované|advertisement|anzeige|werbung|publicidad|publicité|reklam|reklama|реклама|اسپانسرڈ|تبلیغات|إعلان|广告|廣告|広告|광고)[\s:|·\-–—]+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SponsorLabel();

    private const int MaxSourceWords = 4;

    /// <summary>
    /// "Fuente: Andina Publicado el 9 de mayo de 2025 · 11:20 a. m. Actualizado el …": the source's credit and the
    /// stamps on one line, the meta row under a headline left as one block.
    /// </summary>
    private static bool IsSourcedStamp(string block)
    {
        if (block.Length > MaxStampPairChars + MaxDateStampChars || SourceLabel().Match(block) is not { Success: true } label)
        {
            return false;
        }

        // The source's name runs up to the stamp's label: try each of its first few words as the end.
        var rest = block[label.Length..];
        for (var (space, words) = (rest.IndexOf(' ', StringComparison.Ordinal), 1); space > 0 && words <= MaxSourceWords;
             space = rest.IndexOf(' ', space + 1), words++)
        {
            var stamp = rest[(space + 1)..];
            if (DateStampLabelGate.IsMatch(stamp) && (IsDateStamp(stamp) || IsStampPair(stamp)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:source|fuente|fonte|quelle|sumber|źródło|bron|kaynak)\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SourceLabel();

    // A Chinese or Japanese headline is one "word" between spaces: eight ideographs or kana make a title.
    private const int MinTeaserCjkChars = 8;


    // Blocks that are chrome wherever they stand: labels, credits and captions, prompts, copyright lines, teasers.
    private static bool IsChromeAnywhere(string block) =>
        IsBoilerplate(block) || IsLegalLinksLine(block) || IsCreditLine(block) || IsCaption(block) || IsPrompt(block) || IsCallToAct(block) ||
        IsCopyrightLine(block) || IsShoutedTeaser(block) || IsRepostNotice(block) || IsWholeLineNotice(block) ||
        IsSharePrompt(block) || IsConsentNote(block) || IsShareBar(block) || IsDateStamp(block) || IsAdvertLabel(block) ||
        IsScriptError(block) || IsBlockedContentNote(block) || IsDownloadPrompt(block) || IsBlogFooterLine(block) || IsTipLine(block) || IsContactBlock(block) || IsDisclosure(block) || IsPageTool(block) ||
        IsLegalLine(block) || IsStampPair(block) || IsSourcedStamp(block) || IsPageNote(block) || RelativeStampGate.IsMatch(block.Trim()) || IsHashtagLine(block) ||
        IsLoneReadAlsoLabel(block) || IsBracketTeaser(block) || IsPostAttribution(block) || DateLabelFinder.IsLoneLabel(block) || IsEmptiedByline(block) || IsLoneWriterLabel(block) || IsReportingFromLine(block) ||
        ((block.EndsWith(']') || block.EndsWith("금지", StringComparison.Ordinal)) && PhotoCreditInBrackets().IsMatch(block)) || IsQuoteStrip(block);

    // "Author of the article:", "Written by:": the writer's label left alone where the name beside it was an element the
    // cleaning took (a linked card, a picture). Narrower than the byline labels: "Interview:" or "Text:" alone may head a
    // section of the story.
    private static readonly FrozenSet<string> LoneWriterLabels = FrozenSet.Create(StringComparer.Ordinal,
        ["author of the article", "author of this article", "author", "authors", "autor", "autorin", "auteur", "written by", "by",
         "posted by", "reported by", "story by"]);

    private const int MaxReportingFromChars = 80;

    // "Reporting from Washington and Sacramento": where the byline's reporters worked, a line under it, no sentence.
    private static bool IsReportingFromLine(string block) =>
        block.Length <= MaxReportingFromChars && block.StartsWith("Reporting from ", StringComparison.Ordinal) &&
        char.IsUpper(block, "Reporting from ".Length) && !EndsSentence(block);

    private static bool IsLoneWriterLabel(string block)
    {
        var trimmed = block.AsSpan().Trim();
        return trimmed.Length is > 2 and < 30 && trimmed[^1] == ':' &&
               LoneWriterLabels.Contains(trimmed[..^1].TrimEnd().ToString().ToLowerInvariant());
    }

    private const int MaxLoneOpenerChars = 12;

    private const int MaxQuoteStripChars = 100;
    private const int MaxQuoteStripWords = 6;

    /// <summary>
    /// "Harbour Fresh Holdings 2863.HK HK$7.76 +0.23 (+3.05%)", "HSI 25,912.31 ▲ 0.84%": a market widget's quote, a name
    /// and a price with its signed change, set between the headline and the story or inside it. No sentence, few words.
    /// </summary>
    private static bool IsQuoteStrip(string block)
    {
        if (block.Length > MaxQuoteStripChars || EndsSentence(block) || !QuoteChange().IsMatch(block))
        {
            return false;
        }

        var words = 0;
        foreach (var word in block.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (char.IsLetter(word[0]) && ++words > MaxQuoteStripWords)
            {
                return false;
            }
        }

        return true;
    }

    // The signed change beside its percentage in parentheses ("+0.23 (+3.05%)", "-1,20 (-0,8 %)"), or the percentage
    // after an arrow ("▲ 0.84%").
    [GeneratedRegex(@"[+\-−–]\s?\d[\d.,]*\s?\(\s?[+\-−–]?\d[\d.,]*\s?%\s?\)|[▲▼△▽↑↓]\s?[+\-−]?\d[\d.,]*\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteChange();

    private const int MaxAddressLineWords = 10;

    /// <summary>
    /// "AP March Madness bracket: https://apnews.com/hub/ncaa-mens-bracket and coverage: https://apnews.com/hub/march-madness":
    /// web addresses with a few labels between them and no sentence (a reference list's entries look the same, so this is
    /// no chrome test on its own). A sentence giving an address ("The report is online at https://example.org/report.")
    /// ends with its stop.
    /// </summary>
    private static bool IsAddressLine(string block)
    {
        if (!block.Contains("://", StringComparison.Ordinal) || EndsSentence(block))
        {
            return false;
        }

        var words = 0;
        foreach (var word in block.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.Contains("://", StringComparison.Ordinal) && TextScan.ContainsLetterOrDigit(word) && ++words > MaxAddressLineWords)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Lire aussi |", "Leia também »", "【関連記事】": a read-also label whose linked headline went with its link. One ending in a colon
    /// may head a list of teasers, which the trailing-section rules judge.
    /// </summary>
    private const int MaxBracketTeaserChars = 60;

    // "【写真特集】干上がる貯水池、カリフォルニアの春": a gallery's or video's label in lenticular brackets before its title,
    // no sentence (no "。").
    private static bool IsBracketTeaser(string block)
    {
        var trimmed = block.AsSpan().Trim();
        return trimmed.Length <= MaxBracketTeaserChars && trimmed.StartsWith("【") && trimmed.IndexOf('】') is > 1 and var close &&
               close < trimmed.Length - 1 && trimmed.IndexOf('。') < 0 && BracketTeaserLabels.Contains(trimmed[1..close].Trim().ToString());
    }

    private static readonly FrozenSet<string> BracketTeaserLabels = FrozenSet.Create(StringComparer.Ordinal,
        ["写真特集", "フォトギャラリー", "動画", "関連記事", "あわせて読みたい", "図解", "写真", "画像"]);

    private static bool IsLoneReadAlsoLabel(string block)
    {
        var trimmed = block.AsSpan().Trim();
        if (trimmed.Length > 2 && ((trimmed[0] == '【' && trimmed[^1] == '】') || (trimmed[0] == '[' && trimmed[^1] == ']')))
        {
            // "【関連記事】", "[Related]": the label in brackets, its list gone.
            var inner = trimmed[1..^1].Trim();
            return inner.Length <= MaxLabelChars && ChromeVocabulary.IsReadAlsoLabel(inner.ToString().ToLowerInvariant());
        }

        // "▼関連ニュース", "■ Related", "📌 LEIA TAMBÉM:": the label after a pointing mark or an emoji, its list gone.
        if (trimmed.Length > 2 && (char.IsSurrogate(trimmed[0]) || char.IsSymbol(trimmed[0])))
        {
            var start = 0;
            while (start < trimmed.Length && !char.IsLetterOrDigit(trimmed[start]))
            {
                start++;
            }

            var label = trimmed[start..].TrimEnd().TrimEnd(':').TrimEnd();
            return label.Length is > 0 and <= MaxLabelChars && ChromeVocabulary.IsReadAlsoLabel(label.ToString().ToLowerInvariant());
        }

        if (trimmed.Length is < 2 or > MaxLabelChars + 2 || trimmed[^1] is not ('|' or '»' or '›'))
        {
            return false;
        }

        return ChromeVocabulary.IsReadAlsoLabel(trimmed[..^1].Trim().ToString().ToLowerInvariant());
    }

    // "서울 시내를 달리는 심야 자율주행버스 [서울시 제공. 재판매 및 DB 금지]": a Korean agency photo's caption, its credit
    // ("provided by …", "no resale or database use") in brackets at the end.
    // Newsis sets the credit after the photo's day and desk address: "(사진=질병관리청 제공) 2026.01.14. photo@newsis.com *재판매 및 DB 금지".
    // "[사진 출처 : 연합뉴스]", "[사진=연합뉴스]": a broadcaster's credit for the picture, the whole line.
    [GeneratedRegex(@"^.{0,150}\[[^\]]{0,40}(?:제공|재판매 및 DB 금지)[^\]]{0,40}\]$|^.{0,250}\s\*\s?재판매 및 DB 금지$|^\[(?:사진|그래픽|영상)(?:\s?출처)?\s?[:=][^\]]{1,40}\]$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCreditInBrackets();

    private const int MinHashtags = 2;

    /// <summary>"#자율주행버스 #서울시 #심야버스", "#Klimawandel #Energie": a line of the page's hashtags, nothing else.</summary>
    private const int MaxAttributionChars = 140;

    /// <summary>
    /// "— Embraer (@embraer) November 20, 2025": the signature an embedded post prints under its text, the poster and
    /// the date, set apart once the embed's script has not run. Whatever the post's text is worth, the line is the
    /// widget's.
    /// </summary>
    private static bool IsPostAttribution(string block) =>
        block.Length <= MaxAttributionChars && (PostAttribution().IsMatch(block) || EditorialCredits().IsMatch(block));

    // "edited by Hannah Berg, reviewed by Tomas Wright", "Medically reviewed by Jane Roe, MD — Written by John Doe": the
    // people who edited, checked or reviewed the story, two or more credits in one line.
    [GeneratedRegex(
        @"^(?:(?:medically\s+)?(?:edited|reviewed|fact[- ]checked|written)\s+by\s+[^,;.—–|]{2,60}?(?:,\s*(?:MD|PhD|RN|RD|DO|MPH))?\s*(?:,|;|—|–|\||and|$)\s*){2,4}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EditorialCredits();

    [GeneratedRegex(@"^\s*[—–-]\s*[^()]{1,60}\(@\w{1,30}\)(?:\s+\S[^()]{0,40})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostAttribution();

    private static bool IsHashtagLine(string block)
    {
        // Every block is asked: only one that opens with a tag is split into words.
        if (!block.AsSpan().TrimStart().StartsWith("#", StringComparison.Ordinal))
        {
            return false;
        }

        var tags = 0;
        foreach (var word in block.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.Length < 2 || word[0] != '#' || !TextScan.ContainsLetter(word))
            {
                return false;
            }

            tags++;
        }

        return tags >= MinHashtags;
    }

    // The patterns anchored at both ends of the line (reading time, page notices, reader widgets), read on it trimmed once.
    private static bool IsWholeLineNotice(string block)
    {
        var line = block.Trim();
        return ReadingTime().IsMatch(line) || PageNoticeGate.IsMatch(line) || ReaderWidgetGate.IsMatch(line) ||
               (line.Length <= MaxWireNoteChars && (WireNoteGate.IsMatch(line) || WireNoteAnywhereGate.IsMatch(line))) ||
               (line.Length <= MaxNoteChars && line.EndsWith("min", StringComparison.OrdinalIgnoreCase) && VideoDurationGate.IsMatch(line)) ||
               (line.Length <= MaxNoteChars && line.Length > 0 && char.IsAsciiDigit(line[^1]) && GluedDurationGate.IsMatch(line));
    }

    // "Red flag warning: What it means for you0:57": a playlist's video title with its running time set against it,
    // as a player's markup leaves the two when its script does not run. Prose puts a space before a time.
    [GeneratedRegex(@"\p{Ll}(?:\d{1,2}:)?\d{1,2}:\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedDuration();

    private static readonly LiteralGate GluedDurationGate = new(GluedDuration());

    // "Im Berufsverkehr ging auf einigen Strecken gar nichts mehr. 02:14 min": a video's summary with its running time.
    [GeneratedRegex(@"[.!?]\s+\d{1,2}:\d{2}\s*min$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VideoDuration();

    private static readonly LiteralGate VideoDurationGate = new(VideoDuration());

    private const int MaxWireNoteChars = 300;

    // Notes that wires and the sites reposting them print with a story, never story text: AP's funding note and its
    // "Follow AP's coverage at" link, The Canadian Press's ("Ce contenu a été produit avec l'aide financière des Bourses de
    // Meta …"), Europa Press's ("Esta noticia ha sido elaborada con información de Europa Press."), a reposting paper's ("Esta
    // información ha sido elaborada por la agencia EFE y editada por …"), a Gannett paper's
    // "… is part of the USA TODAY Network.", a newsroom's statement of its independence ("Why you can trust us: The Beacon is a nonprofit …"), an
    // update note ("This story has been updated to include …"), "Most Read from
    // Bloomberg" over a list, a portal's video teaser ("Simak juga Video …", "[Gambas:Video 20detik]"), a portal's
    // footer line ("Get Latest World News along with …"), an app plug, a ban on crawling the page for AI, an Indian wire's
    // desk codes ("PTI AKV SKY SKY"), AFP's desk sign-off ("lb-ab/sbk") and an editor's initials ("/cb"), a wire's
    // sign-off ("-- BERNAMA") and editor's credit ("Disunting oleh: Nur Aisyah"), a gallery's counter ("Bild 1 von 10"), a Korean portal's note on the press's section ("이 기사는 언론사에서 경제 섹션으로
    // 분류했습니다."), a Japanese paper's paywall cut ("この記事は有料記事です。残り1520文字"), an app promotion ("點我下載APP"), Dow
    // Jones's trailer ("(END) Dow Jones Newswires", "December 02, 2026 07:42 ET (12:42 GMT)", "This content was created by
    // MarketWatch, which is operated by Dow Jones & Co. …"), a finance portal's ad label ("Third party Ad. Not an offer …"),
    // a feed page's note on a dpa story ("Direkt aus dem dpa-Newskanal", "Dieser Text wurde automatisch von dpa
    // übernommen …"), an audio player's label ("Audio: …, 13.03.2024 06:12 Uhr2 Min"), a video's captions notice ("Closed captioning is
    // available for this video. Tap the CC button …") and a channel plug ("Corriere della
    // Sera è anche su WhatsApp. È sufficiente cliccare qui …").
    [GeneratedRegex(
        @"^(?:the )?associated press\b[^.]{0,160}\breceives? (?:financial )?support\b|^the associated press is an independent (?:global )?news organization\b" +
        @"|^esta (?:noticia|información) (?:ha sido|fue) elaborada (?:con información de|por la agencia)\b|^[^.]{2,60} is (?:a )?part of the usa today network\.?$" +
        // "*fr.de ist Teil des bundesweiten Ippen-Redaktionsnetzwerks": a German paper's network line, the same note.
        @"|^\*?[\p{L}\d.\- ]{2,40}? ist teil des (?:bundesweiten )?[\p{L}\-]*(?:redaktions)?netzwerk(?:e?s)?\.?$" +
        @"|^why (?:you can |you should |should you )?trust us\s*[:?]\s|^ce contenu a été produit avec l(?:’|')aide financière\b|^this (?:content|story|article|report) was produced with (?:the )?(?:financial )?(?:support|assistance) of\b" +
        @"|^follow AP(?:’|')s\b[^.]{0,80}\bcoverage\b|^(?:find|read|see) more (?:of )?AP(?:’|')s\b[^.]{0,60}\bcoverage\b" +
        @"|^(?:editor(?:’|')s note:\s*)?this (?:story|article|post) (?:has been|was) updated(?: (?:to (?:include|reflect|add|correct|clarify|remove)|with)\b[^.]{0,100})?\.?$" +
        @"|^(?:dieser|der) (?:artikel|beitrag|text) wurde (?:(?:zuletzt )?(?:am|um) [^!?]{1,30}?\s)?aktualisiert\.?$" +
        @"|^most read from bloomberg(?: businessweek)?$" +
        @"|^(?:simak|saksikan|tonton) (?:juga )?video\b|^\[gambas:[^\]]{1,60}\]$" +
        @"|^get (?:the )?latest [^.]{1,60}\bnews\b[^.]{0,40}\balong with\b" +
        @"|^(?:mehr|alle|weitere) (?:news|nachrichten)\b[^.]{0,60}\bin unserer [^.]{0,40}\bapp\b" +
        @"|^dilarang (?:keras )?mengambil konten\b" +
        @"|^(?-i:PTI|IANS|ANI|UNI)(?:\s+(?-i:[A-Z]{2,4})){1,6}$|^(?-i:[a-z]{2,5}(?:-[a-z]{2,5}){0,3}(?:/[a-z]{2,5}(?:-[a-z]{2,5}){0,3}){1,3})$|^/(?-i:[a-z]{2,4})$" +
        @"|^[-–—]{1,3}\s*(?-i:[A-Z][A-Z.&]{1,14})(?:\s*/\s*(?-i:[A-Z][A-Z.&]{1,14}))*$" +
        @"|^(?:edited by|disunting oleh|diedit oleh|penyunting|redaktur|editor)\b\s*:?\s*(?-i:\p{Lu})[^\s:]*(?:\s+[^\s:]+){0,4}$" +
        @"|^(?:bild|foto|image|photo|picture|slide|imagen|immagine|zdjęcie|afbeelding)\s+\d{1,3}\s*(?:von|of|de|sur|di|z|van|/)\s*\d{1,3}$" +
        @"|^이 기사는 (?:언론사에서 )?[^.]{1,20} 섹션으로 분류(?:했습니다|됐습니다|되었습니다)\.?$" +
        @"|^この記事は有料記事です。?\s*(?:残り\d[\d,]*文字)?$|^有料会員になると[^。]{0,60}(?:お読みいただけます|読めます|読むことができます)。?$" +
        @"|^\d{4}/\d{1,2}/\d{1,2}\s*\d{1,2}:\d{2}\s*[^。]{1,40}を(?:追加|更新|修正|訂正|差し替え)しました。?$|^この記事の続きを[^。]{0,60}(?:購読|会員登録|ログイン)[^。]{0,30}。?$" +
        @"|^.{0,40}(?:點我|点我|立即)?(?:下載|下载)\s*app.{0,40}$" +
        @"|^《\s*[^》]{1,20}》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第\s*\d{1,3}\s*版\s*[）)]$" +
        @"|^\(end\) dow jones newswires$|^(?-i:\p{Lu})\w+ \d{1,2}, \d{4} \d{1,2}:\d{2} ET \(\d{1,2}:\d{2} GMT\)$|^this (?:content|article|story) was created by [^.]{1,40}, which is operated by dow jones\b" +
        @"|^third[- ]party ad\b[^!?]{0,100}$" +
        // "If you're on the ABC7 News app, click here to watch live": a station's note to readers of its app.
        @"|^if you(?:'|’)re (?:on|using|reading this (?:on|in)) (?:the |our )?[^.!?]{1,40}\bapp\b,? (?:click|tap) here\b[^.!?]{0,40}[.!]?$" +
        @"|^follow (?:topics|authors|topics and authors) (?:and authors )?from this (?:story|article)\b" +
        @"|^dieser (?:text|artikel|beitrag) wurde automatisch (?:von|aus) [^.]{1,40} übernommen\b|^direkt aus dem [^.]{1,20}-newskanal$" +
        @"|^audio:\s[^!?]{1,150}\d+\s*min\.?$" +
        @"|^closed caption(?:ing|s)? (?:is|are) available\b[^!?]{0,120}$" +
        // A player's transcript note ("Transcripción generada automáticamente y revisada por la redacción."); a paper's
        // offer to keep the story for later behind a free sign-up ("You can save this article by registering for free here.").
        @"|^(?:(?:this |the )?transcript (?:was |is |has been )?(?:automatically generated|generated automatically)|transcripción generada automáticamente|transcription générée automatiquement|(?:das )?transkript (?:wurde )?automatisch erstellt|trascrizione generata automaticamente)\b[^!?]{0,100}$" +
        @"|^you can save this (?:article|story) by (?:registering|signing up)\b[^!?]{0,100}$" +
        // "共同通信が配信した記事です。": a Japanese paper's note that the story is the wire's.
        @"|^(?:共同通信|時事通信)社?(?:から|が)配信(?:した|された)記事です。[^!?]{0,40}$" +
        // A magazine's note on the issue the story ran in ("Published in the print edition of the March 9, 2026, issue, with
        // the headline “Keepers.”", "This article appears in the March 2026 issue.", "Aus der ZEIT Nr. 8/2026").
        @"|^published in the print edition of the\b[^!?]{0,120}$|^(?:this (?:article|story|piece) )?appear(?:s|ed) in the [^.!?]{1,40}\bissue\b[^!?]{0,80}$" +
        @"|^aus der [^.!?]{1,30}\bnr\.\s?\d{1,2}/\d{4}\b[^!?]{0,40}$|^este reportaje forma parte del número de\b[^!?]{0,120}$" +
        @"|^[^.!?]{1,60}?\s(?:è|sono|is|ist|est|está|es) (?:anche |also |auch |aussi |también )?(?:su|on|auf|sur|en) (?:whatsapp|telegram)\b[^!?]{0,20}[.!]\s*[^!?]{0,40}\b(?:cliccare|click|klicken|cliquez|haz clic|clic)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireNote();

    private static readonly LiteralGate WireNoteGate = new(WireNote());

    // The same notes' unanchored parts ("… is auto-generated from a syndicated feed", "… published from a wire agency
    // feed without modifications to the text", Anadolu's "… abonelik sözleşmesi çerçevesinde yayımlanmaktadır"), apart: mixed with anchored branches they make every branch be tried at every
    // position (see Disclosure).
    [GeneratedRegex(
        @"\bAP is solely responsible for all content\b|\bquotes (?:are )?delayed (?:by )?(?:at least )?\d+ min(?:ute)?s\b" +
        @"|न्यूज़? फीड से (?:सीधे )?(?:पब्लिश|प्रकाशित)|(?:المحتوى|الخبر|المقال) منقول من (?:مصدره|المصدر)" +
        @"|\b(?:auto-generated|published|generated|sourced) (?:(?:story|content|article|copy) )?(?:from|via|through) (?:an? |the )?(?:syndicated?|wire agency|agency|news agency)(?: news)? feed\b" +
        @"|\bauto-generated from (?-i:\p{Lu})[^.]{1,40} news (?:service|feed|wire)\b|\bholds no responsibility for (?:its|the|this) content\b" +
        @"|\babonelik sözleşmesi çerçevesinde yayımlan" +
        @"|\b(?:crawling|scraping|text and data mining)\b[^.]{0,60}\b(?:for|für|untuk|pour|para) (?:ai|ki|ia)\b[^.]{0,80}\b(?:prohibited|forbidden|not permitted|untersagt|verboten|tanpa izin|interdit|prohibido)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireNoteAnywhere();

    private static readonly LiteralGate WireNoteAnywhereGate = new(WireNoteAnywhere());

    /// <summary>
    /// "原标题：…", "上一篇：…", "Original title: …": a line about the page, not the story; "Quelle: dpa-AFX", "来源：美联社":
    /// a source credit, wherever it stands, when it is no sentence. In parentheses ("(Source: Riivka)") it credits the
    /// picture above and stays, as Readability's labels keep it.
    /// </summary>
    private static bool IsPageNote(string block) =>
        block.Length <= MaxNoteChars && Label(block) is { } label &&
        (ChromeVocabulary.PageNoteLabels.Contains(label) || (ChromeVocabulary.SourceLabels.Contains(label) && block.Length <= MaxSourceNoteChars && !EndsSentence(block) && block[0] != '('));

    private const int MaxSourceNoteChars = 120;

    private const int MaxLegalLineChars = 250;

    /// <summary>
    /// "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy", "Terms of
    /// Use Privacy Policy": a footer's line that names two of the site's legal pages. A story names one at most ("Facebook
    /// changed its privacy policy on Monday").
    /// </summary>
    private static bool IsLegalLine(string block)
    {
        if (block.Length > MaxLegalLineChars)
        {
            return false;
        }

        var first = Range.All;
        var seen = false;
        foreach (var match in LegalPage().EnumerateMatches(block))
        {
            var name = new Range(match.Index, match.Index + match.Length);
            if (!seen)
            {
                (first, seen) = (name, true);
            }
            else if (!block.AsSpan(first).Equals(block.AsSpan(name), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Terms of Service" alone, as a paragraph or link: a footer link's label. Set as a heading it opens the terms
    /// themselves ("TERMS AND CONDITIONS" over a licence's text).
    /// </summary>
    private static bool IsLegalPageName(StoryBlock block) =>
        block.Kind != BlockKind.Heading && block.Text.Length <= MaxLegalLineChars && LegalPageGate.Match(block.Text) is { Success: true } name &&
        name.Length == block.Text.Trim().TrimEnd('.', '|', '»', '›').Length;

    private const int MaxLegalLinksChars = 200;

    /// <summary>
    /// "IMPRESSUM | DATENSCHUTZ | COPYRIGHT …", "Privacy Policy · Terms of Use · Contact": a footer's row of legal
    /// links, two different names of legal pages in a line that is no sentence. One name twice is a privacy policy's
    /// own text ("… changes: • On our Privacy Policy Page …").
    /// </summary>
    private static bool IsLegalLinksLine(string block)
    {
        if (block.Length > MaxLegalLinksChars || EndsSentence(block))
        {
            return false;
        }

        string? first = null;
        for (var match = LegalPageGate.Match(block); match.Success; match = match.NextMatch())
        {
            if (first is null)
            {
                first = match.Value;
            }
            else if (!match.Value.Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(
        @"\b(?:privacy policy|privacy notice|user agreement|terms of use|terms of service|terms and conditions|cookie policy|community rules|community guidelines|" +
        @"datenschutzerklärung|datenschutzhinweise|datenschutz|nutzungsbedingungen|impressum|imprint|agb|politique de confidentialité|conditions générales|conditions d'utilisation|mentions légales|" +
        @"política de privacidad|aviso legal|términos y condiciones|condiciones de uso|informativa sulla privacy|termini e condizioni)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LegalPage();

    private static readonly LiteralGate LegalPageGate = new(LegalPage());

    private const int MaxPageToolChars = 200;

    /// <summary>
    /// "Permalink: https://…", "Imprimer Imprimer cette page", "Artikel drucken": the page's own tools, a link to
    /// itself or a print button, left as a line of text.
    /// </summary>
    private static bool IsPageTool(string block) =>
        (block.Length <= MaxPageToolChars && PageToolGate.IsMatch(block.Trim())) || (block.Length <= MaxTypoNoteChars && TypoReportGate.IsMatch(block)) ||
        (block.Length <= MaxClipTeaserChars && ClipTeaser().IsMatch(block.Trim()));

    private const int MaxClipTeaserChars = 160;

    // "Audio: Umbau statt Neubau - lohnt sich das? 2 Min", "Video: Flut in Valencia 1:45 Min.": a player's stub, its
    // medium, the clip's title and running time.
    [GeneratedRegex(@"^(?:audio|video|vídeo|podcast|hörbeitrag|clip)\s*:\s*\S.{2,120}?\s\d{1,3}(?:[:.]\d{2})?\s*(?:min|minuten|minutes|mins|sek|sec|s)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClipTeaser();

    private const int MaxTypoNoteChars = 300;

    // "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Matnda xatolik topdingizmi? … Ctrl + Enter": the page's
    // tool for reporting a typo, whatever its language, asked as a question; a manual's "press Ctrl+Enter to run" stays.
    // Or the question alone with its link ("Нашли ошибку? Сообщите нам").
    [GeneratedRegex(
        @"^[^.!?]{3,60}\?[^?]{0,120}\bctrl\s?\+\s?enter\b" +
        @"|^(?:нашли|заметили) (?:ошибку|опечатку)\?\s*(?:сообщите нам|напишите нам)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TypoReport();

    private static readonly LiteralGate TypoReportGate = new(TypoReport());

    [GeneratedRegex(
        // "Ukuran huruf: A- A+", "Font size: A A A": the page's text-size buttons.
        @"^(?:font size|text size|ukuran (?:huruf|font|teks)|schriftgröße|tamaño (?:de )?(?:letra|fuente|texto)|taille (?:du texte|de la police)|tamanho (?:da |do )?(?:letra|fonte|texto)|textstorlek|tekstin koko|tekststørrelse|leturstærð|teksta izmērs|šrifto dydis|teksti suurus|размер шрифта)\s*:?\s*(?:a\s*[-+−]?\s*){1,3}$|" +
        @"^(?:(?:permalink|permalien|enlace permanente|kurzlink|short ?link)\s*:?\s*https?://\S+|(?:(?:print|drucken|imprimer|imprimir)\s+)?(?:print this (?:page|article|story)|seite drucken|artikel drucken|beitrag drucken|imprimer cette page|imprimer l'article|imprimir (?:esta página|artículo|noticia)))$" +
        // "Afdrukken Mail dit artikel Lettergrootte: 5.930 keer gelezen": a row of the page's tools, perhaps with its read count
        // or the bar that stood before a count the cleaning took ("Print | Email | Font Size: A- A+ |").
        // The count may follow its label ("Email Text: A- A+ Reads: 2,314").
        @"|^(?:" + ToolWord + @")(?:\s*[|·•]?\s*(?:" + ToolWord + @")){1,5}(?:\s*[|·•]?\s*(?:\d[\d.,]*\s*(?:" + CountedWords + @")|(?:" + CountedWords + @")\s*:\s*\d[\d.,]*))?(?:\s*[|·•])?$" +
        @"|^(?:" + ToolWord + @")(?:\s*[|·•]?\s*(?:" + ToolWord + @")){0,5}\s*[|·•]?\s*\d[\d.,]*\s*(?:" + CountedWords + @")$" +
        // "ISIN DE000RHW4001", "WKN: RHW400 | ISIN: DE000RHW4001": a quote box's security codes.
        @"|^(?:(?:isin|wkn)\s*:?\s*[a-z0-9]{6,12}\s*[|·,]?\s*){1,2}$" +
        // "Esta nota forma parte de nuestro archivo y fue publicada hace más de dos años.": an archive's age note.
        @"|^(?:esta nota|este artículo|esta noticia) forma parte de nuestro archivo\b[^!?]{0,80}$" +
        // "Танд энэ мэдээ таалагдсан уу?": Mongolian "did you like this news?".
        @"|^танд энэ мэдээ таалагдсан уу\s*\?$" +
        // "Waardeer dit bericht: Goed (17) Slecht (2)", "Rate this article: Good (4) Bad (1)": a rating row's labels and counts.
        @"|^(?:waardeer|beoordeel|rate|bewerten sie|bewerte|évaluez|valora|vota|oceń)\b[^.?!:]{0,30}:\s*(?:\p{L}[\p{L} ]{0,14}\s*\(\d[\d.,]*\)\s*[|·]?\s*){1,5}$" +
        // "Geteilt: 1,8 Tsd.": the share count alone; "Фотогалерея: 6 фото": a gallery's counter left where its pictures were.
        @"|^(?:geteilt|shares|partages|compartido)\s*:\s*\d[\d.,]*\s*(?:tsd\.?|mio\.?|k)?$" +
        @"|^(?:фотогалерея|fotogalerie|fotogalería|fotogaleria|photo gallery|bildergalerie)\s*:?\s*\d{1,3}\s*(?:фото|fotos?|photos|bilder|zdjęć)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageTool();

    // The page's own tools as their buttons are labelled: print, mail, share, save, the text size.
    private const string ToolWord =
        @"afdrukken|print(?: this (?:article|story|page)| dit (?:bericht|artikel))?|stuur door(?: aan een vriend)?|send to a friend|drucken|imprimer|imprimir|stampa|mail dit artikel|e-?mail(?: this (?:article|story))?" +
        @"|artikel (?:mailen|versenden)|delen|teilen|share|partager|compartir|condividi|bewaren|opslaan|save|merken|courriel|envoyer|enviar" +
        // The text-size buttons, as a row of tools prints them: "A- A+ Imprimer Courriel", "Text: A- A+".
        @"|(?:text\s*:\s*)?a\s?[-+−](?:\s?a\s?[-+−]){1,2}" +
        // Persian and Arabic: print, email, send, share, the text size ("چاپ · ایمیل · اندازه متن: A+ A-", "نسخه چاپی ارسال به
        // دوستان اندازه متن: کوچک بزرگ").
        @"|نسخه چاپی|چاپ|ایمیل|ارسال به دوستان|ارسال به دوست|ارسال|اشتراک|طباعة|إرسال|مشاركة" +
        @"|(?:lettergrootte|tekstgrootte|font size|text size|schriftgröße|taille du texte|اندازه (?:متن|قلم|فونت)|حجم الخط)\s*:?(?:\s*a\s*[-+−]?){0,3}(?:\s*(?:کوچک|متوسط|بزرگ|صغير|كبير)){0,3}";

    private static readonly LiteralGate PageToolGate = new(PageTool());

    private const int MaxDisclosureChars = 300;

    // A note that opens the block as one ("This instant news alert was generated by … in order to provide readers …") may
    // run to two sentences.
    private const int MaxOpeningDisclosureChars = 600;

    /// <summary>
    /// What a site states about the page rather than the story: an affiliate or advertising disclosure ("Bei den
    /// Verlinkungen handelt es sich um Affiliate Links"), an opinion disclaimer ("Dieser Beitrag gibt die Meinung des
    /// Autors wieder"), a licence or rights line ("… unter der Lizenz CC-BY-NC-ND", "Wszelkie prawa zastrzeżone"), a
    /// citation box ("SUGGESTED CITATION …"). Inside quotes or brackets a rights phrase is the story's subject.
    /// </summary>
    private static bool IsDisclosure(string block) =>
        (block.Length <= MaxDisclosureChars && (DisclosureGate.IsMatch(block) || RightsReservedGate.IsMatch(block))) ||
        (block.Length <= MaxOpeningDisclosureChars && DisclosureOpeningGate.IsMatch(block)) ||
        (block.Length <= MaxCitingTermsChars && CitingTerms().IsMatch(block)) ||
        IsRightsFooter(block) || (block.Length <= MaxRiskWarningChars && RiskWarning().IsMatch(block)) || IsCommentDisclaimer(block);

    private const int MaxCommentDisclaimerChars = 250;

    /// <summary>
    /// "نوٹ: آئینہ نیوز اور اس کی پالیسی کا کمنٹس سے متفق ہونا ضروری نہیں۔", "Note: The views expressed in the comments do not
    /// reflect those of the Herald": the site, under a label, disowning its readers' comments.
    /// </summary>
    private static bool IsCommentDisclaimer(string block) =>
        block.Length <= MaxCommentDisclaimerChars && CommentWords.FoundIn(block) && DisowningWords.FoundIn(block) && NoteLabel().IsMatch(block);

    private static readonly PhraseSet CommentWords = new(
        "comment", "کمنٹ", "تبصر", "comentario", "kommentar", "commentaire", "نظرات", "تعليق", "yorum");

    private static readonly PhraseSet DisowningWords = new(
        "متفق", "agree", "reflect", "responsib", "endorse", "responsab", "مسئول", "مسؤول", "verantwort", "sorumlu", "refleja", "reflète");

    [GeneratedRegex(@"^(?:نوٹ|note|n\.b\.|disclaimer|aviso|nota|hinweis|توجه|ملاحظة|ملاحظه|not|uyarı)\s*[:：\-–]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();

    private const int MaxRiskWarningChars = 1500;

    // A trading site's legal box under every story, long as a story paragraph: "Risk Disclosure: Trading in financial
    // instruments … involves high risks …", "Fusion Media would like to remind you that the data contained in this
    // website is not necessarily real-time nor accurate."
    [GeneratedRegex(
        @"^risk (?:disclosure|warning):\s|\btrading in (?:financial instruments|cfds?|cryptocurrencies)\b[^.]{0,80}\binvolves (?:high|significant|substantial) risks?\b|\bdata contained in this website is not necessarily real-time\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RiskWarning();

    private const int MaxRightsFooterChars = 700;

    // "© 2014 Condé Nast. All rights reserved Use of this Site constitutes acceptance of our User Agreement … Ad
    // Choices": a footer that opens with its copyright runs on through the legal links after it.
    private static bool IsRightsFooter(string block) =>
        block.Length <= MaxRightsFooterChars &&
        (block.StartsWith('©') || block.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) || block.StartsWith("(c)", StringComparison.OrdinalIgnoreCase)) &&
        RightsReservedGate.IsMatch(block);

    // Three patterns, not one: an alternation that mixes anchored and unanchored branches, or opens a branch with a
    // look-behind, is tried at every position of every block (about five times slower over the corpora's blocks).
    [GeneratedRegex(
        @"\baffiliate[- ]?links?\b|\b(?:partner|provisions)links\b|\bliens? (?:d'affiliation|affiliés?)\b|\benlaces? de afiliad[oa]s?\b|\bas an amazon associate\b" +
        @"|\b(?:we|i)\b[^.]{0,20}?\b(?:earn|receive|get|make)s? (?:an? )?(?:small )?(?:affiliate )?commission\b|\bearns? us (?:an? )?(?:small )?(?:affiliate )?commission\b|\bif you buy something (?:from|through) [^.]{1,40}\bmay (?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b|\bpurchases made through (?:our |these |the )?links\b|\bcommission (?:if|when) you (?:buy|purchase|shop|click)\b[^.]{0,20}\b(?:through|via|using) (?:(?:our|the|these|retail|affiliate) )?links\b" +
        @"|\bparticipates? in (?:various |several |a variety of )?affiliate (?:marketing |advertising )?programs?\b|\b(?:we|i) may get paid (?:a )?commissions?\b" +
        @"|\b(?:we|i) may (?:receive|earn|get) compensation\b|\badvertisers do not influence (?:our|the) (?:picks|recommendations|reviews|editorial)\b|\bread our advertiser disclosure\b" +
        @"|\b(?:erhalten|bekommen) wir (?:\w+ ){0,3}provision\b|\bnous (?:percevons|touchons|recevons) une (?:petite )?commission\b|\b(?:recibimos|obtenemos) una (?:pequeña )?comisión\b" +
        @"|\benthält (?:unbezahlte |bezahlte )?werbung\b|\b(?:alle )?angaben ohne gewähr\b" +
        // A Korean blog's Coupang Partners note: "이 포스팅은 쿠팡 파트너스 활동의 일환으로, … 수수료를 제공받습니다."
        @"|쿠팡 ?파트너스 활동의 일환" +
        @"|\b(?:gibt|geben) (?:\w+ ){0,2}meinung (?:des|der) (?:autors|autorin|autoren|verfasser\w*)\b|\bthe views (?:and opinions )?expressed (?:in|here|herein|by|are)\b[^.]{0,80}\b(?:authors?|writers?|contributors?|columnists?|own|necessarily|not)\b|\bhas a disclosure policy\b|\b(?:did|does|do) not (?:have|hold) (?:\(either directly or indirectly\) )?(?:any )?positions? in any of the (?:stocks|securities|companies) mentioned\b|\bles opinions exprimées\b|\blas opiniones (?:expresadas|vertidas)\b" +
        @"|\b(?:text|beitrag|artikel|inhalte?|content|article|post|texto|contenido|contenu)\b[^.]{0,40}\b(?:unter der lizenz|licensed under|bajo (?:la )?licencia|sous (?:la )?licence)\b|\b(?:unter|under) (?:der |einer |a )?cc[- ]by\b" +
        @"|\bby (?:clicking|signing up|subscribing|registering|continuing)\b[^.]{0,60}\byou agree to\b|\b(?:content|information|articles?) (?:on|of) this (?:site|website|page)\b[^.]{0,30}\bfor (?:general )?informational purposes only\b" +
        @"|\b(?:produced|written|published) in accordance with (?:our|the|\w+(?:'s|’s)) editorial (?:policy|policies|guidelines|standards)\b" +
        // "The BBC is not responsible for the content of external sites.", a farm's "… is not responsible for the content
        // of external sites" under a wire story, a quote portal's "… of third-party articles".
        @"|\bis not responsible for the content of (?:external|third[- ]party|other) (?:sites|websites|internet sites|links|articles|news)\b" +
        // "Questo contenuto è fornito da LaPresse. … non è responsabile dei contenuti delle agenzie.", "Disclaimer: This story
        // is from a syndicated feed.": a portal's note on the wire copy it runs.
        // "This article was produced by Reuters and is republished by TradeDesk Daily under license.": a portal's note on
        // the wire copy it runs; "МОНЦАМЭ агентлагийн мэдээг иш татахдаа эх сурвалжийг заавал дурдана уу.": Montsame's terms
        // for quoting its news.
        @"|\brepublished by [^.]{1,40} under (?:a )?(?:license|licence)\b|\bиш татахдаа эх сурвалж" +
        // "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.": the scheme's funding note.
        @"|^local democracy reporting is public interest journalism\b" +
        @"|^questo contenuto è fornito da\s|\bnon è responsabile dei contenuti\b|\b(?:this|the) (?:story|article|report|copy) is from a syndicated feed\b" +
        // "Reuters Health news is provided for general information only and is not a substitute for medical advice.": a
        // portal's note on the health news it carries.
        @"|\b(?:news|content|information|articles?) (?:is|are) provided for (?:general )?information(?:al purposes)? only\b[^.]{0,40}\bnot a substitute for (?:professional )?medical advice\b" +
        // "Hinweis: Dieser Artikel stellt keine Anlageberatung dar.": a finance site's note that it gives no advice;
        // "21+. Gambling problem? Call 1-800-GAMBLER.": a betting box's helpline.
        // In other words: "… stellen keine Anlageberatung oder Aufforderung zum Kauf … dar", "does not constitute investment
        // advice", "no constituye una recomendación de inversión", "ne constitue pas un conseil en investissement", "δεν
        // αποτελεί επενδυτική συμβουλή".
        @"|\b(?:stellt|stellen) keine (?:anlage|finanz|steuer)beratung\b[^.]{0,100}\bdar\b|\bgambling problem\?\s*call\b|\b1-800-gambler\b" +
        @"|\b(?:does|do|is|are|should) not (?:constitute|represent|be (?:construed|considered|taken) as) (?:an? )?(?:investment|financial) (?:advice|recommendation)\b" +
        @"|\bδεν αποτελ(?:εί|ούν) (?:επενδυτική|χρηματοοικονομική) (?:συμβουλή|πρόταση|σύσταση)\b" +
        @"|\bno constituye(?:n)? (?:una? )?(?:recomendación|asesoramiento|consejo) (?:de|en) inversión\b|\bne constitue(?:nt)? pas (?:un |une )?(?:conseil|recommandation) (?:en |d['’])investissement\b" +
        // A health site's review row and sourcing note ("Medically reviewed by … — Written by … — Fact checked by …", "…
        // has strict sourcing guidelines"), a business site's ethics note ("We at Inc42 take our ethics very seriously").
        @"|^medically reviewed by\b|\bhas strict sourcing guidelines\b|^(?:note:\s*)?we at [^.]{1,40} take (?:our )?ethics very seriously\b" +
        // A market portal's disclaimer: "… is not responsible for investment decisions taken on the basis of this news.
        // Stock market investments are subject to market risks."
        @"|\bis not responsible for (?:any )?investment decisions\b|\b(?:stock|securities|share) market investments are subject to market risks?\b" +
        // The same note on Chinese finance pages: "本文章僅供參考，不構成任何投資建議。" ("for reference only, no investment advice").
        @"|(?:僅供參考|仅供参考)[^。]{0,12}(?:不構成|不构成)[^。]{0,8}(?:投資建議|投资建议)" +
        // A comparison table's note: "The offers that appear in this table are from partnerships from which … receives
        // compensation."
        @"|\bthe offers that appear (?:in|on) this (?:table|page|site) are from (?:partnerships|companies|advertisers)\b" +
        // A Chinese site's footer: its ICP licence number and the screen size it suggests.
        @"|\p{IsCJKUnifiedIdeographs}?ICP(?:备|證|证)\s?\d{6,}|\bbrowsers? (?:with|of) \d{3,4}\s?[*x×]\s?\d{3,4} or higher resolution\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Disclosure();

    private static readonly LiteralGate DisclosureGate = new(Disclosure());

    // Disclosures that open the block: an AI note, a citation box, an aggregator's disclaimer ("Legal Disclaimer: MENAFN
    // provides the information “as is” without warranty of any kind.").
    [GeneratedRegex(
        @"^(?:note:\s*)?this (?:\w+ ){0,2}(?:article|story|text|content|summary|post|report|piece|alert)\b[^.]{0,40}\b(?:was|has been|is|were)\s(?:\w+\s){0,2}(?:generated|written|created|produced|drafted|translated|summari[sz]ed)\b[^.]{0,30}\b(?:ai|artificial intelligence|generative ai|narrative science)(?:[- ](?:tools?|models?|assistance|technology))?(?:\s+and\b|\s*[.,;!]|$)" +
        @"|^(?:dieser|diese|dieses|der) (?:artikel|text|beitrag|inhalt|zusammenfassung)\b[^.]{0,60}\b(?:mit hilfe|mithilfe|mit unterstützung)\b[^.]{0,20}\b(?:ki|künstlicher intelligenz)\b" +
        @"|^(?:suggested citation|zitiervorschlag|cite this (?:article|post)|citation suggérée)\b" +
        @"|^(?:legal )?(?:disclaimer:\s*)?[^.]{0,60}\bprovides? (?:the |this |all )?(?:information|content)\s*[“""']?as is[”""']?,?\s*without (?:any )?warrant(?:y|ies)\b" +
        @"|^(?:disclaimer:\s*)?(?:this|the) (?:article|content|information|post|material)\b[^.]{0,40}\b(?:does not|doesn't|is not|should not be)\s[^.]{0,30}\b(?:investment|financial|trading) (?:advice|recommendations?)\b" +
        @"|^(?:disclaimer:\s*)?(?:this|the) (?:article|content|information|post|material)\b[^.]{0,40}\bfor (?:general )?informational (?:and educational )?purposes only\b[^.]{0,80}\b(?:medical|legal|financial|professional|health) advice\b" +
        @"|^(?:dieser|der) (?:artikel|beitrag|text|inhalt)\b[^.]{0,40}\bstellt keine (?:anlageberatung|anlageempfehlung|finanzberatung)\b" +
        // A podcast's or video's note on its transcript: "Transcripts are generated using … and may contain errors."
        @"|^(?:this |our |the )?transcripts? (?:is|are|was|were|has been|have been) (?:\w+ ){0,3}(?:generated|created|produced|transcribed)\b[^.]{0,120}\bmay contain errors\b" +
        // The site forbidding reuse of its pages: "Griežtai draudžiama Delfi paskelbtą informaciją panaudoti …", "This
        // material may not be published, broadcast, rewritten or redistributed", "Перепечатка … запрещена".
        @"|^(?:the |this )?(?:material|content|article|story|text)\b[^.]{0,60}\bmay not be (?:re)?(?:published|reproduced|copied|redistributed)\b" +
        @"|^(?:any |no )?(?:reproduction|republication|redistribution|copying)\b[^.]{0,100}\b(?:(?:is|are) (?:strictly )?(?:prohibited|forbidden|not permitted)|without (?:the )?(?:prior )?(?:express )?written permission)\b" +
        @"|^(?:griežtai )?draudžiama\b[^.]{0,160}\b(?:panaudoti|platinti|kopijuoti|perspausdinti|atgaminti)\b|^(?:jebkād[au]\s[^.]{0,60}?)?(?:materiālu )?(?:pārpublicēšana|kopēšana|izmantošana)\b[^.]{0,120}\baizliegta\b" +
        @"|^(?:полное или частичное |любое )?(?:копирование|перепечатка|воспроизведение|использование)\b[^.]{0,120}\b(?:запрещен[аоы]?|без (?:письменного |предварительного )?(?:разрешения|согласия))" +
        @"|^(?:nachdruck|vervielfältigung|weiterverbreitung)\b[^.]{0,80}\b(?:nur mit|nicht gestattet|untersagt|verboten)\b|^(?:queda )?prohibid[ao]s? (?:la |su )?(?:reproducción|copia)\b|^(?:é )?proibida a (?:reprodução|cópia)\b" +
        @"|^(?:toute )?reproduction\b[^.]{0,80}\binterdite\b|^riproduzione riservata\b" +
        @"|^(?:kopiowanie|przedruk|publikowanie|rozpowszechnianie)\b[^.]{0,120}\b(?:zabronion[eya]|bez (?:pisemnej )?zgody)\b|^(?:jakékoliv? )?(?:užití|publikování|šíření|kopírování)\b[^.]{0,120}\b(?:zakázáno|bez (?:písemného )?souhlasu)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DisclosureOpening();

    private static readonly LiteralGate DisclosureOpeningGate = new(DisclosureOpening());

    // "When citing and using any materials on the Internet, … hyperlinks … are mandatory. In addition, …": the terms of
    // quoting the site, often a long paragraph with its advertising law's clauses, or one line ("При полном или частичном
    // использовании материалов ссылка на AKIpress обязательна.", "Quoting is permitted only with reference to BTA.").
    [GeneratedRegex(
        @"^when (?:citing|quoting|using)\b(?:[^.]{0,160}\bhyper-?links?|[^.]{0,40}\bmaterials?\b[^.]{0,120}\blinks?)\b(?:[^.]|\.(?=\w)){0,120}\b(?:are|is) (?:mandatory|required|obligatory)\b" +
        @"|^(?:[^.]{0,120}\.\s+)?(?:quoting|citing|reproduction|republication|use)\b[^.]{0,40}\b(?:is|are) (?:permitted|allowed) only with (?:a )?(?:reference|link|attribution|credit) to\b" +
        // "AZƏRTAC-ın materiallarından istifadə edərkən istinad mütləqdir.": the same in Azerbaijani.
        @"|^\S{1,30}\s+materiallarından istifadə edərkən\b[^.]{0,80}\b(?:istinad|keçid)\b[^.]{0,40}\bmütləqdir\b" +
        @"|^при (?:полном или частичном |повному або частковому )?(?:цитуванні|цитировании|використанні|использовании|перепечатке|копировании)\b[^.]{0,160}\b(?:гіпер-?посилання|гипер-?ссылк|(?:посилання|ссылка)\b[^.]{0,60}\b(?:обов['’ʼ]язкове|обязательна))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CitingTerms();

    private const int MaxCitingTermsChars = 1200;

    // A rights line, unless quoted or bracketed (then the phrase is the story's subject).
    [GeneratedRegex(
        @"(?<![(“""„‘'«]\s?)\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|wszelkie prawa zastrzeżone)\b|\bé proibid[ao] (?:todo tipo de |toda |a )?reprodução\b|\bdraudžiama\b[^.]{0,60}\b(?:atgaminti|platinti|kopijuoti|skelbti)\b[^.]{0,60}\bsutikimo\b|\bmateriał chroniony prawem autorskim\b|\bdrepturile de autor\b[^.]{0,80}\bapar[țţ]in\b|\bpārpublicēšana\b[^.]{0,80}\baizliegta\b|\b(?:avaldamine|kopeerimine|taasesitamine)\b[^.]{0,80}\bkeelatud\b|무단\s?전재|재배포\s?금지|転載禁止|無断転載|版权所有|版權所有|不得转载|不得轉載|禁止转载|禁止轉載|未经授权，?不得|未經授權，?不得",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RightsReserved();

    private static readonly LiteralGate RightsReservedGate = new(RightsReserved());

    /// <summary>
    /// "Have a news tip? Email us at tips@example.com.": the newsroom asking for tips, wherever it stands. A question or
    /// "email us" beside an address; a sentence naming whom to ask is the story's and is judged only at its end.
    /// </summary>
    private static bool IsTipLine(string block) =>
        block.Length <= MaxContactLineChars && (TipQuestion().IsMatch(block) || TipsByMessengerGate.IsMatch(block) || (EmailAddress().IsMatch(block) &&
        (block.Contains('?', StringComparison.Ordinal) || TipRequest().IsMatch(block))));

    // "Если вы стали свидетелем интересного события, присылайте информацию, фото и видео на наш WhatsApp: +7 …": the
    // newsroom's call for readers' tips and pictures by messenger.
    [GeneratedRegex(
        @"\b(?:присылайте|отправляйте|пишите нам|надсилайте|send us|send (?:in )?your (?:tips|photos|videos|news)|stuur (?:je|jouw|uw) (?:tip|foto|nieuws)|envíanos|envíenos|mándanos|envie-nos|mande para|schick uns|schicken sie uns|senden sie uns|schreib uns|schreiben sie uns|envoyez-nous|envoyez vos|inviaci|inviateci|mandaci)\b[^.!?]{0,80}\b(?:whatsapp|telegram|viber|signal)\b" +
        // "שלחו לנו בוואטסאפ 050-…": Hebrew joins the preposition to the messenger's name.
        @"|(?:שלחו לנו|שלחו אלינו)[^.!?]{0,40}(?:וואטסאפ|ווטסאפ|טלגרם)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TipsByMessenger();

    private static readonly LiteralGate TipsByMessengerGate = new(TipsByMessenger());

    // "Got a confidential news tip? We want to hear from you.": the question opens the block, with or without an address;
    // or the newsroom says it awaits them.
    [GeneratedRegex(
        @"^(?:got|have you got|have|do you have) an? (?:confidential |news |story )?(?:news )?(?:tip|story idea|story to share)\b[^.!?]{0,40}\?" +
        @"|^(?:heb(?:t)? (?:jij|je|u) (?:een )?(?:tip|nieuwstip)|(?:haben sie|hast du) (?:einen )?(?:hinweis|tipp|themenvorschlag))\b[^.!?]{0,40}\?" +
        // "Zelf iets gezien of gefilmd?": a Dutch newsroom asking its readers for what they saw, over its WhatsApp line.
        @"|^(?:zelf |heb (?:jij|je|u) )?iets (?:gezien|meegemaakt)(?: of (?:gefilmd|gefotografeerd|meegemaakt))?\s*\?$" +
        // "공감언론 뉴시스가 독자 여러분의 소중한 제보를 기다립니다.": a Korean newsroom's line awaiting readers' tips.
        @"|^[^.!?]{0,40}(?:소중한 )?제보를 기다립니다\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TipQuestion();

    [GeneratedRegex(
        @"\b(?:e-?mail us|write to us|contact us|send us|schreiben sie uns|schreibt uns|écrivez-nous|escríbenos)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TipRequest();

    private const int MaxBlogFooterChars = 300;

    /// <summary>
    /// "This entry was posted in Allgemein. Bookmark the permalink.", "Comments are closed.", "Filed under: Politics":
    /// the phrases a blog template prints under a post, chrome wherever the cleaning left them. A labelled list
    /// ("Tags: …", "Filed under: …") is one only without a closing stop: "Tags: the word he used." is a sentence.
    /// </summary>
    private static bool IsBlogFooterLine(string block) =>
        block.Length <= MaxBlogFooterChars && BlogFooterGate.Match(block) is { Success: true } match &&
        (!match.Groups["list"].Success || !EndsSentence(block));

    [GeneratedRegex(
        @"\b(?:this entry was posted in|bookmark the permalink|comments are closed|kommentare (?:sind )?geschlossen|kommentarfeed)\b|^(?<list>filed under|abgelegt unter|tags|hot tags|topics|more in|categories|category|schlagwörter|schlagworte)\s?:|^(?<list>posted in|published in)\s(?=(?-i:\p{Lu}))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlogFooter();

    private static readonly LiteralGate BlogFooterGate = new(BlogFooter());

    private const int MaxScriptErrorChars = 400;

    /// <summary>"Warning: Creating default object from empty value in /www/…/classes.php on line 407": the server's error.</summary>
    private static bool IsScriptError(string block) => block.Length <= MaxScriptErrorChars && ScriptError().IsMatch(block);

    [GeneratedRegex(
        @"^(?:PHP )?(?:Warning|Notice|Deprecated|Fatal error|Parse error|Strict Standards)\s?:\s.+\son line \d+\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptError();

    private const int MaxBlockedContentNoteChars = 250;

    /// <summary>
    /// "Please enable JavaScript to view the comments powered by Disqus.", "To continue reading, please disable your ad
    /// blocker.": what a page shows where a script it could not run, or an ad blocker, kept something out. Turning
    /// JavaScript on is said to view or load something, so a how-to's "Enable JavaScript in Settings" stays.
    /// </summary>
    private static bool IsBlockedContentNote(string block) =>
        block.Length <= MaxBlockedContentNoteChars && BlockedContentNoteGate.IsMatch(block);

    [GeneratedRegex(
        @"\b(?:enable|activate|turn on|allow)\s+javascript\b[^.!?]{0,40}?\bto (?:view|see|use|read|display|watch|load|run|continue|comment|access)\b|^(?:please )?(?:enable|activate) javascript\b" +
        @"|\bjavascript (?:is )?(?:disabled|deactivated|not enabled|required)\b[^.!?]{0,30}\b(?:your browser|this (?:site|page|website|content|app))\b" +
        @"|\bbitte aktivieren sie (?:ihr |das )?javascript\b|\bjavascript (?:ist )?(?:deaktiviert|nicht aktiviert)\b|\bactivez (?:le )?javascript\b|\b(?:habilite|habilita|active) (?:el )?javascript\b" +
        @"|\b(?:disable|turn off|pause|deactivate|whitelist us (?:in|on))\b[^.!?]{0,20}\byour ad-?\s?blocker\b|\bad-?\s?blocker (?:detected|erkannt)\b" +
        @"|\b(?:deaktivieren sie|deaktiviere|deaktiviert) (?:bitte )?(?:ihren|deinen|euren) ad-?\s?blocker\b|\bdésactivez votre bloqueur\b" +
        @"|^your browser (?:does not|doesn't|cannot|can't) (?:support|play)\b|\bihr browser unterstützt (?:\w+ ){0,3}nicht\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockedContentNote();

    private static readonly LiteralGate BlockedContentNoteGate = new(BlockedContentNote());

    private const int MaxDownloadPromptChars = 80;

    /// <summary>
    /// "Dieses Skript als PDF herunterladen", "Download this article as PDF": a link to the page as a file; "📱 Baixe o app
    /// do g1 para ver notícias": the site's app.
    /// </summary>
    private static bool IsDownloadPrompt(string block) =>
        (block.Length <= MaxDownloadPromptChars && !EndsSentence(block) && DownloadPromptGate.IsMatch(block)) ||
        (block.Length <= MaxAppOfferChars && AppOfferGate.IsMatch(block));

    private const int MaxAppOfferChars = 2 * MaxDownloadPromptChars;

    // "Stay up to date with severe weather alerts by downloading the KXNW 4Warn Weather app.": the offer after a promise,
    // a sentence of its own.
    [GeneratedRegex(@"^[^.!?]{0,80}\bby downloading (?:the |our )?(?:[^\s.!?]+ ){0,5}app\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AppOffer();

    private static readonly LiteralGate AppOfferGate = new(AppOffer());

    [GeneratedRegex(
        @"\b(?:(?:als )?pdf herunterladen|download (?:\w+ ){0,3}(?:as )?pdf|pdf download|télécharger (?:\w+ ){0,3}(?:en )?pdf|descargar (?:\w+ ){0,3}(?:en )?pdf)\b" +
        @"|^\W*(?:download|baixe|descarga|descargue|descargá|téléchargez|scarica|installiere|installez|instale)\s(?:\S+\s){0,3}?(?:the |our |o |el |la |l'|die )?(?:app|aplicativo|aplicación|application|appli)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DownloadPrompt();

    private static readonly LiteralGate DownloadPromptGate = new(DownloadPrompt());

    private const int MaxShareBarChars = 100;
    private const int MinShareBarNetworks = 2;

    /// <summary>"Share on Facebook Share on X Copy link": the sharing buttons' labels, left as a line of text.</summary>
    private static bool IsShareBar(string block) =>
        block.Length <= MaxShareBarChars && !EndsSentence(block) && ShareBarNetworkGate.Count(block) >= MinShareBarNetworks;

    [GeneratedRegex(
        @"\b(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|e-?mail|copy link|link kopieren|copier le lien|copiar enlace|share on x|flipboard|threads|bluesky)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ShareBarNetwork();

    private static readonly LiteralGate ShareBarNetworkGate = new(ShareBarNetwork());

    private const int MaxDateStampChars = 80;

    private const int MaxStampPairChars = 2 * MaxDateStampChars;

    /// <summary>
    /// "Publié le 2 nov. 2023 à 16:00Mis à jour le 2 nov. 2023 à 16:16", "16:23, Thu, Nov 2, 2023 | UPDATED: 16:32, Thu,
    /// Nov 2, 2023": the publication and update stamps on one line, each a stamp or a bare date.
    /// </summary>
    private static bool IsStampPair(string block)
    {
        if (block.Length > MaxStampPairChars || SecondStampGate.Match(block, 1) is not { Success: true } second)
        {
            return false;
        }

        var first = block[..second.Index].TrimEnd(' ', '|', '-', '\u2013', '\u2014', '·', ',', '(');
        var update = block[second.Index..];
        return (IsDateStamp(update) || RelativeStampGate.IsMatch(update.Trim())) && (IsDateStamp(first) || IsBareDate(first));
    }

    // Where the update's stamp starts, after a separator or glued to the publication's.
    [GeneratedRegex(@"(?:updated|last updated|aktualisiert|zuletzt aktualisiert|mis à jour|modifié le|actualizado|atualizad[oa]|aggiornato|modificato|modifica il|zaktualizowano|aktualizacja)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SecondStamp();

    private static readonly LiteralGate SecondStampGate = new(SecondStamp());

    // "Atualizado há 2 horas", "aggiornato 3 ore fa", "2 godziny temu": a relative time stamp in the languages the
    // share-bar pattern does not cover.
    [GeneratedRegex(
        @"^(?:(?:atualizad[oa]|publicad[oa]|aggiornato|pubblicato|zaktualizowano|aktualizacja|opublikowano):?\s+)?(?:há \d+ (?:segundos?|minutos?|horas?|dias?)|\d+ (?:secondi|minuti|minuto|ore|ora|giorni|giorno) fa|\d+ (?:sekund\w*|minut\w*|godzin\w*|godz\.|dni|dzień) temu)\)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeStamp();

    private static readonly LiteralGate RelativeStampGate = new(RelativeStamp());

    // "16:23, Thu, Nov 2, 2023": a date and time in the words a date is printed with, nothing else.
    private static bool IsBareDate(string text) =>
        text.Length is > 0 and <= MaxDateStampChars && StandaloneDateFinder.IsDateShaped(text) && DateLine(text, MaxDateStampWords) is not null;

    /// <summary>"Published June 3, 2025 at 2:20 PM", "Updated 3:45 PM EST", "Aktualisiert am 04.02.2022": a time stamp line.</summary>
    // The label must be followed by the date or time itself: "Published in 1998, the book sold well." is a sentence.
    private static bool IsDateStamp(string block)
    {
        // "|آخر تحديث: …": the bar that set it beside the publication stamp.
        block = block.TrimStart('|', ' ');
        if (block.Length > MaxDateStampChars || DateStampLabelGate.Match(block) is not { Success: true } label)
        {
            return false;
        }

        var rest = block[label.Length..];
        return TimeOfDay().IsMatch(rest) || NumericStamp().IsMatch(rest) || (CountWords(rest) <= MaxDateStampWords &&
                                            (DateTextFinder.Find(rest, DateSource.VisibleText, null) is not null || MonthDayGate.IsMatch(rest)));
    }

    // "Published Jan. 22|Updated Jan. 23": a stamp of this year's stories gives the month and day only, which is no
    // date to read but a stamp all the same after its label.
    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    private static readonly LiteralGate MonthDayGate = new(MonthDay());

    private const int MaxDateStampWords = 10;

    // "20/11/25 à 11h32", "04.02.2022, 14:30 Uhr": a numeric date, two-digit year or not, and perhaps its time.
    // "6/5/202509:15 (توقيت مكة)": the time run into the year, the zone named in parentheses.
    [GeneratedRegex(@"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:\s*(?:à|a|at|um|,|-|\|)?\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h))?)?\.?\s*(?:\([^()]{1,30}\))?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericStamp();

    [GeneratedRegex(
        @"^(?:published|updated|posted|last updated|last modified|first published|originally published|originally posted|aktualisiert|veröffentlicht|zuletzt aktualisiert|publié|mis à jour|modifié|actualizado|atualizad[oa]|publicado|publicada|pubblicato|aggiornato|modificato|modifica|zaktualizowano|aktualizacja|opublikowano|stand|date|datum|fecha|입력|수정|승인|등록|기사입력|최종수정|업데이트|更新|公開|配信|发布时间|发布|更新时间|آخر تحديث|تاريخ النشر|تاريخ التحديث|نشر في|تم النشر|تحديث|פורסם|עודכן)\b\s*(?::|--?|–|—)?\s*(?:on\s|at\s|am\s|um\s|le\s|el\s|il\s|em\s|às\s|alle\s|à\s|a las\s|a la\s|o\s)?\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateStampLabel();

    private static readonly LiteralGate DateStampLabelGate = new(DateStampLabel());

    // "3:45 PM EST", "14.30 Uhr": a time alone, with its zone or clock word.
    [GeneratedRegex(@"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:[A-Z]{2,5})?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    private const int MaxAdvertLabelChars = 50;

    // The ad word the slot's label may print before its note ("ADVERTISEMENT", "PUBBLICITÀ").
    private const int MaxAdWordChars = 14;

    // Trim(params char[]) would build its array on every call; these run on every block.
    private static readonly char[] LabelDashes = ['-', '–', '—', ' '];
    private static readonly char[] LabelEnds = [':', '.', '!', '›', '»', '…', ' '];
    private static readonly char[] HeadingEnds = [':', '.', '!', '?', ' '];
    private static readonly char[] TrailingHeadingEnds = [':', '.', '!', '?', '›', '»', ' '];
    private static readonly char[] ReadAlsoEnds = [':', '\u17D6', '.', '…', ' '];
    private static readonly char[] SentenceStops = ['.', '!', '?', '…'];
    private static readonly char[] Ellipses = ['.', '…'];
    private static readonly char[] LabelOpeners = ['(', '[', '（', '【'];

    /// <summary>
    /// "ADVERTISEMENT - SCROLL TO CONTINUE", "Anzeige – Weiterlesen nach der Anzeige", "Article continues below this ad",
    /// "Scroll ke bawah untuk melanjutkan membaca", "請繼續下滑閱讀", "Artiklen fortsætter under annoncen", "Het artikel gaat verder
    /// onder de advertentie", "Der Artikel wird unter der Anzeige fortgesetzt", "- Articolul continuă mai jos -" (set between
    /// dashes), "Continue a ler a seguir à publicidade", "Continua després de la publicitat", "Haberin devamı ↓", "Haberin
    /// devamı için kaydırın": an ad slot's label.
    /// </summary>
    private static bool IsAdvertLabel(string block) =>
        block.Length <= MaxAdvertLabelChars + MaxAdWordChars && !EndsSentence(block) &&
        ((block.Length <= MaxAdvertLabelChars && AdvertLabelGate.IsMatch(block.Trim().Trim(LabelDashes))) ||
         // "PUBBLICITÀ Continua a leggere sotto", "ADVERTISEMENTL'articolo continua dopo la pubblicità": the slot's label
         // before its note, perhaps run into it.
         (AdWord().Match(block) is { Success: true } word && AdvertLabelGate.IsMatch(block[word.Length..].Trim().Trim(LabelDashes))));

    [GeneratedRegex(@"^\s*(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|reklam)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdWord();

    [GeneratedRegex(@"^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|reklam|annonce|annons|annonse|mainos|iklan|sponsored|sponsorisé|patrocinado)\b\s*[-–—:|·]|(?:texto|matéria|reportagem|artigo|notícia) continua (?:após a|depois da) publicidade|^continue a ler (?:a seguir à|após a|depois da|abaixo da) publicidade|^(?:dalsza część|dalszy ciąg) (?:artykułu|materiału|tekstu) (?:pod|poniżej)\b|^(?:l'articolo|l’articolo|il testo|la notizia) continua (?:sotto|dopo)\b|^continua a leggere (?:sotto|dopo)\b|^(?:článek|článok|članak|članek) (?:pokračuje|se nastavlja|se nadaljuje) (?:pod|ispod|po|pod) (?:reklamou|reklamo|oglasom|oglasa|reklami)\b|^a cikk a hirdetés után folytatódik\b|^(?:artiklen|artikkelen|artikeln|saken|texten|teksten|(?:het )?artikel|el artículo|la nota|l['’]article) (?:fortsætter|fortsetter|fortsätter|gaat (?:verder|door)|continúa|continue) (?:under|efter|etter|nedenfor|nedanför|onder|na|después de|debajo de|sous|après) (?:de |la |l['’])?(?:annoncen|annonsen|advertentie|publicidad|anuncio|publicité)\b|^(?:artikkeli|juttu) jatkuu mainoksen (?:jälkeen|alla)\b|^(?:der )?artikel wird (?:unter|nach) der (?:anzeige|werbung) fortgesetzt\b|^(?:lees verder|sigue leyendo|lue lisää) (?:na|onder|después del|debajo del|mainoksen) (?:de )?(?:advertentie|anuncio|jälkeen)\b|^articolul continuă (?:după (?:reclamă|publicitate)|mai jos)\b|^(?:continua|continúa) (?:després de|despois d[ae]|después de) (?:la |a )?(?:publicitat|publicidade|publicidad)\b|^la suite (?:après|sous) (?:cette |la )?(?:publicité|vidéo)\b|^(?:sponsored|paid|partner|promoted) content (?:by|from)\s|^(?:the )?(?:article|story|content|text) continues (?:below|after|under) (?:this |the )?(?:ad|advert|advertisement)\b|^scroll(?: ke bawah| down| untuk)? (?:untuk |to )?(?:melanjutkan|lanjut|continue)(?: (?:membaca|baca|reading|with (?:the )?(?:content|article|story)))?$|^[請请]?(?:繼續|继续)(?:下滑|往下|向下)(?:閱讀|阅读|看)$|^haberin devamı(?: için (?:aşağı )?kaydırın)?\s*[↓⬇]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AdvertLabel();

    private static readonly LiteralGate AdvertLabelGate = new(AdvertLabel());

    private const int MaxSharePromptChars = 100;

    /// <summary>
    /// "Möchten Sie den Artikel teilen?", "Liked this story? Share it!": a question or exclamation asking the reader
    /// to share the page.
    /// </summary>
    private static bool IsSharePrompt(string block) =>
        block.Length <= MaxSharePromptChars && block.TrimEnd() is var line && (line.EndsWith('?') || line.EndsWith('!')) &&
        SharePrompt().IsMatch(line) && SharedContent().IsMatch(line);

    [GeneratedRegex(
        @"\b(?:share|teilen|teile|partagez|partager|compartir|comparte|compártelo|condividi|condividere|udostępnij)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharePrompt();

    // What is to be shared is the page itself: "Would they share the water?" is the story's question.
    [GeneratedRegex(
        @"\b(?:article|artikel|beitrag|story|post|page|seite|video|recipe|rezept|news|artículo|nota|articolo|artykuł)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SharedContent();

    private const int MaxConsentNoteChars = 400;

    /// <summary>
    /// "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.":
    /// the placeholder a consent tool leaves where an embedded post or video was, naming privacy and the choice to load it.
    /// </summary>
    private static bool IsConsentNote(string block) =>
        block.Length <= MaxConsentNoteChars && ConsentPrivacy().IsMatch(block) && ConsentChoiceGate.IsMatch(block);

    [GeneratedRegex(
        @"\b(?:privacy|privatsphäre|datenschutz\w*|cookies?|consent|einwilligung|einverständnis|zustimmung|confidentialité|privacidad|consentimento|consenso|απόρρητο|συγκατάθεση)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConsentPrivacy();

    [GeneratedRegex(
        @"\b(?:we use cookies|use of cookies|verwendung von cookies|by continuing to (?:use|browse)|durch die weitere nutzung|en poursuivant (?:votre )?navigation|(?:si continúas|al continuar) navegando|external content|externe[rn]? inhalte?|load (?:the )?(?:content|video|tweet|post)|inhalte? (?:laden|anzeigen)|verbindung zu (?:twitter|facebook|instagram|youtube|x)|" +
        @"(?:manage|change) (?:your )?(?:settings|preferences)|(?:due to|because of|based on) your (?:privacy|cookie|consent) (?:preferences|settings|choices)|einstellungen (?:verwalten|ändern)|accept cookies|cookies akzeptieren|accepter les cookies|aceptar (?:las )?cookies|" +
        @"we and our partners|wir und unsere partner|nous et nos partenaires|nosotros y nuestros socios|noi e (?:i )?nostri partner|εμείς και οι συνεργάτες μας|" +
        @"(?:wir )?verwenden cookies|nous utilisons des cookies|(?:utilizamos|usamos|empleamos) (?:las )?cookies|utilizziamo (?:i )?cookie)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConsentChoice();

    private static readonly LiteralGate ConsentChoiceGate = new(ConsentChoice());

    // A story of a line or two looks like header lines and labels; when the rules leave nothing, only what is
    // plainly page chrome goes.
    private static List<string> WithoutBoilerplate(List<StoryBlock> blocks)
    {
        var kept = new List<string>();
        foreach (var block in blocks)
        {
            // Chrome wherever it stands is chrome here too: a video page's copyright footer is no story.
            if (!IsChromeAnywhere(block.Text))
            {
                kept.Add(block.Text);
            }
        }

        return kept;
    }

    /// <summary>
    /// "4. 2034" over a section of a "five numbers that matter" story: a numbered heading is the story's own however
    /// few letters it has, where a bare "12" or "1/5" is a counter.
    /// </summary>
    private static bool IsNumberedHeading(StoryBlock block) =>
        block.Kind == BlockKind.Heading && !block.IsLink && NumberedHeading().IsMatch(block.Text);

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S")]
    private static partial Regex NumberedHeading();

    private static bool IsBoilerplate(string block)
    {
        if (block.Length <= MaxWidgetChars)
        {
            // "- Anzeige-": a label set between dashes.
            var folded = block.Trim().Trim(LabelDashes).TrimEnd(LabelEnds).ToLowerInvariant();
            if (ChromeVocabulary.BoilerplateBlocks.Contains(folded) || IsBilingualLabel(folded) || CountedLabelGate.IsMatch(block) || IsReactionRow(block) || MetaRowGate.IsMatch(block) ||
                !TextScan.ContainsLetter(block))
            {
                return true;
            }
        }

        return (block.Length <= MaxCountedSourceRowChars && CountedSourceRow().IsMatch(block)) ||
            (block.Length <= MaxHeaderLineChars && Breadcrumb().IsMatch(block) && !EndsSentence(block)) ||
            (block.Length <= MaxRuleLineChars && IsRuleLine(block));
    }

    // "Publizitatea / Publicité", "Hysbyseb | Advertisement": a bilingual site prints each label in both its languages.
    private static bool IsBilingualLabel(string folded)
    {
        var bar = folded.IndexOfAny(['/', '|']);
        return bar > 0 && folded.IndexOfAny(['/', '|'], bar + 1) < 0 &&
               ChromeVocabulary.BoilerplateBlocks.Contains(folded[..bar].Trim()) && ChromeVocabulary.BoilerplateBlocks.Contains(folded[(bar + 1)..].Trim());
    }

    private const int MaxRuleLineChars = 120;

    /// <summary>
    /// "------分隔线------", "=== Ende ===": a drawn rule with a word in it divides the page; a story's "*** UPDATE ***"
    /// draws too little to count.
    /// </summary>
    private static bool IsRuleLine(string block)
    {
        int rule = 0, letters = 0;
        foreach (var c in block)
        {
            if (c is '-' or '=' or '_' or '*' or '~' or '—' or '–' or '─' or '━' or '═')
            {
                rule++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        return rule >= MinRuleChars && rule >= 2 * letters;
    }

    private const int MinRuleChars = 8;

    /// <summary>Lines above the story that repeat the headline, the byline or the date, or are one-word labels.</summary>
    private static bool IsHeaderLine(string block, PageMetadata metadata) => RepeatsHeader(block, metadata) || IsShortFragment(block);

    /// <summary>A line that repeats the headline (alone or as a breadcrumb's last step), the byline or the date.</summary>
    private static bool RepeatsHeader(string block, PageMetadata metadata)
    {
        if (SiteAffix.SameText(block, metadata.Headline) || IsPathToHeadline(block, metadata.Headline))
        {
            return true;
        }

        if (block.Length > MaxHeaderLineChars)
        {
            return IsHeaderMetaRow(block, metadata);
        }

        if (block.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || block.StartsWith("Von ", StringComparison.Ordinal) ||
            IsBylineLine(block, metadata) || OpensWithAuthor(block, metadata))
        {
            return true;
        }

        return DateLine(block, MaxHeaderDateWords) is not null || IsHeaderMetaRow(block, metadata) || StampRow.IsStampRow(block) ||
               IsEmptiedMetaRow(block);
    }

    private const int MaxEmptiedBylineChars = 250;

    /// <summary>
    /// "By , a senior reviewer covering audio …": a byline the readability pass took the author's link out of (it
    /// removes what it reads as the byline), leaving the label and the words around the name. The label runs straight
    /// into a comma or an "and".
    /// </summary>
    private static bool IsEmptiedByline(string block) =>
        block.Length <= MaxEmptiedBylineChars && EmptiedByline().IsMatch(block);

    [GeneratedRegex(@"^(?:By|Von|Par|Por|Door|Di|Af|Av)\s+(?:,|and\s+,|und\s+,|et\s+,|y\s+,)", RegexOptions.CultureInvariant)]
    private static partial Regex EmptiedByline();

    private const int MinEmptiedFields = 2;
    private const int MaxMetaFieldWords = 4;

    /// <summary>
    /// "Innlent | Dagfréttir | | | Uppfært 15:40": a header's row of fields between bars, two or more of them left empty
    /// where the cleaning took out their date and time elements; the rest are labels of a few words, no sentence.
    /// </summary>
    private static bool IsEmptiedMetaRow(string block)
    {
        if (block.IndexOf('|', StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var fields = block.Split('|');
        var empty = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i].Trim();
            if (field.Length == 0)
            {
                // The row's ends may hold nothing: only fields between two bars count.
                empty += i > 0 && i < fields.Length - 1 ? 1 : 0;
            }
            else if (CountWords(field) > MaxMetaFieldWords || EndsSentence(field))
            {
                return false;
            }
        }

        return empty >= MinEmptiedFields;
    }

    /// <summary>
    /// "Por Akinyi Ochieng | The Associated Press 14/10/2025 - 11:40 Fuente: AP": the byline's author after "Por" or
    /// "Par", with the meta line's other fields; "Por eso, …" opens a sentence instead.
    /// </summary>
    private static bool OpensWithAuthor(string block, PageMetadata metadata)
    {
        if (!block.StartsWith("Por ", StringComparison.Ordinal) && !block.StartsWith("Par ", StringComparison.Ordinal))
        {
            return false;
        }

        return OpensWithAuthorName(block.AsSpan(4), metadata.Authors);
    }

    private const int MaxNamesLineChars = 100;
    private const int MaxNamesInLine = 4;

    private static readonly string[] NameSeparators = [", ", " and ", " und ", " et ", " y ", " i ", " e ", " & "];

    // "Mateusz Seroka, Piotr Żochowski" above the story: its authors' names and nothing else, a byline without "By".
    private static bool IsNamesOnly(string block)
    {
        if (block.Length > MaxNamesLineChars || EndsSentence(block))
        {
            return false;
        }

        var parts = block.Trim().Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > MaxNamesInLine)
        {
            return false;
        }

        foreach (var part in parts)
        {
            if (PersonName.AsPerson(part) is null)
            {
                return false;
            }
        }

        return parts.Length > 0;
    }

    private const int MaxKickerChars = 120;

    /// <summary>
    /// "&lt;h1&gt;&lt;span class=kicker&gt;Klimaschutz&lt;/span&gt;&lt;span&gt;Bohren, bis es heiß wird&lt;/span&gt;&lt;/h1&gt;": the headline
    /// element with its kicker or its subtitle inside, read as one heading above the story. Only a heading of several
    /// words counts: a one-word headline ("Berlin") may well title a section.
    /// </summary>
    private static bool WrapsHeadline(string block, string? headline)
    {
        if (headline is null || block.Length <= headline.Length || block.Length > headline.Length + MaxKickerChars)
        {
            return false;
        }

        var title = TextNormalizer.Collapse(headline);
        return title.Contains(' ', StringComparison.Ordinal) && TextNormalizer.Collapse(block).Contains(title, StringComparison.OrdinalIgnoreCase);
    }

    private const int MaxPathChars = 80;

    // "You are here: Home » News » Kim orders …", "Current: Home > News > Kim orders …": a breadcrumb whose last step
    // is the headline, too long for the breadcrumb pattern's short steps.
    private static bool IsPathToHeadline(string block, string? headline)
    {
        if (headline is null || block.Length <= headline.Length || block.Length > headline.Length + MaxPathChars)
        {
            return false;
        }

        var path = block.AsSpan(0, block.Length - headline.Length).TrimEnd();
        return path.Length > 0 && path[^1] is '>' or '»' or '›' or '/' && SiteAffix.SameText(block[^headline.Length..], headline);
    }

    private const int MaxHeaderDateWords = 12;
    private const int MaxDateLineWords = 8;

    /// <summary>"Feb. 21, 2019", "Friday, August 01, 2014": a line that is the page's publication day and nothing more.</summary>
    private static bool IsPublicationDateLine(string block, PageMetadata metadata) =>
        metadata.Published is { } published && block.Length <= MaxHeaderLineChars &&
        DateLine(block, MaxDateLineWords) is { } date && date.Date == published.Date;

    /// <summary>
    /// "Redazione ANSA 05 marzo 2026 | 18:47 Ultimo aggiornamento: 06 marzo 2026 | 08:12 Tempo di lettura: 2 min": the
    /// header's meta row as one line, too many words for a date line: the publication day with its time or between bars,
    /// and no sentence. What is left of the row once its byline and date went ("| Mis à jour le 21 Nov. 2025 à 08:02 3 min de lecture")
    /// gives the update's day.
    /// </summary>
    private static bool IsHeaderMetaRow(string block, PageMetadata metadata) =>
        metadata.Published is { } published && block.Length <= MaxHeaderMetaRowChars &&
        // A labelled field split off by a bar may end in an abbreviation's stop: "… 07:00 ET | Source: Northvale Minerals Corp.".
        (!EndsSentence(block) || EndsWithLabelledField(block) || ClockEndGate.IsMatch(block)) &&
        (block.Contains('|', StringComparison.Ordinal) || ClockTime().IsMatch(block)) &&
        DateTextFinder.Find(block, DateSource.VisibleText, null) is { } date &&
        (date.Date == published.Date || (metadata.Modified is { } modified && date.Date == modified.Date));

    private static bool EndsWithLabelledField(string block)
    {
        var bar = block.LastIndexOf(" | ", StringComparison.Ordinal);
        return bar >= 0 && Label(block[(bar + 3)..]) is { } label && ChromeVocabulary.SourceLabels.Contains(label);
    }

    // "15:47", "11.30", "12 h 41": a time of day, not a day and month ("17.08.2007").
    [GeneratedRegex(@"(?<![\d.])\d{1,2}(?:[:.]|\s?h\s?)\d{2}\b(?!\.\d)", RegexOptions.CultureInvariant)]
    internal static partial Regex ClockTime();

    /// <summary>The date a short line gives, when it is no sentence: the shared test of the date-line rules.</summary>
    private static ArticleDate? DateLine(string text, int maxWords) =>
        (!EndsSentence(text) || ClockEndGate.IsMatch(text)) && CountWords(text) <= maxWords ? DateTextFinder.Find(text, DateSource.VisibleText, null) : null;

    // "07:45 p. m.", "6:12 a.m.", "13:27 h.": a time's meridiem or hour mark ends the line with a full stop that ends no
    // sentence.
    [GeneratedRegex(@"\d\s*(?:[ap]\.\s?m\.|h\.|hrs\.)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClockEnd();

    private static readonly LiteralGate ClockEndGate = new(ClockEnd());

    /// <summary>
    /// The byline the page's author fields give, printed alone under the story ("Thanh Lam - Đức Minh" signing off a
    /// VnExpress story): the credit, not the story's last line.
    /// </summary>
    private static bool IsSignedByline(string block, PageMetadata metadata) =>
        metadata.Byline is { Length: > 0 } byline && block.Length <= byline.Length + 2 &&
        SiteAffix.SameText(block.TrimEnd('.', ' '), byline);

    /// <summary>
    /// "Text: Kirsten Freund / handwerksblatt.de": the writer's label over one of the byline's authors, closing the story
    /// with the source: its credit, not its last line.
    /// </summary>
    private static bool IsLabelledSignature(string block, PageMetadata metadata)
    {
        if (block.Length > MaxCreditChars || EndsSentence(block) || Label(block) is not { } label || !BylineNormalizer.IsBylineLabel(label))
        {
            return false;
        }

        return OpensWithAuthorName(block.AsSpan(LabelColon(block) + 1).TrimStart(), metadata.Authors);
    }

    private const int MaxAuthorsSignatureChars = 160;

    /// <summary>
    /// "Élise Carron (Saintes, envoyée spéciale) et Julien Morvan": the byline's authors signed again, alone, with the
    /// places or roles a paper sets in brackets after each.
    /// </summary>
    private static bool IsAuthorsSignature(string block, PageMetadata metadata)
    {
        if (block.Length > MaxAuthorsSignatureChars || !OpensWithAuthorName(block.AsSpan().TrimStart(), metadata.Authors))
        {
            return false;
        }

        var names = SignatureJoints().Split(Bracketed().Replace(block, " "));
        var named = 0;
        for (var n = 0; n < names.Length; n++)
        {
            var trimmed = names[n].Trim().TrimEnd('.');
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (!IsAuthorName(trimmed, metadata.Authors))
            {
                // "Айжан ТӨЛЕУОВА, Ерлан СЕЙІТЖАНОВ, «Egemen Qazaqstan»": the paper's name, perhaps in quotes, closes the signature.
                if (n == names.Length - 1 && named > 0 && SiteAffix.MatchesAny(trimmed.Trim('«', '»', '"', '“', '”', '„'), metadata.SiteNames))
                {
                    break;
                }

                return false;
            }

            named++;
        }

        return named > 0;
    }

    private static bool OpensWithAuthorName(ReadOnlySpan<char> block, IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            if (block.StartsWith(author, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAuthorName(string text, IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            if (string.Equals(author, text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\([^()]{1,60}\)", RegexOptions.CultureInvariant)]
    private static partial Regex Bracketed();

    // Between two names: a comma, an ampersand, or "and" in the languages of the byline rules.
    [GeneratedRegex(@"\s*(?:,|&|\s(?:and|et|und|y|e|en|i|og|och|ve|и|і)\s)\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignatureJoints();

    /// <summary>
    /// "By Jane Doe", "Von Claudia Lindner", "Jane Doe, The Associated Press", or a short line naming the byline's author.
    /// </summary>
    private static bool IsBylineLine(string block, PageMetadata metadata)
    {
        // Checked first: "14:30 น." ends with the abbreviation's full stop, no sentence's.
        if (IsSiteAndStampRow(block, metadata))
        {
            return true;
        }

        if (block.Length > MaxHeaderLineChars || EndsSentence(block))
        {
            return false;
        }

        if (IsLabelledByline(block, metadata))
        {
            return true;
        }

        // "Penulis: Anja Richter | Editor: Rina Marlina | Selasa, 3 Maret 2026": a meta line under its writer's label;
        // or the site's own name where the byline goes, the credit of a page no one signs; or the agency with its desk
        // ("Press Trust of India New Delhi").
        return SiteAffix.MatchesAny(block, metadata.SiteNames) || (metadata.Byline is { } byline && block.Contains(byline, StringComparison.OrdinalIgnoreCase) && block.Length < byline.Length + 40) ||
               BylineNormalizer.IsNameWithAgency(block) || (Label(block) is { } label && BylineNormalizer.IsBylineLabel(label)) ||
               IsAuthorAndDateRow(block, metadata) || BylineNormalizer.IsAgencyOnly([block]) || NamesTheAuthors(block, metadata);
    }

    // "كتب أحمد عرفة - نورهان فتحي": a line that names the story's authors and no one else: beside their names only
    // the writer's label and the words and marks joining them ("Айжан ТӨЛЕУОВА, Ерлан СЕЙІТЖАНОВ, «Egemen Qazaqstan»"
    // names a paper too).
    private static bool NamesTheAuthors(string block, PageMetadata metadata)
    {
        if (metadata.Authors.Count == 0 || !HoldsOnlyNames(block, metadata.Authors))
        {
            return false;
        }

        var names = BylineNormalizer.Names(block, metadata.SiteNames, lenient: BylineNormalizer.OpensWithRightToLeftName(block));
        if (names.Count != metadata.Authors.Count)
        {
            return false;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!string.Equals(names[i], metadata.Authors[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HoldsOnlyNames(string block, IReadOnlyList<string> authors)
    {
        var rest = block;
        foreach (var author in authors)
        {
            rest = rest.Replace(author, " ", StringComparison.OrdinalIgnoreCase);
        }

        foreach (var word in rest.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TextScan.ContainsLetter(word) && !BylineNormalizer.IsBylineLabel(word.TrimEnd(':')) && !BylineNormalizer.IsJoiningWord(word) && word != ArabicAnd)
            {
                return false;
            }
        }

        return true;
    }

    // Arabic's "and", set apart from the names it joins in a line of writers.
    private const string ArabicAnd = "و";

    // "By Jane Doe", "Par Koné Aboubakar Correspondant régional de l’AIP": a writer's label, the name, perhaps a title.
    private static bool IsLabelledByline(string block, PageMetadata metadata) =>
        (block.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || block.StartsWith("Von ", StringComparison.Ordinal) ||
         block.StartsWith("Par ", StringComparison.Ordinal) || block.StartsWith("Por ", StringComparison.Ordinal)) &&
        CountWords(block) is var words && (words <= MaxBylineWords || (words <= MaxTitledBylineWords && OpensWithNames(block, metadata))) &&
        // "By the numbers:" labels the list under it, as Axios sets its sections; a byline names, it does not announce.
        !block.AsSpan().TrimEnd().EndsWith(":", StringComparison.Ordinal);

    // "Par Koné Aboubakar Correspondant régional de l’AIP": the writer's name straight after the label, then the title.
    private static bool OpensWithNames(string block, PageMetadata metadata)
    {
        // The first name starts right after the label's space, not further into the line.
        var names = BylineNormalizer.Names(block, metadata.SiteNames);
        var at = names.Count == 0 ? -1 : block.IndexOf(names[0], StringComparison.Ordinal);
        if (at < 0 || at > block.IndexOf(' ', StringComparison.Ordinal) + 1)
        {
            return false;
        }

        foreach (var name in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => char.IsUpper(w[0])))
            {
                return false;
            }
        }

        return true;
    }

    // "En Xataka | España pierde cada año …", "Más en …" spelled with the site's own name: a teaser for another of the
    // site's stories behind "on" and the site's name, as Spanish, Italian and Portuguese blogs sign their links.
    private static readonly string[] OnWords = ["en", "in", "em", "su", "auf", "on", "sur", "op"];

    private static bool IsSiteTeaser(string block, PageMetadata metadata)
    {
        var space = block.IndexOf(' ', StringComparison.Ordinal);
        if (block.Length > MaxPromptChars || space is < 2 or > 3 || Array.IndexOf(OnWords, block[..space].ToLowerInvariant()) < 0)
        {
            return false;
        }

        foreach (var site in metadata.SiteNames)
        {
            if (site.Length >= MinSiteNameChars && block.Length > space + 1 + site.Length &&
                string.Compare(block, space + 1, site, 0, site.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                block.AsSpan(space + 1 + site.Length).TrimStart() is [ '|' or ':', ..])
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxSiteStampRowChars = 80;
    private const int MinSiteNameChars = 3;

    // "ไทยรัฐออนไลน์ 20 พ.ย. 2568 14:30 น.": the site's desk credited over the story with the time it was posted.
    private static bool IsSiteAndStampRow(string block, PageMetadata metadata)
    {
        if (block.Length > MaxSiteStampRowChars || !ClockTime().IsMatch(block))
        {
            return false;
        }

        foreach (var site in metadata.SiteNames)
        {
            if (site.Length >= MinSiteNameChars && block.StartsWith(site, StringComparison.OrdinalIgnoreCase) &&
                block.Length > site.Length && !char.IsLetterOrDigit(block[site.Length]))
            {
                return true;
            }
        }

        return false;
    }

    // "Story by Maya Tillman, Gabriel Ruiz · Updated Nov 22, 2025 · Published Nov 21, 2025 at 5:32 PM MST": the
    // header's row of fields, the author's name and a day among them.
    private static bool IsAuthorAndDateRow(string block, PageMetadata metadata) =>
        metadata.Authors.Count > 0 && block.Contains(metadata.Authors[0], StringComparison.Ordinal) &&
        DateTextFinder.Find(block, DateSource.VisibleText, null) is not null;

    private const int MaxLabelChars = 24;
    private const int MaxCreditChars = 100;
    private const int MaxNoteChars = 200;

    private const int MaxPromptChars = 250;

    /// <summary>
    /// "Sign up for The Morning newsletter …", "Subscribe to our newsletter …", "Follow us on Facebook", "Cet article
    /// est réservé aux abonnés": a short call to act or the paywall's note, not story text.
    /// </summary>
    private static bool IsPrompt(string block)
    {
        if (block.Length > MaxPromptChars)
        {
            return false;
        }

        foreach (var opener in ChromeVocabulary.PromptOpeners)
        {
            if (block.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (ChromeVocabulary.NewsletterPhrases.FoundIn(block))
        {
            return true;
        }

        return SocialPromptOpening().IsMatch(block) || SocialPromptInTextGate.IsMatch(block) || SocialPromptPhraseGate.IsMatch(block) || NewsByMail().IsMatch(block) || SubscribersOnlyGate.IsMatch(block) ||
               NamedNewsletterGate.IsMatch(block) || MembershipUpsellGate.IsMatch(block) || ErrorReportGate.IsMatch(block) ||
               LatestNewsPromptGate.IsMatch(block) || MediaPromo().IsMatch(block) || ReaderPromptGate.IsMatch(block) || SuppliersNoteGate.IsMatch(block);
    }

    // "ਨੋਟ- ਇਸ ਖ਼ਬਰ ਸਬੰਧੀ ਕੀ ਹੈ ਤੁਹਾਡੀ ਰਾਏ, ਕੁਮੈਂਟ ਕਰ ਕੇ ਦਿਓ ਜਵਾਬ।", "नोट- इस खबर के बारे में क्या है आपकी राय, कमेंट करके दें
    // जवाब": a Punjabi or Hindi paper asking for comments under every story; "Tag @thecrumbyhearth on Instagram or leave a
    // comment and rating below!": a recipe blog asking for a photo or a rating; "Readers like you are keeping these stories
    // free for everyone…": an appeal's opening line.
    [GeneratedRegex(
        @"^(?:ਨੋਟ|नोट)\s?[-–:]\s?[^।]{0,80}(?:ਰਾਏ|राय)[^।]{0,40}(?:ਕੁਮੈਂਟ|ਕਮੈਂਟ|कमेंट|कॉमेंट)" +
        @"|^(?:tag|mention) @[\w.]{2,30} on (?:instagram|tiktok|facebook|x|twitter|pinterest)\b[^.!?]{0,60}[.!]?$" +
        @"|^readers like you (?:are )?(?:keep|keeping|make|making|help|helping)\b[^.!?]{0,80}\b(?:free|possible|independent)\b" +
        // "… supported by readers like you. Become a member to keep it free for everyone.", "For feedback, complaints, or
        // inquiries, contact us.": a membership plug under the story and the site's contact line.
        @"|\bsupported by readers like you\b[^!?]{0,80}\b(?:become a member|donate|support us|join us)\b|^for (?:feedback|complaints|inquiries|corrections|questions)\b[^.!?]{0,40}\bcontact us\b[.!]?$" +
        // A regional chain's plea over its list of ways to keep reading ("Our journalists work hard to provide local, up-to-date
        // news to the community. This is how you can continue to access our trusted content:").
        @"|^our (?:journalists|reporters) work hard to (?:provide|bring you)\b[^!?]{0,160}\b(?:continue to access|keep reading|support)\b" +
        // "Our journalism needs your support. Please subscribe today to NJ.com.": the plea alone, or with its call.
        @"|^(?:our|local|independent|quality) (?:local )?journalism (?:needs|depends on|relies on) (?:your|readers'?) support\b(?:[.!]?$|[.!]\s[^!?]{0,100}\b(?:subscribe|donate|become a member|support us|join)\b)" +
        // A subscriber's access note: "Masz dostęp do tego artykułu dzięki prenumeracie …", "You have access to this article
        // thanks to your subscription."
        @"|^(?:masz dostęp do tego artykułu dzięki|you have access to this (?:article|story) (?:thanks to|through|as part of|with)|sie (?:lesen|haben zugriff auf) diese[nr]? (?:artikel|beitrag) (?:dank|mit|im rahmen) ihre[sm]?)\b[^.!?]{0,60}[.!]?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReaderPrompt();

    private static readonly LiteralGate ReaderPromptGate = new(ReaderPrompt());

    // A wire's or a syndicate's note under the story it supplied: Newsis's sign-off, "Distributed by … Syndicate", the
    // Nordic wires' "Detta är en text från nyhetsbyrån TT.".
    [GeneratedRegex(
        // Newsis's sign-off under its copy: "◎공감언론 뉴시스 seoyun@newsis.com".
        @"^◎\s?공감언론 뉴시스" +
        // Anadolu's note under the English copy it lets sites carry: "Anadolu Agency website contains only a portion of the
        // news stories offered to subscribers in the AA News Broadcast System (HAS), and in summarized form."
        @"|^anadolu agency website contains only a portion of the news stories\b" +
        // A syndicate's credit under a column: "Distributed by Keystone Features Syndicate", "Distributed by Tribune Content Agency, LLC."
        @"|^distributed by (?-i:\p{Lu})[^.!?]{1,60}\b(?:syndicate|features|content agency|media services)\b[^!?]{0,20}$" +
        // The Nordic wires' notes under a story they supplied: "Detta är en text från nyhetsbyrån TT.", "Artiklen er fra Ritzau."
        @"|^(?:detta är en text från|texten kommer från|artikeln kommer från) (?:nyhetsbyrån )?(?-i:TT)\b|^(?:artiklen|denne artikel) er fra (?:nyhedsbureauet )?(?-i:Ritzau)\b|^(?:denne saken|denne artikkelen) er (?:levert av|fra) (?:nyhetsbyrået )?(?-i:NTB)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SuppliersNote();

    private static readonly LiteralGate SuppliersNoteGate = new(SuppliersNote());

    // "📺 Assista: tudo sobre o Paulistão …", "🎧 Listen: …": a player's icon and a label to watch or listen, promoting
    // the site's programmes between the paragraphs.
    [GeneratedRegex(@"^(?:📺|🎥|🎬|🎧|📻|🎙️?|▶️?)\s*\p{L}[\p{L} ]{0,20}:", RegexOptions.CultureInvariant)]
    private static partial Regex MediaPromo();

    // "Track Latest News Live on NDTV.com and get news updates from India …", "Stay updated with the latest City News on
    // Times of India": the site's call to keep reading its news, set after the story.
    [GeneratedRegex(
        @"^(?:stay (?:updated|informed|tuned)|track (?:the )?latest|keep up with (?:the )?latest|catch (?:all )?the latest|get (?:all )?the latest)\b[^!?]{0,200}\b(?:news|updates|headlines)\b" +
        // "Δείτε όλες τις τελευταίες Ειδήσεις … στο protothema.gr", "Leggi tutte le ultime notizie su …": the same call
        // as an order to see or read them all.
        // "For the latest news, weather, sports, and streaming video, head to WKRN News 2.": a station's tagline.
        @"|^for (?:the )?latest news\b[^.!?]{0,80}\b(?:head (?:to|over to)|go to|visit)\s" +
        @"|^(?:see|read|find|δείτε|διαβάστε|leggi|scopri|lisez|retrouvez|lee|leia|veja|lesen sie)\s(?:all (?:the )?latest|όλες τις τελευταίες|tutte le ultime|toutes les dernières|todas las últimas|todas as últimas|alle aktuellen)\s(?:news|headlines|ειδήσεις|notizie|actualités|informations|noticias|notícias|nachrichten)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LatestNewsPrompt();

    private static readonly LiteralGate LatestNewsPromptGate = new(LatestNewsPrompt());

    // "Sie haben einen Fehler im Text gefunden oder möchten uns Feedback geben? Feedback", "Spotted a typo? Let us know":
    // the page's form for corrections.
    [GeneratedRegex(
        @"^(?:¿\s*)?(?:(?:did you |have you )?(?:find|found|spot|spotted|notice|noticed|see|seen) (?:an? )?(?:error|mistake|typo)s?(?: in (?:the|this|our) (?:text|article|story|report|page))?\s*\?|" +
        @"(?:sie haben|haben sie) einen fehler (?:im (?:text|artikel) )?(?:gefunden|entdeckt)|vous avez (?:repéré|trouvé|remarqué|vu) une (?:erreur|faute)|" +
        @"(?:has|ha|habéis) (?:visto|encontrado|detectado) (?:un|algún) error|(?:encontraste|encontró|viste|detectaste|notaste) (?:un|algún) error|(?:encontrou|viu) (?:um|algum) erro|hai trovato un errore|report an? (?:error|typo|correction)\b|(?:tipp)?fehler (?:gefunden|entdeckt)\s*\?|" +
        @"(?:якщо|если) (?:ви|вы) (?:помітили|знайшли|заметили|нашли) (?:помилку|ошибку|опечатку)|" +
        // "Мәтіннен қате тапсаңыз, оны белгілеп, Ctrl+Enter батырмасын басыңыз": the same in Kazakh (and below, "Mətndə səhv
        // görsəniz, onu seçib Ctrl+Enter …" in Azerbaijani).
        @"мәтіннен қате тапсаңыз\b)" +
        @"|\b(?:errors?|typos?|mistakes?|помилк\w*|ошибк\w*|опечатк\w*|błąd|chyb\w*|fehler|erreur|errore|greșeal\w*|hata|səhv\w*|xəta\w*)\b.{0,100}" +
        @"\b(?:виділіть|выделите|select|highlight|označte|zaznacz\w*|markieren|markiere|sélectionnez|selecciona|seleziona|selectați|selectează|seç\w*)\b.{0,80}\bctrl\s*\+\s*enter\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ErrorReport();

    private static readonly LiteralGate ErrorReportGate = new(ErrorReport());

    // "Get the Climate Forward newsletter, which helps you …", "Recevez la newsletter Planète": the offer of a newsletter
    // by its name opens the block (in the Nordic languages, the order to order or join it).
    [GeneratedRegex(
        @"^(?:get|receive|try|don't miss|don’t miss|recevez|receba|ricevi|erhalten sie|holen sie sich|recibe|reciba) (?:the |our |la |le |a |o |die |den |unseren |il |la nostra |el |nuestro )?(?:[^\s.!?]+ ){0,4}(?:newsletters?|boletín|infolettre)\b" +
        // "… interesting stories, analysis and insights. Sign up for our Morning Edition newsletter.": the offer after a
        // promise.
        @"|\bsign up (?:for|to) (?:our|the) (?:[^\s.!?]+ ){0,4}newsletters?\b" +
        // "Dry State is an independent publication covering water in the Southwest. Get our weekly newsletter here.": a
        // publication's plug closing with the offer.
        @"|(?:^|[.!?]\s+)get our (?:[^\s.!?]+ ){0,3}newsletters?\b[^.!?]{0,30}[.!]?$" +
        // "Få dagens viktigaste nyheter i din inkorg varje morgon.": the offer of the news by mail.
        @"|^(?:få|get|receive|erhalten sie|recevez|recibe|ontvang)\b[^.!?]{0,80}\b(?:i din inkorg|in your inbox|in ihr(?:em)? postfach|dans votre boîte(?: mail| aux lettres)?|en tu bandeja(?: de entrada)?|in je inbox|i din innboks|i din indbakke)\b" +
        // "Unser Ebersberg-Newsletter informiert Sie regelmäßig über …": a regional newsletter introducing itself.
        @"|^unser(?:e)? [\w-]*newsletter (?:informiert|hält|bringt|liefert)\b" +
        // "Mehr Nachrichten aus dem Landkreis Ebersberg lesen Sie hier.": the link to the section's page.
        @"|^mehr (?:nachrichten|news|artikel|geschichten|meldungen) (?:aus|zu|über|von) [^.!?]{2,60} (?:lesen|finden) sie hier\.?$" +
        // "Beställ HBL:s nyhetsbrev och få …", "Meld deg på nyhetsbrevet", "Tilaa uutiskirjeemme".
        @"|^(?:beställ|prenumerera på|anmäl dig till|registrera dig för|tilmeld dig|meld deg på|bestill|abonner på|tilaa|skráðu þig á) (?:[^\s.!?]+ ){0,4}(?:nyhetsbrev|nyhedsbrev|uutiskirje|fréttabréf)\w*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedNewsletter();

    private static readonly LiteralGate NamedNewsletterGate = new(NamedNewsletter());

    // "New here? The Circuit is free, but paid members also get the weekly briefing. Upgrade your subscription": a
    // members' site selling its paid tier.
    [GeneratedRegex(
        @"\b(?:upgrade (?:your (?:subscription|membership|plan)|to (?:a )?(?:paid|premium))|become a (?:paid|paying|premium) (?:subscriber|member)|paid (?:members|subscribers) (?:also )?(?:get|receive))\b" +
        @"|(?:^|[.!?]\s+)(?:assinantes|subscribers|abonnés|abonnenten|suscriptores|abbonati|prenumeratorzy) (?:podem|can|peuvent|können|pueden|possono|mogą) (?:liberar|gift|share|offrir|partager|verschenken|regalar|compartir|regalare|udostępni\w*)\b" +
        @"|\bw ramach (?:bezpłatnego|darmowego) limitu\b|\byour (?:free|last free) (?:article|story)\b|\bfree (?:articles?|stories) (?:left|remaining)\b" +
        // A charity's donation box: "Avec 50 €, vous financez …", "Votre don de 50 € ne vous coûte que 17 € après réduction
        // d'impôt", "Your gift of $50 is tax-deductible".
        @"|^(?:avec|with|mit|con|com) (?:seulement |just |only |nur |solo |apenas )?(?:\d[\d,.]*\s?(?:€|euros?)|[$£€]\s?\d[\d,.]*),? (?:vous (?:financez|offrez|permettez)|you (?:can )?(?:fund|provide|give|buy|pay for)|finanzieren sie|ermöglichen sie|(?:usted )?financias?|você financia)\b" +
        @"|^(?:votre|your|ihre|su|seu) (?:don|donation|gift|spende|donativo|doação) (?:de |of |von )?[^.!?]{0,20}\d[^.!?]{0,60}\b(?:réduction d['’]impôt|tax[- ]deductible|steuerlich absetzbar|deducción fiscal|dedução fiscal)" +
        // A markets site's stock-picking upsell between the paragraphs: "Which stock should you buy in your very next
        // trade?", "¿Qué acciones comprar ahora?", "Nuestra IA ha seleccionado las acciones …", "Unlock ProPicks AI".
        @"|^which stocks? (?:should you|to) buy\b[^.!]{0,60}\?$|^¿\s?qué acciones comprar\b[^.!]{0,30}\?$" +
        @"|^(?:unlock|desbloquear|débloquer|sbloccare?) (?:propicks|acciones|actions|azioni)\b[^.!?]{0,30}$" +
        @"|\babbonati a [^.!?]{2,40}:\s?il primo mese a \d|(?:^|[.!?]\s)abbonati (?:ora|subito)\b[^.!?]{0,60}\b(?:euro|€)" +
        @"|\bpropicks\b|\b(?:our ai has (?:selected|picked)|nuestra ia ha seleccionado|notre ia a sélectionné) (?:the )?(?:stocks|las acciones|les actions)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MembershipUpsell();

    private static readonly LiteralGate MembershipUpsellGate = new(MembershipUpsell());

    // "Recibe las noticias más importantes en tu correo", "Receba as principais notícias no seu e-mail": the offer
    // opens the block, so a how-to's "you will receive the form by e-mail" stays.
    [GeneratedRegex(
        @"^(?:recibe|reciba|receba|recebe|ricevi|recevez|erhalte|erhalten sie|get|receive)\b[^.!?]{0,60}\b(?:news|noticias|notícias|notizie|actualités|infos|nachrichten|headlines|stories)\b[^.!?]{0,40}\b(?:correo|e-?mail|inbox|bandeja|caixa|boîte|postfach|casella)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NewsByMail();

    // "Cet article est réservé aux abonnés", "This story is available only to subscribers": the paywall's note.
    [GeneratedRegex(
        @"^(?:cet article|ce contenu|this (?:article|story|content)|dieser (?:artikel|beitrag|inhalt)|este (?:artículo|contenido|artigo|conteúdo)|questo (?:articolo|contenuto)) (?:est|is|ist|es|é|è) (?:réservé|reserved|only available|available only|exclusively available|nur|exclusivo|exclusiva|riservato|disponible solo|disponível apenas)\b[^.!?]{0,30}\b(?:abonnés|subscribers|members|abonnenten|abonnentinnen|suscriptores|assinantes|abbonati)\b" +
        // "Primer mes por 1€. Información local sin límites …", "Premier mois à 1 €": a subscription's price offer.
        @"|^(?:primer mes por|first month for|premier mois (?:à|pour)|erster monat für|primo mese a|primeiro mês por)\s?\d[\d,.]*\s?(?:€|\$|£|euros?)" +
        // "Article réservé à nos abonnés": the label alone; "Dieser Artikel gehört zum Angebot von KOMPASS+ …", "Jetzt
        // weiterlesen mit …", "Einen Monat für 1 Euro testen": a paywall's gift note and offer left in the page.
        // "Votre abonnement n'autorise pas la lecture de cet article", "Lecture restreinte": a wall's note to a reader whose plan
        // does not cover the story.
        @"|^votre abonnement n(?:'|’)autorise pas la lecture de cet article\b|^lecture restreinte$" +
        @"|^article réservé (?:à nos|aux) abonnés$|^(?:dieser|der) (?:artikel|beitrag) gehört zum angebot von\b|^jetzt weiterlesen mit\b" +
        @"|\beinen monat für \d+[,.]?\d* ?(?:euro|€) testen\b" +
        @"|^(?:esta funcionalidad|this feature|cette fonctionnalité|diese funktion|questa funzionalità) (?:es|is|est|ist|è) (?:sólo|solo|only|réservée|nur|solo) (?:para |for |aux |für |per )?(?:suscriptores|subscribers|abonnés|abonnenten|abbonati)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SubscribersOnly();

    private static readonly LiteralGate SubscribersOnlyGate = new(SubscribersOnly());

    // "Follow The Gleaner on Twitter …", "Seko "Delfi" arī Instagram …", "Find The Irish Times on WhatsApp", "Follow Lucia I. Suarez on Twitter" (an initial's dot ends no sentence), "… download the Nationnews apps", "¿Ya sabías que …? Únete desde tu celular
    // a nuestro canal de Telegram": an invitation to the site's channels. The verb must open a sentence (or stand
    // before "the … app"), so a story's "told followers to join him on Telegram" stays.
    // The invitation itself: the verb, then the channel within the sentence, its name declined in South Slavic
    // ("Pratite nas na Facebooku", "Пратите нас и на Телеграму").
    private const string ChannelInvitation =
        @"(?:follow|join|download|find(?! out\b)|like us|síguenos|siguenos|síganos|sigue|únete|unete|unite|sumate|seguinos|descarga|suscríbete|folgen sie|folge|folgt|suivez|rejoignez|téléchargez|seguici|scarica|iscriviti|unisciti|siga|segue|baixe|inscreva-se|participe|volg|volgt|obserwuj|dołącz|ακολουθήστε|urmărește|urmăriți|abonează-te|abonați-vă|підписуйтесь|підписуйтеся|стежте|подписывайтесь|следите|sledujte|ikuti|gabung|bergabung(?:lah)?|mari bergabung|acesse|accede|acceda|пратите|pratite|zapratite|sledite|следете|последвайте|ndiqni|seko|sekojiet|pievienojies|sekite|prisijunkite|prisijunk|jälgi|jälgige|liitu|seuraa|liity|följ|følg|fylgstu|seguí|unix-te|uneix-te|segueix-nos|segueix)\b(?:[^.!?]|(?<=\s(?-i:\p{Lu}))\.|(?<=\.(?-i:\p{Lu}))\.|\.(?=\w)){0,90}?\b(?:twitter|facebook|instagram|youtube|telegram|whatsapp|tiktok|linkedin|threads|bluesky|google (?:news|noticias|notícias|actualités|nachrichten|notizie)|wiadomościach google|(?<=\bon )x(?=\s*:)|телеграм\w*|фејсбук\w*|фейсбук\w*|инстаграм\w*|јутјуб\w*|ютуб\w*)(?:u|om)?\b";

    // Opening the block (after a bullet or an icon's character).
    [GeneratedRegex(
        @"^[^\p{L}\p{N}]*" + ChannelInvitation +
        @"|^follow @\w{2,30} on x\.?$|^follow @\w{2,30} on (?:twitter|x)\b|^follow (?:the |our )?[\p{L}\p{N}' ]{2,40} on (?:x|twitter) at @\w{2,30}\b|^ऐप डाउनलोड कर(?:ें|े)" +
        @"|^simak\b[^!?]{0,160}\b(?:whatsapp|telegram|google news)\b" +
        // A strapline under the channel's link: "Keep up with all the latest news from the UK and around the world by
        // following Sky News".
        @"|^keep up with (?:all )?(?:the )?latest\b[^.!?]{0,80}\bby following\b[^.!?]{0,40}[.!]?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SocialPromptOpening();

    // Opening a later sentence, clause or word.
    [GeneratedRegex(
        @"[.!?¡¿]\s*" + ChannelInvitation + @"|^[^.!?:]{1,30}:\s*" + ChannelInvitation + @"|[,;]\s*(?:and\s+)?follow @\w{2,30} on (?:twitter|x)\b|\sऐप डाउनलोड कर(?:ें|े)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SocialPromptInText();

    private static readonly LiteralGate SocialPromptInTextGate = new(SocialPromptInText());

    // Anywhere in the block.
    [GeneratedRegex(
        @"\bjoin (?:our|us on) (?:youtube|telegram|whatsapp|discord|facebook) (?:channel|group|community)\b" +
        @"|\b(?:get (?:them|it|us)|find us) on our (?:youtube|telegram|whatsapp|discord) (?:channel|group|community)\b" +
        @"|\b(?:youtube|telegram|whatsapp)\b[^.!?]{0,40}[.!?]\s*(?:join|únete|unete|síguenos|follow|suivez|rejoignez|segui|seguici|unisciti|siga|segue|folgen sie|folge|volg)\b" +
        @"|\bdownload (?:the|our) [^.!?]{0,40}\bapps?\b" +
        @"|\b(?:add|set) (?:us )?as (?:a |your )?preferred source\b|\bpreferred source on google\b" +
        @"|\bstraight to your (?:phone|smartphone|mobile)\b[^.!?]{0,40}\bapps?\b|\b(?:download|get|install) our (?:free |new |mobile )?(?:news )?apps?\b" +
        @"|\b(?:our|nuestro|unser(?:em)?|notre|nostro|nosso) (?:canal|channel|kanal|chaîne|canale) (?:de |on |auf |sur |su |no )?(?:youtube|telegram|whatsapp|tiktok)\b" +
        @"|\b(?:telegram|instagram|facebook|youtube)\b[^.!?]{0,60}\bkuzatib boring\b" +
        // "Кабардын расмий Telegram-каналына жазылыңыз", "… Telegram မှတစ်ဆင့် ရယူလိုက်ပါ", "… is now on Telegram": the
        // channel named before the verb, as Kyrgyz and Burmese set it, or announced.
        @"|\btelegram\b[^.!?]{0,40}(?:жазылыңыз|жазылыңдар|မှတစ်ဆင့်)|\bis now on (?:telegram|whatsapp)\b|^[^.!?]{1,30}\btelegram channel$" +
        // "I-like at i-follow ang Bilis Balita sa Facebook …": the Tagalog call to follow the page.
        @"|^(?:i-like|i-follow|sundan)\b[^.!?]{0,60}\bsa (?:facebook|youtube|tiktok|instagram|x)\b" +
        @"|\ballow\s[^.!?]{1,40}\sto send (?:you )?(?:push )?notifications\b" +
        // "Recibe las noticias más importantes … directamente en tu teléfono": the pitch under a channel's invitation.
        @"|\b(?:straight|directly) (?:to|on) your (?:phone|smartphone|mobile)\b|\bdirectamente en (?:tu|su) (?:teléfono|celular|móvil)\b" +
        @"|\bdirectement sur (?:votre|ton) (?:téléphone|smartphone|mobile)\b|\bdireto no seu (?:celular|telemóvel|telefone)\b" +
        // "Share Capitol Crossing with a friend", "You've referred 0 friends. Refer 3 to unlock …": a newsletter's referral box.
        @"|^share [^.!?]{1,40} with (?:a friend|friends|your friends)$|\byou['’]ve referred \d+ (?:friends?|people|readers)\b|\brefer \d+ (?:friends? |people |readers )?to (?:unlock|get|earn|receive)\b" +
        // "Gündem Ekspres'i Google News'te takip etmek için tıklayın", "… abone olun, … Bildirimleri Aç": Turkish sites'
        // follow and push-notification prompts.
        @"|\bgoogle news['’]?t[ea] (?:takip|abone)\b|\bbildirimleri aç(?:ın)?\b" +
        // "Подписывайтесь на ТАСС в MAX - главные новости …", "Kazinform-ның Telegram арнасына жазылыңыз": a call to
        // follow the site's channel in Russian, Ukrainian and Kazakh.
        @"|^(?:подписывайтесь|підписуйтесь|подпишитесь|підпишіться) на\s[^.!?]{1,60}\b(?:в|у|на)\s(?:max|telegram|телеграм\w*|дзен\w*|vk|вконтакте|viber|whatsapp|youtube)\b|\bарнасына жазылыңыз\b" +
        // "☆看更多！請加入自由時報粉絲團☆": a Chinese paper's call to join its fan page, or
        @"|(?:請|请)?(?:加入|追蹤|追踪|關注|关注)[^。！？]{0,20}(?:粉絲團|粉丝团|粉絲專頁|粉丝专页|臉書|脸书)" +
        // "欢迎关注星辰网WhatsApp频道，第一时间掌握国内外新闻！": to its channel or account, when the call opens the line or
        // is made as one ("欢迎", "请"); "引发关注，某公众号发文称" is story.
        @"|(?:^|欢迎|歡迎|請|请)(?:加入|追蹤|追踪|關注|关注|订阅|訂閱)[^。！？，,]{0,20}(?:whatsapp|telegram|line|频道|頻道|公众号|公眾號)" +
        // "تابعونا على تيليجرام", "انضموا إلى قناتنا على واتساب": an Arabic call opening the line, to the site's channel
        // or an app (the singular "انضم" is the past tense of a story, "قناة" alone the Suez Canal too); "برای دریافت سریع‌ترین اخبار، در کانال … عضو شوید": a Persian one, joining the channel in the imperative.
        @"|^(?:تابعونا|انضموا|اشتركوا)\s[^.!؟]{0,60}(?:تيليجرام|تلغرام|تليجرام|واتساب|واتس\sاب|فيسبوك|فيس\sبوك|تويتر|يوتيوب|إنستغرام|انستغرام|قناتنا|أخبار\sجوجل|جوجل\sنيوز)" +
        @"|\bکانال\s[^.!؟]{0,60}(?:عضو\sشوید|بپیوندید)" +
        // "تابعوا أخبار سانا على تلغرام": "follow" without "us" is also "they followed", so only as a short line ending
        // with the channel.
        @"|^تابعوا\s[^.!؟]{1,40}\sعلى\s(?:تيليجرام|تلغرام|تليجرام|واتساب|فيسبوك|تويتر|يوتيوب|إنستغرام|انستغرام)\s*$" +
        // "大雪や地震の情報をプッシュ通知でお知らせします。…アプリをダウンロード", "動画はNHKプラスで配信中です。": a Japanese
        // broadcaster's app plug and its note on where the video streams.
        @"|アプリを(?:ダウンロード|インストール)\s*$|プッシュ通知でお知らせ|^動画は[^。]{1,20}で配信中です" +
        // "Click here to follow the AccraTimesOnline WhatsApp channel": the invitation behind its link's words.
        @"|^click (?:here|this link|the link) to (?:follow|join)\b[^.!?]{0,60}\b(?:whatsapp|telegram)\b" +
        // "Real-time updates and all local stories you want right in the palm of your hand.": a paper's app pitch.
        @"|\b(?:updates|news|stories)\b[^.!?]{0,60}\bin the palm of your hand\b" +
        // "💬Новини Миколаєва та області оперативно — у Telegram-каналі Суспільне Миколаїв", "💜 Усі головні новини Одеси – у
        // нашому Viber-каналі. Підписуйтесь!": a Ukrainian or Russian newsroom's
        // channel plug; "… डाउनलोड करें Android Hindi News App": a Hindi portal's app plug.
        @"|^\W{0,3}(?:(?:усі|всі|все)\s(?:(?:головні|главные|важливі|важные)\s)?)?(?:новини|новости)\s[^.!?]{0,80}\s(?:у|в)\s+(?:(?:нашому|нашем)\s+)?(?:telegram|viber|whatsapp)-(?:каналі|канале)\b|डाउनलोड करें[^।]{0,60}\bapp\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SocialPromptPhrase();

    private static readonly LiteralGate SocialPromptPhraseGate = new(SocialPromptPhrase());

    private const int MaxRepostNoticeChars = 300;

    /// <summary>
    /// "This article is from AP. If there is any infringement, please contact us for deletion.", "本文转载自…如有侵权请联系删除",
    /// "The post … appeared first on …", "Original article: https://…", "(Translated by …)", "This article was published
    /// from an AFP wire feed.", "Dieser Artikel erschien zuerst bei …", "Este conteúdo foi originalmente publicado em
    /// Estadão …", "(This story has not been edited by staff and is auto-generated from a syndicated feed.)": the
    /// notice a site that reposts other media's stories prints beside them, with its disclaimer ("【免责声明】…") and its
    /// WeChat prompts ("…使用“扫一扫”即可将网页分享至朋友圈。", "请关注我们的微信公众号").
    /// </summary>
    private static bool IsRepostNotice(string block) =>
        block.Length <= MaxRepostNoticeChars &&
        (RepostNoticeGate.IsMatch(block) || RepostNoticeOpeningGate.IsMatch(block) || RepostNoticeOpeningGate.IsMatch(AfterLabel(block)) ||
         // "– This article was first published by RNZ and is republished here …": set off by a dash, as a sign-off is.
         (block.Length > 0 && block[0] is '–' or '—' or '-' && RepostNoticeOpeningGate.IsMatch(block.TrimStart(LabelDashes))));

    // "Aviso: Este artículo fue publicado originalmente por …", "Note: This story first appeared in …": the notice after
    // its one- or two-word label.
    private static string AfterLabel(string block)
    {
        var colon = block.IndexOf(':', StringComparison.Ordinal);
        if (colon is <= 0 or > MaxLabelChars || CountWords(block[..colon]) > 2 || !TextScan.ContainsLetter(block.AsSpan(0, colon)))
        {
            return string.Empty;
        }

        return block[(colon + 1)..].TrimStart();
    }

    // Anchored and unanchored notices apart: one alternation of both is tried at every position (see Disclosure).
    [GeneratedRegex(
        @"\bif there is any infringement\b|\bcontact us (?:for|to) (?:delete|deletion|remove|removal)\b|\bfor the purpose of (?:conveying|transmitting|passing on) more information\b" +
        @"|\bappeared first on\b|如有侵权|侵权请联系|联系删除|本文转载自|仅提供信息存储服务|转载此文是出于传递更多信息" +
        @"|\buploaded and posted by a user of\b" +
        @"|\b(?:published|generated|auto-generated|sourced|taken) (?:from|via) (?:an?|the) (?:(?-i:\p{Lu}{2,8}) )?(?:(?:wire|news) agency|syndicated|agency|wire|news) feed\b|(?:^|[.!]\s)(?-i:\p{Lu})[^.!?]{0,40} does not edit (?:wire|agency|syndicated) (?:copy|content|stories)\.?$" +
        @"|分享至朋友圈|分享到朋友圈|关注我们的微信公众号|关注微信公众号|關注我們的微信公眾號" +
        @"|^(?:dieser|der) (?:beitrag|artikel|text) wurde (?:vo[mn]|aus dem|aus der) [^.!?]{2,60} übernommen\b|\bautomatisch aus dem [\w-]{0,30}(?:ticker|feed|dienst) übernommen\b|\bdiese meldung redaktionell nicht bearbeitet\b|\bautomatisch von der [^.!?]{0,40}agentur[^.!?]{0,20} übernommen\b" +
        @"|सिंडिकेट फीड से|\babonelere sunulan haberler\b|\babone sistemi üzerinden alınmıştır\b|\btüm yayın hakları\b[^.!?]{0,40}\baittir\b|\bözetlenerek yayımlanmaktadır\b|\b(?:published|shown) in (?:the|its) original language\b|на языке оригинала",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepostNotice();

    private static readonly LiteralGate RepostNoticeGate = new(RepostNotice());

    [GeneratedRegex(
        @"^this (?:article|story|post|piece|report) (?:was|is|has been) (?:published|republished|reproduced|distributed) (?:via|through|under|as part of) (?:an? |the )?(?:syndication|content[- ]sharing|news[- ]exchange|partnership) (?:agreement|arrangement|partnership|deal)\b|" +
        @"^this (?:post|article|page|story) republishes\b|^this (?:article|story|post|content|page) (?:was|is|has been) (?:automatically |auto-)generated from (?:an? |the )?(?:\w+ ){0,2}feed\b|^this (?:article|story|post|piece|report)(?: by (?:the )?(?-i:\p{Lu})[^,.;]{1,50})? (?:(?:was|is|has been) )?(?:originally |first )(?:published|posted|appeared)\b|^this (?:article|story|post|piece) (?:was|is) (?:provided|supplied|syndicated|republished|reprinted) (?:by|from|with permission (?:of|from)) (?:(?-i:\p{Lu})|the (?:media|news|partner|original|content|syndication)\b)|^(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by)\s(?:[^,;]{1,80}$|[^,;.]{1,60}\.\s)|^originally published as\s.{1,200}(?<![.:])$" +
        @"|^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|ursprünglich|erstmals)\b|^cet article (?:a été|est) (?:initialement|d'abord|originellement|originalement) (?:publié|paru)\b" +
        @"|^este (?:conteúdo|texto|artigo|artículo|contenido) (?:foi|fue) (?:originalmente |inicialmente )?publicad[oa] (?:originalmente |inicialmente )?(?:em|en|no|na|por)\b|^conteúdo distribuído pel[ao]\b" +
        @"|^(?:este|el) (?:artículo|texto|contenido) (?:fue publicado|se publicó|apareció) (?:originalmente|primero|por primera vez)\b|^este (?:artigo|texto) foi (?:originalmente )?publicado (?:originalmente )?(?:em|no|na|pel[oa])\b" +
        @"|^(?:read|see|view) the original (?:article|story|post)\b|^original (?:article|story|source|post)\s*:|^\(?(?:translated|compiled) by [^.()]{1,60}\)?$|^本文来自|^【(?:免责声明|免責聲明|特别声明|特別聲明)】" +
        @"|^we have summari[sz]ed this (?:news|article|story)\b" +
        // "Web Title: Pune engineers develop …", "English Summary: …": the English title an Indian-language portal files
        // its story under, printed after it.
        @"|^(?:web title|english summary)\s*:" +
        // "新浪声明：此消息系转载自新浪合作媒体 …": a Chinese portal's note that the story is reposted from a partner.
        @"|^[^：:]{0,6}声明[：:][^。]{0,10}(?:系|为)转载自" +
        // "यो सारांश एआईको सहायताले तयार पारिएको हो": the note under a machine summary in Nepali and Hindi.
        @"|^(?:यो|यह) सारांश एआई" +
        // "Our work is licensed under Creative Commons (CC BY-NC-ND 3.0). Feel free to republish …": the licence to reprint.
        @"|^(?:our|this) (?:work|article|story|content|post) (?:is|are) (?:licensed|published|available) under (?:a |the )?creative commons\b|^feel free to republish\b" +
        // "Artikel ini telah tayang di Kompas.com …", "Berita ini telah tayang di ANTARA dan dipublikasikan ulang oleh …":
        // the Indonesian and Malay note of where a reposted story first ran.
        @"|^(?:artikel|berita|tulisan) ini (?:telah|sudah|sebelumnya|pertama kali) (?:(?:pernah )?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan|disiarkan))\b" +
        // "Hometown Feed republishes this article with permission from …", "This story was written by a Local Democracy
        // Reporter": who supplied the story, as a note of its own.
        @"|^(?-i:\p{Lu})[^.!?]{0,60}\s(?:republishes|reprints|reposts|syndicates) this (?:article|story|post|piece|content) (?:with (?:the )?permission|courtesy|under|from)\b" +
        @"|^this (?:story|article|report|content) (?:was|is|has been) (?:written|produced|provided|supplied) (?:by|through) (?:an? |the )?local democracy report(?:er|ing service)\b" +
        // "(ATTN: UPDATES with Japan's response in last para)", "(Adds details in paragraphs 3-5)": a wire's note to its
        // clients on what changed, printed as its own line.
        @"|^\((?:attn|eds?|editors?)\s*:[^()]{1,200}\)$|^\((?:adds|updates|corrects|recasts|rewrites|refiles|repeats|changes|fixes)\b(?=[^()]*\b(?:with|paragraphs?|paras?|grafs?|details|comments?|quotes?|background|byline|headline|dateline|spelling|figures|prices|reaction|context)\b)[^()]{1,200}\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepostNoticeOpening();

    private static readonly LiteralGate RepostNoticeOpeningGate = new(RepostNoticeOpening());

    /// <summary>"© 2025 Example News. All rights reserved.": the site's copyright line.</summary>
    private static bool IsCopyrightLine(string block) =>
        ((block.Length <= MaxNoteChars ||
          (block.Length <= MaxCopyrightNoticeChars && (block.StartsWith('©') || block.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)))) &&
         CopyrightLine().IsMatch(block)) ||
        (block.Length <= MaxCopyrightNoticeChars && (CopyrightNotice().IsMatch(block) || CitationNote().IsMatch(block)));

    // "This document is subject to copyright. Apart from any fair dealing …": the reuse notice under a science site's story.
    [GeneratedRegex(@"^This (?:document|article|story|content|material) is (?:subject to|protected by) copyright\b", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightNotice();

    // "Citation: <headline> (2025, March 14) retrieved 15 March 2025 from https://…": how to cite the page.
    [GeneratedRegex(@"^Citation\s*:.{1,300}\bretrieved\b.{1,40}\bfrom\s+https?://\S+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CitationNote();

    // A notice that opens with the sign or "Copyright 2026" may go on about reprints and permissions; no story
    // paragraph opens with either.
    private const int MaxCopyrightNoticeChars = 400;

    // "© …", "(c) …", "Copyright 2023 …", "Copyright © 2023 …", "Copyright © Xinhua News Agency."; not "Copyright lawyers say …".
    // A lettered list's third item ("(c) arranging for newly employed workers …; and") reads on in lower-case words or
    // ends in a list's semicolon: "(c) dpa-infocom" and "(c) 2025 Reuters" do neither.
    [GeneratedRegex(@"^(?:©|ⓒ|\([cC]\)\s(?!\p{Ll}+\s\p{Ll}+\s\p{Ll}+\s|.*;(?:\s(?:and|or))?$)|[Cc]opyright\s*(?:(?:©|\([cC]\))\s*\S|\d{4}))", RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightLine();

    /// <summary>"Foto: dpa", "Photo: Jane Doe/Reuters", "Beitragsbild: … Ausriss.": a caption credit left in the story.</summary>
    private static bool IsCreditLine(string block) =>
        block.Length <= MaxCreditChars && (!EndsSentence(block) || IsOneClosedPhrase(block)) &&
        ((Label(block) is { } label && ChromeVocabulary.CreditLabels.Contains(label)) || PicturesBy().IsMatch(block) ||
         CaptionThenSource().IsMatch(block));

    // "ETH/USD daily chart. Source: CoinPulse Markets": a chart's or picture's caption of a few words and its source,
    // no sentence after the label.
    [GeneratedRegex(@"^[^.!?]{3,60}\.\s+(?:Source|Sources|Fuente|Fonte|Quelle|Sumber|Źródło|Kaynak)\s*:\s*[^.!?:]{2,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionThenSource();

    // "Photography by Marcus Bell / The Circuit", "Photos by Jane Doe for The Times": who took the story's pictures; Polish
    // "fot." before the name ("fot. Krzysztof Łokaj / Kurier Podkarpacki"), Cebuano and Tagalog "picture by" ("Hulagway ni …").
    [GeneratedRegex(@"^(?:Photography|Photos?|Photographs|Illustrations?|Images|Graphics)\s+by\s+\p{Lu}|^[Ff]ot\.\s\p{Lu}|^(?:Hulagway|Larawan|Kuha)\s+ni\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PicturesBy();

    // "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.": a credit closed by a full stop, with no second sentence.
    private static bool IsOneClosedPhrase(string block)
    {
        var trimmed = block.TrimEnd();
        return trimmed.EndsWith('.') && !trimmed.AsSpan(0, trimmed.Length - 1).Contains(". ", StringComparison.Ordinal);
    }

    private const int MaxCaptionChars = 250;

    /// <summary>
    /// A caption left in the story: numbered ("Abbildung 4: …", "Figure 2. …") or ending in its credit
    /// ("… Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", "Roman Prymula, photo: Archives du Gouvernement",
    /// "… the National Aeronautics and Space Administration. Credit: NASA", "… shapes. Credit: WhiteHaven/Shutterstock.com",
    /// "… visits a munitions factory. (KCNA via AP)", "… on Monday. (AP Photo/Ahn Young-joon, File)", "… ważył 206
    /// kilogramów /domena publiczna", "Premier Mateusz Morawiecki / PAP/Radek Pietruszka": a Polish credit after a slash;
    /// "서울 지하철 개찰구 [연합뉴스 자료사진]": a Korean or Japanese credit in brackets; "Header image: A worker stacks bags
    /// of urea … — Reuters/File": the lead picture's caption set as a line of the story).
    /// </summary>
    private static bool IsCaption(string block) =>
        (block.Length <= MaxCaptionChars &&
         (CaptionOpeningGate.IsMatch(block) || CaptionCreditLabelGate.IsMatch(block) || CaptionCreditAfterStopGate.IsMatch(block) ||
          CaptionAgencyCredit().IsMatch(block) || CaptionCjkCredit().IsMatch(block) || EndsInLabelledCredit(block) ||
          EndsInPhotographerOfAgency(block))) ||
        (block.Length <= MaxCreditedCaptionChars && CreditInParenthesesGate.IsMatch(block));

    private const int MaxClosingCreditChars = 60;
    private const int MaxCreditWords = 5;

    /// <summary>
    /// "მანდარინის კრეფა სოფელ ჩაქვში. ფოტო: აჭარა ტაიმსი", "… ខែវិច្ឆិកា (រូបថត៖ ណុប វិចិត្រ)": a caption closed by its
    /// credit under a photo label of any language, after a sentence's stop or in parentheses. The label must be the
    /// whole of what follows the stop, so "… her public image: a mess" stays.
    /// </summary>
    private static bool EndsInLabelledCredit(string block)
    {
        var text = block.AsSpan().TrimEnd();
        var inParentheses = text.EndsWith(")");
        if (inParentheses)
        {
            text = text[..^1];
        }

        // A credit names someone in a few words: "… Picture: a city centre without cars by 2030" describes instead.
        var colon = text.LastIndexOfAny(LabelColons);
        if (colon <= 0 || text[(colon + 1)..].Trim() is not { Length: > 0 and <= MaxClosingCreditChars } credit ||
            credit.IndexOfAny(CreditStops) >= 0 || credit.Count(' ') >= MaxCreditWords)
        {
            return false;
        }

        var head = text[..colon].TrimEnd();
        var start = inParentheses ? head.LastIndexOf('(') : head.LastIndexOfAny(LabelStops);
        if (start < 0 && inParentheses)
        {
            return false;
        }

        var label = head[(start + 1)..].Trim();
        return label.Length is > 0 and <= MaxLabelChars && ChromeVocabulary.CreditLabels.Contains(label.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// "… на восемь дорожек. Фото Андрея Кисляка, БЕЛТА", "… in Gdańsk. Photo Adam Nowak, PAP": a caption closed by the
    /// photographer's name under a photo label without a colon (a label with a full stop of its own is not read), then a
    /// known agency.
    /// </summary>
    private static bool EndsInPhotographerOfAgency(string block)
    {
        var text = block.AsSpan().TrimEnd().TrimEnd('.');
        var stop = text.LastIndexOfAny(LabelStops);
        var comma = text.LastIndexOf(", ");

        // The measures first: the agency's name is short, and the label and name are three or four words.
        if (stop <= 0 || comma <= stop || text.Length - comma > MaxCreditAgencyChars || text[(stop + 1)..comma].Trim().Count(' ') is < 2 or > 3 ||
            !Normalization.DatelineParser.NamesKnownAgency(text[(comma + 2)..].Trim().ToString()))
        {
            return false;
        }

        // The label, then two or three capitalised words of the name.
        var credit = text[(stop + 1)..comma].Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return credit.Length is >= 3 and <= 4 && ChromeVocabulary.CreditLabels.Contains(credit[0].TrimEnd('.').ToLowerInvariant()) &&
               credit.Skip(1).All(word => word.Length > 1 && char.IsUpper(word[0]));
    }

    private const int MaxCreditAgencyChars = 32;

    // The colon of Latin and Cyrillic text, the full-width one and Khmer's camnuc pii kuuh ("រូបថត៖").
    private static readonly SearchValues<char> LabelColons = SearchValues.Create(":\uFF1A\u17D6");

    // What may end the sentence before a credit's label: full stops of Latin, Devanagari, Khmer and CJK text, or a bar.
    private static readonly SearchValues<char> LabelStops = SearchValues.Create(".!?|\u0964\u17D4\u3002");

    // A credit is a name or two, never a sentence: "Photo: AFP. The minister …" is no closing credit.
    private static readonly SearchValues<char> CreditStops = SearchValues.Create("!?\u0964\u17D4\u3002");

    // A caption that names its photo's credit in parentheses may run to two sentences.
    private const int MaxCreditedCaptionChars = 400;

    // "… in Baikonur. (Oleg Urusov/Roscosmos photo via AP)", "… wurden (Foto: picture alliance/Kyodo)", "(AP Photo/Ahn
    // Young-joon)", "(Photo by Joe Raedle/Getty Images)", "(Pic by Sarath Wijesinghe)", "(foto InfoCaudina)": the photo's credit closes the block.
    [GeneratedRegex(
        @"(?:^|[\s.!?])\((?:(?:fotos?|photos?|bild|bilder|image|credit|crédit photo|photo credit)\s*:\s*[^():]{2,80}|(?:foto|photo)\s(?-i:\p{Lu})[^():]{1,60}|[^()]{0,60}\b(?:photo|foto|pic|pics|picture|pictures)\s*(?:/|via\s|by\s)[^()]{1,80})\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditInParentheses();

    private static readonly LiteralGate CreditInParenthesesGate = new(CreditInParentheses());

    // The credit must close the block and hold no sentence of its own, so "…, a photo: it shows the flood." stays. A
    // picture agency's name in parentheses closes a caption with or without a full stop ("… console each other (Getty)"),
    // and so does a wire photographer's credit in capitals ("… in Hanover, Germany. REUTERS/Fabian Bimmer/File Photo",
    // "… Jakarta. ANTARA FOTO/Aprillio Akbar/nym.", the editor's initials last).
    // Split by where a match may start, as one alternation of them all gives the regex engine no character to look for
    // first and tries every branch at every position; IsCaption asks each of them.
    [GeneratedRegex(
        @"^(?:abbildung|abb\.|figure|fig\.|bild|foto|photo|image|imagen|grafik|rycina|ryc\.)\s*\d{1,3}[a-z]?\s*[:.\u2013\u2014-]\s" +
        @"|^(?:vergrößern|bild vergrößern|enlarge|agrandir|ampliar)\s+\p{Lu}" +
        @"|^(?:header|top|featured?|cover|banner|main|lead|hero|title) (?:image|photo|picture)\s*:\s|^\((?:borítókép|nyitókép|címlapkép|cover (?:photo|image)|featured image|titelbild)\s*:[^()]{2,250}\)$" +
        @"|^this (?:(?:undated|file|handout|recent|aerial) )*(?:photo|picture|image|screenshot|screen grab)\b[^()]{0,200}\([^()]{2,40}\)$" +
        @"|^credit(?:\.{3}|…)\s*\S[^.!?]{0,80}$|^(?-i:AP|AFP|EPA|DPA|UPI|Getty|Reuters|Xinhua|Kyodo|Yonhap|Shutterstock|iStock|Imago|Keystone)(?:\s?/\s?\w+)?\s?(?:photo|foto|images?|pictures?)\b(?:\s?/\s?[^.!?/]{1,60})?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOpening();

    private static readonly LiteralGate CaptionOpeningGate = new(CaptionOpening());

    [GeneratedRegex(
        @"(?:^|[.!?|,;]\s*|\s)(?:©|\((?:c|foto|photo|bild)\)|(?:foto|photo|bild|crédit photo|photo credit|image credit|image|credits?|źródło zdjęcia(?: głównego)?)\s*:|^(?:imagen|imagem|immagine|foto|photo|image)\s\|(?=[^|]*$))\s*(?:[^.!?©:]|\.(?=[a-z]{2,4}\b)){1,60}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCreditLabel();

    private static readonly LiteralGate CaptionCreditLabelGate = new(CaptionCreditLabel());

    [GeneratedRegex(
        @"(?:^|[.!?][""”’]?\s*)\((?=[^()]*(?:\bphoto\b|\bfoto\b|\bph\.?\s?:|\bfile\b|\bgetty\b|\bvia\s|(?-i:\p{Lu}[\p{L}.'-]*\s?/\s?\p{Lu})))[^()]{2,80}\)$" +
        @"|(?:^|\s)(?-i:REUTERS|EPA|EFE|ANSA|XINHUA|ANTARA FOTO)/\s?\p{Lu}[^./]{1,40}(?:/(?:File Photo|File|Pool|Handout|Illustration|Pool Photo|(?-i:\p{Ll}{2,4})))?\.?$" +
        @"|(?:^|[.!?]\s+)(?-i:PHOTOS?|PICTURE|IMAGE|FILE PHOTO)\s?\|\s?(?-i:\p{Lu}[\p{Lu}\s.'-]{1,40})$" +
        // "… a weekday morning in February. Photo by Lucía Ferrer for Metro Pulse": the credit set after the caption.
        @"|[.!?][""”’]?\s+(?:photo|photograph|picture|image)s? by (?-i:\p{Lu})[^.!?()]{1,60}$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCreditAfterStop();

    private static readonly LiteralGate CaptionCreditAfterStopGate = new(CaptionCreditAfterStop());

    [GeneratedRegex(
        @"\s\((?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|imago(?: images)?|picture alliance|unsplash|pexels|pixabay)(?:\s?/\s?[^()]{1,60})?\)$" +
        @"|\s/\s?(?:domena publiczna|materiały prasowe|mat\. prasowe|archiwum(?: prywatne)?|pap|east news|agencja gazeta|getty images|shutterstock|istock|pixabay|unsplash|afp|reuters|epa)(?:\s?/\s?[^./]{1,40})?$" +
        @"|\s\[[^\[\]]{0,40}(?:사진|제공|写真|提供|图片|照片|图/|photo|foto)[^\[\]]{0,30}\]$" +
        // "(கோப்புப் படம்)", "(फाइल फोटो)", "(ফাইল ছবি)": "file photo" closing an Indian paper's caption.
        @"|\s\((?:கோப்புப் படம்|கோப்பு படம்|फाइल फोटो|फ़ाइल फ़ोटो|ফাইল ছবি|ఫైల్ ఫోటో|ഫയൽ ചിത്രം|file photo|file pic)\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionAgencyCredit();

    [GeneratedRegex(
        @"(?:新华社|新華社|中新社|本报|本報)?(?:记者|記者|通讯员|通訊員)\s?[\p{IsCJKUnifiedIdeographs}·、 ]{2,12}?\s?(?:摄|攝)(?:影)?[）)]?$" +
        // "…居民在步道上散步。澎湃新闻记者 陈嘉禾 图" (a spaced name, then "picture"), "…效果图。图片来源：上海市绿化局".
        @"|(?:记者|記者|通讯员|通訊員)\s?[\p{IsCJKUnifiedIdeographs}·]{2,4}\s(?:图|圖)[）)]?$|[。！？]\s*[（(]?(?:图片来源|圖片來源|图源|圖源)\s*[:：][^。！？]{1,40}$" +
        // After the caption's full stop: the photographer, perhaps with the photo desk ("。 孙立君摄", "。潘志远摄（人民视觉）"),
        // who supplied it ("。社区供图"), or the picture's source, perhaps in brackets ("。图/视觉中国", "。（圖／台北市立動物園提供）").
        @"|[。！？]\s*[（(]?(?:[\p{IsCJKUnifiedIdeographs}·]{2,4}\s?(?:摄|攝)(?:[（(][^（）()]{1,12}[）)])?|[\p{IsCJKUnifiedIdeographs}]{1,12}(?:供图|供圖)|(?:图|圖)\s?[/／][^。！？/]{1,20})[）)]?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CaptionCjkCredit();

    private const int MaxCreditLineChars = 80;

    /// <summary>
    /// "SRF 4 News, 20.11.2025, 14:00 Uhr; sda", "Redaktion, 20.11.2025 / dpa": the programme or desk, the day and the
    /// agency the story came from, as a closing line with no sentence in it.
    /// </summary>
    private static bool IsDatedAgencyCredit(string block)
    {
        if (block.Length > MaxCreditLineChars || !NumericDay().IsMatch(block))
        {
            return false;
        }

        var end = block.AsSpan().TrimEnd(" .)").ToString();
        var cut = end.LastIndexOfAny([';', ',', '/', '(']);
        return cut > 0 && end[(cut + 1)..].Trim() is { Length: > 0 } agency && DatelineParser.NamesKnownAgency(agency);
    }

    [GeneratedRegex(@"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDay();

    /// <summary>
    /// "*Con información de Colprensa", "(With files from Reuters)", "Agencias AFP y ANSA": the line closing a story
    /// that names the agencies it draws on, and only agencies ("With reporting by Jane Doe" names a writer and stays).
    /// </summary>
    private static bool IsAgencySourceLine(string block)
    {
        if (block.Length > MaxCreditLineChars || AgencySourceLine().Match(block) is not { Success: true } match)
        {
            return false;
        }

        // "de las agencias AFP y EFE": the word for agencies before their names; "da Agência Brasil" is a name.
        var who = match.Groups["who"].Value;
        return NamesAgenciesOnly(who) || NamesAgenciesOnly(AgenciesWordGate.Replace(who, string.Empty));
    }

    // Each name between the joiners an agency; an empty one (", ,") names none.
    private static bool NamesAgenciesOnly(string who) =>
        BylineNormalizer.IsAgencyOnly(Array.ConvertAll(AgencyJoiner().Split(who), name => name.Trim()));

    [GeneratedRegex(@"^(?:(?:las|los|la|as|a|the)\s+)?(?:agencias?|agências?|agencies|agency|agenturen)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgenciesWord();

    private static readonly LiteralGate AgenciesWordGate = new(AgenciesWord());

    [GeneratedRegex(
        @"^[*(\[]?\s*(?:con información de|com informações d[aoe]s?|με πληροφορίες από|with (?:files|reporting|inputs?|additional reporting) from|mit material (?:von|der)|avec|agencias|agências|agencies|agenturen" +
        // "This story is based on reports from Reuters", "Der Artikel basiert auf Material der dpa", "הכתבה מבוססת על
        // דיווחי סוכנות הידיעות רויטרס": a note of the story's sources in a sentence of its own.
        @"|this (?:story|article|report) (?:is|was) based on (?:reports?|reporting|material) (?:from|by)(?: the)?|(?:der |dieser )?(?:artikel|beitrag|text) (?:basiert|beruht) auf (?:material|meldungen|berichten) (?:der|von|des)" +
        @"|(?:הכתבה|הידיעה|הדיווח) מבוסס(?:ת)? על (?:דיווחי|דיווח של|דיווחים של|דיווח)(?: סוכנות הידיעות| סוכנויות הידיעות)?)\s+(?<who>[^.!?]{1,60}?)\s*[)\]]?\.?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgencySourceLine();

    [GeneratedRegex(@"\s*(?:,|/|&|\s(?:y|e|and|und|et|i)\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyJoiner();

    /// <summary>"Quelle: dpa", "Tags: Brazil, floods", "Editor: Li Wei", or a repost disclaimer of any length.</summary>
    private static bool IsTrailingNote(string block) =>
        (Label(block) is { } label && ChromeVocabulary.TrailingNoteLabels.Contains(label) &&
         (block.Length <= MaxNoteChars || ChromeVocabulary.DisclaimerLabels.Contains(label))) ||
        DisclosureNoteGate.IsMatch(block) || RegulatorNoteGate.IsMatch(block);

    // "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of
    // Practice. If you have a complaint …": a paper's note on the press regulator it answers to, of any length.
    [GeneratedRegex(@"^this (?:website|site|newspaper|publication|title)\b[^.]{0,80}\b(?:adheres?|subscribes?|is signed up) to\b[^.]{0,40}\b(?:independent press standards organisation|ipso|impress)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RegulatorNote();

    private static readonly LiteralGate RegulatorNoteGate = new(RegulatorNote());

    // "Analyst’s Disclosure: I/we have a beneficial long position …", "Seeking Alpha’s Disclosure: Past performance is no
    // guarantee …", "Disclosure & Polices: CoinDesk is an award-winning media outlet …": the analyst's and the site's
    // statements of interest under a markets story, of any length; the label may name its owner.
    [GeneratedRegex(@"^(?:[\p{L}\d .&\-]{1,30}[’']s[ ])?disclosures?(?:[ ](?:&|and)[ ]polic(?:i)?es)?[ ]?:[ ]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DisclosureNote();

    private static readonly LiteralGate DisclosureNoteGate = new(DisclosureNote());

    // The lower-cased words before a colon that opens the block, if short enough to be a label.
    private static string? Label(string block) =>
        LabelColon(block) is var colon and >= 0 ? block[..colon].Trim().TrimStart(LabelOpeners).ToLowerInvariant() : null;

    // Where the label's colon stands, close to the start and with text after it; -1 without one.
    private static int LabelColon(string block)
    {
        var colon = block.AsSpan(0, Math.Min(block.Length, MaxLabelChars + 2)).IndexOfAny(':', '\uFF1A', '\u17D6');
        return colon <= 0 || colon == block.Length - 1 ? -1 : colon;
    }

    private const int MaxTeaserChars = 200;

    // "【関連記事】 …", "[관련기사] …": a label in brackets that opens the block.
    private static string? BracketLabel(string block)
    {
        var line = block.TrimStart();
        if (line.Length < 3 || (line[0] != '【' && line[0] != '['))
        {
            return null;
        }

        var close = line.IndexOf(line[0] == '【' ? '】' : ']', StringComparison.Ordinal);
        return close is > 1 and <= MaxLabelChars + 1 && close < line.Length - 1 ? line[1..close].Trim().ToLowerInvariant() : null;
    }

    // "ALSO READ | Seoul and Washington to expand drills": a label set off by a bar, as Indian sites print it.
    private static string? BarLabel(string block)
    {
        var bar = block.AsSpan(0, Math.Min(block.Length, MaxLabelChars + 3)).IndexOf(" | ", StringComparison.Ordinal);
        return bar > 0 ? block[..bar].Trim().ToLowerInvariant() : null;
    }

    /// <summary>
    /// "PUEDES VER: ¿Qué es la Sunedu?", "MIRA: Madre se acerca …": a teaser for another story under a read-also label
    /// set in capitals, which pages print even where the link itself was lost. A headline, so no closing full stop.
    /// </summary>
    private static bool IsShoutedTeaser(string block)
    {
        // A label in brackets opening the block is read first: the headline after it may hold a colon of its own
        // ("【相關新聞】屯馬綫上月兩度延誤 港鐵：已更換部分設備").
        if (block.Length > MaxTeaserChars || block.EndsWith('.') || (BracketLabel(block) ?? Label(block) ?? BarLabel(block)) is not { } label)
        {
            return false;
        }

        if (!ChromeVocabulary.ReadAlsoLabels.Contains(label) && !ChromeVocabulary.TrailingSectionHeadings.Contains(label))
        {
            return false;
        }

        // "Read more: City council votes to expand bike lanes": in any case, a label before a headline, which ends
        // without a stop of any kind.
        if (!EndsSentence(block) && !block.TrimEnd().EndsWith(':'))
        {
            return true;
        }

        var end = block.IndexOfAny([':', '\uFF1A', '|']);
        var printed = block.AsSpan(0, Math.Max(end, 0));
        foreach (var c in printed)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private const int MaxPostMetaChars = 400;

    /// <summary>
    /// The line a blog prints under a post: "This entry was posted in Allgemein. Bookmark the permalink.", "Der
    /// Beitrag wurde am … veröffentlicht und wurde unter … abgelegt", "Kommentarfeed | Kommentare geschlossen"; and a
    /// newspaper's note on its print edition ("A version of this article appears in print on March 15, 2025, Section B …").
    /// </summary>
    private static bool IsPostMetaLine(string block) => block.Length <= MaxPostMetaChars && PostMetaGate.IsMatch(block);

    [GeneratedRegex(
        @"\b(?:this entry was posted|bookmark the permalink|filed under|abgelegt unter|veröffentlicht und wurde unter|trackback|kommentarfeed|comments are closed|kommentare geschlossen|kommentare sind geschlossen|a version of this (?:article|story) (?:appears|appeared) in print|this (?:article|story) (?:appears|appeared) in (?:the )?(?:[\w ]{1,30} )?print|een versie van dit artikel verscheen|dieser (?:artikel|beitrag) erschien (?:auch |zuerst )?in der\b[^.]{0,40}\bausgabe|cet article est paru dans (?:l'édition|le numéro)|este artículo (?:fue publicado|apareció) en la edición impresa|opinions expressed by [^.]{1,40} contributors are their own|(?:opinions|views) expressed in [^.]{1,60} are (?:those|the views|the opinions) of the (?:authors?|writers?|columnists?|contributors?))\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostMeta();

    private static readonly LiteralGate PostMetaGate = new(PostMeta());

    private const int MaxCallToActChars = 300;
    private const int MinCallToActCues = 2;

    /// <summary>
    /// "To view the full story, please subscribe …", "If you enjoyed reading this post – would you consider supporting
    /// our work? Just click here.": a short block that asks the reader to subscribe, log in, register or donate. Cues
    /// of two kinds are needed, as a story may mention one.
    /// </summary>
    private static bool IsCallToAct(string block)
    {
        // A sentence of some length that speaks neither to the reader nor as the site reports on subscriptions and
        // paywalls ("… what Google is taking out from behind the paywall … without a Fitbit Premium subscription").
        if (block.Length > MaxCallToActChars || (block.Length > MaxUnaddressedCallChars && !SpeaksWithReaderGate.IsMatch(block)))
        {
            return false;
        }

        var kinds = 0;
        foreach (var kind in ChromeVocabulary.CallToActCues)
        {
            if (kind.FoundIn(block) && ++kinds >= MinCallToActCues)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Have a news tip? Email us at tips@example.com.", "Dr. Jane Roe, Institute E-Mail: roe@example.org": a short line
    /// ending the story that gives an address to write to, as a list entry or speaking to the reader. A sentence about
    /// whom to ask ("Weitere Informationen erteilt Anne Althaus (althausa@…).") is the story's own.
    /// </summary>
    private static bool IsContactLine(string block) =>
        block.Length <= MaxContactLineChars && EmailAddress().IsMatch(block) &&
        (!EndsSentence(block) || block.Contains('?', StringComparison.Ordinal) || AddressesReader().IsMatch(block));

    // Labelled as one and giving an address or a phone: a contact block wherever it stands (one of IsChromeAnywhere's
    // tests, so the story's end needs no second look for it).
    private static bool IsContactBlock(string block) =>
        block.Length <= MaxContactBlockChars &&
        (ContactOpeningGate.IsMatch(block) ? EmailAddress().IsMatch(block) || PhoneWord().IsMatch(block) || PhoneNumber().IsMatch(block) : IsContactFields(block));

    // "202-555-0188", "(212) 555-0148", "+44 20 7946 0958": a number in a phone's groups, unlabelled, as a contact
    // block under its own label prints it.
    [GeneratedRegex(@"(?<![\d.,])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{2,4}\)[ .\-]?|\d{2,4}[ .\-])\d{3,4}[ .\-]\d{3,4}(?![\d.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();

    private const int MaxContactFieldsChars = 250;

    // "Landesförderinstitut … Geschäftsbereich Verkehr Telefon: 0385 6363-1420 E-Mail: oepnv@lfi-mv.example": an office's
    // address with a labelled phone and an e-mail, and no sentence: a contact box's text wherever it stands.
    private static bool IsContactFields(string block) =>
        block.Length <= MaxContactFieldsChars && !EndsSentence(block) && PhoneWord().IsMatch(block) && EmailAddress().IsMatch(block);

    private const int MaxContactBlockChars = 400;

    // "For further information, please contact: Jane Roe, CEO Phone: … Email: …", "Media contact: …", "Jane Roe can be
    // reached at jroe@example.com.": a release's or a reporter's contact block, with an address or a phone in it; "■ 제보하기
    // ▷ 전화 : … ▷ 이메일 : …": a Korean broadcaster's box for readers' tips.
    [GeneratedRegex(
        @"^(?:(?:for (?:further|more|additional) information|for comments and feedback|for media inquiries),? (?:please )?contact|media (?:contacts?|inquiries|enquiries)|press (?:contacts?|inquiries|enquiries)|investor (?:contacts?|relations)|contacts?)\s*:|^[^.!?:]{2,80}\bcan be reached (?:at|by email at)\s|^[■□▶▷●◆\s]{0,3}제보하기\s",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactOpening();

    private static readonly LiteralGate ContactOpeningGate = new(ContactOpening());

    [GeneratedRegex(@"\b(?:phone|tel|telephone|mobile|telefon|téléphone|tél|teléfono|telefone|telefono)\b\.?\s*:?\s*\+?\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneWord();

    [GeneratedRegex(@"\b(?:we|us|our|wir|uns|nous|nos)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressesReader();

    private const int MaxUnaddressedCallChars = 120;

    // The reader or the site as a person ("you", "our", "Sie", "vous", "nosotros"), a question put to the reader ("Want
    // more stories like this?") or a sentence that opens on a command ("Subscribe to get …", "Do it for the culture").
    [GeneratedRegex(
        @"\?|(?:^|[.!:]\s+)(?:subscribe|sign|log|register|join|donate|support|become|click|get|do it|follow|download|try|abonnieren|abonniere|unterstütze|unterstützen sie|werden sie|melde|abonnez|inscrivez|soutenez|suscríbete|únete|apoya|assine|iscriviti|sostieni)\b" +
        @"|\b(?:you|your|yours|we|us|our|du|dich|dir|dein\w*|euch|euer\w*|wir|uns|unser\w*|sie|ihnen|ihr\w*|vous|votre|vos|nous|notre|nos|tu|te|ton|ta|tes|usted\w*|nuestr\w*|nosotros|você\w*|voc[eê]s|noss\w*|voi|noi|nostr\w*|tuo|tua|ti|ty|twój|nasz\w*)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksWithReader();

    private static readonly LiteralGate SpeaksWithReaderGate = new(SpeaksWithReader());

    // The author's name over the story is part of its header, not a box after it: two paragraphs of prose come first.
    private const int MinProseBeforeAuthorBox = 2;

    private static bool StoryUnderWay(List<StoryBlock> kept)
    {
        // Two long paragraphs, or three sentences of any length: stories of short paragraphs are under way too.
        var prose = 0;
        var sentences = 0;
        foreach (var block in kept)
        {
            if (IsProse(block.Text) && ++prose >= MinProseBeforeAuthorBox)
            {
                return true;
            }

            if (block.Kind == BlockKind.Paragraph && block.Text.Length >= MinSentenceBeforeAuthorBoxChars && EndsSentence(block.Text) &&
                ++sentences >= MinShortProseBeforeAuthorBox)
            {
                return true;
            }
        }

        return false;
    }

    private const int MinSentenceBeforeAuthorBoxChars = 50;
    private const int MinShortProseBeforeAuthorBox = 3;

    private const int MaxAuthorBioChars = 400;

    /// <summary>
    /// "Jane Morrow is a reporter covering transport for Daily Example.": the byline's author introduced by name and
    /// trade, the text of an author box.
    /// </summary>
    private static bool IsAuthorBio(string block, PageMetadata metadata)
    {
        if (block.Length > MaxAuthorBioChars)
        {
            return false;
        }

        // "By Alex Heath, a deputy editor and author of the Command Line newsletter. He's covered …": the byline
        // printed with its author's bio, where the opener already says the name is the author's, not a source's.
        foreach (var author in metadata.Authors)
        {
            if (SignedBio(block, author))
            {
                return true;
            }

            if (block.Length > author.Length + 4 && block.StartsWith(author, StringComparison.OrdinalIgnoreCase) &&
                (AuthorIntroduced().IsMatch(block.AsSpan(author.Length)) || BeatIntroduced().IsMatch(block.AsSpan(author.Length))))
            {
                return true;
            }

            // "Marta covers EU energy policy from Brussels": a bio calls its author by the first name too, but only
            // with a beat verb, as a story's sentence may open with a source who shares it.
            var space = author.IndexOf(' ', StringComparison.Ordinal);
            if (space > 1 && block.Length > space + 8 && block.StartsWith(author.AsSpan(0, space), StringComparison.Ordinal) &&
                BeatIntroduced().IsMatch(block.AsSpan(space)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SignedBio(string block, string author)
    {
        // The name right after the opener: "By Monday, Jane Doe, a reporter …" is a sentence.
        var start = block.IndexOf(author, StringComparison.Ordinal);
        return start > 0 && BylineLine.IsOpenerAlone(block[..start].TrimEnd()) &&
               AuthorDescribed().IsMatch(block.AsSpan(start + author.Length));
    }

    // ", a deputy editor and author of …", ", reporter at …": the trade set beside the name.
    [GeneratedRegex(
        @"^,\s(?:(?:a|an|the|our|eine?|un|une|una|uno|la|le|el|il)\s)?(?:\w+\s){0,3}?(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|freelancer?|author|producer|redakteur(?:in)?|journalistin|korrespondent(?:in)?|autor(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?|corresponsal|giornalista|redattore|redattrice)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorDescribed();

    // " covers energy policy …", " reports on …", " writes about …": a reporter's beat after the name.
    [GeneratedRegex(
        @"^\s(?:covers|has covered|reports on|has reported on|writes about|has written about|is based in)\s",
        RegexOptions.CultureInvariant)]
    private static partial Regex BeatIntroduced();

    // " is a reporter covering …", " ist Redakteurin im Ressort …": a trade right after the name.
    [GeneratedRegex(
        @"^,?\s(?:(?:currently\s)?(?:works|writes)\s(?:for|at)\s(?:\w+\s){1,4}?as|is|was|ist|war|est|es|è)\s(?:a|an|the|our|eine?|un|une|una|uno|la|le|el|il)?\s?(?:[\w'’-]+\s){0,4}?(?:reporter|reviewer|writer|editor|correspondent|journalist|columnist|contributor|freelancer?|author|producer|photographer|redakteur(?:in)?|journalistin|korrespondent(?:in)?|autor(?:in)?|journaliste|rédact(?:eur|rice)|periodista|redactor(?:a)?|corresponsal|giornalista|redattore|redattrice)(?=[\s,.;:]|$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AuthorIntroduced();

    /// <summary>"Journaliste à la Côte-Nord depuis 2019, elle couvre …", "Reporter covering transport since 2021.": a bio that opens with the trade.</summary>
    private static bool IsTradeBio(string block) => block.Length <= MaxAuthorBioChars && TradeOpening().IsMatch(block);

    [GeneratedRegex(
        @"^(?:(?:a|an|the|our|un|une|le|la|el|il|der|die|eine?)\s)?(?:[\w-]+\s){0,2}?(?:reporter|journalist|journaliste|journalistin|correspondent|correspondante?|corresponsal|rédact(?:eur|rice)|redakteur(?:in)?|periodista|giornalista|editor|editora|columnist|chroniqueu(?:r|se)|photographer|photographe|redactor(?:a)?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TradeOpening();

    /// <summary>
    /// "<h4>Jane Morrow</h4><p>Jane Morrow covers business for the site.</p>": a heading that is a person's name over a
    /// paragraph opening with it, an author box even where the page names no author.
    /// </summary>
    private static bool IntroducesAPerson(List<StoryBlock> blocks, int index)
    {
        var heading = blocks[index].Text;
        if (index + 1 >= blocks.Count || !blocks[index + 1].Text.StartsWith(heading + " ", StringComparison.Ordinal))
        {
            return false;
        }

        var names = BylineNormalizer.Names(heading, []);
        return names.Count == 1 && names[0] == heading && heading.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>
    /// A heading that is the byline's author, alone or after "About" ("Über Simon Dückert"): the title of an author box
    /// under the story.
    /// </summary>
    private static bool NamesAnAuthor(string block, PageMetadata metadata)
    {
        var text = block.Trim();
        foreach (var about in ChromeVocabulary.AboutWords)
        {
            if (text.Length > about.Length + 1 && text.StartsWith(about, StringComparison.OrdinalIgnoreCase) && text[about.Length] == ' ')
            {
                text = text[(about.Length + 1)..].TrimStart();
                break;
            }
        }

        return IsAuthorName(text, metadata.Authors);
    }

    private const int MaxCommentStampChars = 80;
    private const int MaxCommentStampWords = 10;
    private const int CommentReplyReach = 3;

    /// <summary>
    /// "jane_doe April 12, 2025 at 3:02 pm" followed within a few blocks by its "Reply" link: a reader's comment opens
    /// here. A stamp line alone may be an update in the story; the reply link is what only comments carry.
    /// </summary>
    private static bool OpensComment(List<StoryBlock> blocks, int index)
    {
        var stamp = blocks[index].Text;
        if (stamp.Length > MaxCommentStampChars || !char.IsLetter(stamp[0]) || DateLine(stamp, MaxCommentStampWords) is null)
        {
            return false;
        }

        for (var j = index + 1; j < blocks.Count && j <= index + CommentReplyReach; j++)
        {
            if (CommentThreads.IsReplyText(blocks[j].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEndSectionHeading(string block) =>
        block.Length <= MaxSectionHeadingChars &&
        ChromeVocabulary.EndSectionHeadings.Contains(block.Trim().TrimEnd(HeadingEnds).ToLowerInvariant());

    private const int MaxSectionHeadingChars = 80;

    private const int MaxReleaseEndChars = 300;

    /// <summary>"SOURCE Halvorsen Analytics", "View original content to download multimedia: https://…", "View source version on
    /// businesswire.com: …", "Original-Content von: …": a release's end.</summary>
    private static bool IsReleaseEnd(string block) =>
        block.Length <= MaxReleaseEndChars && ReleaseEnd().IsMatch(block);

    // And ots's "Original-Content von: …, übermittelt durch news aktuell".
    [GeneratedRegex(@"^(?:SOURCE[ ]\p{Lu}[^.!?:]{1,80}$|View original content(?:[ ]to download multimedia)?:|View source version on [\w.-]+:|Original-Content von:)", RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseEnd();

    private const string WireUpNextHeading = "UP NEXT";

    private static bool IsTrailingSectionHeading(string block)
    {
        if (block.Length > MaxSectionHeadingChars)
        {
            return false;
        }

        var folded = block.Trim().TrimEnd(TrailingHeadingEnds).ToLowerInvariant();
        return ChromeVocabulary.TrailingSectionHeadings.Contains(folded) || (block.TrimEnd().EndsWith(':') && OpensWithHeading(folded)) ||
               IsMoreFrom(block, folded) || IsInterestHeading(block, folded);
    }

    private const int MaxInterestHeadingWords = 8;

    // "Diese Artikel könnten euch auch interessieren:", "Stories you might also like", "Estas noticias te pueden
    // interesar": a short heading that offers the reader more, in whatever words the site chose around the phrase. A
    // full stop makes it a sentence ("It is a book you will love.").
    private static bool IsInterestHeading(string block, string folded) =>
        CountWords(block) <= MaxInterestHeadingWords && block.TrimEnd() is [.., not ('.' or '!')] && InterestHeadingGate.IsMatch(folded);

    [GeneratedRegex(
        @"\b(?:könnten?|dürften?) (?:sie|dich|euch|ihnen) (?:auch |ebenfalls |außerdem )?interessieren$" +
        @"|\byou (?:might|may|could|will|should) (?:also )?(?:like|enjoy|love|be interested in)$|\b(?:might|may) also interest you$" +
        @"|\b(?:pourrai(?:en)?t|peu(?:ven)?t) (?:aussi |également )?vous intéresser$" +
        @"|\b(?:te|le|les) (?:puede|pueden|podría|podrían) (?:también )?interesar$|\bpotrebber?o? (?:anche )?interessarti$",
        RegexOptions.CultureInvariant)]
    private static partial Regex InterestHeading();

    private static readonly LiteralGate InterestHeadingGate = new(InterestHeading());

    private const int MaxLeadInChars = 100;

    // "Lee también:", "ये भी पढ़ें...", "អានបន្ត៖": the label ends in a colon (Khmer's own sign too) or trails off. A label of
    // two words or more may stand bare, its box's links gone ("<span class='readalso-title'>Read also</span>"), but only
    // as known: a qualified one ("Popular Bougainvillea Varieties", "Lesen Sie keine Modeblogs?") titles a section.
    private static bool IsReadAlsoLeadIn(string block)
    {
        var end = block.AsSpan().TrimEnd();
        if (block.Length > MaxSectionHeadingChars)
        {
            return false;
        }

        if (end.EndsWith(":") || end.EndsWith("\u17D6") || end.EndsWith("...") || end.EndsWith("…"))
        {
            return ChromeVocabulary.IsReadAlsoLabel(block.Trim().TrimEnd(ReadAlsoEnds).ToLowerInvariant());
        }

        var bare = end.Trim();
        return bare.Contains(' ') && ChromeVocabulary.ReadAlsoLabels.Contains(bare.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// "Das Thema könnte dich auch interessieren:", "Watch the full interview here:": a line that leads into what the
    /// cleaning took out, left with nothing after it.
    /// </summary>
    private static bool IsLeadIn(string block) => block.Length <= MaxLeadInChars && block.TrimEnd().EndsWith(':');

    private const int MaxMoreHeadingWords = 6;

    /// <summary>
    /// A short heading offering more of the site ("Entdecke weitere Homestorys", "Weitere Tourentipps in Schweden",
    /// "Discover more recipes"); it ends the story only when no prose follows it, as "Weitere Schritte" may head a
    /// section of the story.
    /// </summary>
    private static bool IsMoreHeading(string block)
    {
        if (CountWords(block) > MaxMoreHeadingWords || EndsSentence(block))
        {
            return false;
        }

        var folded = block.Trim().TrimEnd(':').ToLowerInvariant();
        if (ChromeVocabulary.InformationHeadings.Contains(folded))
        {
            return false;
        }

        return OpensWithAny(folded, ChromeVocabulary.MoreHeadingOpeners);
    }

    private const int MaxMoreFromWords = 6;

    // "More from Wealth Nexus Pro", "Mehr aus der Region": a heading naming the site or section its links come from.
    private static bool IsMoreFrom(string block, string folded)
    {
        if (CountWords(block) > MaxMoreFromWords || EndsSentence(block))
        {
            return false;
        }

        return OpensWithAny(folded, ChromeVocabulary.MoreFromOpeners);
    }

    private static bool OpensWithAny(string folded, string[] openers)
    {
        foreach (var opener in openers)
        {
            if (OpensWith(folded, opener) && !CountsAfter(folded, opener.Length))
            {
                return true;
            }
        }

        return false;
    }

    // "Plus de 600 agents mobilisés", "More than 40 towns flooded": a number or "than" after the word is a quantity, not
    // an offer of more of the site.
    private static bool CountsAfter(string folded, int at)
    {
        var rest = folded.AsSpan(at).TrimStart();
        return (rest.Length > 0 && char.IsDigit(rest[0])) || rest.StartsWith("than ", StringComparison.Ordinal);
    }

    // "Lesen Sie auch die folgenden Beiträge:", "Weitere Beiträge aus der Kolumne:": a longer heading over a list
    // that opens with one of several words; one word ("Related to this, she said:") is too common in prose.
    private static bool OpensWithHeading(string folded)
    {
        foreach (var heading in ChromeVocabulary.TrailingSectionHeadings)
        {
            if (heading.Contains(' ', StringComparison.Ordinal) && OpensWith(folded, heading))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the folded text opens with the phrase as whole words and goes on after it.
    private static bool OpensWith(string folded, string phrase) =>
        folded.Length > phrase.Length && folded.StartsWith(phrase, StringComparison.Ordinal) && folded[phrase.Length] == ' ';

    private const int MinShortProseChars = 30;
    private const int MaxBlocksToShortProse = 4;

    /// <summary>
    /// Whether the story's last block or two, unlinked prose, are all that follow <paramref name="start"/>, but for the
    /// notes after the story ("This article first appeared on CalMatters …"): a read-also label or a "Related" box set
    /// just before the story's end ("Also on Patch:" over the closing paragraph) leads into nothing of it.
    /// </summary>
    private static bool OnlyProseFollows(List<StoryBlock> blocks, int start)
    {
        var prose = 0;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var plain = block.Kind != BlockKind.Heading && block.LinkShare == 0 && block.Text.Length >= MinShortProseChars && EndsSentence(block.Text);

            // A rule of underscores or dashes ("___", AP's sign-off) and a line of addresses (AP's hub links) after the
            // section's prose are the wire's sign-off, not more story.
            if (IsChromeAnywhere(block.Text) || !TextScan.ContainsLetterOrDigit(block.Text) || (prose > 0 && IsAddressLine(block.Text)))
            {
                continue;
            }

            if (!plain || ++prose > MinProseAfterHeading)
            {
                return false;
            }
        }

        return prose > 0;
    }

    /// <summary>
    /// Whether two paragraphs of plain text, short ones too, come straight after <paramref name="start"/>: a teaser list
    /// opens with a link title, and its descriptions follow their links.
    /// </summary>
    private static bool PlainProseFollows(List<StoryBlock> blocks, int start)
    {
        var shortProse = 0;
        var subheading = false;
        for (var i = start; i < blocks.Count && i < start + MaxBlocksToShortProse + (subheading ? 1 : 0); i++)
        {
            var block = blocks[i];
            if (IsChromeAnywhere(block.Text))
            {
                continue;
            }

            // "LEIA TAMBÉM:" with its links gone, then "Restituições" over two paragraphs: the story's next section
            // heading, unlinked, straight after the label; a teaser's title is a link.
            if (!subheading && shortProse == 0 && block.Kind == BlockKind.Heading && block.LinkShare == 0 && !block.IsLink &&
                !IsTrailingSectionHeading(block.Text))
            {
                subheading = true;
                continue;
            }

            // Under that heading, unlinked list items are the section's own list ("Trechos impróprios para banho" over
            // "Recife: Pina, em frente à Rua Padre Bernardino Pessoa"); teasers under a heading are linked.
            if (subheading && block.Kind == BlockKind.ListItem && block.LinkShare == 0 && !block.IsLink)
            {
                if (++shortProse >= MinProseAfterHeading)
                {
                    return true;
                }

                continue;
            }

            // A link, a heading or a line that is no sentence (a teaser title that lost its link) opens a list.
            // The story's own list items end in a semicolon as often as in a stop ("A área atingida é de cerca de 3 mil m²;").
            if (block.LinkShare > 0 || block.Kind == BlockKind.Heading || block.Text.Length < MinShortProseChars ||
                !(EndsSentence(block.Text) || block.Text.EndsWith(':') || (block.Kind == BlockKind.ListItem && block.Text.EndsWith(';'))))
            {
                return false;
            }

            if (++shortProse >= MinProseAfterHeading)
            {
                return true;
            }

            // "Οι δήμοι στους οποίους δεν θα λειτουργήσουν τα σχολεία είναι:" over unlinked list items: a sentence that
            // introduces the story's own list; a box of teasers introduces nothing.
            if (block.Text.EndsWith(':') && block.Kind != BlockKind.ListItem && i + 1 < blocks.Count &&
                blocks[i + 1] is { Kind: BlockKind.ListItem, LinkShare: 0, IsLink: false })
            {
                return true;
            }
        }

        return false;
    }

    private const int MinTeaserCards = 2;

    /// <summary>
    /// Cards of a linked title over its summary, one after another ("More News" over them): other stories, however
    /// long their summaries read.
    /// </summary>
    private static bool TeaserCardsFollow(List<StoryBlock> blocks, int start)
    {
        var cards = 0;
        for (var i = start; i + 1 < blocks.Count; i += 2)
        {
            if (!blocks[i].IsLink || blocks[i + 1].IsLink || !IsProse(blocks[i + 1].Text))
            {
                return false;
            }

            if (++cards >= MinTeaserCards)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether at least two paragraphs of prose come after <paramref name="start"/>: the story goes on.</summary>
    private static bool ProseFollows(List<StoryBlock> blocks, int start)
    {
        var prose = 0;
        for (var i = start; i < blocks.Count && prose < MinProseAfterHeading; i++)
        {
            if (IsProse(blocks[i].Text))
            {
                prose++;
            }
        }

        return prose >= MinProseAfterHeading;
    }

    // A paragraph all in bold, not a link, with prose under it.
    private static bool IsBoldSubheading(List<StoryBlock> blocks, int i) =>
        blocks[i] is { Bold: true, IsLink: false } && i + 1 < blocks.Count && IsProse(blocks[i + 1].Text);

    private static bool IsProse(string block) => block.Length >= MinProseChars && EndsSentence(block);

    private static bool IsShortFragment(string block) =>
        CountWords(block) <= ShortBlockWords && !EndsSentence(block) && block.Length < 40 && !IsCjkSentence(block);

    private const int MinCjkSentenceChars = 10;

    // Chinese and Japanese write a sentence as one "word": ten ideographs or kana with a full stop, question or
    // exclamation mark in them are prose, whatever follows ("…才有这座英雄的城！（评论员 罗博 萧海川）").
    private static bool IsCjkSentence(string block)
    {
        if (block.AsSpan().IndexOfAny('。', '！', '？') < 0)
        {
            return false;
        }

        return TextScan.CountIdeographsOrKana(block) >= MinCjkSentenceChars;
    }

    private static bool EndsSentence(string block) => SentenceEnd.Ends(block);

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord)
            {
                count++;
            }

            inWord = wordChar;
        }

        return count;
    }
}
