using System.Text;
using ArticleExtract.Text;

namespace ArticleExtract.Metadata;

/// <summary>
/// Turns an author line such as "By JANE DOE | Staff Writer, March 5, 2024" into clean names: no "By", no dates,
/// job titles, agencies, handles or addresses.
/// </summary>
internal static class BylineNormalizer
{
    private const int MaxNameWords = 5;
    private const int MaxInputChars = 300;

    private static readonly string[] Prefixes =
    [
        "written by", "posted by", "reported by", "words by", "story by", "text by", "by", "von", "par", "por",
        "door", "from", "autor", "autorin", "author", "auteur", "text", "redaktion",
    ];

    // Short particles that also begin surnames ("De Niro", "Di Maria"): a prefix only when printed in lower case.
    private static readonly string[] LowerCasePrefixes = ["de", "di", "av", "af"];

    private static readonly string[] JobWords =
    [
        "writer", "reporter", "editor", "correspondent", "staff", "contributor", "columnist", "journalist",
        "photographer", "analyst", "producer", "redakteur", "redakteurin", "korrespondent", "journaliste", "periodista",
        "team", "desk", "newsroom", "bureau", "press", "news", "agency", "wire", "wires", "sports", "media", "published",
        "updated", "mins", "min", "read",
    ];

    private static readonly string[] Agencies =
    [
        "ap", "the associated press", "associated press", "reuters", "afp", "dpa", "bloomberg", "upi", "ani", "pti",
        "ians", "efe", "ansa", "kyodo", "xinhua", "yonhap", "tass", "apa", "sda", "epd", "kna", "cnn", "bbc",
    ];

    /// <summary>The names in the line, in order; empty when it names no person.</summary>
    public static List<string> Names(string? raw, IReadOnlyList<string> siteNames)
    {
        var names = new List<string>();
        var text = TextNormalizer.Collapse(raw);
        if (text.Length == 0)
        {
            return names;
        }

        if (text.Length > MaxInputChars)
        {
            text = text[..MaxInputChars];
        }

        // Whatever follows a bar, bullet or line break is a title, date or section, not a name.
        var cut = text.IndexOfAny(['|', '•', '·', '\n', '—', '–']);
        if (cut > 0)
        {
            text = text[..cut];
        }

        text = StripPrefix(text.Trim().TrimStart(':').Trim());
        foreach (var part in Split(text))
        {
            var name = CleanName(part);
            if (name is not null && !IsSite(name, siteNames) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>Names joined as a reader writes them: "A", "A and B", "A, B and C".</summary>
    public static string? Join(IReadOnlyList<string> names) => names.Count switch
    {
        0 => null,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    private static string StripPrefix(string text)
    {
        foreach (var prefix in Prefixes)
        {
            if (StartsWithWord(text, prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[(prefix.Length + 1)..].TrimStart(' ', ':');
            }
        }

        foreach (var prefix in LowerCasePrefixes)
        {
            if (StartsWithWord(text, prefix, StringComparison.Ordinal))
            {
                return text[(prefix.Length + 1)..].TrimStart(' ', ':');
            }
        }

        return text;
    }

    private static bool StartsWithWord(string text, string prefix, StringComparison comparison) =>
        text.Length > prefix.Length + 1 &&
        text.StartsWith(prefix, comparison) &&
        (text[prefix.Length] == ' ' || text[prefix.Length] == ':');

    private static IEnumerable<string> Split(string text)
    {
        var builder = new StringBuilder();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var bare = word.TrimEnd(',', ';');
            if (bare.Equals("and", StringComparison.OrdinalIgnoreCase) || bare == "&" ||
                bare.Equals("und", StringComparison.OrdinalIgnoreCase) || bare.Equals("et", StringComparison.OrdinalIgnoreCase) ||
                bare.Equals("y", StringComparison.Ordinal) || bare.Equals("e", StringComparison.Ordinal) ||
                bare.Equals("en", StringComparison.Ordinal) || bare.Equals("och", StringComparison.Ordinal) ||
                bare.Equals("og", StringComparison.Ordinal))
            {
                yield return builder.ToString();
                builder.Clear();
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(bare);
            if (bare.Length != word.Length)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static string? CleanName(string part)
    {
        var name = WithoutHandles(part).Trim().Trim('(', ')', '[', ']', '"', '\'', '.', ' ', '/');
        if (name.Length < 2 || name.Contains('@', StringComparison.Ordinal) ||
            name.Contains("http", StringComparison.OrdinalIgnoreCase) || name.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var words = 0;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            foreach (var job in JobWords)
            {
                if (word.Equals(job, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }
            }
        }

        if (words > MaxNameWords || !char.IsUpper(name[0]) || HasDigit(name))
        {
            return null;
        }

        foreach (var agency in Agencies)
        {
            if (name.Equals(agency, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return name;
    }

    // "Jane Doe @janedoe": the social handle is not part of the name.
    private static string WithoutHandles(string part)
    {
        if (!part.Contains('@', StringComparison.Ordinal))
        {
            return part;
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', Array.FindAll(words, static word => !word.StartsWith('@')));
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSite(string name, IReadOnlyList<string> siteNames)
    {
        foreach (var site in siteNames)
        {
            if (SiteAffix.SameText(name, site))
            {
                return true;
            }
        }

        return false;
    }
}
