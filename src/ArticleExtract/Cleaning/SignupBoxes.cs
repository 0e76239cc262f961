using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Finds the boxes built around a small form: newsletter sign-ups ("Get the morning briefing — Sign up … [email]
/// [Subscribe]"), search and login boxes. Their class names are often opaque ("nl-box", "k7"), but a form with
/// little text around it is never story. The box is the largest ancestor of the form that stays short.
/// </summary>
internal static class SignupBoxes
{
    // A sign-up box says a heading and a sentence or two; a story paragraph beside a form makes its parent longer.
    private const int MaxBoxChars = 300;
    private const int MaxForms = 40;

    public static ElementSet Find(IElement body)
    {
        var boxes = new ElementSet();
        var forms = 0;
        var walk = new ElementWalk(body);
        while (walk.Next() is { } element)
        {
            if (!IsForm(element) && !IsNewsletterButton(element))
            {
                continue;
            }

            if (++forms > MaxForms)
            {
                break;
            }

            // A page wrapped whole in a <form> (ASP.NET) is no box.
            if (ProseText.TextLengthUpTo(element, MaxBoxChars) > MaxBoxChars)
            {
                continue;
            }

            var box = element;
            for (var parent = element.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
            {
                if (ProseText.TextLengthUpTo(parent, MaxBoxChars) > MaxBoxChars)
                {
                    break;
                }

                box = parent;
            }

            boxes.Add(box);
        }

        return boxes;
    }

    private const int MaxButtonChars = 40;

    // Ghost's members portal ("#/portal/signup", "#/portal/account/plans") takes sign-ups and paid upgrades alike.
    private static readonly string[] NewsletterPaths = ["newsletter", "boletin", "nieuwsbrief", "infolettre", "#/portal/"];

    private static bool IsNewsletterButton(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href ||
            !TextScan.ContainsAny(href, NewsletterPaths, StringComparison.OrdinalIgnoreCase) ||
            ProseText.TextLengthUpTo(element, MaxButtonChars) >= MaxButtonChars)
        {
            return false;
        }

        // The nearest block around the link: a paragraph, an item or a heading makes it a link in text or a menu.
        return LinkBlock.Of(element) is { LocalName: "div" or "section" or "aside" };
    }

    // A <form>, an e-mail field that scripts submit without one, or a text box to copy from ("Get the embed code").
    private static bool IsForm(IElement element) =>
        string.Equals(element.LocalName, "form", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(element.LocalName, "textarea", StringComparison.OrdinalIgnoreCase) ||
        (string.Equals(element.LocalName, "input", StringComparison.OrdinalIgnoreCase) &&
         string.Equals(element.GetAttribute("type"), "email", StringComparison.OrdinalIgnoreCase));
}
