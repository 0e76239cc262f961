using ArticleExtract.Metadata;
using Xunit;

namespace ArticleExtract.Tests.Metadata;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Stefan Wasmer", "Stefan Wasmer")]
    [InlineData("Dr. Alexander Klier", "Alexander Klier")]
    [InlineData("Prof. Dr. Wolfgang Schmale", "Wolfgang Schmale")]
    [InlineData("Anna Maria Schmidt", "Anna Maria Schmidt")]
    [InlineData("Ursula von der Leyen", "Ursula von der Leyen")]
    [InlineData("Michael L. Anderson", "Michael L. Anderson")]
    [InlineData("Jean-Pierre Dupont", "Jean-Pierre Dupont")]
    [InlineData("Sean O'Sullivan", "Sean O'Sullivan")]
    [InlineData("Iris Lange-Fricke", "Iris Lange-Fricke")]
    public void ANameThatStartsWithAGivenNameIsAPerson(string text, string? expected) =>
        Assert.Equal(expected, PersonName.AsPerson(text));

    [Theory]
    [InlineData("Weitere Informationen")]
    [InlineData("Aktuelle Nutzung Studentenwohnanlage")]
    [InlineData("Martin Rütter DOGS")]
    [InlineData("Hans Müller Berlin")]
    [InlineData("Euer HansEhrlich")]
    [InlineData("Wolfgang")]
    [InlineData("Deutsche Welle")]
    [InlineData("Stefan Wasmer berichtet aus München über das Spiel")]
    [InlineData("stefan wasmer")]
    // A site named with a given name and the word for news.
    [InlineData("Stella Notizie")]
    [InlineData("Laura Nachrichten")]
    public void OtherTextIsNoPerson(string text) => Assert.Null(PersonName.AsPerson(text));
}
