namespace ArticleExtract.Cli;

/// <summary>
/// A problem with the command line or its input files, reported as one line on stderr with exit code 2.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
