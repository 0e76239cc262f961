#if !NET9_0_OR_GREATER
using System.Collections.Frozen;

namespace ArticleExtract;

/// <summary>
/// .NET 8 stand-in for <c>System.Collections.Frozen.FrozenSet.Create</c>, which .NET 9 added. It lives in the root
/// namespace on purpose: C# looks a simple name up in the enclosing namespaces before the <c>using</c> directives,
/// so the vocabulary files call <c>FrozenSet.Create(comparer, ...)</c> unchanged on both targets, and on net10.0
/// (where this file compiles to nothing) they call the framework's own. Only built at start-up.
/// </summary>
internal static class FrozenSet
{
    /// <summary>Builds a frozen set of the items with the comparer, as the .NET 9 method does.</summary>
    public static FrozenSet<T> Create<T>(IEqualityComparer<T>? equalityComparer, params ReadOnlySpan<T> source) =>
        source.ToArray().ToFrozenSet(equalityComparer);
}
#endif
