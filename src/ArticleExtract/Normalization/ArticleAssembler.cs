using ArticleExtract.Metadata;
using ArticleExtract.Text;

namespace ArticleExtract.Normalization;

/// <summary>Builds the typed <see cref="Article"/> from the metadata and the story's blocks.</summary>
internal static class ArticleAssembler
{
    private const string ParagraphSeparator = "\n\n";

    // A subtitle or kicker set above the wire story ("With most hospitals closed, …", "ROMA"), or a box of key points
    // (a heading, three bullets and a note), may come first: the dateline opens one of the first blocks, after short
    // ones only.
    private const int MaxBlocksBeforeDateline = 6;
    private const int MaxCharsBeforeDateline = 300;
    private const int MaxTotalCharsBeforeDateline = 800;

    // Two paragraphs of running prose are the story under way: an opener after them (a tweet's "PLANNED MAINTENANCE:")
    // is no dateline. A subtitle is one sentence; a box of key points, short lines.
    private const int MinStoryParagraphChars = 100;
    private const int MaxStoryParagraphsBeforeDateline = 1;

    // A known wire named in the opener ("PARIS, Nov 13, 2025 (AFP) -") is no tweet's label: the republisher's own notes
    // ("Shared from … through …", a closure banner) may stand above it as a few sentences.
    private const int MaxStoryParagraphsBeforeWireDateline = 3;

    // A dateline read from its own element may stand in the story under a deck or a kicker the story kept.
    private const int MaxBlocksOverStampedDateline = 2;

