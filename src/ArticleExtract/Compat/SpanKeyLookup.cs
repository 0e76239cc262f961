#if !NET9_0_OR_GREATER
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ArticleExtract.Compat;

/// <summary>
/// .NET 8 stand-in for a frozen dictionary's <c>AlternateLookup&lt;ReadOnlySpan&lt;char&gt;&gt;</c> (.NET 9): the same
/// <c>TryGetValue</c> call, at the cost of one string per lookup. net10.0 builds use the framework's span lookup.
/// </summary>
/// <typeparam name="TValue">The dictionary's value type.</typeparam>
internal readonly struct SpanKeyLookup<TValue>(FrozenDictionary<string, TValue> dictionary)
{
    /// <summary>Gets the value of a key given as characters, with the dictionary's comparer.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) =>
        dictionary.TryGetValue(key.ToString(), out value);
}
#endif
