using System.Text.RegularExpressions;

namespace ArticleExtract.Normalization;

/// <summary>
/// "…並加強查核。（編輯：陳仁華）1141205": Taiwan's CNA closes a story with its editor's name and the day's code (the Minguo
/// year, month and day) glued to the last sentence, and Japanese portals close a wire's story with its name in lenticular
/// brackets ("…と述べた。【時事通信社】"). It is the wire's note, not the story's text.
/// </summary>
internal static partial class TrailingEditorNote
{
    private const int MaxBlockChars = 20_000;

    /// <summary>The block without an editor's note glued to its end; the block itself when it has none.</summary>
    public static string Strip(string block)
    {
        if (block.Length > MaxBlockChars || Note().Match(block) is not { Success: true, Index: > 0 } note)
        {
            return block;
        }

        // Only after a full sentence: a note standing alone is the block filter's to judge.
        var before = block[..note.Index].TrimEnd();
        return before.Length > 0 && before[^1] is '。' or '」' or '”' or '！' or '？' or '.' ? before : block;
    }

    [GeneratedRegex(@"(?:[（(](?:編輯|编辑|責任編輯|责任编辑)[：:][^（）()]{1,12}[）)]\s?(?:\d{7})?|【(?:時事通信社|時事通信|共同通信社|共同通信|共同)】)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Note();
}
