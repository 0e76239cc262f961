namespace ArticleExtract;

/// <summary>
/// The wire-style opener of a story, such as <c>SEOUL, South Korea (AP) —</c> or <c>WASHINGTON (Reuters) -</c>.
/// </summary>
/// <param name="Text">The dateline exactly as printed, including its closing dash or colon.</param>
/// <param name="Location">The place the story was filed from (<c>SEOUL, South Korea</c>), if printed.</param>
/// <param name="Agency">The news agency or outlet named in parentheses (<c>AP</c>), if printed.</param>
public sealed record Dateline(string Text, string? Location, string? Agency);
