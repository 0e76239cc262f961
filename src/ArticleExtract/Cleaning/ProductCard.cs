using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleExtract.Dom;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// A shopping card set between a review's or a guide's paragraphs: a product's image, its brand and name, a line of
/// praise and a button to a shop ("$420 at Amazon"), its link marked <c>rel="sponsored"</c> for the affiliate
/// network. The blurb reads as prose and the card's classes are often hashed, so the offer tells: a link marked as
/// sponsored or printing a price at a shop, set as a button in a short box without a paragraph of prose. A sponsored
/// link inside a story paragraph makes no card.
/// </summary>
internal static partial class ProductCard
{
    private const int MaxChars = 500;

    // The text as the page has it, indentation and all, before it is measured collapsed.
    private const int MaxRawChars = 4 * MaxChars;
    private const int MaxElements = 60;

    // A paragraph of this length is story prose, not a card's blurb.
    private const int MaxBlurbParagraphChars = 150;

    public static bool Is(IElement box)
    {
        if (box.LocalName is not ("div" or "section" or "aside" or "figure") ||
            ProseText.TextLengthUpTo(box, MaxRawChars) >= MaxRawChars)
        {
            return false;
        }

        var offers = false;
        var seen = 0;
        var walk = new ElementWalk(box);
        while (walk.Next() is { } element)
        {
            if (++seen > MaxElements)
            {
                return false;
            }

            if (element.LocalName == "p" && ProseText.TextLengthUpTo(element, MaxBlurbParagraphChars) >= MaxBlurbParagraphChars)
            {
                return false;
            }

            offers |= element.LocalName == "a" && IsOffer(element) && IsButton(element);
        }

        return offers && NodeText.CollapsedLength(box) is > 0 and <= MaxChars;
    }

    // A link the page marks as paid for, or whose text is a price at a shop ("$420 at Amazon", "29,99 € bei Otto").
    private static bool IsOffer(IElement link) =>
        (link.GetAttribute("rel") is { } rel && rel.Contains("sponsored", StringComparison.OrdinalIgnoreCase)) ||
        (ProseText.TextLengthUpTo(link, MaxOfferChars) < MaxOfferChars && PriceAtShop().IsMatch(NodeText.Of(link)));

    private const int MaxOfferChars = 60;

    // The card's button stands as a block of its own; a link in a paragraph or list item is a link in the text.
    private static bool IsButton(IElement link) => LinkBlock.Of(link) is { LocalName: "div" or "section" or "aside" or "figure" };

    [GeneratedRegex(
        @"^\s*(?:(?:US|A|C|NZ)?[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|\$|EUR|USD|GBP|zł|kr))\s+(?:at|from|on|bei|chez|à|sur|en|su|na|w|op|hos)\s+\S",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PriceAtShop();
}