    public static Article Build(PageMetadata metadata, List<string> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i] = UnicodeForm.Compose(blocks[i]);
        }

        if (blocks.Count > 0)
        {
            blocks[^1] = TrailingEditorNote.Strip(blocks[^1]);
        }

        if (blocks.Count > 0 && GluedByline.Split(blocks[0]) is { } glued)
        {
            // The byline goes to the metadata when the page named no author elsewhere; the paragraph starts at the dateline.
            blocks[0] = glued.Remainder;
            if (metadata.Authors.Count == 0 && BylineNormalizer.Names("By " + glued.Names, metadata.SiteNames) is { Count: > 0 } authors)
            {
                metadata = metadata.WithAuthors(authors);
            }
        }

        if (blocks.Count > 0 && BracketedByline.Split(blocks[0]) is { } bracketed)
        {
            // "[뉴스엔 김명미 기자] …": the reporter goes to the metadata when it credits no person.
            blocks[0] = bracketed.Remainder;
            if (CreditsNoPerson(metadata.Authors))
            {
                metadata = metadata.WithAuthors(bracketed.Reporters);
            }
        }

        if (blocks.Count > 0 && RepostTag.Strip(blocks[0]) is { } untagged)
        {
            // The aggregator's tag is its own, not the story's: the paragraph starts at the wire's dateline.
            blocks[0] = untagged;
        }

        Dateline? dateline = null;
        var joiner = " ";
        var (at, opening) = FindDateline(blocks);
        if (opening is { } parsed &&
            !(parsed.Dateline.Text.EndsWith(':') && DatelineParser.IsTranscript(blocks)) &&
            !IsSiteInitials(parsed.Dateline, metadata.SiteNames))
        {
            dateline = parsed.Dateline;
            if (parsed.Remainder.Length == 0)
            {
                blocks.RemoveAt(at);
            }
            else
            {
                // "NEW YORK--Verizon …": the text keeps the dateline as printed, glued where it was glued.
                if (blocks[at].Length > dateline.Text.Length && !char.IsWhiteSpace(blocks[at][dateline.Text.Length]))
                {
                    joiner = string.Empty;
                }

                blocks[at] = parsed.Remainder;
            }
        }

        // A dateline set apart from the story ("<p class='dateline'>CHENNAI</p>" under the headline): its line, if the
        // story kept it (first, or under a deck the story opens with), opens the text once, where it stood.
        if (dateline is null && metadata.StampedDateline is { } stamped && blocks.Count > 0)
        {
            dateline = stamped;
            at = 0;
            var searched = Math.Min(blocks.Count - 1, MaxBlocksOverStampedDateline + 1);
            var line = blocks.IndexOf(stamped.Text, 0, searched);
            if (line >= 0)
            {
                blocks.RemoveAt(line);
                at = line;
            }
            else if (OpenedBy(blocks, stamped.Text, searched) is var opened and >= 0)
            {
                // "<p><b class='ortsmarke'>Husum.</b> Wer von Husum …": the stamp opens its paragraph, as a wire's dateline does.
                blocks[opened] = blocks[opened][(stamped.Text.Length + 1)..];
                at = opened;
            }
        }

        // "(서울=연합뉴스) 홍다연 기자 =": the opener credits the reporter the page names nowhere else, or names the one its
        // metadata credits together with the others ("박영서 이슬기 기자 =" against an author field of 박영서 alone).
        if (dateline is not null && DatelineReporter.Names(dateline) is { Count: > 0 } reporters &&
            (CreditsNoPerson(metadata.Authors) || (reporters.Count > metadata.Authors.Count && metadata.Authors.All(reporters.Contains))))
        {
            metadata = metadata.WithAuthors(reporters);
        }

        var text = Text(blocks, dateline, at, joiner);
        return new Article
        {
            Headline = UnicodeForm.ComposeOrNull(metadata.Headline),
            Dateline = dateline,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Byline = UnicodeForm.ComposeOrNull(metadata.Byline),
            Authors = CreditsNoPerson(metadata.Authors) ? [] : Composed(metadata.Authors),
            Paragraphs = blocks.ToArray(),
            Text = text,
            SiteName = UnicodeForm.ComposeOrNull(metadata.SiteName),
            Language = metadata.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            Description = UnicodeForm.ComposeOrNull(metadata.Description),
            LeadImage = metadata.LeadImage,
        };
    }

    // The first of the first blocks that opens with the stamp and a space, with a sentence after it; -1 when none does.
    // Only a stamp closed by its mark ("Husum.", "BERLIN –"): a bare place may be the sentence's first word ("Chennai
    // Metro Rail said …").
    private static int OpenedBy(List<string> blocks, string stamp, int count)
    {
        if (stamp.Length == 0 || char.IsLetterOrDigit(stamp[^1]))
        {
            return -1;
        }

        for (var i = 0; i < count; i++)
        {
            var block = blocks[i];
            if (block.Length > stamp.Length + 1 && block[stamp.Length] == ' ' && block.StartsWith(stamp, StringComparison.Ordinal) &&
                !char.IsLower(block[stamp.Length + 1]))
            {
                return i;
            }
        }

        return -1;
    }

    // No one, a newsroom or an organisation credited alone ("Redaksi", "Calloway Marine Robotics" on its own press
    // release): the byline keeps the credit, but it names no person.
    private static bool CreditsNoPerson(IReadOnlyList<string> authors) =>
        BylineNormalizer.IsNewsroomOnly(authors) || authors.All(OrganisationWords.InName);

    private static IReadOnlyList<string> Composed(IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!ReferenceEquals(UnicodeForm.Compose(name), name))
            {
                return names.Select(UnicodeForm.Compose).ToArray();
            }
        }

        return names;
    }

    // The first of the first blocks that opens with a dateline, parsed once.
    private static (int Index, (Dateline Dateline, string Remainder)? Parsed) FindDateline(List<string> blocks)
    {
        var before = 0;
        var paragraphs = 0;
        for (var i = 0; i < blocks.Count && i <= MaxBlocksBeforeDateline; i++)
        {
            if (DatelineParser.TryParse(blocks[i]) is { } parsed &&
                (paragraphs <= MaxStoryParagraphsBeforeDateline ||
                 parsed.Dateline.Agency is { } agency && DatelineParser.NamesKnownAgency(agency)))
            {
                return (i, parsed);
            }

            before += blocks[i].Length;
            if (blocks[i].Length >= MinStoryParagraphChars && SentenceEnd.Ends(blocks[i]))
            {
                paragraphs++;
            }

            if (blocks[i].Length > MaxCharsBeforeDateline || before > MaxTotalCharsBeforeDateline ||
                paragraphs > MaxStoryParagraphsBeforeWireDateline)
            {
                break;
            }
        }

        return (-1, null);
    }

    // The paragraphs joined by a blank line, the dateline as printed in front of the block it opened.
    private static string Text(List<string> blocks, Dateline? dateline, int at, string joiner)
    {
        if (dateline is null)
        {
            return string.Join(ParagraphSeparator, blocks);
        }

        var parts = new List<string>(blocks.Count + 1);
        for (var i = 0; i < blocks.Count; i++)
        {
            parts.Add(i == at ? dateline.Text + joiner + blocks[i] : blocks[i]);
        }

        if (at >= blocks.Count)
        {
            // A dateline set alone in its element, with no paragraph after it.
            parts.Add(dateline.Text);
        }

        return string.Join(ParagraphSeparator, parts);
    }

    private const int MaxInitials = 6;

    /// <summary>
    /// "TTO - Độ mặn …": the paper's own initials (Tuổi Trẻ Online) opening its stories, where a place would stand: a
    /// mark of the site, not a dateline.
    /// </summary>
    private static bool IsSiteInitials(Dateline dateline, IReadOnlyList<string> siteNames)
    {
        if (dateline.Agency is not null || dateline.Location is not { Length: >= 2 and <= MaxInitials } place || !place.All(char.IsUpper))
        {
            return false;
        }

        foreach (var name in siteNames)
        {
            var initials = new System.Text.StringBuilder(MaxInitials);
            foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                // "Tuổi" opens with T whatever marks its vowels carry.
                initials.Append(char.ToUpperInvariant(word.Normalize(System.Text.NormalizationForm.FormD)[0]));
            }

            if (initials.Length >= 2 && string.Equals(initials.ToString(), place, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
