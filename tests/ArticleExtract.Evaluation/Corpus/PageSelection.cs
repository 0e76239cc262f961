namespace ArticleExtract.Evaluation.Corpus;

/// <summary>Deterministic ways to pick the pages of a corpus that are evaluated.</summary>
internal static class PageSelection
{
    /// <summary>Applies the command line's <c>--sample N --seed S</c> and then <c>--limit N</c>; keeps manifest order.</summary>
    public static IReadOnlyList<ManifestEntry> Select(IReadOnlyList<ManifestEntry> entries, int? limit, int? sample, int seed)
    {
        ArgumentNullException.ThrowIfNull(entries);
        IReadOnlyList<ManifestEntry> selected = entries;
        if (sample is { } n)
        {
            selected = Sample(selected, n, seed);
        }

        if (limit is { } l && l < selected.Count)
        {
            selected = selected.Take(l).ToList();
        }

        return selected;
    }

    /// <summary>A seeded random subset of <paramref name="count"/> pages, returned in manifest order.</summary>
    public static IReadOnlyList<ManifestEntry> Sample(IReadOnlyList<ManifestEntry> entries, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count >= entries.Count)
        {
            return entries;
        }

        // Partial Fisher–Yates over indices: the seed alone fixes the subset.
        var indices = new int[entries.Count];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

#pragma warning disable CA5394 // Reproducible sampling, not security.
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, indices.Length);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }
#pragma warning restore CA5394

        Array.Sort(indices, 0, count);
        var result = new List<ManifestEntry>(count);
        for (var i = 0; i < count; i++)
        {
            result.Add(entries[indices[i]]);
        }

        return result;
    }

    /// <summary>
    /// The gate sample: every page of a corpus with at most <paramref name="smallCorpusPages"/> pages, otherwise
    /// every k-th page (k chosen to give about <paramref name="targetPages"/>), pages sorted by id.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> EveryKth(IReadOnlyList<ManifestEntry> entries, int smallCorpusPages, int targetPages)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetPages);
        var sorted = entries.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        if (sorted.Count <= smallCorpusPages)
        {
            return sorted;
        }

        var k = (sorted.Count + targetPages - 1) / targetPages;
        var result = new List<ManifestEntry>((sorted.Count / k) + 1);
        for (var i = 0; i < sorted.Count; i += k)
        {
            result.Add(sorted[i]);
        }

        return result;
    }
}
