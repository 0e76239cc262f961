using ArticleExtract.Cleaning;
using ArticleExtract.Logging;
using ArticleExtract.Metadata;
using ArticleExtract.Normalization;
using ArticleExtract.Parsing;
using ArticleExtract.Readability;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArticleExtract;

/// <summary>
/// The stages in order, on one parsed document: parse → metadata → page cleaning → readability → story cleaning →
/// blocks → normalisation.
/// </summary>
internal static class ExtractionPipeline
{
    /// <summary>Runs the stages within the options' limits.</summary>
    /// <param name="html">The page's markup.</param>
    /// <param name="url">The page's address.</param>
    /// <param name="options">The limits (<see cref="ArticleExtractorOptions.TimeBudget"/>, nodes, depth).</param>
    /// <param name="ct">The caller's cancellation.</param>
    /// <param name="logger">Receives the stages' decisions at debug level; <see langword="null"/> logs nothing.</param>
    /// <returns>The article, or a failure; a spent time budget is <see cref="FailureReason.TimedOut"/>.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static ExtractionResult Run(
        string html, Uri? url, ArticleExtractorOptions options, CancellationToken ct, ILogger? logger = null)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return ExtractionResult.Fail(FailureReason.EmptyInput, "The input is empty or only white space.");
        }

        using var budget = new ExtractionBudget(options.TimeBudget, ct);
        try
        {
            return RunStages(html, url, options, budget, logger ?? NullLogger.Instance);
        }
        catch (OperationCanceledException) when (budget.Expired)
        {
            return ExtractionResult.Fail(
                FailureReason.TimedOut,
                $"Extraction took longer than the time budget of {options.TimeBudget} (ArticleExtractorOptions.TimeBudget).");
        }
        catch (OperationCanceledException)
        {
            // The caller cancelled: rethrown with the caller's token, as .NET callers expect.
            budget.ThrowIfCallerCancelled();
            throw;
        }
    }

    private static ExtractionResult RunStages(
        string html, Uri? url, ArticleExtractorOptions options, ExtractionBudget budget, ILogger logger)
    {
        var parsed = DocumentParser.Parse(html, options, budget.Token);
        if (parsed.Document is not { } document)
        {
            return parsed.Failure!;
        }

        budget.Check();
        RubyAnnotations.Strip(document, html);

        // Metadata first: the readability pass rewrites the DOM it reads.
        var metadata = MetadataReader.Read(document, url, DateTimeOffset.UtcNow);
        budget.Check();

        PaywalledParts.Reveal(document, metadata.PaywalledParts);

        // A live blog's entries are known by their time stamps, which the cleaning takes.
        var liveStream = LiveStream.Find(document.Body);
        // The deck under the headline is read before the cleaning, which often takes it with the header's chrome.
        var deck = StoryDeck.Find(metadata.HeadlineElement);
        PageCleaner.Clean(document, metadata.HeadlineElement);
        budget.Check();
        var continuation = StoryContinuation.Record(document, metadata.HeadlineElement, liveStream);
        var aboveHeadline = AboveHeadline.Mark(metadata.HeadlineElement);
        var story = StoryLocator.Locate(document, url, out var address);
        if (story is not null)
        {
            AboveHeadline.Remove(story, aboveHeadline);
            AppendedTeasers.Remove(story);
            LayoutColumn.RemoveSideColumns(story);
            story = MarkedStory.Prefer(document, story);
        }

        budget.Check();
        if (story is not null && continuation.Restore(story) is > 0 and var restored)
        {
            ExtractorLog.ParagraphsRestored(logger, restored);
        }

        var blocks = new List<string>();
        if (story is not null)
        {
            HeadlineKicker.RemoveMarked(story);
            ContentCleaner.Clean(story);
            budget.Check();
            var collected = BlockCollector.Collect(story, address);
            blocks = BlockFilter.Filter(collected, metadata);
            budget.Check();

            // A byline the page marks nowhere may still be printed as a line of the story: above it or signing it off.
            // People printed there also outrank a newsroom credited in the markup ("Redacción" as the CMS user).
            if ((metadata.Authors.Count == 0 || BylineNormalizer.IsNewsroomOnly(metadata.Authors) ||
                 BylineNormalizer.IsAgencyOnly(metadata.Authors)) &&
                StoryByline.Find(collected, blocks, metadata.SiteNames, out var bylineLine) is { } authors)
            {
                metadata = metadata.WithAuthors(authors);
                if (bylineLine is not null && blocks.Count > 1)
                {
                    blocks.Remove(bylineLine);
                }
            }

            // "By Emeka Nwosu & Chioma Eze, Abuja" over the story, the markup naming someone else (the account that posted
            // it): the story's own line names its writers.
            else if (metadata.Authors.Count > 0 && StoryByline.Opening(collected, metadata.SiteNames) is { } printed &&
                     !BylineNormalizer.IsAgencyOnly(printed) && !BylineNormalizer.IsNewsroomOnly(printed) && NamesOthers(printed, metadata.Authors))
            {
                metadata = metadata.WithAuthors(printed);
            }

            // An agency credited alone ("Agencia EFE", "RND/dpa") is the story's source, not its author.
            if (BylineNormalizer.IsAgencyOnly(metadata.Authors))
            {
                metadata = metadata.WithAuthors([]) with { AgencyCredit = BylineNormalizer.Join(metadata.Authors) };
            }

            // A personal site named after its owner ("… | Wolfgang Michal") and signed nowhere: the owner wrote it.
            if (metadata.Authors.Count == 0 && PersonName.AsPerson(metadata.SiteName) is { } owner)
            {
                metadata = metadata with { Authors = [owner], Byline = owner };
            }

            deck?.Restore(blocks, metadata);
            ExtractorLog.StoryContainerFound(logger, new ElementDescription(story), blocks.Count);
        }
        else
        {
            ExtractorLog.NoStoryContainer(logger);
        }

        // Where no person signs, the byline is the credit the page prints instead: the agency ("EFE"), which also
        // outranks a newsroom the CMS names as author ("Redacción"), unless it is the agency's own ("Redazione ANSA" on
        // ansa.it). Authors stays people only.
        if (metadata.AgencyCredit is { } credit &&
            (metadata.Authors.Count == 0 ||
             (BylineNormalizer.IsNewsroomOnly(metadata.Authors) && !metadata.Authors.Any(desk => desk.Contains(credit, StringComparison.OrdinalIgnoreCase)))))
        {
            metadata = metadata with { Authors = [], Byline = credit };
        }

        if (metadata.ArticleBody is { } articleBody &&
            (blocks.Count == 0 || ArticleBodyCrossCheck.PrefersArticleBody(blocks, articleBody)))
        {
            // The page hid its story from the DOM (rendered by script), or the pass chose another container, but the
            // page stated the story in JSON-LD.
            var stated = BlockFilter.Filter(ArticleBodySplitter.Split(articleBody), metadata);
            if (stated.Count > 0)
            {
                blocks = stated;
                ExtractorLog.ArticleBodyFallback(logger, blocks.Count);
            }
        }

        if (blocks.Count == 0 && metadata.Instructions is { } instructions)
        {
            // A guide rendered by script: its steps, as JSON-LD states them, are all the page holds.
            blocks = BlockFilter.Filter(ArticleBodySplitter.Split(instructions), metadata);
        }

        if (blocks.Count == 0)
        {
            return ExtractionResult.NoArticle("The page holds no story text.", ArticleAssembler.Build(metadata, blocks));
        }

        return ExtractionResult.Success(ArticleAssembler.Build(metadata, blocks));
    }

    // No printed name is one the markup credits, in either's words ("Jane Doe" beside "Jane Doe, Reuters").
    private static bool NamesOthers(List<string> printed, IReadOnlyList<string> credited) =>
        !printed.Exists(name => credited.Any(known => BylineResolver.IsSamePerson(known, name)));
}
