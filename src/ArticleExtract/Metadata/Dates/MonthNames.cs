using System.Collections.Frozen;

namespace ArticleExtract.Metadata.Dates;

/// <summary>
/// Month names, full and abbreviated, of English, German, French, Spanish, Italian, Portuguese, Dutch, Polish
/// (nominative and genitive), Russian (nominative and genitive), Swedish, Danish, Norwegian, Turkish, Indonesian, Malay,
/// Hungarian, Slovak, Serbian (Latin and Cyrillic), Bulgarian, Macedonian, Croatian (but for "listopad", which is Polish November), Romanian,
/// Arabic (the Egyptian and Gulf names, the Maghreb's French-derived ones and the one-word Levantine ones), Latvian, Lithuanian (genitive), and Czech, Ukrainian and Greek (genitive, as
/// dates print them, and nominative), Hindi, Marathi, Bengali, Gujarati, Tamil (with the papers' abbreviations, "டிச"), Telugu, Malayalam, Kannada, Punjabi (Gurmukhi), Odia, Urdu, Thai, Georgian, Armenian (nominative and genitive), Uzbek, Kazakh and Persian (the Gregorian months' names). Lookup ignores case and diacritics
/// ("März", "marz", "MAERZ" are all March).
/// </summary>
internal static class MonthNames
{
    private const int MinLength = 3;

    // May is two letters in the Indian scripts ("मई", "மே", "ಮೇ"), and so are months in Burmese and Khmer once their
    // vowel signs fold away ("မေ", "ធ្នូ"); no Latin month is that short.
    private const int MinIndicLength = 2;

    private static bool IsIndic(char c) => c is >= '\u0900' and <= '\u0DFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';
    private const int MaxLength = 12;

