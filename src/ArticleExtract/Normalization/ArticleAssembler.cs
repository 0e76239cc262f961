using ArticleExtract.Metadata;

namespace ArticleExtract.Normalization;

/// <summary>Builds the typed <see cref="Article"/> from the metadata and the story's blocks.</summary>
internal static class ArticleAssembler
{
    private const string ParagraphSeparator = "\n\n";

    public static Article Build(PageMetadata metadata, List<string> blocks)
    {
        Dateline? dateline = null;
        var joiner = " ";
        if (blocks.Count > 0 && DatelineParser.TryParse(blocks[0]) is { } parsed &&
            !(parsed.Dateline.Text.EndsWith(':') && DatelineParser.IsTranscript(blocks)))
        {
            dateline = parsed.Dateline;
            if (parsed.Remainder.Length == 0)
            {
                blocks.RemoveAt(0);
            }
            else
            {
                // "NEW YORK--Verizon …": the text keeps the dateline as printed, glued where it was glued.
                if (blocks[0].Length > dateline.Text.Length && !char.IsWhiteSpace(blocks[0][dateline.Text.Length]))
                {
                    joiner = string.Empty;
                }

                blocks[0] = parsed.Remainder;
            }
        }

        var body = string.Join(ParagraphSeparator, blocks);
        var text = dateline is null ? body : body.Length == 0 ? dateline.Text : dateline.Text + joiner + body;
        return new Article
        {
            Headline = metadata.Headline,
            Dateline = dateline,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Byline = metadata.Byline,
            Authors = metadata.Authors,
            Paragraphs = blocks.ToArray(),
            Text = text,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            CanonicalUrl = metadata.CanonicalUrl,
            Description = metadata.Description,
            LeadImage = metadata.LeadImage,
        };
    }
}
