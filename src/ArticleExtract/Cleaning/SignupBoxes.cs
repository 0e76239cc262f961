using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// Finds the boxes built around a small form: newsletter sign-ups ("Get the morning briefing — Sign up … [email]
/// [Subscribe]"), search and login boxes, reader polls. Their class names are often opaque ("nl-box", "k7"), but a form with
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
    private static readonly PhraseSet NewsletterPaths = new("newsletter", "boletin", "nieuwsbrief", "infolettre", "#/portal/");

    private static bool IsNewsletterButton(IElement element)
    {
        if (element.LocalName != "a" || element.GetAttribute("href") is not { Length: > 0 } href ||
            !NewsletterPaths.FoundIn(href) ||
            ProseText.TextLengthUpTo(element, MaxButtonChars) >= MaxButtonChars)
        {
            return false;
        }

        // The nearest block around the link: a paragraph, an item or a heading makes it a link in text or a menu.
        return LinkBlock.Of(element) is { LocalName: "div" or "section" or "aside" };
    }

    // A <form>, an e-mail field that scripts submit without one, a text box to copy from ("Get the embed code"), or a
    // reader poll's choice ("Sondagem: Concorda …? ◯ Sim ◯ Não [Votar] 1.318 votos").
    private static bool IsForm(IElement element) =>
        string.Equals(element.LocalName, "form", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(element.LocalName, "textarea", StringComparison.OrdinalIgnoreCase) ||
        (string.Equals(element.LocalName, "input", StringComparison.OrdinalIgnoreCase) &&
         (string.Equals(element.GetAttribute("type"), "email", StringComparison.OrdinalIgnoreCase) ||
          (string.Equals(element.GetAttribute("type"), "radio", StringComparison.OrdinalIgnoreCase) && IsInPoll(element))));

    private const int MaxPollLevels = 4;

    // A radio button is also a search form's option ("Abfahrt ◯ Ankunft"): only a box named for a poll makes it one.
    private static readonly FrozenSet<string> PollWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "poll", "polls", "vote", "voting", "survey", "sondagem", "sondage", "enquete", "encuesta", "umfrage", "abstimmung",
        "sondaggio", "ankieta", "anket", "peiling", "opinião", "опрос", "голосование", "опитування",
    ]);

    private static bool IsInPoll(IElement input)
    {
        var scratch = new StringBuilder();
        var element = input.ParentElement;
        for (var level = 0; element is not null && level < MaxPollLevels; level++, element = element.ParentElement)
        {
            if (ClassTokens.NamesAny(element.GetAttribute("class"), PollWords, scratch) ||
                ClassTokens.NamesAny(element.Id, PollWords, scratch))
            {
                return true;
            }
        }

        return false;
    }
}
