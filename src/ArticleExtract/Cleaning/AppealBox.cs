using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A box asking the reader to pay for the journalism ("Support the Guardian … Support us", "Support Our Journalism …
/// take a paid subscription", "We're 100% funded by readers. Join our community"), set between the story's
/// paragraphs in prose of its own: short, speaking of journalism and of support, and linking to the page that takes
/// the money. Each of its sentences alone reads as prose, so it goes as a whole. So does an offer of the site's paid tier
/// that nudges those who already pay to log in, or that quotes its price ("Get Nexus+ … $32.99 / 30 days").
/// </summary>
internal static partial class AppealBox
{
    private const int MaxChars = 900;

    // The text as the page has it, indentation and all, before it is measured collapsed.
    private const int MaxRawChars = 4 * MaxChars;

    // Where an appeal sends the reader: the subscription, membership or donation page.
    private static readonly PhraseSet PaymentPaths = new(
    [
        "subscribe", "subscription", "support", "donate", "donation", "contribut", "membership", "/join", "/member", "/abo",
        "abonnement", "suscrip", "assinatura", "assine", "spende", "unterstuetz", "sostieni", "soutenir", "apoya", "apoyo",
        "tamogat", "wesprzyj", "podpor", "sustine", "doniraj", "sumate", "/socios", "/socio/", "/dona/", "/donar", "/doar",
        "faire-un-don", "/aporta", "/pidtrym",

        // Public radio and television: "pledge.kwrv.org", "/give".
        "pledge", "/give",
    ]);

    // A button that names the payment where its address does not ("Hágase miembro ahora" to a bare host).
    private static readonly PhraseSet PaymentCalls = new(
    [
        "become a member", "join now", "donate", "support us", "subscribe now", "hágase miembro", "hazte miembro", "apoya a",
        "suscríbete", "jetzt unterstützen", "jetzt spenden", "abonnez-vous", "soutenez", "assine já", "sostienici", "támogatom",
        "támogasd", "wesprzyj nas", "podpořte nás", "podporte nás", "susține-ne", "quiero sumarme", "sumate", "hazte socio",
        "subscrib", "haz tu aporte", "haz un aporte", "dona ahora", "dona aquí", "faites un don", "faire un don", "faça uma doação",
        "doe agora", "стати донором", "підтримати", "поддержать", "make a gift", "make your gift", "make a monthly gift", "give now",
    ]);

    private static readonly PhraseSet JournalismWords = new(
    [
        "journalism", "journalismus", "journalisme", "periodismo", "jornalismo", "giornalismo", "dziennikarstw",
        "journalistiek", "journalistik", "újságírás", "žurnalistik", "novinarstv", "jurnalism", "média indépendant",
        "medio independiente", "independent media", "unabhängiges medium",

        // "… help us create an independent, not-for-profit, national news service": what the reader would pay for.
        "news service", "independent news", "local news", "nonprofit news", "non-profit news", "not-for-profit",

        // "We're unwavering in our commitment to covering the issues … Our work is free to read because readers like you".
        "our work", "our reporting", "our coverage", "free to read", "newsroom", "notre travail", "nuestro trabajo", "unsere arbeit",
        "nostro lavoro", "nosso trabalho",

        // "A Napi Mérleg az olvasói támogatásokból működik": the site lives on its readers' support.
        "olvasói támogatás",

        // Ukrainian and Russian: "Ми залишаємося незалежним медіа", "независимая журналистика".
        "незалежн", "журналіст", "независим", "журналист",

        // Persian, Arabic, Urdu and Turkish: "روزنامه‌نگاری مستقل به حمایت شما نیاز دارد", "الصحافة المستقلة", "bağımsız gazetecilik".
        "روزنامه‌نگاری", "روزنامه نگاری", "روزنامهنگاری", "صحافة", "صحافت", "gazetecilik",
    ]);

    private static readonly PhraseSet SupportWords = new(
    [
        "support", "funded by readers", "reader-funded", "reader-supported", "subscription", "subscrib", "donat", "contribu", "aporte",
        "member", "unterstütz", "abonn", "soutien", "soutenez", "apoya", "apoie", "assin", "sostien", "wspier", "támogat",
        "podpor", "financé par ses lecteurs", "financiado por sus lectores", "leserfinanziert", "hazte socio", "tu cuota",
        "підтримк", "підтримайте", "внеск", "поддержк", "поддержите", "донат",
        "حمایت", "دعم", "ادعموا", "destek",

        // "… needs smart and thinking people like you to pay for it", "se sostiene gracias a lectores como tú".
        "pay for it", "readers like you", "people like you", "lectores como tú", "lecteurs comme vous", "leitores como você",

        // Public radio's and television's: "… free for everyone because listeners like you chip in. Make your gift today".
        "listeners like you", "viewers like you", "chip in", "your gift",
    ]);

    // A subscription offer's nudge to those who already pay ("Subscribe to … Premium … Already subscribed? Log in"): an
    // offer of the site's paid tier rather than an appeal for its journalism, no story words needed.
    private static readonly PhraseSet SubscriberNudges = new(
    [
        "already subscribed", "already a subscriber", "already a member", "already have a subscription", "already have an account",
        "ya eres suscriptor", "ya estás suscrito", "¿ya te suscribiste", "déjà abonné", "vous êtes abonné", "bereits abonnent",
        "schon abonnent", "bereits abonniert", "já é assinante", "já sou assinante", "sei già abbonato", "già abbonato",
        "masz już prenumeratę", "al abonnee",
    ]);

    /// <summary>
    /// The boxes of the page that hold a link to a payment page: every box of the page is asked, and one walk from the
    /// links up answers them all, where a walk down each box would read the same links again at every level.
    /// </summary>
    public static ElementSet PaymentLinkHolders(IElement body)
    {
        var holders = new ElementSet();
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (!IsPaymentLink(element))
            {
                continue;
            }

            for (var box = element.ParentElement; box is not null && box != body; box = box.ParentElement)
            {
                if (IsBoxTag(box) && !holders.Add(box))
                {
                    // Its ancestors were added with it.
                    break;
                }
            }
        }

        return holders;
    }

    /// <summary>Whether <paramref name="box"/> is an appeal; <paramref name="holders"/> comes from <see cref="PaymentLinkHolders"/>.</summary>
    public static bool Is(IElement box, ElementSet holders)
    {
        if (!IsBoxTag(box) || !holders.Contains(box))
        {
            return false;
        }

        // The bounded measure comes before any text is built.
        if (ProseText.TextLengthUpTo(box, MaxRawChars) >= MaxRawChars ||
            NodeText.CollapsedLength(box) is 0 or > MaxChars)
        {
            return false;
        }

        // The appeal is the box's own prose: a promotion link alone ("Support our journalism. Subscribe today.") set in a
        // section of story paragraphs makes no box of them.
        var text = TextOutsideLinks(box);
        return (JournalismWords.FoundIn(text) && SupportWords.FoundIn(text)) || SubscriberNudges.FoundIn(text) ||
               (SupportWords.FoundIn(text) && PriceGate.IsMatch(text));
    }

    // "$32.99 / 30 days", "$199.00 per year", "4,99 € pro Monat": the price of the paid tier the box offers.
    [GeneratedRegex(
        @"(?:[$€£¥]\s?\d{1,4}(?:[.,]\d{2})?|\d{1,4}(?:[.,]\d{2})?\s?(?:€|£|\$|eur|usd|gbp))\s*(?:/|per|a|an|par|pro|por|al|im)\s*(?:\d{1,3}\s*)?" +
        @"(?:days?|weeks?|months?|year|yr|mo|issue|mois|an|année|monat|jahr|woche|mes|año|mese|anno|semana|mês|ano)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    private static readonly LiteralGate PriceGate = new(Price());

    private static string TextOutsideLinks(IElement box)
    {
        var text = new StringBuilder();
        var node = box.FirstChild;
        while (node is not null)
        {
            if (node is IElement { LocalName: "a" })
            {
                node = NodeOrder.NextSkippingChildren(node, box);
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                text.Append(NodeText.Of(node)).Append(' ');
            }

            node = NodeOrder.Next(node, box);
        }

        return text.ToString();
    }

    private static bool IsBoxTag(IElement element) => element.LocalName is "div" or "section" or "aside";

    private static bool IsPaymentLink(IElement element) =>
        element.LocalName == "a" && element.GetAttribute("href") is { Length: > 0 } href &&
        (PaymentPaths.FoundIn(href) || PaymentCalls.FoundIn(NodeText.Of(element)));
}
