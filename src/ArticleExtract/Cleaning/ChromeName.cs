namespace ArticleExtract.Cleaning;

/// <summary>How strongly an element's class or id names it as page chrome.</summary>
internal enum ChromeName
{
    /// <summary>No chrome word.</summary>
    None,

    /// <summary>
    /// A word that names chrome on most pages but also shows up on story containers ("ads" in
    /// "section--with-ads", "meta", "date", "author", "modal"): enough only for small or link-dense elements.
    /// </summary>
    Weak,

    /// <summary>A word that names chrome ("sidebar", "share", "related", "comments").</summary>
    Strong,
}
