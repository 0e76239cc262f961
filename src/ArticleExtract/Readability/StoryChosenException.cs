namespace ArticleExtract.Readability;

/// <summary>
/// Thrown from SmartReader's end callback by <see cref="StoryLocator"/> once the story element is in hand, to skip
/// the work SmartReader does after it (serialisation, plain text) whose result is discarded. SmartReader's
/// <c>GetArticle</c> catches it; it never leaves the library.
/// </summary>
internal sealed class StoryChosenException : Exception
{
    /// <summary>Creates the sentinel.</summary>
    public StoryChosenException()
        : base("The story element was chosen; SmartReader stopped on purpose.")
    {
    }

    /// <summary>Creates the sentinel with a message (the standard exception constructors).</summary>
    public StoryChosenException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the sentinel with a message and an inner exception (the standard exception constructors).</summary>
    public StoryChosenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
