using ArticleExtract.Evaluation.Metrics;
using Xunit;

namespace ArticleExtract.Tests.Evaluation;

public sealed class WordTokenizerTests
{
    [Fact]
    public void Punctuation_and_spaces_separate_tokens_and_case_is_kept()
    {
        Assert.Equal(["Hello", "World", "42"], WordTokenizer.Tokenize("Hello, World! (42)"));
    }

    [Fact]
    public void Underscore_is_a_word_character()
    {
        Assert.Equal(["snake_case", "_x"], WordTokenizer.Tokenize("snake_case -_x"));
    }

    [Fact]
    public void A_decomposed_accent_splits_the_word_as_Python_word_class_does()
    {
        // "Café" with e + U+0301 COMBINING ACUTE ACCENT: the mark (Mn) is not a word character.
        Assert.Equal(["Cafe", "noir"], WordTokenizer.Tokenize("Cafe\u0301 noir"));
        Assert.Equal(["e", "t\u00E9"], WordTokenizer.Tokenize("e\u0301t\u00E9"));
    }

    [Fact]
    public void Spacing_combining_marks_split_too()
    {
        // Devanagari vowel signs (Mc) and virama (Mn) are not \w in Python: re.findall(r'\w+', 'हिन्दी') == ['ह', 'न', 'द'].
        Assert.Equal(["ह", "न", "द"], WordTokenizer.Tokenize("हिन्दी"));
    }

    [Fact]
    public void Precomposed_letters_and_CJK_letters_are_word_characters()
    {
        Assert.Equal(["café", "東京2020", "かな"], WordTokenizer.Tokenize("café 東京2020、かな。"));
    }

    [Fact]
    public void Digits_and_numbers_of_other_scripts_are_word_characters()
    {
        // Arabic-Indic and Devanagari digits (Nd), a Roman numeral (Nl), superscript two and one half (No).
        Assert.Equal(["٣٤٥", "१२३", "Ⅻ", "x²", "½"], WordTokenizer.Tokenize("٣٤٥ १२३ Ⅻ x² ½"));
    }

    [Fact]
    public void Supplementary_plane_letters_count_and_symbols_separate()
    {
        // U+1D400/U+1D401 are letters (Lu) stored as surrogate pairs; the emoji is a symbol (So).
        Assert.Equal(["\U0001D400\U0001D401", "a"], WordTokenizer.Tokenize("\U0001D400\U0001D401\U0001F600a"));
    }

    [Fact]
    public void A_lone_surrogate_separates_tokens()
    {
        Assert.Equal(["ab", "cd"], WordTokenizer.Tokenize("ab\uD800cd"));
    }

    [Fact]
    public void Locate_reports_offsets_in_code_units()
    {
        var tokens = WordTokenizer.Locate("  ab \U0001D400c");
        Assert.Equal([new WordToken(2, 2), new WordToken(5, 3)], tokens);
    }

    [Fact]
    public void Empty_and_null_text_have_no_tokens()
    {
        Assert.Empty(WordTokenizer.Tokenize(""));
        Assert.Empty(WordTokenizer.Tokenize(null));
        Assert.Empty(WordTokenizer.Tokenize(" ,;— "));
    }
}
