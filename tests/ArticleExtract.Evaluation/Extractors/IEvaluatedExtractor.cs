namespace ArticleExtract.Evaluation.Extractors;

/// <summary>An extractor under evaluation: raw page bytes in, comparable fields out.</summary>
internal interface IEvaluatedExtractor
{
    /// <summary>The name used as the report's column and JSON key.</summary>
    string Name { get; }

    /// <summary>Extracts one page. Implementations turn their own exceptions into <see cref="ExtractedFields.Failure"/>.</summary>
    ExtractedFields Extract(byte[] html, Uri? url);
}
