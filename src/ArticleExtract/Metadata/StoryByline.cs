using System.Text.RegularExpressions;
using ArticleExtract.Normalization;

namespace ArticleExtract.Metadata;

/// <summary>
/// A byline printed as a line of the story itself when the page marks none: "von Klaus Stanjek" under the intro,
/// "Text: Klausmartin Friedrich" or "Autor: Sebastian Einbock" closing a feature, often far below the headline.
/// </summary>
internal static partial class StoryByline
{
    private const int MaxLineChars = 90;

    // Header lines come before the story's first paragraphs; signatures close it.
    private const int LeadBlocks = 3;
    private const int ClosingBlocks = 6;

    // Lines the filter may trim after the last paragraph that still sign it: the signature and a short note under it.
    private const int MaxSignatureBlocks = 2;

    /// <summary>The names on the first opener line among the story's first or last blocks, if any.</summary>
    /// <param name="collected">The story's blocks before filtering: a byline under the headline is filtered out as a header line.</param>
    /// <param name="kept">The story's blocks after filtering: trailing chrome is gone, so the last ones close the story.</param>
    /// <param name="siteNames">Names of the site, never an author.</param>
    /// <param name="line">The line the names were read from, when it is one of <paramref name="kept"/>: it is no story text.</param>
    public static List<string>? Find(IReadOnlyList<StoryBlock> collected, IReadOnlyList<string> kept, IReadOnlyList<string> siteNames, out string? line)
    {
        line = null;
        if (FromLead(collected, siteNames, out var lead) is { } leading)
        {
            line = lead;
            return leading;
        }

        for (var i = kept.Count - 1; i >= Math.Max(0, kept.Count - ClosingBlocks); i--)
        {
            if (FromLine(kept[i], siteNames) is { } names)
            {
                line = kept[i];
                return names;
            }
        }

        if (kept.Count > 0 && FromSignature(collected, kept[^1], siteNames) is { } signed)
        {
            return signed;
        }

        // "…としている。（佐藤健太）": the reporter's name closing the last paragraph, which stays story text.
        if (kept.Count > 0 && JapaneseSignature.Signer(kept[^1]) is { } reporter)
        {
            return [reporter];
        }

        // The wire's credit line stays story text: it is printed as the story's last line.
        for (var i = kept.Count - 1; i >= Math.Max(0, kept.Count - ClosingBlocks); i--)
        {
            if (FromWireCredit(kept[i], siteNames) is { } reporters)
            {
                return reporters;
            }
        }

        return null;
    }

    /// <summary>
    /// The people a byline line over the story's first paragraphs names ("By Emeka Nwosu &amp; Chioma Eze, Abuja"), if any:
    /// printed in the story itself, it outranks a different person the markup credits (a CMS account that posted it).
    /// </summary>
    public static List<string>? Opening(IReadOnlyList<StoryBlock> collected, IReadOnlyList<string> siteNames) =>
        FromLead(collected, siteNames, out _);

    // The names on the first opener line among the story's first blocks, and that line.
    private static List<string>? FromLead(IReadOnlyList<StoryBlock> collected, IReadOnlyList<string> siteNames, out string? line)
    {
        for (var i = 0; i < Math.Min(LeadBlocks, collected.Count); i++)
        {
            if (!collected[i].IsLink &&
                (FromLine(collected[i].Text, siteNames) ?? FromNameAndTrade(collected[i].Text, siteNames) ?? FromNameAndAddress(collected[i].Text, siteNames) ??
                 FromNameAndWire(collected[i].Text, siteNames)) is { } names)
            {
                line = collected[i].Text;
                return names;
            }
        }

        line = null;
        return null;
    }

    // "Luciana Amorim – Repórter da Agência Brasil" over the story: a name, a dash and the writer's trade, with no "By".
    private static List<string>? FromNameAndTrade(string block, IReadOnlyList<string> siteNames)
    {
        if (block.Length > MaxLineChars || NameDashTrade().Match(block) is not { Success: true } match ||
            !BylineNormalizer.IsJobWord(match.Groups["trade"].Value.ToLowerInvariant()))
        {
            return null;
        }

        var names = BylineNormalizer.Names("By " + match.Groups["name"].Value, siteNames);
        return names.Count > 0 ? names : null;
    }

    // Two to four capitalised words opening the line, with no "By" before them.
    private const string OpeningName = @"^(?<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){1,3})";

