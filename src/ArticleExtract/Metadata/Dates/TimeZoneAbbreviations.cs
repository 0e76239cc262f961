namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Time-zone abbreviations that news pages print after a time. Matched case-sensitively (upper case) so that words
/// such as French "et" are never read as a zone.
/// </summary>
/// <remarks>
/// "CST" is read as US Central Standard Time (not China Standard Time) and "IST" is left out because it names
/// India, Ireland and Israel alike; "GST" is Gulf Standard Time, as the Gulf's papers print it.
/// </remarks>
internal static class TimeZoneAbbreviations
{
    /// <summary>Looks up an upper-case abbreviation such as "EDT", "CET" or "JST".</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out ParsedZone zone)
    {
        int? minutes;
        var usGeneric = false;
        var isUs = false;
        switch (word)
        {
            case "UTC" or "GMT" or "UT" or "WET" or "WEZ":
                minutes = 0;
                break;
            case "BST" or "WEST" or "CET" or "MEZ" or "WAT":
                minutes = 60;
                break;
            case "CEST" or "MESZ" or "EET" or "SAST" or "CAT":
                minutes = 120;
                break;
            case "EEST" or "MSK" or "EAT":
                minutes = 180;
                break;
            case "GST":
                minutes = 240;
                break;
            case "PKT":
                minutes = 300;
                break;
            case "WIB" or "ICT":
                minutes = 420;
                break;
            case "HKT" or "SGT" or "AWST" or "WITA" or "PHT":
                minutes = 480;
                break;
            case "JST" or "KST" or "WIT":
                minutes = 540;
                break;
            case "ACST":
                minutes = 570;
                break;
            case "AEST":
                minutes = 600;
                break;
            case "ACDT":
                minutes = 630;
                break;
            case "AEDT":
                minutes = 660;
                break;
            case "NZST":
                minutes = 720;
                break;
            case "NZDT":
                minutes = 780;
                break;
            case "ET" or "CT" or "MT" or "PT":
                minutes = word[0] switch { 'E' => -300, 'C' => -360, 'M' => -420, _ => -480 };
                usGeneric = true;
                isUs = true;
                break;
            case "EST" or "CDT":
                minutes = -300;
                isUs = true;
                break;
            case "EDT":
                minutes = -240;
                isUs = true;
                break;
            case "CST" or "MDT":
                minutes = -360;
                isUs = true;
                break;
            case "MST" or "PDT":
                minutes = -420;
                isUs = true;
                break;
            case "PST" or "AKDT":
                minutes = -480;
                isUs = true;
                break;
            case "AKST":
                minutes = -540;
                isUs = true;
                break;
            case "HST":
                minutes = -600;
                isUs = true;
                break;

            // Canada's French abbreviations: heure normale / avancée de l'Atlantique, de l'Est, du Centre, des Rocheuses,
            // du Pacifique, and Newfoundland's ("HNT", "HAT").
            case "HAA":
                minutes = -180;
                break;
            case "HNA" or "HAE":
                minutes = -240;
                break;
            case "HNE" or "HAC":
                minutes = -300;
                break;
            case "HNC" or "HAR":
                minutes = -360;
                break;
            case "HNR" or "HAP":
                minutes = -420;
                break;
            case "HNP":
                minutes = -480;
                break;
            case "HNT":
                minutes = -210;
                break;
            case "HAT":
                minutes = -150;
                break;
            default:
                minutes = null;
                break;
        }

        zone = minutes is { } m ? new ParsedZone(m, usGeneric, isUs) : default;
        return minutes is not null;
    }
}
