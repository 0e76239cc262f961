using System.Text.Json;
using Xunit;

namespace ArticleExtract.Tests.Cli;

/// <summary>
/// The CLI's runtime settings were chosen by measurement (docs/performance.md): Server GC held the lowest peak memory in
/// batches, and dynamic PGO cost a fifth of a 1,000-page run while making two workers contend. Changing them needs a
/// new measurement, not a silent edit.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_cli_runs_with_server_gc_and_without_dynamic_pgo()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ArticleExtract.Cli.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }
}
