using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleExtract.Normalization;

/// <summary>
/// Datelines in scripts without capitals, where the Latin rule (a place in capitals closed by a dash) has nothing to
/// hold on to, each in the form its press prints: <c>دمشق، سوريا (CNN) --</c>, <c>新华社北京11月17日电</c>,
/// <c>【エルサレム＝酒井圭吾】</c>, <c>(서울=연합뉴스) 김철수 기자 =</c>.
/// </summary>
internal static partial class ScriptDateline
{
    private const int MaxPrefixChars = 80;

    // Agencies as Japanese and Chinese papers name them inside the opener ("【ワシントン共同】", "【6月18日 AFP】").
    private static readonly FrozenSet<string> EastAsianAgencies = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "共同", "共同通信", "時事", "時事通信", "ロイター", "AFP", "AP", "EPA", "新華社", "聯合", "ブルームバーグ", "CNN", "dpa",
        "AFP時事", "ANN", "JNN", "FNN", "NNN",
    ]);

    // The words for a paper's own correspondent, reporter or desk in South Asian scripts.
    private static readonly FrozenSet<string> DeskWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "نمائندہ", "نامہ", "رپورٹر", "خبرنگار", "نمائندے", "संवाददाता", "प्रतिनिधि", "ब्यूरो", "प्रतिवेदक", "প্রতিনিধি", "প্রতিবেদক",
        "রিপোর্টার", "ਪ੍ਰੇਰਕ", "ਪ੍ਰਤੀਨਿਧ", "ਰਿਪੋਰਟਰ", "நிருபர்", "ലേഖകൻ", "ప్రతినిధి", "ವರದಿಗಾರ", "પ્રતિનિધિ", "ପ୍ରତିନିଧି",
    ]);

    internal static bool NamesDesk(string agency)
    {
        foreach (var word in agency.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (DeskWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    // What stands before "=" in a picture's credit, not a place: "(사진=연합뉴스)", "【写真＝ロイター】".
    private static readonly FrozenSet<string> CreditLabels = FrozenSet.Create(StringComparer.Ordinal,
    [
        "사진", "자료사진", "그래픽", "영상", "출처", "캡처", "제공", "일러스트", "디자인", "写真", "画像", "動画", "図", "資料", "提供", "撮影",
        "イラスト", "図表",
    ]);

    /// <summary>The dateline opening <paramref name="paragraph"/>, and the paragraph without it.</summary>
    public static (Dateline Dateline, string Remainder)? TryParse(string paragraph)
    {
        if (paragraph.Length == 0 || char.IsAsciiLetter(paragraph[0]))
        {
            return null;
        }

        var prefix = paragraph.Length > MaxPrefixChars ? paragraph[..MaxPrefixChars] : paragraph;
        return WithAgencyInParentheses(paragraph, prefix) ?? ChineseWire(paragraph, prefix) ?? ChineseNewsFrom(paragraph, prefix) ??
               JapaneseBrackets(paragraph, prefix) ??
            KoreanWire(paragraph, prefix) ?? ReporterFromPlace(paragraph, prefix) ?? ArabicPlaceDashAgency(paragraph, prefix) ??
            NepaliPlaceAndDay(paragraph, prefix) ?? ThaiPlaceAndDay(paragraph, prefix) ?? KhmerPlace(paragraph, prefix);
    }

    // "(ភ្នំពេញ)៖ សាលារាជធានី…": Cambodian papers set the place in parentheses before the Khmer colon.
    [GeneratedRegex(@"^\((?<loc>\p{IsKhmer}+(?:[ ]\p{IsKhmer}+){0,2})\)[ ]?៖[ ]?", RegexOptions.CultureInvariant)]
    private static partial Regex KhmerOpener();

    private static (Dateline, string)? KhmerPlace(string paragraph, string prefix) => PlaceOnly(KhmerOpener(), paragraph, prefix);

    // "เชียงใหม่ 5 มี.ค. - …", "กรุงเทพฯ 6 มี.ค. -": Thai wires print the place and the day with the month's short name,
    // then a dash, and credit themselves at the story's end. The short names are a closed list.
    [GeneratedRegex(
        @"^(?<loc>\p{IsThai}+(?:[ ]\p{IsThai}+)?)[ ]\d{1,2}[ ](?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)(?:[ ]\d{2,4})?[ ]?-(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ThaiOpener();

    private static (Dateline, string)? ThaiPlaceAndDay(string paragraph, string prefix) => PlaceOnly(ThaiOpener(), paragraph, prefix);

    // "الرياض - واس أعلنت …", "دبي - وام:", "القاهرة - أ ش أ", "تهران- ایرنا- ": an Arabic or Persian wire's opener, the place, a dash and the
    // agency's short name with no parentheses. Only the wires' own short names count: "الرياض - العاصمة" is a phrase.
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[ ]?[-–—][ ]?(?<agency>" + ArabicWires + @")(?:[ ]?[:،.\-–—])?(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ArabicWireOpener();

    // The Arabic and Persian wires' short names: SPA, WAM, QNA, KUNA, BNA, SANA, WAFA, Ma'an, ONA, Anadolu, Reuters,
    // Xinhua, MENA, AFP, dpa, MAP, Petra, NNA, TAP, APS, MAP (as Moroccan papers write it), Saba, INA, IRNA, ISNA, ILNA,
    // Tasnim.
    private const string ArabicWires =
        "واس|وام|قنا|كونا|بنا|سانا|وفا|معا|العمانية|العُمانية|الأناضول|رويترز|شينخوا|أ[ ]ش[ ]أ|أ[ ]ف[ ]ب|د[ ]ب[ ]أ|ا[ ]ف[ ]ب|ماب|بترا|وطنية|وات|واج|ومع|سبأ|واع|ایرنا|ایسنا|ایلنا|تسنیم";

    // "أبوظبي في 8 مايو / وام /": WAM's opener, the place, "in", the day, and the agency between slashes.
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[ ]في[ ]\d{1,2}[ ][\p{Lo}\p{M}]+(?:[ ]\d{4})?[ ]?/[ ]?(?<agency>" + ArabicWires + @")[ ]?/(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ArabicPlaceDaySlashedWire();

    // "الرياض 19 جمادى الآخرة 1447 هـ الموافق 10 ديسمبر 2025 م واس": SPA's opener, the place, the Hijri day closed by
    // its era mark, "corresponding to", the Gregorian day closed by its own, then the agency with no mark around it.
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[ ]\d{1,2}[ ][\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+)?[ ]\d{4}[ ]?هـ[ ]الموافق[ ]\d{1,2}[ ][\p{Lo}\p{M}]+[ ]\d{4}[ ]?م[ ](?<agency>" + ArabicWires + @")(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ArabicPlaceTwoDaysWire();

    // "وطنية - صيدا -": the Lebanese agency names itself first, then the place.
    [GeneratedRegex(@"^(?<agency>وطنية)[ ]?[-–—][ ]?(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[ ]?[-–—](?:[ ]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyThenPlace();

    // "ایسنا/اصفهان …", "ایسنا/خراسان رضوی …": ISNA's regional desks name the agency, a slash and the province, then the
    // sentence with no separator, so the province is one word, or two when the second is a compass point or "Razavi"
    // or it is one of the provinces named as "X and Y".
    [GeneratedRegex(
        @"^(?<agency>ایسنا|ایرنا|ایلنا|تسنیم)[ ]?/[ ]?(?<loc>(?:چهارمحال[ ]و[ ]بختیاری|سیستان[ ]و[ ]بلوچستان|کهگیلویه[ ]و[ ]بویراحمد|[\p{Lo}\p{M}\u200C]+(?:[ ](?:شرقی|غربی|شمالی|جنوبی|رضوی))?))(?:[ ]?[-–—:])?[ ]",
        RegexOptions.CultureInvariant)]
    private static partial Regex PersianAgencySlashProvince();

    private static (Dateline, string)? ArabicPlaceDashAgency(string paragraph, string prefix) =>
        PlaceAndAgency(ArabicWireOpener(), paragraph, prefix) ?? PlaceAndAgency(ArabicPlaceDaySlashedWire(), paragraph, prefix) ??
        PlaceAndAgency(AgencyThenPlace(), paragraph, prefix) ?? PlaceAndAgency(PersianAgencySlashProvince(), paragraph, prefix) ??
        PlaceAndAgency(ArabicPlaceTwoDaysWire(), paragraph, prefix);

    // "काठमाडौं, ५ चैत ।", "५ चैत, पोखरा ।": Nepali papers open with the place and the day of the Bikram Sambat month,
    // either way round, closed by a danda. The months are a closed list, so a phrase is not taken for a place.
    private const string NepaliMonths = "बैशाख|वैशाख|जेठ|जेष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मङ्सिर|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र";

    [GeneratedRegex(
        @"^(?:(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+)?),[ ]\d{1,2}[ ](?:" + NepaliMonths + @")|\d{1,2}[ ](?:" + NepaliMonths +
        @"),[ ](?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+)?))[ ]?।(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NepaliOpener();

    private static (Dateline, string)? NepaliPlaceAndDay(string paragraph, string prefix) => PlaceOnly(NepaliOpener(), paragraph, prefix);

    // "〔記者陳怡君／台北報導〕", "［記者林宸誼／即時報導］": a Taiwanese paper's opener, the reporter and where the report
    // came from; "即時" (live) and "綜合" (compiled) name how, not where.
    [GeneratedRegex(@"^[〔［\[【（(](?:記者|记者)[^〔〕［］\[\]【】（）()／/]{2,12}[／/](?<loc>\p{IsCJKUnifiedIdeographs}{2,6}?)(?:報導|报道)[〕］\]】）)]", RegexOptions.CultureInvariant)]
    private static partial Regex ReporterOpener();

    private static (Dateline, string)? ReporterFromPlace(string paragraph, string prefix)
    {
        var match = ReporterOpener().Match(prefix);
        var place = match.Groups["loc"].Value;
        return !match.Success || place is "即時" or "即时" or "綜合" or "综合" or "專題" or "专题" ? null : Parsed(paragraph, match.Length, place, null);
    }

    // "دمشق، سوريا (CNN) --", "नई दिल्ली (भाषा) –", "القاهرة 10 ديسمبر كانون الأول (رويترز) -": a place in a caseless
    // script, perhaps the day (the month in one or both of its Arabic names, or KUNA's day and month in figures:
    // "الكويت - 20 - 5 (كونا) --", or MAP's whole date in figures: "مراكش 22-10-2026 (ومع) -"), the agency in
    // parentheses, a dash. The agency's name may run into figures ("هەولێر (کوردستان24) –").
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:(?:[ ]?[،,][ ]?|[ ])[\p{Lo}\p{M}]+){0,3})(?:(?:[ ]?[،,][ ]?|[ ])(?:\d{1,2}[ ][\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2}(?:[ ]\d{4})?|[\p{Lo}\p{M}]+[ ]\d{1,2}|\d{1,2}(?<daySep>[/.\-])\d{1,2}\k<daySep>\d{4})|[ ]?-[ ]?\d{1,2}[ ]?-[ ]?\d{1,2})?[ ]?\((?<agency>[\p{L}\p{M}][\p{L}\p{M}\p{Nd} .&/\-]{0,29})\)[ ]?(?:--?|[—–―])(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAgencyDash();

    // "नई दिल्ली, तीन मार्च (भाषा) …", "नई दिल्ली, 3 दिसंबर (आईएएनएस)। …": Hindi wires print the day (in figures or
    // words) and no dash, perhaps a danda; Marathi ones a colon ("पुणे, २५ मार्च (पीटीआय) :").
    // Odia papers print the day and month in figures, parted by the vowel sign ା ("ନୂଆଦିଲ୍ଲୀ, ୧୭ା୯ (ୟୁଏନଆଇ):").
    // Urdu papers part the place with the Arabic comma or full stop and name the wire in up to three words ("حیدرآباد، 22
    // اگست (یو این آئی)", "اسلام آباد۔5 مارچ (اے پی پی):"), the day perhaps glued to its month ("کوئٹہ۔5دسمبر (اے پی پی):").
    // Burmese parts it with its own comma and sets the month first ("ပေကျင်း၊ ဒီဇင်ဘာ ၈ (ဆင်ဟွာ)").
    // BSS adds the year after a comma ("রাজশাহী, ১৫ মে, ২০২৫ (বাসস) :"); Telugu papers may name IANS in Latin letters;
    // ENA sets Ethiopic marks and the Ethiopian day and year ("አዳማ፣ ጥር 20/2018(ኢዜአ)፦").
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[,،၊۔፣][ ]?(?:(?:\d{1,2}[ ]?|[\p{Lo}\p{M}]+[ ])(?<month>[\p{Lo}\p{M}]+)|(?<month>[\p{Lo}\p{M}]+)(?:[ ]|(?<cut>\.)[ ]?)\d{1,2}(?<slashYear>/\d{4})?|(?<numericDay>\d{1,2}[ା/.\-]\d{1,2}))(?:[,،]?[ ]\d{4})?[ ]?\((?<agency>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2}|\p{Lu}{2,6})\)(?:।|፦|[ ]?:)?(?:[ ]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDayAgency();

    // "اسلام آباد (اے پی پی) وزیراعظم …", "لاہور (نمائندہ خصوصی)": a place and the agency or desk in parentheses,
    // then the story, as Urdu papers print it, perhaps glued to it ("لاہور(این این آئی)لاہور ڈویلپمنٹ …"); a known wire
    // vouches for a place no list knows ("ນະຄອນຫຼວງວຽງຈັນ (ຂປລ)").
    // Afghan wires date the story inside the parentheses, by the Solar Hijri months' Afghan names ("کابل (پژواک، ۲۵ جدی ۱۴۰۴):").
    [GeneratedRegex(
        @"^(?<loc>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,2})[ ]?\((?<agency>[\p{Lo}\p{M}]+(?:[ ][\p{Lo}\p{M}]+){0,3})(?<innerDay>[ ]?،[ ]?\d{1,2}[ ][\p{Lo}\p{M}]+[ ]\d{4})?\)[ ]?[:،]?(?:[ ]|$|(?=[\p{Lo}]))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PlaceThenAgency();

    private static (Dateline, string)? WithAgencyInParentheses(string paragraph, string prefix)
    {
        var match = PlaceAgencyDash().Match(prefix);
        if (!match.Success)
        {
            // Without a dash, only a month between place and agency marks the opener, or a place the list knows
            // ("اسلام آباد (اے پی پی) …"): any place and a parenthesis may begin a sentence.
            // A month cut short ("சென்னை, ஜன. 14 (பிடிஐ):", "ಬೆಂಗಳೂರು, ಡಿ.12 (ಪಿಟಿಐ):") counts after a place the list knows.
            match = PlaceDayAgency().Match(prefix);
            if (!match.Success || !(match.Groups["numericDay"].Success || Metadata.Dates.MonthNames.TryGetMonth(match.Groups["month"].Value, out _) || match.Groups["slashYear"].Success ||
                                    (match.Groups["cut"].Success && DatelinePlaces.Contains(match.Groups["loc"].Value))))
            {
                match = PlaceThenAgency().Match(prefix);
                if (!match.Success || !(match.Groups["innerDay"].Success || DatelinePlaces.Contains(match.Groups["loc"].Value) ||
                                        DatelineParser.NamesKnownAgency(match.Groups["agency"].Value.Trim())))
                {
                    return null;
                }
            }
        }

        // The agency is a known one or a short name in the place's own script ("(رويترز)", "(भाषा)"), never a phrase.
        var agency = match.Groups["agency"].Value.Trim();
        if (!IsCaseless(agency) && !DatelineParser.NamesKnownAgency(agency))
        {
            return null;
        }

        // "لاہور (نمائندہ خصوصی)", "पटना (निज संवाददाता)", "ঢাকা (নিজস্ব প্রতিবেদক)": the paper's own correspondent or desk
        // where a wire would stand; the place is the dateline's, and no agency sent the story.
        if (NamesDesk(agency))
        {
            agency = string.Empty;
        }



        return Parsed(paragraph, match.Length, match.Groups["loc"].Value, agency);
    }

    // "新华社北京11月17日电", "中新网11月17日电", "（中央社台北25日電）", "【新華社北京3日電】": agency, place, day, and the
    // wire's "telegram".
    // "（中央社記者王小明台北20日電）" names its reporters between agency and place; a name is most often three
    // characters, so the place gets what is left after them, at least two.
    [GeneratedRegex(
        @"^(?<open>[（(【])?(?<agency>\p{IsCJKUnifiedIdeographs}{1,5}?(?:社|网|網|报|報|台))(?:(?:记者|記者)\p{IsCJKUnifiedIdeographs}{2,3}(?:、\p{IsCJKUnifiedIdeographs}{2,3})*)?(?<loc>\p{IsCJKUnifiedIdeographs}{2,8}?)?(?:\d{1,2}月)?\d{1,2}日(?:电|電)(?(open)[）)】])(?:[ ]?[（(](?:记者|記者)[^（()）]{1,40}[）)])?",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChineseTelegram();

    private static (Dateline, string)? ChineseWire(string paragraph, string prefix)
    {
        var match = ChineseTelegram().Match(prefix);

        // "据新华社北京…电" cites the wire inside a sentence ("according to").
        if (!match.Success || match.Groups["agency"].Value[0] is '据' or '據')
        {
            return null;
        }

        return Parsed(paragraph, match.Length, match.Groups["loc"].Value, match.Groups["agency"].Value);
    }

    // "（吉隆坡1日讯）", "（新加坡讯）": Malaysian and Singaporean Chinese papers open a story with its place, the day and
    // "news from", in parentheses; "（新山综合讯）" marks a report compiled from several sources. "【北京3月5日电】": a
    // paper's own cable, place and day in lenticular brackets, with no agency.
    [GeneratedRegex(
        @"^(?:[（(](?<loc>\p{IsCJKUnifiedIdeographs}{2,8}?)(?:\d{1,2}日)?(?:综合|綜合)?(?:讯|訊)[）)]|【(?<loc>\p{IsCJKUnifiedIdeographs}{2,8}?)(?:\d{1,2}月)?\d{1,2}日(?:电|電)】)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNewsFromPlace();

    private static (Dateline, string)? ChineseNewsFrom(string paragraph, string prefix) => PlaceOnly(ChineseNewsFromPlace(), paragraph, prefix);

    // "【エルサレム＝酒井圭吾】", "【ワシントン共同】", "【6月18日 AFP】": the opener Japanese papers print in lenticular brackets.
    [GeneratedRegex(@"^【(?:(?<loc>[^【】＝=\d\s]{1,12})[＝=](?<who>[^【】＝=]{1,16})|(?:\d{1,2}月\d{1,2}日[ 　]?)?(?<who>[^【】＝=\d]{1,16}))】", RegexOptions.CultureInvariant)]
    private static partial Regex LenticularOpener();

    private static (Dateline, string)? JapaneseBrackets(string paragraph, string prefix)
    {
        var match = LenticularOpener().Match(prefix);
        if (!match.Success)
        {
            return null;
        }

        var location = match.Groups["loc"].Value;
        var who = match.Groups["who"].Value.Trim();

        // "【エルサレム＝酒井圭吾】" names place and reporter; without "＝" the brackets hold a label ("【速報】", "【動画】")
        // unless they end in an agency ("【ワシントン共同】", "【6月18日 AFP】").
        if (location.Length == 0)
        {
            if (PlaceRunOnName().Match(who) is { Success: true } runOn)
            {
                // "【ソウル木下沙織】": Mainichi runs the place in katakana straight into the reporter's name.
                return Parsed(paragraph, match.Length, runOn.Groups["loc"].Value, null);
            }

            if (EndingAgency(who) is not { } agency)
            {
                return null;
            }

            var place = who[..^agency.Length].Trim();
            return Parsed(paragraph, match.Length, place, agency);
        }

        return Parsed(paragraph, match.Length, location, EastAsianAgencies.Contains(who) ? who : null);
    }

    /// <summary>
    /// A foreign place in katakana and a reporter's name of three to five ideographs, with nothing between them. A label
    /// ("ニュース解説", "ワシントン支局") ends in a word for what it is, not in a name.
    /// </summary>
    [GeneratedRegex(@"^(?<loc>\p{IsKatakana}[\p{IsKatakana}・]{1,11})(?<name>\p{IsCJKUnifiedIdeographs}{3,5})$(?<![者局員報説版部長会社紙面欄])", RegexOptions.CultureInvariant)]
    internal static partial Regex PlaceRunOnName();

    // The longest agency the text ends in ("AFP時事" over "時事"), so that the choice does not hang on the set's order.
    private static string? EndingAgency(string text)
    {
        string? found = null;
        foreach (var agency in EastAsianAgencies)
        {
            if (text.EndsWith(agency, StringComparison.OrdinalIgnoreCase) && agency.Length > (found?.Length ?? 0))
            {
                found = text[^agency.Length..];
            }
        }

        return found;
    }

    // "(서울=연합뉴스) 김철수 기자 =", "[워싱턴=뉴시스] 이국현 특파원 =": place and agency, then the reporter and an equals sign.
    // Two reporters may stand side by side with only a space between ("박영서 이슬기 기자 =").
    [GeneratedRegex(
        @"^[(\[](?<loc>\p{IsHangulSyllables}[\p{IsHangulSyllables} ·]{0,11})[=＝](?<agency>[\p{IsHangulSyllables}\p{L}\d]{1,12})[)\]](?:[ ]?\p{IsHangulSyllables}{2,4}(?:(?:[ ]?[·,][ ]?|[ ])\p{IsHangulSyllables}{2,4}){0,3}[ ](?:기자|특파원|통신원|기자들))?(?:[ ]?=)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanOpener();

    private static (Dateline, string)? KoreanWire(string paragraph, string prefix) => PlaceAndAgency(KoreanOpener(), paragraph, prefix);

    // An opener whose pattern names its place "loc" and no agency.
    private static (Dateline, string)? PlaceOnly(Regex opener, string paragraph, string prefix)
    {
        var match = opener.Match(prefix);
        return match.Success ? Parsed(paragraph, match.Length, match.Groups["loc"].Value, null) : null;
    }

    // An opener whose pattern names its place "loc" and its agency "agency", taken as the pattern matched it.
    private static (Dateline, string)? PlaceAndAgency(Regex opener, string paragraph, string prefix)
    {
        var match = opener.Match(prefix);
        return match.Success ? Parsed(paragraph, match.Length, match.Groups["loc"].Value, match.Groups["agency"].Value) : null;
    }

    private static (Dateline, string)? Parsed(string paragraph, int length, string location, string? agency)
    {
        if (CreditLabels.Contains(location.Trim()))
        {
            return null;
        }

        var rest = paragraph[length..].TrimStart();

        // A dateline opens a story: something must follow, or the dateline stands alone as its own element.
        if (rest.Length > 0 && !char.IsLetterOrDigit(rest[0]) && rest[0] is not ('"' or '“' or '「' or '«'))
        {
            return null;
        }

        var place = location.Trim().TrimEnd('،', ',').Trim();
        return (new Dateline(paragraph[..length].TrimEnd(), place.Length > 0 ? place : null, string.IsNullOrEmpty(agency) ? null : agency), rest);
    }

    private static bool IsCaseless(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && (char.IsUpper(c) || char.IsLower(c)))
            {
                return false;
            }
        }

        return true;
    }
}
