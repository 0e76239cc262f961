namespace ArticleExtract.Metadata;

/// <summary>The legal form a company's name ends with ("Inc.", "GmbH", "S.A."), which pages often leave out.</summary>
internal static class LegalForm
{
    // Longer forms first: "Pty Ltd" before "Ltd".
    private static readonly string[] Forms =
    [
        "Pty Ltd", "Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Co.", "LLC", "L.L.C.", "Ltd.", "Ltd", "Limited",
        "PLC", "plc", "LLP", "LP", "GmbH", "AG", "SE", "S.A.", "SA", "S.p.A.", "SpA", "S.L.", "B.V.", "N.V.", "AB", "ASA",
        "Oy", "K.K.", "Pty",
    ];

    /// <summary>The name without its trailing legal form and the comma before it; <see langword="null"/> when it has none.</summary>
    public static string? Without(string name)
    {
        var trimmed = name.AsSpan().Trim();
        foreach (var form in Forms)
        {
            if (trimmed.Length > form.Length + 1 && trimmed.EndsWith(form, StringComparison.Ordinal) &&
                trimmed[^(form.Length + 1)] is ' ' or ',')
            {
                var rest = trimmed[..^form.Length].TrimEnd().TrimEnd(',').TrimEnd();
                return rest.Length > 0 ? rest.ToString() : null;
            }
        }

        return null;
    }
}
