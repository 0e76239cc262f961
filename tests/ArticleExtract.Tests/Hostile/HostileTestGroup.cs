using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>The hostile-input test classes run one at a time: each page is heavy, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class HostileTestGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Hostile input";
}
