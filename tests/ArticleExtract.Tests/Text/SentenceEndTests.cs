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
    [InlineData("ये भी पढ़ें:", false)]
    [InlineData("Most read", false)]
    public void EndsOnTheFullStopsOfEachScript(string text, bool ends) => Assert.Equal(ends, SentenceEnd.Ends(text));
}
