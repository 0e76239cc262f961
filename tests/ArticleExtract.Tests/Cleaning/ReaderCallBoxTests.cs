using ArticleExtract.Cleaning;
using ArticleExtract.Parsing;
using Xunit;

namespace ArticleExtract.Tests.Cleaning;

public sealed class ReaderCallBoxTests
{
    private static bool IsCall(string box) =>
        ReaderCallBox.Is(DocumentParser.Parse("<html><body>" + box + "</body></html>").Body!.FirstElementChild!);

    [Theory]
    // Polish: "Did you witness an important event? Send photos and recordings to Kontakt24 … Add material".
    [InlineData("<div class='kontakt24-box'><p>Jesteś świadkiem ważnego wydarzenia?</p><p>Wyślij zdjęcia i nagrania na Kontakt24. " +
                "Najlepsze materiały pokażemy na antenie.</p><a href='https://kontakt24.tvn24.pl/dodaj-material'>Dodaj materiał</a></div>")]
    [InlineData("<aside><h3>Did you witness the fire?</h3><p>Send us your photos and videos.</p><a href='/upload'>Upload</a></aside>")]
    // A local paper's standing call, no witness question.
    [InlineData("<div class='get-involved-box'><h3>Get involved with the news in your community</h3>\n<p>Send your stories and photos now</p>\n" +
                "<a href='/youradvertiser/'>Get involved</a></div>")]
    public void AWitnessCallForPicturesIsACall(string box) => Assert.True(IsCall(box));

    [Theory]
    // The story's own words on witnesses and their videos: no question to the reader, or no link.
    [InlineData("<div><p>Witnesses shared videos of the fire on social media, <a href='/fire'>the police said</a>.</p></div>")]
    [InlineData("<div><p>Did you witness the fire? Send us your photos and videos.</p></div>")]
    [InlineData("<p>Did you witness the fire? Send us your photos and videos. <a href='/upload'>Upload</a></p>")]
    public void StoryTextOnWitnessesIsNoCall(string box) => Assert.False(IsCall(box));
}