    // Keys are lower case with diacritics removed (see Fold); one line per month, forms separated by spaces.
    private static readonly string[] FormsByMonth =
    [
        "january jan janvier janv enero ene gennaio gen janeiro januar janner jaenner januari stycznia styczen sty " +
        "января январь янв януари јануари јануар јануара ocak oca يناير جانفي ledna leden січня ιανουαριου ιανουαριος जनवरी มกราคม januara ianuarie janvaris janvari sausio ஜனவரி ஜன جنوری জানুয়ারি जानेवारी જાન્યુઆરી ജനുവരി జనవరి იანვარი იანვრის հունվար հունվարի yanvar қаңтар ژانویه ಜನವರಿ ਜਨਵਰੀ ଜାନୁଆରୀ janar មករា ဇန်နဝါရီ",
        "february feb februar feber fevrier fevr fev febrero febbraio fevereiro februari lutego luty lut " +
        "февраля февраль фев февруари фебруар фебруара subat sub فبراير فيفري شباط unora unor лютого φεβρουαριου φεβρουαριος फरवरी กุมภาพันธ์ februara februarie febr veljace februaris vasario பிப்ரவரி பிப் فروری ফেব্রুয়ারি फेब्रुवारी ફેબ્રુઆરી ഫെബ്രുവരി ఫిబ్రవరి თებერვალი თებერვლის փետրվար փետրվարի fevral ақпан فوریه ಫೆಬ್ರವರಿ ਫ਼ਰਵਰੀ ଫେବୃଆରୀ shkurt កុម្ភៈ ဖေဖော်ဝါရီ pebrero",
        "march mar marz maerz mrz mars marts marzo marco maart mrt mac marca marzec марта март мар mart maret مارس اذار brezna brezen березня μαρτιου μαρτιος मार्च มีนาคม marta martie marcius marc ozujka kovo மார்ச் மார் مارچ মার্চ માર્ચ മാർച്ച് మార్చి მარტი მარტის մարտ մարտի наурыз ಮಾರ್ಚ್ ਮਾਰਚ ମାର୍ଚ୍ଚ មីនា မတ် marso",
        "april apr avril avr abril abr aprile kwietnia kwiecien kwi апреля апрель апр април априла nisan nis ابريل افريل نيسان dubna duben квітня απριλιου απριλιος अप्रैल เมษายน aprila aprilie aprilis travnja aprili balandzio ஏப்ரல் ஏப் اپریل এপ্রিল एप्रिल એપ્રિલ ഏപ്രിൽ ఏప్రిల్ აპრილი აპრილის ապրիլ ապրիլի aprel сәуір آوریل ಏಪ್ರಿಲ್ ਅਪ੍ਰੈਲ ଅପ୍ରେଲ prill មេសា ဧပြီ",
        "may mai mayo maggio mag maio mei maj maja мая май мај маја mayis مايو ماي ايار kvetna kveten травня μαιου μαιος मई พฤษภาคม majus svibnja maijs maija geguzes مئی മേയ് მაისი მაისის մայիս մայիսի мамыр மே মে ಮೇ ਮਈ ମଇ ឧសភា မေ",
        "june jun juni juin junio giugno giu junho czerwca czerwiec cze июня июнь июн юни јуни јун јуна haziran haz يونيو يونيه جوان حزيران cervna cerven червня ιουνιου ιουνιος जून มิถุนายน juna iunie junius lipnja junijs junija birzelio ஜூன் জুন જૂન ജൂൺ జూన్ ივნისი ივნისის հունիս հունիսի iyun маусым ژوئن ಜೂನ್ ਜੂਨ ଜୁନ qershor មិថុនា ဇွန် hunyo",
        "july jul juli julai juillet juil julio luglio lug julho lipca lipiec lip июля июль июл юли јули јул јула temmuz tem يوليو يوليه يوليوز جويلية تموز cervence cervenec липня ιουλιου ιουλιος जुलाई กรกฎาคม jula iulie julius srpnja julijs julija liepos ஜூலை جولائی জুলাই जुलै જુલાઈ ജൂലൈ జూలై ივლისი ივლისის հուլիս հուլիսի iyul шілде ژوئیه ಜುಲೈ ਜੁਲਾਈ ଜୁଲାଇ korrik កក្កដា ဇူလိုင် hulyo",
        "august aug aout agosto ago augusti augustus agustus ogos agu agt ags sierpnia sierpien sie августа август авг " +
        "agustos اغسطس غشت اوت srpna srpen серпня αυγουστου αυγουστος अगस्त สิงหาคม avgust avgusta augusta augusztus kolovoza augusts rugpjucio ஆகஸ்ட் ஆக اگست আগস্ট ऑगस्ट ઑગસ્ટ ഓഗസ്റ്റ് ఆగస్టు აგვისტო აგვისტოს օգոստոս օգոստոսի тамыз اوت ಆಗಸ್ಟ್ ਅਗਸਤ ଅଗଷ୍ଟ gusht សីហា ဩဂုတ်",
        "september sep sept septembre septiembre setiembre settembre set setembro wrzesnia wrzesien wrz сентября септември септембар септембра " +
        "сентябрь сен сент eylul eyl سبتمبر شتنبر ايلول zari вересня σεπτεμβριου σεπτεμβριος सितंबर सितम्बर กันยายน septembra septembar septembrie szeptember szept rujna septembris septembri rugsejo செப்டம்பர் செப் ستمبر সেপ্টেম্বর सप्टेंबर સપ્ટેમ્બર സെപ്റ്റംബർ సెప్టెంబర్ სექტემბერი სექტემბრის սեպտեմբեր սեպտեմբերի sentabr қыркүйек سپتامبر ಸೆಪ್ಟೆಂಬರ್ ਸਤੰਬਰ ସେପ୍ଟେମ୍ବର shtator កញ្ញា စက်တင်ဘာ setyembre",
        "october oct octobre octubre ottobre ott outubro out oktober okt pazdziernika pazdziernik paz октября октябрь октомври октобар октобра " +
        "окт ekim eki اكتوبر rijna rijen жовтня οκτωβριου οκτωβριος अक्टूबर अक्तूबर ตุลาคม oktobra oktobar octombrie oktobris oktobri spalio அக்டோபர் அக் اکتوبر অক্টোবর ऑक्टोबर ઑક્ટોબર ഒക്ടോബർ అక్టోబర్ ოქტომბერი ოქტომბრის հոկտեմբեր հոկտեմբերի oktabr қазан اکتبر ಅಕ್ಟೋಬರ್ ਅਕਤੂਬਰ ଅକ୍ଟୋବର tetor តុលា အောက်တိုဘာ oktubre",
        "november nov novembre noviembre novembro listopada listopad lis ноября ноябрь ноя нояб ноември новембар новембра kasim kas نوفمبر نونبر listopadu листопада νοεμβριου νοεμβριος नवंबर नवम्बर พฤศจิกายน novembra novembar noiembrie studenoga studenog novembris novembri lapkricio நவம்பர் நவ نومبر নভেম্বর नोव्हेंबर નવેમ્બર നവംബർ నవంబర్ ნოემბერი ნოემბრის նոյեմբեր նոյեմբերի noyabr қараша نوامبر ನವೆಂಬರ್ ਨਵੰਬਰ ନଭେମ୍ବର nentor វិច្ឆិកា နိုဝင်ဘာ nobyembre",
        "december dec decembre diciembre dicembre dic dezembro dez dezember desember disember des grudnia grudzien gru " +
        "декабря декабрь дек декември децембар децембра aralik ara ديسمبر دجنبر prosince prosinec грудня δεκεμβριου δεκεμβριος दिसंबर दिसम्बर ธันวาคม decembra decembar decembrie prosinca decembris decembri gruodzio டிசம்பர் டிச دسمبر ডিসেম্বর डिसेंबर ડિસેમ્બર ഡിസംബർ డిసెంబర్ დეკემბერი დეკემბრის դեկտեմբեր դեկտեմբերի dekabr желтоқсан دسامبر ಡಿಸೆಂಬರ್ ਦਸੰਬਰ ଡିସେମ୍ବର dhjetor ធ្នូ ဒီဇင်ဘာ disyembre",
    ];

