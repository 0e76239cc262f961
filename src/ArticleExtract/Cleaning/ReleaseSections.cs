using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ArticleExtract.Normalization;
using ArticleExtract.Text;

namespace ArticleExtract.Cleaning;

/// <summary>
/// The sections a press release closes with, after its news: the issuer's "About …" profile, the safe-harbour
/// statement and the contacts. They are the same in every release the issuer sends, so they are no part of the story.
/// </summary>
internal static partial class ReleaseSections
{
    private const int MaxHeadingChars = 90;
    private const int MaxAboutWords = 10;

    // How many of the story's first blocks may come before the wire's dateline (a teaser or sub-title above "Berlin (ots)").
    private const int DatelineReach = 3;

    // Headings of the boilerplate every release ends with, lower-cased without the closing colon.
    private static readonly FrozenSet<string> BoilerplateHeadings = FrozenSet.Create(StringComparer.Ordinal,
        "forward-looking statements", "forward looking statements", "cautionary note regarding forward-looking statements",
        "cautionary statement regarding forward-looking statements", "safe harbor statement", "safe harbour statement",
        "media contact", "media contacts", "press contact", "press contacts", "investor contact", "investor contacts",
        "media and investor contacts", "investor relations contact", "pressekontakt", "pressekontakte", "kontakt für die presse",
        "contact presse", "contacts presse", "contact média", "contacto de prensa", "contacto para medios", "contactos de prensa",
        "contatto stampa", "contatti stampa", "contato para imprensa", "perskontakt", "perscontact", "pressekontakt und rückfragen",
        "notes to editors", "note to editors", "notes for editors", "note for editors", "hinweis für redaktionen", "hinweise für redaktionen",
        "note aux rédactions", "notes aux rédactions", "nota para los editores", "nota para editores", "nota per le redazioni",
        "noot voor de redactie", "noot voor redacties");

    // The wires that carry releases for their issuers, as their datelines credit them.
    private static readonly FrozenSet<string> ReleaseWires = FrozenSet.Create(StringComparer.Ordinal,
        "prnewswire", "pr newswire", "business wire", "businesswire", "globe newswire", "globenewswire", "accesswire", "ein presswire",
        "einpresswire", "einpresswire.com", "newsfile", "newsfile corp.", "prweb", "marketwired", "cnw", "canada newswire", "ots", "apa-ots", "pressetext",
        "jcn newswire", "acn newswire", "prnewswire-firstcall", "prnewswire-usnewswire", "pr.com", "newswire", "mynewsdesk", "cision");

    /// <summary>
    /// "###", "# # #", "-30-", "ENDS", "- Ends -": the mark closing a release's news; and a government's as it sends its
    /// releases, the day after "Ends/" and the teleprinter's "NNNN" ("Ends/Tuesday, May 20, 2025 Issued at HKT 15:30");
    /// and the "انتهای پیام" ("end of message") Iranian wires close every story with.
    /// </summary>
    public static bool IsEndMark(string block) =>
        block.Trim() is var mark && (mark is "###" or "# # #" or "-30-" or "NNNN" or "انتهای پیام" or "/انتهای پیام/" or "پایان پیام" || EndsLine().IsMatch(mark));

    [GeneratedRegex(@"^(?:-\s?)?(?:ENDS|Ends|ends)(?:\s?-)?$|^(?:ENDS|Ends)\s?/\s?\p{L}+,?\s[^/]{4,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex EndsLine();

    /// <summary>"Forward-Looking Statements", "Media Contact:", "Pressekontakt:": a heading of a release's boilerplate.</summary>
    public static bool IsBoilerplateHeading(string block) =>
        block.Length <= MaxHeadingChars && BoilerplateHeadings.Contains(Fold(block));

    /// <summary>"About Halvorsen Analytics", "Über den DVSL", "À propos de Skarvik": a short heading over a profile.</summary>
    public static bool IsAboutHeading(string block) =>
        block.Length <= MaxHeadingChars && AboutHeadingGate.IsMatch(block.Trim().TrimEnd(':')) && block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxAboutWords;

    /// <summary>
    /// "About Capitol Children's Medical Center" over "Capitol Children's Medical Center has served …": the issuer's
    /// profile, known by its name opening the paragraph under the heading, whether or not a wire carried the release.
    /// </summary>
    public static bool IsAboutProfile(string heading, string next)
    {
        if (!IsAboutHeading(heading) || AboutHeading().Match(heading.Trim().TrimEnd(':')) is not { Success: true } match)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        return name.Length >= MinProfileNameChars &&
               (next.StartsWith(name, StringComparison.OrdinalIgnoreCase) || (next.StartsWith("The ", StringComparison.Ordinal) && next.AsSpan(4).StartsWith(name, StringComparison.OrdinalIgnoreCase)));
    }

    private const int MinProfileNameChars = 3;

    /// <summary>
    /// Whether one of the story's first blocks opens with a release's dateline: a release wire's ("… /PRNewswire/ --",
    /// "Berlin (ots) -") or the issuer's own, dated in the parenthesis where a wire would stand ("COLUMBUS, Ohio
    /// (Dec. 1, 2025) –").
    /// </summary>
    public static bool OpensRelease(List<StoryBlock> kept)
    {
        for (var i = 0; i < kept.Count && i < DatelineReach; i++)
        {
            if (DatelineParser.TryParse(kept[i].Text) is { } opener &&
                (opener.Dateline.Agency is { Length: > 0 } agency ? ReleaseWires.Contains(agency.ToLowerInvariant()) : DatedParenthesis().IsMatch(opener.Dateline.Text)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\([^()]*\b(?:19|20)\d\d\)", RegexOptions.CultureInvariant)]
    private static partial Regex DatedParenthesis();

    // Trim(params char[]) would build its array on every call, and this runs on every block.
    private static readonly char[] FoldedEnds = [':', '.', ' '];

    private static string Fold(string block) => block.Trim().TrimEnd(FoldedEnds).ToLowerInvariant();

    // The profile's name opens with a capital or a figure; no sentence closes the line. A stop may end a company's
    // suffix or sit inside one ("Corp.", "S.A."), not part two sentences.
    [GeneratedRegex(@"^(?:About|Über(?: die| den| das)?|À propos d(?:e |e la |u |es |')|A propos d(?:e |e la |u |es |')|Acerca de(?: la| los)?|Sobre(?: a| o| la| el)?|Informazioni su|Om|Over)\s+(?:the\s+)?(?<name>[\p{Lu}\d](?:[^.!?]|\.(?=$|\S))*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    private static readonly LiteralGate AboutHeadingGate = new(AboutHeading());
}
