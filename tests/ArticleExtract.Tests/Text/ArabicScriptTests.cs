using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Text;

public sealed class ArabicScriptTests
{
    [Theory]
    [InlineData("اقرأ أيضًا", "اقرأ أيضا")]
    [InlineData("اقرأ أيضاً", "اقرأ أيضا")]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("اقـــرأ", "اقرأ")]
    public void DropsVowelMarksAndTatweel(string text, string expected) => Assert.Equal(expected, ArabicScript.WithoutMarks(text));

    [Theory]
    [InlineData("اقرأ أيضا")]
    [InlineData("Read also")]
    [InlineData("")]
    public void ReturnsTextWithoutMarksAsItIs(string text) => Assert.Same(text, ArabicScript.WithoutMarks(text));
}
