using ArticleExtract.Text;
using Xunit;

namespace ArticleExtract.Tests.Text;

public sealed class SentenceEndTests
{
    [Theory]
    [InlineData("The council approved the budget.", true)]
    [InlineData("“Safety is not negotiable.”", true)]
    [InlineData("正是有了英勇的你们，才有这座英雄的城！", true)]
    [InlineData("सर्कुलर में कहा गया है कि स्कूल बंद रहेंगे।", true)]
    [InlineData("هل تنجح الخطة؟", true)]
    [InlineData("وزیراعظم نے اجلاس کی صدارت کی۔", true)]
    [InlineData("မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်။", true)]
    [InlineData("นายประเสริฐ ทองดี อายุ 58 ปี ชาวนาใน ต.บางใหญ่ อ.บางปลาม้า เปิดเผยว่า ปีนี้ราคาข้าวเปลือกหอมปทุมตกลงมาก จนชาวนาหลายรายต้องแบกรับภาระขาดทุน เพราะต้นทุนการผลิตทั้งค่าปุ๋ยและค่าจ้างสูงขึ้นทุกปี", true)]
    [InlineData("อ่านข่าวที่เกี่ยวข้อง", false)]
    [InlineData("ชาวนาสุพรรณฯ ร้อนใจ ราคาข้าวเปลือกหอมปทุมร่วงเหลือตันละ 7 พัน วอนรัฐช่วยเหลือ", false)]
    [InlineData("「唔係冇生意做，係真係請唔到人。老師傅又陸續退休。」", true)]
    [InlineData("『地域の誇りだ』", false)]
    [InlineData("ये भी पढ़ें:", false)]
    [InlineData("Most read", false)]
    public void EndsOnTheFullStopsOfEachScript(string text, bool ends) => Assert.Equal(ends, SentenceEnd.Ends(text));
}