    [GeneratedRegex(OpeningName + @"\s[–—-]\s(?<trade>\p{L}+)\b[^.!?]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameDashTrade();

    private const int MaxNameWords = 4;
    private const string NameWireSeparators = ",|/·–—- ";

    // "Dana Kessler Associated Press" over the story: a name, then the wire the writer files for and nothing else, with
    // no "By". Each split of the line's first words is tried, as the name's length is not known.
    private static List<string>? FromNameAndWire(string block, IReadOnlyList<string> siteNames)
    {
        // "Por Agencia EFE" is the wire's credit alone.
        if (block.Length > MaxLineChars || block.Length == 0 || !char.IsUpper(block[0]) || AgencyCredit.AsAgency(block) is not null)
        {
            return null;
        }

        var end = 0;
        for (var words = 1; words <= MaxNameWords; words++)
        {
            end = block.IndexOf(' ', end + 1);
            if (end < 0)
            {
                return null;
            }

            if (words < 2)
            {
                continue;
            }

            // "Dana Kessler, Associated Press", "Dana Kessler | Associated Press": the separator belongs to neither.
            var wire = block.AsSpan(end).Trim().TrimStart(NameWireSeparators).Trim();
            var name = block.AsSpan(0, end).TrimEnd(NameWireSeparators);
            if (wire.Length > 0 && char.IsUpper(wire[0]) && BylineNormalizer.IsAgencyOnly([wire.ToString()]) && NameWords().IsMatch(name))
            {
                var names = BylineNormalizer.Names("By " + name.ToString(), siteNames);
                return names.Count > 0 ? names : null;
            }
        }

        return null;
    }

    // Capitalised words only: "Dana Kessler", "Jean-Luc O'Neil".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-.]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWords();

    // "Sigríður Ólafsdóttir · sigga@sudurfrettir.is" over the story: the writer's name and mail address, with no "By".
    private static List<string>? FromNameAndAddress(string block, IReadOnlyList<string> siteNames)
    {
        if (block.Length > MaxLineChars || block.IndexOf('@', StringComparison.Ordinal) < 0 || NameAndAddress().Match(block) is not { Success: true } match)
        {
            return null;
        }

        var names = BylineNormalizer.Names("By " + match.Groups["name"].Value, siteNames);
        return names.Count > 0 ? names : null;
    }

    [GeneratedRegex(OpeningName + @"\s?[·•|,–—-]\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndAddress();

    private const int MaxWireCreditChars = 300;

    /// <summary>Whether <paramref name="line"/> is a wire's credit line ("(Reporting by …; Editing by …)").</summary>
    public static bool IsWireCredit(string line) =>
        line.Length <= MaxWireCreditChars && WireCreditPart().Match(line.Trim().Trim('(', ')')) is { Success: true, Index: 0 };

    /// <summary>
    /// "Reporting by Hyonhee Shin in Seoul; Editing by Gerry Doyle": the wire's credit under the story names its
    /// reporters and writers; editors are no authors.
    /// </summary>
    private static List<string>? FromWireCredit(string block, IReadOnlyList<string> siteNames)
    {
        if (block.Length > MaxWireCreditChars)
        {
            return null;
        }

        List<string>? names = null;
        foreach (Match part in WireCreditPart().Matches(block.Trim().Trim('(', ')')))
        {
            // "Jane Doe in Seoul and John Roe in Tokyo": where each reported from is no part of the name.
            var reporters = ReportedFrom().Replace(part.Groups["names"].Value, string.Empty);
            foreach (var name in BylineNormalizer.Names("By " + reporters, siteNames))
            {
                names ??= [];
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    // Each credit of the line: "Reporting by …", "Additional reporting by …", "Writing by …", up to the next ";".
    // Reuters' services in other languages credit so too: "(Reporte de Abril Castañeda; editado por …)", "(Reportagem de …)",
    // "(Reportage Jean Dupont, version française …)".
    [GeneratedRegex(
        @"(?:^|;\s*)(?:(?:additional )?(?:reporting|writing) by|reporte(?: adicional)? de|reportaje de|reportagem(?: adicional)? de|reportage(?: de)?)\s(?<names>[^;,]+(?:,\s(?!version\b|édité\b|edited\b|editado\b)[^;,]+)*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WireCreditPart();

    [GeneratedRegex(@"\s+(?:in|en|em|à)\s+(?-i:\p{Lu})[\p{L}.'-]*(?:\s(?-i:\p{Lu})[\p{L}.'-]*)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReportedFrom();

    /// <summary>
    /// The filter trims short lines off the story's end, and a signature is one: "Von Cosima Künzel" under the last
    /// paragraph, and so is a bare name there ("Stefan Wasmer") that starts with a given name: the same place holds
    /// "Weitere Informationen" or "Aktuelle Nutzung" over a list the cleaning emptied.
    /// </summary>
    private static List<string>? FromSignature(IReadOnlyList<StoryBlock> collected, string lastKept, IReadOnlyList<string> siteNames)
    {
        var end = collected.Count - 1;
        var last = end;
        while (last >= 0 && !ReferenceEquals(collected[last].Text, lastKept))
        {
            last--;
        }

        if (last < 0 || end == last)
        {
            return null;
        }

        // A line that says it signs ("Von …", a name over its desk) may have the page's chrome after it; a bare name
        // counts only where the story's blocks end.
        var atEnd = end - last <= MaxSignatureBlocks;
        for (var i = last + 1; i <= Math.Min(end, last + MaxSignatureBlocks); i++)
        {
            if (collected[i].IsLink)
            {
                continue;
            }

            if (FromLine(collected[i].Text, siteNames) is { } names)
            {
                return names;
            }

            // "（佐々木直人）" set as a line of its own under the last paragraph: the Japanese reporter's signature.
            if (i == last + 1 && collected[i].Text.Length > 0 && collected[i].Text[0] is '（' or '(' &&
                JapaneseSignature.Signer(lastKept + collected[i].Text) is { } reporter)
            {
                return [reporter];
            }

            // "Stefan Wasmer" alone, bold under the last paragraph: a name, not "Weitere Informationen".
            if (atEnd && PersonName.AsPerson(collected[i].Text) is { } bare && bare.Length == collected[i].Text.Length)
            {
                return [bare];
            }

            // "Hoàng Long - Thu Hà": Vietnamese writers sign with their names alone, family name first.
            if (atEnd && VietnameseNames.Signers(collected[i].Text) is { } signers)
            {
                return signers;
            }

            // "Aminata Sawadogo Lefaso.net": the name over the desk or the paper it writes for.
            if (SignOff.Signer(collected[i].Text, siteNames) is { } signer)
            {
                return [signer];
            }

            // "Von:" over the name, split off by line breaks.
            if (i < end && BylineLine.IsOpenerAlone(collected[i].Text) && !collected[i + 1].IsLink &&
                FromLine(collected[i].Text + " " + collected[i + 1].Text, siteNames) is { } labelled)
            {
                return labelled;
            }
        }

        return null;
    }

    // Trim(params char[]) would build its array on every call, and this runs on every block.
    private static readonly char[] LeadMarks = ['-', '\u2013', '\u2014', '*', ' '];

    private static List<string>? FromLine(string block, IReadOnlyList<string> siteNames)
    {
        if (block.Length <= MaxLineChars && CjkByline.KoreanReporters(block) is { } reporters)
        {
            return reporters;
        }

        // "---- by Kenneth Surin": a rule printed before the signature.
        var line = block.TrimStart(LeadMarks);

        // "(By Chen Yi-hsuan and Kevin Lin)": a wire's signature set in parentheses under the story.
        if (line.Length > 2 && line[0] == '(' && line[^1] == ')' && line.IndexOf(')', StringComparison.Ordinal) == line.Length - 1)
        {
            line = line[1..^1].Trim();
        }

        var caseless = BylineNormalizer.OpensWithLabelOverCaselessName(line);
        if (line.Length > MaxLineChars || !(caseless || BylineLine.StartsWithOpener(line)))
        {
            return null;
        }

        // "Pewarta: Willi Irawan Editor: Siti Rahmawati Copyright © ANTARA 2025": a credit block's lines joined; the
        // writer's credit ends where the next label starts.
        if (NextLabel().Match(line, line.IndexOf(':', StringComparison.Ordinal) + 1) is { Success: true } next)
        {
            line = line[..next.Index];
        }

        var names = BylineNormalizer.Names(line, siteNames, lenient: caseless);
        return names.Count > 0 ? names : null;
    }

    // Whole words only: "Fotos" in a name is no "Foto" label.
    [GeneratedRegex(@"\s(?:(?:editor|redaktur|penyunting|fotografer|foto|copyright)\b|©)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NextLabel();
}
