namespace ArticleExtract.Benchmarks;

/// <summary>
/// Finds the shared corpora: <c>ARTICLEEXTRACT_CORPORA</c> if set, else <c>&lt;repo root&gt;/../shared/corpora</c>, the
/// repository root being the first folder holding ArticleExtract.sln above the binaries or the working directory
/// (builds with an artifacts path outside the repository put the binaries elsewhere).
/// </summary>
internal static class CorpusLocation
{
    private const string SolutionFile = "ArticleExtract.sln";
    private const string Variable = "ARTICLEEXTRACT_CORPORA";

    /// <summary>The corpora folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No corpora folder was found; the message says where it looked.</exception>
    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"{Variable} is '{configured}', which is not a folder.");
        }

        string[] starts = [AppContext.BaseDirectory, Directory.GetCurrentDirectory()];
        foreach (var start in starts)
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
                {
                    var corpora = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpora"));
                    if (Directory.Exists(corpora))
                    {
                        return corpora;
                    }

                    throw new DirectoryNotFoundException(
                        $"The benchmarks read pages from the shared corpora at '{corpora}' (beside the repository " +
                        $"{directory.FullName}), which does not exist. Put the corpora there or set {Variable}.");
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder above '{AppContext.BaseDirectory}' or the working directory '{Directory.GetCurrentDirectory()}' " +
            $"holds {SolutionFile}, so ../shared/corpora cannot be located: run from the repository or set {Variable}.");
    }
}
