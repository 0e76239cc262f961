using System.Diagnostics;
using System.Text;
using Xunit;

namespace ArticleExtract.Tests.Hostile;

/// <summary>Every hostile page ends, quickly, in an article or a failure with the right reason; never an exception.</summary>
[Collection(HostileTestGroup.Name)]
public sealed class HostilePageTests
{
    // A hang check, not a performance target: unbounded these pages take minutes to hours; each takes seconds at most
    // alone, and the bound leaves room for a loaded shared machine.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    // The default limits, with a time budget that a loaded machine cannot spend on a page that should succeed.
    private static readonly ArticleExtractor Extractor = new(new ArticleExtractorOptions { TimeBudget = TimeSpan.FromSeconds(25) });

    private static ExtractionResult Timed(Func<ExtractionResult> extract)
    {
        var clock = Stopwatch.StartNew();
        var result = extract();
        Assert.True(clock.Elapsed < Bound, $"took {clock.Elapsed}");
        return result;
    }

    private static ExtractionResult Extract(byte[] page) => Timed(() => Extractor.Extract(page));

    private static ExtractionResult Extract(string page) => Timed(() => Extractor.Extract(page));

    private static void AssertStory(ExtractionResult result)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Contains(HostilePages.StorySentence, result.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_hundred_thousand_nested_divs_are_refused_as_too_deep()
    {
        var result = Extract(HostilePages.NestedDivs(300_000));

        Assert.Equal(FailureReason.TooDeep, result.Failure?.Reason);
    }

    [Fact]
    public void Nesting_under_the_limit_is_parsed_and_its_story_found()
    {
        // Deeper than AngleSharp's own tree depth (it hangs the rest as siblings), within MaxDepth.
        AssertStory(Extract(HostilePages.NestedDivs(1_500)));
    }

    [Fact]
    public void A_million_tiny_elements_are_refused_as_too_many_nodes()
    {
        var result = Extract(HostilePages.TinyElements(1_000_000));

        Assert.Equal(FailureReason.TooManyNodes, result.Failure?.Reason);
    }

    [Fact]
    public void One_element_with_two_hundred_thousand_attributes_still_gives_the_story() =>
        AssertStory(Extract(HostilePages.ManyAttributes(200_000)));

    [Fact]
    public void A_hundred_and_fifty_thousand_side_by_side_paragraphs_finish_within_the_budget()
    {
        var result = Extract(HostilePages.WideParagraphs(150_000));

        // Either outcome is an answer; what matters is that it came, and never as an exception.
        Assert.True(result.Succeeded || result.Failure.Reason == FailureReason.TimedOut, result.Failure?.ToString());
    }

    [Fact]
    public void An_eighty_megabyte_page_is_refused_fast_as_bytes_string_and_stream()
    {
        var page = HostilePages.Huge(80 * 1024 * 1024);

        Assert.Equal(FailureReason.InputTooLarge, Extract(page).Failure?.Reason);
        using (var seekable = new MemoryStream(page))
        {
            Assert.Equal(FailureReason.InputTooLarge, Timed(() => Extractor.Extract(seekable)).Failure?.Reason);
        }

        using (var unseekable = new ForwardOnlyStream(page))
        {
            Assert.Equal(FailureReason.InputTooLarge, Timed(() => Extractor.Extract(unseekable)).Failure?.Reason);
            Assert.True(unseekable.BytesRead <= Extractor.Options.MaxInputBytes + 1, $"read {unseekable.BytesRead}");
        }

        // Strings are refused by length before anything else is done.
        var text = Encoding.Latin1.GetString(page, 0, 20 * 1024 * 1024);
        Assert.Equal(FailureReason.InputTooLarge, Extract(text).Failure?.Reason);
    }

    [Fact]
    public void Invalid_utf8_under_a_utf8_declaration_becomes_replacement_characters()
    {
        var result = Extract(HostilePages.InvalidUtf8());

        AssertStory(result);
        Assert.Contains('\uFFFD', result.Article!.Text);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_wins_over_the_meta_charset()
    {
        var result = Extract(HostilePages.Utf16WithBom());

        AssertStory(result);
        Assert.Contains("Grüße aus Köln — naïve café.", result.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_charset_name_falls_back() => AssertStory(Extract(HostilePages.UnknownCharset()));

    [Fact]
    public void Nul_bytes_and_unclosed_tags_still_give_the_story() => AssertStory(Extract(HostilePages.NulAndUnclosed()));

    [Fact]
    public void A_meta_author_of_a_hundred_thousand_spaces_is_trimmed_not_a_hang()
    {
        var result = Extract(HostilePages.SpacesInMetaAuthor(100_000));

        AssertStory(result);
        Assert.True(result.Article!.Byline is null || result.Article.Byline.Length < 200, result.Article.Byline?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_date_string_of_250_kilobytes_is_survived() => AssertStory(Extract(HostilePages.HugeDate(250_000)));

    [Fact]
    public void Json_ld_nested_a_hundred_thousand_deep_is_ignored() => AssertStory(Extract(HostilePages.DeepJsonLd(100_000)));

    [Fact]
    public void Hundreds_of_big_scripts_are_skipped() => AssertStory(Extract(HostilePages.BigScripts(300, 32_000)));

    [Fact]
    public void A_page_of_navigation_only_has_no_article() =>
        Assert.Equal(FailureReason.NoArticleFound, Extract(HostilePages.NavigationOnly()).Failure?.Reason);

    [Fact]
    public void Random_tag_soup_gives_an_answer()
    {
        for (var seed = 0; seed < 5; seed++)
        {
            var result = Extract(HostilePages.TagSoup(new Random(seed), 100_000));
            Assert.True(result.Succeeded || result.Failure.Reason == FailureReason.NoArticleFound, result.Failure?.ToString());
        }
    }

    /// <summary>A stream that cannot seek and counts what was read from it.</summary>
    private sealed class ForwardOnlyStream(byte[] content) : Stream
    {
        private readonly MemoryStream _inner = new(content);

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
