using ArticleExtract.Metadata.Dates;
using Xunit;

namespace ArticleExtract.Tests.Metadata.Dates;

public sealed class DateTextFinderTests
{
    [Theory]
    // ISO-like and numeric forms
    [InlineData("Date:2025-04-11 16:54:43", "2025-04-11T16:54:43")]
    [InlineData("Published 2025/04/11 16:54", "2025-04-11T16:54:00")]
    [InlineData("Posted: 2025-04-11T16:54:43Z", "2025-04-11T16:54:43Z")]
    [InlineData("2025-04-11T16:54:43.123+08:00", "2025-04-11T16:54:43+08:00")]
    [InlineData("2025.04.11", "2025-04-11")]
    [InlineData("11.04.2025", "2025-04-11")]
    [InlineData("11.04.2025, 16:54 Uhr", "2025-04-11T16:54:00")]
    [InlineData("16.54 Uhr, 11.04.2025", "2025-04-11T16:54:00")]
    [InlineData("Stand: 11. 04. 2025", "2025-04-11")]
    [InlineData("13/03/2024", "2024-03-13")]
    [InlineData("03/13/2024", "2024-03-13")]
    [InlineData("05/03/2024", "2024-03-05")]
    [InlineData("05-03-2024 16:54", "2024-03-05T16:54:00")]
    [InlineData("05/03/2024 10:30 AM", "2024-05-03T10:30:00")]
    [InlineData("05/03/2024 · Updated 4:10 PM", "2024-05-03")]
    [InlineData("05/03/2024 16:54 EST", "2024-05-03T16:54:00-05:00")]
    // South Asian scripts
    [InlineData("Published on: 20 நவம்பர் 2025, 9:15 am", "2025-11-20T09:15:00")]
    [InlineData("20 نومبر 2025", "2025-11-20")]
    [InlineData("20 نومبر ، 2025", "2025-11-20")]
    // Caucasus and Central Asia
    [InlineData("20 ნოემბერი 2025, 14:35", "2025-11-20T14:35:00")]
    [InlineData("3 დეკემბრის 2025", "2025-12-03")]
    [InlineData("20 նոյեմբերի 2025", "2025-11-20")]
    [InlineData("20 noyabr 2025", "2025-11-20")]
    [InlineData("20 қараша 2025", "2025-11-20")]
    // South Asian scripts, continued
    [InlineData("20 নভেম্বর 2025", "2025-11-20")]
    [InlineData("20 नोव्हेंबर 2025", "2025-11-20")]
    [InlineData("20 નવેમ્બર 2025", "2025-11-20")]
    [InlineData("20 നവംബർ 2025", "2025-11-20")]
    [InlineData("20 నవంబర్ 2025", "2025-11-20")]
    // English
    [InlineData("March 5, 2024", "2024-03-05")]
    [InlineData("JANUARY 5, 2024", "2024-01-05")]
    [InlineData("April 11th, 2025", "2025-04-11")]
    [InlineData("Sept. 30, 2023", "2023-09-30")]
    [InlineData("Friday, April 11, 2025 4:54 PM", "2025-04-11T16:54:00")]
    [InlineData("5 March 2024", "2024-03-05")]
    [InlineData("5th March 2024", "2024-03-05")]
    [InlineData("22nd of June, 2023", "2023-06-22")]
    [InlineData("05-Mar-2024", "2024-03-05")]
    [InlineData("March 5, 2024 12:30 AM", "2024-03-05T00:30:00")]
    [InlineData("March 5, 2024 12:30 PM", "2024-03-05T12:30:00")]
    [InlineData("Fri, 11 Apr 2025 16:54:43 GMT", "2025-04-11T16:54:43Z")]
    [InlineData("11 Apr 2025 16:54:43 +0000", "2025-04-11T16:54:43Z")]
    [InlineData("16:54 GMT+8, 11 Apr 2025", "2025-04-11T16:54:00+08:00")]
    [InlineData("Apr 11 2025 16:54 UTC+05:30", "2025-04-11T16:54:00+05:30")]
    [InlineData("Sun 5 May 2024 09.15 BST", "2024-05-05T09:15:00+01:00")]
    // African, Gulf and South Asian zones as their papers print them
    [InlineData("21 Nov 2025 08:05 EAT", "2025-11-21T08:05:00+03:00")]
    [InlineData("21 Nov 2025 08:05 WAT", "2025-11-21T08:05:00+01:00")]
    [InlineData("21 Nov 2025 08:05 CAT", "2025-11-21T08:05:00+02:00")]
    [InlineData("21 Nov 2025 08:05 GST", "2025-11-21T08:05:00+04:00")]
    [InlineData("21 Nov 2025 08:05 PKT", "2025-11-21T08:05:00+05:00")]
    // Québec's spaced hour mark and Canada's French zone abbreviations
    [InlineData("Publié le 20 novembre 2025 à 14 h 32 HNE", "2025-11-20T14:32:00-05:00")]
    [InlineData("20 juillet 2025 à 5 h 00 HAE", "2025-07-20T05:00:00-04:00")]
    [InlineData("20 novembre 2025 à 9 h 15 HNP", "2025-11-20T09:15:00-08:00")]
    [InlineData("By Jane Doe | 5 min read | March 5, 2024, 16:54", "2024-03-05T16:54:00")]
    [InlineData("March 5, 2024 | 3.5 million views", "2024-03-05")]
    [InlineData("March 5, 2024 at 10 Downing Street", "2024-03-05")]
    [InlineData("2024-03-05 10:30:00 +0100", "2024-03-05T10:30:00+01:00")]
    // US zones, with ET/PT resolved by US daylight saving
    [InlineData("Updated 4:54 AM EDT, Fri April 11, 2025", "2025-04-11T04:54:00-04:00")]
    [InlineData("4:54 PM on Wednesday, March 5, 2025", "2025-03-05T16:54:00")]
    [InlineData("Updated 4:54 AM EDT. Read more. April 11, 2025", "2025-04-11")]
    [InlineData("Mar. 5, 2024 at 3:45 p.m. ET", "2024-03-05T15:45:00-05:00")]
    [InlineData("Jul. 5, 2024 at 3:45 p.m. ET", "2024-07-05T15:45:00-04:00")]
    [InlineData("Updated 4:54 AM EDT, April 11, 2025", "2025-04-11T04:54:00-04:00")]
    [InlineData("Mar 5, 2024, 9:05 a.m. PT", "2024-03-05T09:05:00-08:00")]
    [InlineData("Mar 10, 2024, 1:30 AM ET", "2024-03-10T01:30:00-05:00")]
    [InlineData("Mar 10, 2024, 3:30 AM ET", "2024-03-10T03:30:00-04:00")]
    [InlineData("Nov 3, 2024, 1:30 AM ET", "2024-11-03T01:30:00-04:00")]
    [InlineData("Nov 3, 2024, 3:30 AM ET", "2024-11-03T03:30:00-05:00")]
    [InlineData("Oct 30, 2005, 10:00 AM CT", "2005-10-30T10:00:00-06:00")]
    [InlineData("June 1, 2024 8:00 PM (PDT)", "2024-06-01T20:00:00-07:00")]
    // German, French, Spanish, Italian, Portuguese, Dutch
    [InlineData("5. März 2024", "2024-03-05")]
    [InlineData("5. MAERZ 2024", "2024-03-05")]
    [InlineData("15. Dezember 2023 um 16.54 Uhr", "2023-12-15T16:54:00")]
    [InlineData("3. Jänner 2024", "2024-01-03")]
    [InlineData("5 mars 2024", "2024-03-05")]
    [InlineData("5 mars 2024 à 16h54", "2024-03-05T16:54:00")]
    [InlineData("1er avril 2025", "2025-04-01")]
    [InlineData("12 août 2023", "2023-08-12")]
    [InlineData("12 aou\u0302t 2023", "2023-08-12")]
    [InlineData("3 janv. 2024", "2024-01-03")]
    [InlineData("5 de marzo de 2024", "2024-03-05")]
    [InlineData("5 de marzo de 2024 a las 16:54", "2024-03-05T16:54:00")]
    [InlineData("Publicado el 05/03/2024 a las 10:30 h", "2024-03-05T10:30:00")]
    [InlineData("Publié le 05/03/2024 à 10h30", "2024-03-05T10:30:00")]
    [InlineData("5 marzo 2024", "2024-03-05")]
    [InlineData("5 marzo 2024 alle ore 16:54", "2024-03-05T16:54:00")]
    [InlineData("5 de março de 2024", "2024-03-05")]
    [InlineData("8 de dezembro de 2023", "2023-12-08")]
    [InlineData("5 maart 2024", "2024-03-05")]
    [InlineData("5 mrt. 2024 om 16:54", "2024-03-05T16:54:00")]
    // Polish, Russian, Nordic, Turkish, Indonesian
    [InlineData("5 marca 2024", "2024-03-05")]
    [InlineData("21 października 2023", "2023-10-21")]
    [InlineData("7 września 2022, godz. 16.54", "2022-09-07T16:54:00")]
    [InlineData("5 марта 2024", "2024-03-05")]
    [InlineData("3 февраля 2024 г. в 16:54", "2024-02-03T16:54:00")]
    [InlineData("5 maj 2024", "2024-05-05")]
    [InlineData("5. marts 2024 kl. 16.54", "2024-03-05T16:54:00")]
    [InlineData("12 desember 2023", "2023-12-12")]
    [InlineData("14 Şubat 2024", "2024-02-14")]
    [InlineData("14 SUBAT 2024", "2024-02-14")]
    [InlineData("3 Ağustos 2024 Cumartesi", "2024-08-03")]
    [InlineData("17 Agustus 2023", "2023-08-17")]
    // Malay
    [InlineData("3 Disember 2026, 7:45 am", "2026-12-03T07:45:00")]
    [InlineData("31 Ogos 2025", "2025-08-31")]
    [InlineData("12 Mac 2024", "2024-03-12")]
    [InlineData("4 Julai 2024", "2024-07-04")]
    [InlineData("17 Mei 2023 pukul 16.54 WIB", "2023-05-17T16:54:00+07:00")]
    // Arabic: Egyptian and Gulf names, hamza spelt or not, and the Levantine name before the standard one
    [InlineData("4 أغسطس 2013", "2013-08-04")]
    [InlineData("12 ابريل 2024", "2024-04-12")]
    [InlineData("5 آذار 2024", "2024-03-05")]
    [InlineData("الأحد، 04 آب/اغسطس 2013", "2013-08-04")]
    [InlineData("الأربعاء، 15 كانون الثاني/يناير 2020", "2020-01-15")]
    // Macedonian, Bulgarian and Serbian Cyrillic names
    [InlineData("Четврток, 20 ноември 2025 13:05", "2025-11-20T13:05:00")]
    [InlineData("15 юли 2024", "2024-07-15")]
    [InlineData("20. новембра 2025.", "2025-11-20")]
    [InlineData("3 децембар 2024", "2024-12-03")]
    // The Maghreb's names: Morocco's ("نونبر", "غشت") and Algeria's and Tunisia's ("جويلية", "أوت", "أفريل")
    [InlineData("الجمعة 14 نونبر 2025 - 00:35", "2025-11-14T00:35:00")]
    [InlineData("3 غشت 2024", "2024-08-03")]
    [InlineData("12 دجنبر 2024", "2024-12-12")]
    [InlineData("5 جويلية 2025", "2025-07-05")]
    [InlineData("7 أوت 2025", "2025-08-07")]
    [InlineData("9 أفريل 2025", "2025-04-09")]
    // Persian: Solar Hijri days in Persian digits, and the Gregorian months' Persian names; Arabic-Indic digits
    [InlineData("پنجشنبه ۲۹ آبان ۱۴۰۴ - ۱۴:۳۵", "2025-11-20T14:35:00")]
    [InlineData("۱ فروردین ۱۴۰۳", "2024-03-20")]
    [InlineData("۲۰ نوامبر ۲۰۲۵", "2025-11-20")]
    [InlineData("٢٠ نوفمبر ٢٠٢٥", "2025-11-20")]
    // Bengali, Devanagari and Thai digits
    [InlineData("২০ নভেম্বর ২০২৫", "2025-11-20")]
    [InlineData("२० नवंबर २०२५", "2025-11-20")]
    [InlineData("๒๐ พฤศจิกายน ๒๕๖๘", "2025-11-20")]
    // Thai: the Buddhist era's years, with its mark or without
    [InlineData("วันอังคาร ที่ 3 มีนาคม พ.ศ. 2569", "2026-03-03")]
    [InlineData("3 มีนาคม 2569", "2026-03-03")]
    [InlineData("12 ธันวาคม 2025", "2025-12-12")]
    [InlineData("20 พ.ย. 2568 09:15 น.", "2025-11-20T09:15:00")]
    [InlineData("วันที่ 20 พ.ย. 68 - 09:15 น.", "2025-11-20T09:15:00")]
    [InlineData("3 มี.ค. 2569", "2026-03-03")]
    // Hungarian: the year first with its full stop, the weekday between day and time
    [InlineData("2026. január 8., csütörtök 14:37", "2026-01-08T14:37:00")]
    [InlineData("2025. december 16., 09:15", "2025-12-16T09:15:00")]
    // An American two-digit year, with the American time after it
    [InlineData("by Ellen Marsh - 11/20/25 9:15 AM ET", "2025-11-20T09:15:00-05:00")]
    [InlineData("3/4/26 4:05 p.m. PT", "2026-03-04T16:05:00-08:00")]
    // Latvian: the year with "gada", then the day before the month; Lithuanian: "m." after the year, "d." after the day
    [InlineData("2026. gada 4. marts, 13:10", "2026-03-04T13:10:00")]
    [InlineData("2025. gada 20. novembrī", "2025-11-20")]
    [InlineData("Tomas Vaitkus, DELFI 2025 m. lapkričio 28 d. 21:47", "2025-11-28T21:47:00")]
    [InlineData("2026 m. sausio 5 d.", "2026-01-05")]
    // Serbian and Croatian close the year with a full stop
    [InlineData("11.02.2026. 12:20", "2026-02-11T12:20:00")]
    [InlineData("11.02.2026. u 12:20", "2026-02-11T12:20:00")]
    // CJK
    [InlineData("2024年3月5日", "2024-03-05")]
    [InlineData("发布时间：2024年3月5日 16:54", "2024-03-05T16:54:00")]
    [InlineData("2024年3月5日 下午3:45", "2024-03-05T15:45:00")]
    [InlineData("２０２４年３月５日", "2024-03-05")]
    [InlineData("2024년 3월 5일", "2024-03-05")]
    [InlineData("2024. 3. 5. 오후 4:54", "2024-03-05T16:54:00")]
    [InlineData("2024年3月5日 16時54分", "2024-03-05T16:54:00")]
    [InlineData("2024年3月5日 午後4時54分", "2024-03-05T16:54:00")]
    [InlineData("2024年3月5日 上午12:30", "2024-03-05T00:30:00")]
    // The first date wins
    [InlineData("Published March 5, 2024. Updated March 6, 2024", "2024-03-05")]
    // Invalid days and false positives
    [InlineData("2025-02-30", null)]
    [InlineData("2025-13-01", null)]
    [InlineData("31.02.2024", null)]
    [InlineData("13/13/2024", null)]
    [InlineData("30 février 2024", null)]
    [InlineData("March 5, 1850", null)]
    [InlineData("Call 030-1234-5678", null)]
    [InlineData("Call 555-12-2024 now", null)]
    [InlineData("v2.0.1.2024", null)]
    [InlineData("v2.1.3.2024", null)]
    // A clock time glued on by a dash is the date's time; another number so glued continues a chain.
    [InlineData("12.03.2024-00:30", "2024-03-12T00:30:00")]
    [InlineData("2024-03-05-07:15", "2024-03-05T07:15:00")]
    [InlineData("12.03.2024-0030", null)]
    [InlineData("11 března 2025", "2025-03-11")]
    [InlineData("Publikováno 11. července 2025", "2025-07-11")]
    [InlineData("11 квітня 2025", "2025-04-11")]
    [InlineData("11 Απριλίου 2025", "2025-04-11")]
    [InlineData("Παρασκευή, 11 Μαΐου 2025", "2025-05-11")]
    [InlineData("शुक्रवार, 11 अप्रैल 2025", "2025-04-11")]
    [InlineData("11 सितम्बर 2025", "2025-09-11")]
    [InlineData("Version 1.2.3.2024", null)]
    [InlineData("ISBN 978-3-16-148410-0", null)]
    [InlineData("Only 12.50 today", null)]
    [InlineData("1,234,567 views", null)]
    [InlineData("2024", null)]
    // The year cut to two digits behind an apostrophe; a possessive's apostrophe before a number is no year.
    [InlineData("14 Nov’25 | 4 min read", "2025-11-14")]
    [InlineData("14 Nov'25", "2025-11-14")]
    [InlineData("5 March's 2024 report", null)]
    [InlineData("In 2024 the market", null)]
    [InlineData("March 2024", null)]
    [InlineData("5 March", null)]
    [InlineData("at 3:45 p.m.", null)]
    [InlineData("10:00-11:00 on Tuesday", null)]
    [InlineData("20250411", null)]
    // Khmer: "month" before the month's name and "year" before the year, unspaced, in Khmer digits; Albanian.
    [InlineData("ថ្ងៃសុក្រ ទី០៥ ខែធ្នូ ឆ្នាំ២០២៥ ម៉ោង ០៩:១៥ ព្រឹក", "2025-12-05")]
    [InlineData("6 dhjetor 2025", "2025-12-06")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void Finds_the_first_date(string text, string? expected)
    {
        var found = DateTextFinder.Find(text, DateSource.VisibleText, null);
        Assert.Equal(expected, found?.ToString());
    }

    [Fact]
    public void Null_text_gives_null() => Assert.Null(DateTextFinder.Find(null, DateSource.VisibleText, "x"));

    [Fact]
    public void Carries_source_and_detail()
    {
        var found = DateTextFinder.Find("March 5, 2024", DateSource.VisibleText, "byline");
        Assert.NotNull(found);
        Assert.Equal(DateSource.VisibleText, found.Source);
        Assert.Equal("byline", found.SourceDetail);
        Assert.Equal(DatePrecision.Day, found.Precision);
    }

    [Fact]
    public void Keeps_no_zone_unless_the_text_states_one()
    {
        var found = DateTextFinder.Find("11.04.2025, 16:54 Uhr", DateSource.VisibleText, null);
        Assert.NotNull(found);
        Assert.Null(found.Offset);
        Assert.Equal(DatePrecision.LocalDateTime, found.Precision);
    }

    [Fact]
    public void Ambiguous_slash_date_turns_month_first_with_a_us_zone_elsewhere_in_the_text()
    {
        var found = DateTextFinder.Find("05/03/2024 — story filed 9:00 EDT", DateSource.VisibleText, null);
        Assert.Equal("2024-05-03", found?.ToString());
    }

    [Theory]
    [InlineData("Score: 11/20/25 in the third set")]
    [InlineData("11/20/25 14:05")]
    [InlineData("02/03/16, 11:30 am")]
    public void A_two_digit_year_without_an_american_time_is_no_date(string text) =>
        Assert.Null(DateTextFinder.Find(text, DateSource.VisibleText, null));

    [Theory]
    [InlineData("۳۱ اسفند ۱۴۰۴")]
    [InlineData("۱۲ مهر ۸۰۰")]
    [InlineData("۱۲ مهر ۱۶۰۰")]
    public void A_solar_hijri_day_that_does_not_exist_or_is_out_of_range_is_no_date(string text) =>
        Assert.Null(DateTextFinder.Find(text, DateSource.VisibleText, null));

    [Fact]
    public void Only_the_first_2000_characters_are_read()
    {
        var text = new string('x', DateTextFinder.MaxScanLength) + " March 5, 2024";
        Assert.Null(DateTextFinder.Find(text, DateSource.VisibleText, null));
        Assert.Equal("2024-03-05", DateTextFinder.Find(text[20..], DateSource.VisibleText, null)?.ToString());
    }

    [Theory]
    [InlineData("January", 1)]
    [InlineData("Feber", 2)]
    [InlineData("mrz", 3)]
    [InlineData("abril", 4)]
    [InlineData("Mayıs", 5)]
    [InlineData("czerwca", 6)]
    [InlineData("juillet", 7)]
    [InlineData("augusti", 8)]
    [InlineData("setiembre", 9)]
    [InlineData("PAŹDZIERNIK", 10)]
    [InlineData("ноября", 11)]
    [InlineData("Aralık", 12)]
    // May is two letters in several Indian scripts; Kannada, Punjabi and Odia names.
    [InlineData("மே", 5)]
    [InlineData("ಮೇ", 5)]
    [InlineData("ਮਈ", 5)]
    [InlineData("मई", 5)]
    [InlineData("ಜುಲೈ", 7)]
    [InlineData("ਦਸੰਬਰ", 12)]
    [InlineData("ଅଗଷ୍ଟ", 8)]
    // Tamil papers' abbreviations ("டிச 18, 2025").
    [InlineData("டிச", 12)]
    [InlineData("செப்", 9)]
    // Albanian, Filipino, Khmer and Burmese.
    [InlineData("nëntor", 11)]
    [InlineData("Disyembre", 12)]
    [InlineData("Hunyo", 6)]
    [InlineData("ធ្នូ", 12)]
    [InlineData("មករា", 1)]
    [InlineData("ဒီဇင်ဘာ", 12)]
    [InlineData("မေ", 5)]
    public void Month_names_of_many_languages_are_known(string word, int month)
    {
        Assert.True(MonthNames.TryGetMonth(word, out var found));
        Assert.Equal(month, found);
    }

    [Theory]
    [InlineData("Monday")]
    [InlineData("ma")]
    [InlineData("my")]
    [InlineData("म")]
    [InlineData("marchandise")]
    [InlineData("")]
    public void Other_words_are_not_months(string word) => Assert.False(MonthNames.TryGetMonth(word, out _));
}
