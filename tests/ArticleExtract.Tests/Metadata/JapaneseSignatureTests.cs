using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class JapaneseSignatureTests
{
    [Theory]
    [InlineData("町商工観光課は「受注を一過性で終わらせず、産業として次の世代に残せるよう後押ししたい」としている。（佐藤健太）", "佐藤健太")]
    [InlineData("県は来年度も事業を続ける方針だ。（山田 花子）", "山田 花子")]
    [InlineData("町は来年度も事業を続ける方針だという。(林誠一)", "林誠一")]
    // A credit, a desk and "names without honorifics" close paragraphs too; Chinese text has no kana.
    [InlineData("町は来年度も事業を続ける方針だという。（共同通信）", null)]
    [InlineData("町は来年度も事業を続ける方針だという。（経済部）", null)]
    [InlineData("町は来年度も事業を続ける方針だという。（敬称略）", null)]
    [InlineData("该项目预计明年完工，届时将惠及周边居民。（王晓明）", null)]
    [InlineData("町は来年度も事業を続ける方針だという（佐藤健太）と話した。", null)]
    public void TheReporterInParenthesesAfterTheLastSentenceSignsTheStory(string paragraph, string? expected) =>
        Assert.Equal(expected, JapaneseSignature.Signer(paragraph));
}
