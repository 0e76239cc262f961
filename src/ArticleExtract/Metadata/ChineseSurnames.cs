using System.Buffers;

namespace ArticleExtract.Metadata;

/// <summary>
/// The common Chinese surnames, simplified and traditional, which cover most people's names: a run of ideographs
/// with no label before it is read as a name only when it opens with one ("张三", not "发表在").
/// </summary>
internal static class ChineseSurnames
{
    private static readonly SearchValues<char> Single = SearchValues.Create(
        "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余" +
        "杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀" +
        "顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐" +
        "耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲" +
        "房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗" +
        "瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠" +
        "荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴蓋盖" +
        "洪萧賴赖邱丘翟戈諸褚湛練练葉");

    // Two-character surnames whose first character opens few others: "欧阳修", "司马光", "诸葛亮".
    private static readonly string[] Double =
    [
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容",
        "令狐", "长孙", "長孫", "宇文", "夏侯", "澹台", "澹臺", "范姜", "张简", "張簡",
    ];

    /// <summary>Whether the name opens with a common surname.</summary>
    public static bool Opens(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        if (Single.Contains(name[0]))
        {
            return true;
        }

        foreach (var surname in Double)
        {
            if (name.StartsWith(surname, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