    private static readonly FrozenDictionary<string, int> Months = Build();

#if NET9_0_OR_GREATER
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();
#else
    // .NET 8 has no span lookup on a dictionary of strings: the stand-in copies the (short, bounded) word.
    private static readonly Compat.SpanKeyLookup<int> Lookup = new(Months);
#endif

    /// <summary>The month (1..12) that <paramref name="word"/> names, ignoring case and diacritics.</summary>
    public static bool TryGetMonth(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        if (word.Length is < MinIndicLength or > MaxLength + 4 || (word.Length < MinLength && !IsIndic(word[0])))
        {
            return false;
        }

        Span<char> folded = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in word)
        {
            var f = Fold(c);
            if (f == '\0')
            {
                continue; // a combining mark: "e\u0301" reads as "e"
            }

            if (length == MaxLength)
            {
                return false;
            }

            folded[length++] = f;
        }

        return (length >= MinLength || (length >= MinIndicLength && IsIndic(word[0]))) && Lookup.TryGetValue(folded[..length], out month);
    }

    /// <summary>Lower case without diacritics; '\0' for a combining mark.</summary>
    private static char Fold(char c)
    {
        if (c == '\u0130')
        {
            return 'i'; // Turkish dotted capital I
        }

        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
        {
            return '\0';
        }

        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ą' or 'ā' => 'a',
            'ç' or 'ć' or 'č' => 'c',
            'è' or 'é' or 'ê' or 'ë' or 'ę' or 'ē' or 'ė' => 'e',
            'ì' or 'í' or 'î' or 'ï' or 'ı' or 'ī' or 'į' => 'i',
            'ł' => 'l',
            'ñ' or 'ń' or 'ņ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ő' => 'o',
            'ś' or 'ş' or 'š' => 's',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ų' or 'ű' => 'u',
            'ý' or 'ÿ' => 'y',
            'ź' or 'ż' or 'ž' => 'z',
            'ğ' or 'ģ' => 'g',
            'ķ' => 'k',
            'ļ' => 'l',
            'ř' => 'r',
            'ě' => 'e',
            'ů' => 'u',
            'ň' => 'n',
            'ά' => 'α',
            'έ' => 'ε',
            'ή' => 'η',
            'ί' or 'ϊ' or 'ΐ' => 'ι',
            'ό' => 'ο',
            'ύ' or 'ϋ' or 'ΰ' => 'υ',
            'ώ' => 'ω',
            'ё' => 'е',
            'أ' or 'إ' or 'آ' => 'ا', // Arabic alef with hamza or madda: pages spell months either way
            _ => c,
        };
    }

    private static string FoldWord(string form)
    {
        var folded = new System.Text.StringBuilder(form.Length);
        foreach (var c in form)
        {
            if (Fold(c) is var f && f != '\0')
            {
                folded.Append(f);
            }
        }

        return folded.ToString();
    }

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < FormsByMonth.Length; m++)
        {
            foreach (var form in FormsByMonth[m].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Folded as lookups fold: Devanagari's vowel signs and virama are combining marks and drop out.
                map[FoldWord(form)] = m + 1;
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
