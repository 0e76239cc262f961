using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class SiteAffixTests
{
    [Theory]
    [InlineData("Kim orders more missiles, days before drills -Wealth Nexus Pro", "Kim orders more missiles, days before drills", "Wealth Nexus Pro")]
    [InlineData("Kim orders more missiles | Reuters", "Kim orders more missiles", "Reuters")]
    [InlineData("Reuters: Kim orders more missiles", "Kim orders more missiles", "Reuters")]
    [InlineData("Markets fall sharply as rates rise – Example News", "Markets fall sharply as rates rise", "Example News")]
    [InlineData("北京迎来降雨_新浪新闻", "北京迎来降雨", "新浪新闻")]
    [InlineData("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！", "新华网")]
    [InlineData("北京迎来降雨-新华网", "北京迎来降雨", "新华网")]
    [InlineData("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网", "海外留学生看两会：出国前后关注点大不同", "中国青年网")]
    [InlineData("Produkttester werden: gratis testen & bewerten │ Nestlé Marktplatz", "Produkttester werden: gratis testen & bewerten", "Nestlé Marktplatz")]
    [InlineData("Markets fall sharply as rates rise :: Example News", "Markets fall sharply as rates rise", "Example News")]
    [InlineData("Markets fall sharply as rates rise ~ Example News", "Markets fall sharply as rates rise", "Example News")]
    [InlineData("Markets fall sharply as rates rise | World | Asia | Example News", "Markets fall sharply as rates rise", "Example News")]
    [InlineData("Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost – The Mercury News", "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost", "The Mercury News")]
    [InlineData("Markets fall sharply as rates rise - Example News - AMP", "Markets fall sharply as rates rise", "Example News")]
    [InlineData("Didier Porte souhaite la santé à Balkany | Chroniques | Là-bas si j'y suis", "Didier Porte souhaite la santé à Balkany", "Là-bas si j'y suis")]
    [InlineData("Kim orders more missiles, days before drills : Reuters", "Kim orders more missiles, days before drills", "Reuters")]
    [InlineData("N. Korea fires multiple short-range ballistic missiles into East Sea: JCS - 国际 - 东北亚资讯网", "N. Korea fires multiple short-range ballistic missiles into East Sea: JCS", "东北亚资讯网")]
    [InlineData("Japan's core inflation accelerates, keeps BOJ rate hike bets alive--Reuters", "Japan's core inflation accelerates, keeps BOJ rate hike bets alive", "Reuters")]
    // The site first, then its sections, by the same separator.
    [InlineData("Reuters :: World :: About 1.1 million power banks recalled after reports of fires", "About 1.1 million power banks recalled after reports of fires", "Reuters")]
    [InlineData("Reuters | World | Asia | Markets fall sharply as rates rise", "Markets fall sharply as rates rise", "Reuters")]
    // A breadcrumb's section after the title, then the site.
    [InlineData("부산항 지난해 컨테이너 물동량 2천480만TEU…역대 최대 > 뉴스 | 핫이슈모아", "부산항 지난해 컨테이너 물동량 2천480만TEU…역대 최대", "핫이슈모아")]
    [InlineData("Chipmaker says quarterly revenue > $1bn for first time | Example News", "Chipmaker says quarterly revenue > $1bn for first time", "Example News")]
    public void StripsSiteNames(string title, string expected, string affix)
    {
        var (stripped, removed) = SiteAffix.Strip(title, ["Reuters", "wealthnexuspro"], []);
        Assert.Equal(expected, stripped);
        Assert.Equal(affix, removed);
    }

    [Theory]
    [InlineData("US-South Korea drills begin")]
    [InlineData("Biden: We will not back down")]
    [InlineData("Spider-Man returns")]
    [InlineData("COVID-19 cases rise again")]
    [InlineData("Why the long-term - short-term split matters")]
    [InlineData("C++::std::vector explained for beginners")]
    [InlineData("Prices rose ~5 percent in March")]
    [InlineData("Obama--the man and the myth")]
    public void KeepsTitlesThatMerelyContainADashOrColon(string title) =>
        Assert.Equal(title, SiteAffix.Strip(title, ["Example News"], []).Title);

    [Fact]
    public void StripsWhenTheRestMatchesAnotherSource() =>
        Assert.Equal("Kim orders more missiles", SiteAffix.Strip("Kim orders more missiles: The Daily Planet", [], ["Kim orders more missiles"]).Title);
}
