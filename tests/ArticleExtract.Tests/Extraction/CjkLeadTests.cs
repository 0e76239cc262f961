using Xunit;

namespace ArticleExtract.Tests.Extraction;

/// <summary>
/// A Japanese or Chinese lead and paragraphs are short in characters: the lead set in a paragraph of its own above a
/// div of text runs comes back before them, as a Latin-script lead of the same weight does.
/// </summary>
public sealed class CjkLeadTests
{
    private static readonly ArticleExtractor Extractor = new();

    private const string Lead = "市内の住宅街で今月に入ってクマの目撃が相次いでいることを受け、盛岡市は20日、緊急の対策会議を開き、警察や猟友会と連携して警戒を強めることを確認しました。";

    private const string Runs =
        "市によりますと、今月1日から19日までに市内で寄せられたクマの目撃情報は58件で、去年の同じ時期のおよそ3倍にのぼっています。<br><br>" +
        "このうち、住宅や学校の近くでの目撃が半数以上を占めていて、今月14日には通学路で小学生がクマを見かけ、学校に駆け込む事案もありました。<br><br>" +
        "会議では、目撃が多い地区で朝夕のパトロールを強化するほか、小中学校に爆竹やクマよけの鈴を配ることなどを決めました。<br><br>" +
        "盛岡市の担当者は「クマを見かけたら近づかず、すぐに警察や市に連絡してほしい」と呼びかけています。";

    [Fact]
    public void AShortJapaneseLeadAboveADivOfTextRunsComesBackFirst()
    {
        var article = Extractor.Extract(
            "<html lang='ja'><head><title>住宅街でクマ目撃相次ぐ</title></head><body><h1>住宅街でクマ目撃相次ぐ</h1>" +
            "<div class='art-body'><p class='art-body__lead'>" + Lead + "</p><div class='art-body__text'>" + Runs + "</div></div></body></html>").Article;

        Assert.NotNull(article);
        Assert.Equal(Lead, article.Paragraphs[0]);
        Assert.StartsWith("市によりますと", article.Paragraphs[1], StringComparison.Ordinal);
    }
}
