using System.Collections.Frozen;

namespace ArticleExtract.Metadata;

/// <summary>
/// Whether a short text is a person's name and nothing else: "Stefan Wasmer", "Dr. Alexander Klier", "Anna Maria
/// Schmidt", "Ursula von der Leyen", "Michael L. Anderson". It must start with a given name; "Weitere Informationen",
/// "Martin Rütter DOGS", "Hans Müller Berlin" and "Stella Notizie" are not names.
/// </summary>
internal static class PersonName
{
    private const int MaxChars = 60;

    private static readonly FrozenSet<string> Honorifics = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, ["dr.", "prof.", "dr", "prof"]);

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["von", "van", "de", "da", "del", "der", "den", "di", "du", "le", "la", "ten", "ter", "zu", "dos", "das"]);

    /// <summary>The name without honorifics, or null when the text is not a name alone.</summary>
    public static string? AsPerson(string? text)
    {
        if (text is null || text.Length > MaxChars)
        {
            return null;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var start = 0;
        while (start < words.Length && Honorifics.Contains(words[start]))
        {
            start++;
        }

        var count = words.Length - start;
        // "Stella Notizie": a given name opening a site's name that says what the site is.
        if (count is < 2 or > 4 || !GivenNames.Contains(words[start]) || !IsCapitalised(words[start]) || !IsCapitalised(words[^1]) ||
            OrganisationWords.InName(text))
        {
            return null;
        }

        // Between the given name and the surname: initials, particles or more given names, nothing else.
        for (var i = start + 1; i < words.Length - 1; i++)
        {
            if (!IsInitial(words[i]) && !Particles.Contains(words[i]) && !(GivenNames.Contains(words[i]) && IsCapitalised(words[i])))
            {
                return null;
            }
        }

        return string.Join(' ', words, start, count);
    }

    /// <summary>"Wasmer", "Lange-Fricke", "O'Sullivan": a capital, then letters, hyphens and apostrophes; not "DOGS".</summary>
    public static bool IsCapitalised(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        var lower = 0;
        foreach (var c in word.AsSpan(1))
        {
            if (char.IsLower(c))
            {
                lower++;
            }
            else if (!char.IsUpper(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return lower > 0;
    }

    // "L.", "C.": an initial.
    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';
}
