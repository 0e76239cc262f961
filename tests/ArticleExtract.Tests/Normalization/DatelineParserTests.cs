using ArticleExtract.Normalization;
using Xunit;

namespace ArticleExtract.Tests.Normalization;

public sealed class DatelineParserTests
{
    [Theory]
    [InlineData("SEOUL, South Korea (AP) — North Korean leader Kim Jong Un made", "SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", "North Korean leader Kim Jong Un made")]
    [InlineData("WASHINGTON (Reuters) - The Senate voted on Tuesday", "WASHINGTON (Reuters) -", "WASHINGTON", "Reuters", "The Senate voted on Tuesday")]
    [InlineData("New Delhi [India], December 3 (ANI): The air quality in the capital", "New Delhi [India], December 3 (ANI):", "New Delhi [India]", "ANI", "The air quality in the capital")]
    [InlineData("ZARAGOZA, 20 (EUROPA PRESS) El Consejo de Gobierno aprobó este jueves el plan.", "ZARAGOZA, 20 (EUROPA PRESS)", "ZARAGOZA", "EUROPA PRESS", "El Consejo de Gobierno aprobó este jueves el plan.")]
    [InlineData("MADRID, 3 (EUROPA PRESS) - El Gobierno ha aprobado este martes el plan.", "MADRID, 3 (EUROPA PRESS) -", "MADRID", "EUROPA PRESS", "El Gobierno ha aprobado este martes el plan.")]
    [InlineData("Sabadell (Barcelona), 20 nov (EFE).- Los Mossos d'Esquadra han detenido a dos hombres.", "Sabadell (Barcelona), 20 nov (EFE).-", "Sabadell (Barcelona)", "EFE", "Los Mossos d'Esquadra han detenido a dos hombres.")]
    [InlineData("MADRID.– El gobierno español aprobó este martes la reforma del reglamento.", "MADRID.–", "MADRID", null, "El gobierno español aprobó este martes la reforma del reglamento.")]
    [InlineData("WASHINGTON, D.C. – The Senate voted on Tuesday to approve the measure.", "WASHINGTON, D.C. –", "WASHINGTON, D.C.", null, "The Senate voted on Tuesday to approve the measure.")]
    [InlineData("SYDNEY, May 6 AAP - Rental vacancy rates have fallen to record lows.", "SYDNEY, May 6 AAP -", "SYDNEY", "AAP", "Rental vacancy rates have fallen to record lows.")]
    [InlineData("(CNN) — A powerful storm hit the coast", "(CNN) —", null, "CNN", "A powerful storm hit the coast")]
    [InlineData("Hong Kong (CNN Business) China's economy grew", "Hong Kong (CNN Business)", "Hong Kong", "CNN Business", "China's economy grew")]
    // The Greek wire's own spelling, alone in its element as a paper sets it over the story.
    [InlineData("ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ)", "ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ)", "ΘΕΣΣΑΛΟΝΙΚΗ", "ΑΠΕ-ΜΠΕ", "")]
    // ANI's state in brackets before the country; AGI's place and day after the agency, alone in their element; Agenzia
    // Nova's time of day before the agency.
    [InlineData("Guwahati (Assam) [India], September 3 (ANI): The Assam government on Wednesday", "Guwahati (Assam) [India], September 3 (ANI):", "Guwahati (Assam) [India]", "ANI", "The Assam government on Wednesday")]
    [InlineData("(AGI) - Cagliari, 4 feb.", "(AGI) - Cagliari, 4 feb.", "Cagliari", "AGI", "")]
    [InlineData("Bari, 21 gen 11:30 - (Agenzia Nova) - L'Autorità portuale ha firmato", "Bari, 21 gen 11:30 - (Agenzia Nova) -", "Bari", "Agenzia Nova", "L'Autorità portuale ha firmato")]
    [InlineData("BERLIN -- Germany's parliament voted on Friday.", "BERLIN --", "BERLIN", null, "Germany's parliament voted on Friday.")]
    [InlineData("NEW DELHI: India's monsoon arrived early.", "NEW DELHI:", "NEW DELHI", null, "India's monsoon arrived early.")]
    [InlineData("Indianapolis – The city council approved it.", "Indianapolis –", "Indianapolis", null, "The city council approved it.")]
    [InlineData("WASHINGTON, D.C. — Lawmakers returned.", "WASHINGTON, D.C. —", "WASHINGTON, D.C.", null, "Lawmakers returned.")]
    [InlineData("LOS ANGELES (AP) — A judge ruled", "LOS ANGELES (AP) —", "LOS ANGELES", "AP", "A judge ruled")]
    [InlineData("BERLIN (dpa) — Rain returned", "BERLIN (dpa) —", "BERLIN", "dpa", "Rain returned")]
    [InlineData("SEOUL —", "SEOUL —", "SEOUL", null, "")]
    [InlineData("SEOUL, South Korea (AP) _ North Korean leader Kim", "SEOUL, South Korea (AP) _", "SEOUL, South Korea", "AP", "North Korean leader Kim")]
    [InlineData("SEOUL, South Korea (AP) —North Korean leader Kim", "SEOUL, South Korea (AP) —", "SEOUL, South Korea", "AP", "North Korean leader Kim")]
    [InlineData("(CNN)—The storm hit", "(CNN)—", null, "CNN", "The storm hit")]
    [InlineData("SEOUL, South Korea (AP) ― North Korean leader Kim", "SEOUL, South Korea (AP) ―", "SEOUL, South Korea", "AP", "North Korean leader Kim")]
    [InlineData("SEOUL, South Korea — (AP) — North Korean leader Kim", "SEOUL, South Korea — (AP) —", "SEOUL, South Korea", "AP", "North Korean leader Kim")]
    [InlineData("WASHINGTON (Reuters) -The U.S. Federal Aviation Administration on Thursday", "WASHINGTON (Reuters) -", "WASHINGTON", "Reuters", "The U.S. Federal Aviation Administration on Thursday")]
    [InlineData("МОСКВА, 5 марта. /ТАСС/. Температура воздуха в Москве", "МОСКВА, 5 марта. /ТАСС/.", "МОСКВА", "ТАСС", "Температура воздуха в Москве")]
    [InlineData("SAN FRANCISCO, March 5, 2026 /PRNewswire/ -- Northwind Robotics today announced", "SAN FRANCISCO, March 5, 2026 /PRNewswire/ --", "SAN FRANCISCO", "PRNewswire", "Northwind Robotics today announced")]
    [InlineData("SAN DIEGO, March 03, 2026 (GLOBE NEWSWIRE) -- Corvana Therapeutics, Inc. today announced", "SAN DIEGO, March 03, 2026 (GLOBE NEWSWIRE) --", "SAN DIEGO", "GLOBE NEWSWIRE", "Corvana Therapeutics, Inc. today announced")]
    [InlineData("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. today reported", "SAN JOSE, Calif.--(BUSINESS WIRE)--", "SAN JOSE, Calif.", "BUSINESS WIRE", "Acme Corp. today reported")]
    [InlineData("TORONTO, 3 March 2026 (Canadian Press) — The province said", "TORONTO, 3 March 2026 (Canadian Press) —", "TORONTO", "Canadian Press", "The province said")]
    [InlineData("JAKARTA, KOMPAS.com - Banjir kembali merendam sejumlah wilayah di Jakarta Timur pada Selasa pagi.", "JAKARTA, KOMPAS.com -", "JAKARTA", "KOMPAS.com", "Banjir kembali merendam sejumlah wilayah di Jakarta Timur pada Selasa pagi.")]
    [InlineData("WASHINGTON, D.C. - The Senate passed the bill late on Thursday.", "WASHINGTON, D.C. -", "WASHINGTON, D.C.", null, "The Senate passed the bill late on Thursday.")]
    // IPS sets the year after the day with no comma.
    [InlineData("NAIROBI, Kenya, Mar 3 2025 (IPS) - When the rains failed for a fifth season, herders lost their goats.", "NAIROBI, Kenya, Mar 3 2025 (IPS) -", "NAIROBI, Kenya", "IPS", "When the rains failed for a fifth season, herders lost their goats.")]
    // MAP's date in figures.
    [InlineData("Rabat, 12/03/2025 (MAP) - Le taux de remplissage des barrages s'établit à 31,6%.", "Rabat, 12/03/2025 (MAP) -", "Rabat", "MAP", "Le taux de remplissage des barrages s'établit à 31,6%.")]
    [InlineData("Jan. 7 (UPI) -- The Federal Aviation Administration grounded a fleet of regional jets on Wednesday.", "Jan. 7 (UPI) --", null, "UPI", "The Federal Aviation Administration grounded a fleet of regional jets on Wednesday.")]
    // Interfax-Ukraine's opener in Ukrainian; Armenpress's with the colon typed for the Armenian full stop; 24.kg's
    // address and correspondent between slashes.
    [InlineData("ЗАПОРІЖЖЯ. 21 січня. ІНТЕРФАКС-УКРАЇНА - Енергетики відновили електропостачання для понад 40 тис. абонентів.", "ЗАПОРІЖЖЯ. 21 січня. ІНТЕРФАКС-УКРАЇНА -", "ЗАПОРІЖЖЯ", "ІНТЕРФАКС-УКРАЇНА", "Енергетики відновили електропостачання для понад 40 тис. абонентів.")]
    [InlineData("ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ: Երևանի Դավթաշեն վարչական շրջանում կկառուցվի նոր հիվանդանոց:", "ԵՐԵՎԱՆ, 5 ՄԱՐՏԻ, ԱՐՄԵՆՊՐԵՍ:", "ԵՐԵՎԱՆ", "ԱՐՄԵՆՊՐԵՍ", "Երևանի Դավթաշեն վարչական շրջանում կկառուցվի նոր հիվանդանոց:")]
    [InlineData("БИШКЕК /24.kg, Анара Юсупова/. Мэрия Бишкека планирует закупить 120 электробусов.", "БИШКЕК /24.kg, Анара Юсупова/.", "БИШКЕК", "24.kg", "Мэрия Бишкека планирует закупить 120 электробусов.")]
    // An article or "Ein" opening a place's name in capitals before a known agency; an Italian province's code in brackets.
    [InlineData("THE HAGUE, Netherlands (AP) — The court ruled on Thursday that the case can proceed.", "THE HAGUE, Netherlands (AP) —", "THE HAGUE, Netherlands", "AP", "The court ruled on Thursday that the case can proceed.")]
    [InlineData("EIN GEDI, Israel (AP) — A stretch of the highway was closed on Thursday.", "EIN GEDI, Israel (AP) —", "EIN GEDI, Israel", "AP", "A stretch of the highway was closed on Thursday.")]
    [InlineData("Airola (Bn) – Da tre giorni i rubinetti sono a secco in gran parte del centro storico.", "Airola (Bn) –", "Airola (Bn)", null, "Da tre giorni i rubinetti sono a secco in gran parte del centro storico.")]
    // A capitalised "Mc" place; EFE's country abbreviation after the place; MOLDPRES between slashes.
    [InlineData("McALLEN, Texas — El Distrito Escolar Independiente de McAllen abrirá un programa gratuito.", "McALLEN, Texas —", "McALLEN, Texas", null, "El Distrito Escolar Independiente de McAllen abrirá un programa gratuito.")]
    [InlineData("Miami (EE.UU.), 12 feb (EFE).- La producción de naranjas de Florida caerá a 12,1 millones de cajas.", "Miami (EE.UU.), 12 feb (EFE).-", "Miami (EE.UU.)", "EFE", "La producción de naranjas de Florida caerá a 12,1 millones de cajas.")]
    [InlineData("Chișinău, 20 februarie /MOLDPRES/. Viticultorii din raionul Cimișlia au raportat pagube.", "Chișinău, 20 februarie /MOLDPRES/.", "Chișinău", "MOLDPRES", "Viticultorii din raionul Cimișlia au raportat pagube.")]
    // A Greek month's eleven-letter genitive; a Czech district after the place, with and without ČTK; the Catalan wire
    // before the place, run into the story.
    [InlineData("ΡΟΔΟΣ, 3 Φεβρουαρίου (ΑΠΕ-ΜΠΕ) – Ξεκινά την επόμενη εβδομάδα το πρόγραμμα αναδάσωσης.", "ΡΟΔΟΣ, 3 Φεβρουαρίου (ΑΠΕ-ΜΠΕ) –", "ΡΟΔΟΣ", "ΑΠΕ-ΜΠΕ", "Ξεκινά την επόμενη εβδομάδα το πρόγραμμα αναδάσωσης.")]
    [InlineData("Velké Karlovice (Vsetínsko) - Požár zničil v noci pilu v Léskovém.", "Velké Karlovice (Vsetínsko) -", "Velké Karlovice (Vsetínsko)", null, "Požár zničil v noci pilu v Léskovém.")]
    [InlineData("Velké Karlovice (Vsetínsko) 12. března (ČTK) - Požár zničil v noci pilu.", "Velké Karlovice (Vsetínsko) 12. března (ČTK) -", "Velké Karlovice (Vsetínsko)", "ČTK", "Požár zničil v noci pilu.")]
    [InlineData("ACN Figueres.-L'Ajuntament de Figueres instal·larà 40 càmeres.", "ACN Figueres.-", "Figueres", "ACN", "L'Ajuntament de Figueres instal·larà 40 càmeres.")]
    // Belga's day in figures and its equals sign.
    [InlineData("ANTWERPEN 12/03 (BELGA) = De Antwerpse politie heeft negen verdachten opgepakt.", "ANTWERPEN 12/03 (BELGA) =", "ANTWERPEN", "BELGA", "De Antwerpse politie heeft negen verdachten opgepakt.")]
    // Andina's month cut short in lower case; Kabar's day joined to its month by a hyphen; a state's abbreviation keeps
    // its full stop before EFE's and Notimex's ".-"; Urdu openers with the day glued to its month or the story glued to
    // the parenthesis; KPL in Lao.
    [InlineData("Arequipa, may. 18 (ANDINA). Más de 2,000 productores alpaqueros recibirán kits veterinarios.", "Arequipa, may. 18 (ANDINA).", "Arequipa", "ANDINA", "Más de 2,000 productores alpaqueros recibirán kits veterinarios.")]
    [InlineData("Бишкек, 22-октябрь. /Кабар/. Быйылкы туристтик сезондо Ысык-Көл облусуна турист келди.", "Бишкек, 22-октябрь. /Кабар/.", "Бишкек", "Кабар", "Быйылкы туристтик сезондо Ысык-Көл облусуна турист келди.")]
    [InlineData("Oaxaca, Oax., 17 Ago (Notimex).- El mezcal artesanal gana mercado.", "Oaxaca, Oax., 17 Ago (Notimex).-", "Oaxaca, Oax.", "Notimex", "El mezcal artesanal gana mercado.")]
    [InlineData("کوئٹہ۔5دسمبر (اے پی پی): سوئی سدرن گیس کمپنی نے کام شروع کر دیا۔", "کوئٹہ۔5دسمبر (اے پی پی):", "کوئٹہ", "اے پی پی", "سوئی سدرن گیس کمپنی نے کام شروع کر دیا۔")]
    [InlineData("لاہور(این این آئی)لاہور ڈویلپمنٹ اتھارٹی نے آپریشن کا آغاز کیا۔", "لاہور(این این آئی)", "لاہور", "این این آئی", "لاہور ڈویلپمنٹ اتھارٹی نے آپریشن کا آغاز کیا۔")]
    [InlineData("ນະຄອນຫຼວງວຽງຈັນ (ຂປລ) ລົດໄຟລາວ-ຈີນ ຂົນສົ່ງຜູ້ໂດຍສານ.", "ນະຄອນຫຼວງວຽງຈັນ (ຂປລ)", "ນະຄອນຫຼວງວຽງຈັນ", "ຂປລ", "ລົດໄຟລາວ-ຈີນ ຂົນສົ່ງຜູ້ໂດຍສານ.")]
    // A Turkish paper's comma between the place and the agency.
    [InlineData("ANTALYA, (DHA) - Antalya'nın Serik ilçesindeki Belek sahilinde yuva sayısı rekor kırdı.", "ANTALYA, (DHA) -", "ANTALYA", "DHA", "Antalya'nın Serik ilçesindeki Belek sahilinde yuva sayısı rekor kırdı.")]
    public void SplitsDatelines(string paragraph, string text, string? location, string? agency, string rest)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(new Dateline(text, location, agency), parsed.Value.Dateline);
        Assert.Equal(rest, parsed.Value.Remainder);
    }

    // Scripts without capitals: each press's own opener.
    [Theory]
    [InlineData("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة", "دمشق، سوريا (CNN) --", "دمشق، سوريا", "CNN", "أكدت جهات سورية معارضة")]
    [InlineData("القاهرة (رويترز) - قال مسؤولون", "القاهرة (رويترز) -", "القاهرة", "رويترز", "قال مسؤولون")]
    [InlineData("नई दिल्ली, 25 नवंबर (भाषा) – सरकार ने कहा", "नई दिल्ली, 25 नवंबर (भाषा) –", "नई दिल्ली", "भाषा", "सरकार ने कहा")]
    [InlineData("नई दिल्ली, तीन मार्च (भाषा) भारत मौसम विज्ञान विभाग ने कहा", "नई दिल्ली, तीन मार्च (भाषा)", "नई दिल्ली", "भाषा", "भारत मौसम विज्ञान विभाग ने कहा")]
    [InlineData("नई दिल्ली, 3 दिसंबर (आईएएनएस)। देश के सेवा क्षेत्र की गतिविधियों में तेजी", "नई दिल्ली, 3 दिसंबर (आईएएनएस)।", "नई दिल्ली", "आईएएनएस", "देश के सेवा क्षेत्र की गतिविधियों में तेजी")]
    [InlineData("القاهرة 10 ديسمبر كانون الأول (رويترز) - قال البنك المركزي", "القاهرة 10 ديسمبر كانون الأول (رويترز) -", "القاهرة", "رويترز", "قال البنك المركزي")]
    [InlineData("МОСКВА, 3 мар — РИА Новости. Резкое потепление ожидается", "МОСКВА, 3 мар — РИА Новости.", "МОСКВА", "РИА Новости", "Резкое потепление ожидается")]
    [InlineData("ДУШАНБЕ, 20 ноя — «Азия-Плюс». Третий энергоблок запущен", "ДУШАНБЕ, 20 ноя — «Азия-Плюс».", "ДУШАНБЕ", "Азия-Плюс", "Третий энергоблок запущен")]
    [InlineData("新华社北京11月17日电 记者17日从国家卫生健康委获悉", "新华社北京11月17日电", "北京", "新华社", "记者17日从国家卫生健康委获悉")]
    [InlineData("中新网11月17日电 据外媒报道", "中新网11月17日电", null, "中新网", "据外媒报道")]
    [InlineData("【新華社北京3日電】中國國家衛生健康委員會3日表示", "【新華社北京3日電】", "北京", "新華社", "中國國家衛生健康委員會3日表示")]
    [InlineData("新华社华盛顿4月10日电（记者 张三 李四）美国政府10日宣布", "新华社华盛顿4月10日电（记者 张三 李四）", "华盛顿", "新华社", "美国政府10日宣布")]
    [InlineData("（中央社台北25日電）行政院今天表示", "（中央社台北25日電）", "台北", "中央社", "行政院今天表示")]
    [InlineData("（吉隆坡1日讯）吉隆坡市政局宣布", "（吉隆坡1日讯）", "吉隆坡", null, "吉隆坡市政局宣布")]
    [InlineData("（新加坡讯）本地一家超市", "（新加坡讯）", "新加坡", null, "本地一家超市")]
    [InlineData("（新山综合讯）柔佛关卡的自动通关系统", "（新山综合讯）", "新山", null, "柔佛关卡的自动通关系统")]
    [InlineData("【北京3月5日电】十四届全国人大四次会议5日在人民大会堂开幕", "【北京3月5日电】", "北京", null, "十四届全国人大四次会议5日在人民大会堂开幕")]
    [InlineData("（中央社記者王小明台北20日電）東北季風今天起增強", "（中央社記者王小明台北20日電）", "台北", "中央社", "東北季風今天起增強")]
    [InlineData("（中央社記者王明、李大華華盛頓20日電）美國國務院表示", "（中央社記者王明、李大華華盛頓20日電）", "華盛頓", "中央社", "美國國務院表示")]
    [InlineData("الرياض - واس أعلنت الهيئة العامة للطيران المدني", "الرياض - واس", "الرياض", "واس", "أعلنت الهيئة العامة للطيران المدني")]
    [InlineData("القاهرة - أ ش أ: قال وزير الري", "القاهرة - أ ش أ:", "القاهرة", "أ ش أ", "قال وزير الري")]
    [InlineData("تهران- ایرنا- شورای هماهنگی مدیریت بحران استان تهران", "تهران- ایرنا-", "تهران", "ایرنا", "شورای هماهنگی مدیریت بحران استان تهران")]
    [InlineData("சேலம், மே 28 (பி.டி.ஐ) - காவிரி டெல்டா மாவட்டங்களில்", "சேலம், மே 28 (பி.டி.ஐ) -", "சேலம்", "பி.டி.ஐ", "காவிரி டெல்டா மாவட்டங்களில்")]
    [InlineData("【エルサレム＝酒井圭吾】イスラエルとハマスの戦闘が続く", "【エルサレム＝酒井圭吾】", "エルサレム", null, "イスラエルとハマスの戦闘が続く")]
    [InlineData("【ワシントン共同】米政府は１０日", "【ワシントン共同】", "ワシントン", "共同", "米政府は１０日")]
    [InlineData("【ソウル木下沙織】韓国政府は20日", "【ソウル木下沙織】", "ソウル", null, "韓国政府は20日")]
    [InlineData("【6月18日 AFP】ナイジェリア北東部で16日夜", "【6月18日 AFP】", null, "AFP", "ナイジェリア北東部で16日夜")]
    [InlineData("(서울=연합뉴스) 김철수 기자 = 북한이 17일 동해상으로", "(서울=연합뉴스) 김철수 기자 =", "서울", "연합뉴스", "북한이 17일 동해상으로")]
    [InlineData("[워싱턴=뉴시스] 이국현 특파원 = 미국 정부는", "[워싱턴=뉴시스] 이국현 특파원 =", "워싱턴", "뉴시스", "미국 정부는")]
    [InlineData("〔記者陳怡君／台北報導〕台北捷運環狀線北環段", "〔記者陳怡君／台北報導〕", "台北", null, "台北捷運環狀線北環段")]
    [InlineData("اسلام آباد (اے پی پی) وزیراعظم نے کہا", "اسلام آباد (اے پی پی)", "اسلام آباد", "اے پی پی", "وزیراعظم نے کہا")]
    [InlineData("नई दिल्ली, प्रेट्र। केंद्र सरकार ने सोमवार को कहा।", "नई दिल्ली, प्रेट्र।", "नई दिल्ली", "प्रेट्र", "केंद्र सरकार ने सोमवार को कहा।")]
    [InlineData("लखनऊ, जागरण संवाददाता। शहर में सोमवार को बारिश हुई।", "लखनऊ, जागरण संवाददाता।", "लखनऊ", "जागरण संवाददाता", "शहर में सोमवार को बारिश हुई।")]
    [InlineData("Bengaluru, DHNS: The city police on Monday arrested two men.", "Bengaluru, DHNS:", "Bengaluru", "DHNS", "The city police on Monday arrested two men.")]
    // Arab wires: SPA after a listed place, WAM's "in" and slashes, MAP, NNA's agency first, KUNA's day in figures.
    [InlineData("الرياض - واس: أعلنت أمانة منطقة الرياض", "الرياض - واس:", "الرياض", "واس", "أعلنت أمانة منطقة الرياض")]
    [InlineData("أبوظبي في 8 مايو / وام / أعلنت هيئة البيئة", "أبوظبي في 8 مايو / وام /", "أبوظبي", "وام", "أعلنت هيئة البيئة")]
    [InlineData("مسقط في ٢٧ أكتوبر /العُمانية/ طرحت الوزارة مواقع جديدة", "مسقط في ٢٧ أكتوبر /العُمانية/", "مسقط", "العُمانية", "طرحت الوزارة مواقع جديدة")]
    [InlineData("الرباط - ماب أفادت وزارة التجهيز", "الرباط - ماب", "الرباط", "ماب", "أفادت وزارة التجهيز")]
    // ISNA's regional desks: the agency, a slash and the province, then the sentence.
    [InlineData("ایسنا/اصفهان مدیرعامل شرکت آب منطقه‌ای اصفهان گفت", "ایسنا/اصفهان", "اصفهان", "ایسنا", "مدیرعامل شرکت آب منطقه‌ای اصفهان گفت")]
    [InlineData("ایسنا/خراسان رضوی استاندار خراسان رضوی گفت", "ایسنا/خراسان رضوی", "خراسان رضوی", "ایسنا", "استاندار خراسان رضوی گفت")]
    [InlineData("مراكش 22-10-2026 (ومع) - استقبل مطار مراكش المنارة الدولي", "مراكش 22-10-2026 (ومع) -", "مراكش", "ومع", "استقبل مطار مراكش المنارة الدولي")]
    [InlineData("وطنية - صيدا - افتتح رئيس البلدية", "وطنية - صيدا -", "صيدا", "وطنية", "افتتح رئيس البلدية")]
    [InlineData("الجزائر - واج - أعلنت وزارة الداخلية", "الجزائر - واج -", "الجزائر", "واج", "أعلنت وزارة الداخلية")]
    [InlineData("صنعاء - سبأ: أعلنت وزارة الصحة", "صنعاء - سبأ:", "صنعاء", "سبأ", "أعلنت وزارة الصحة")]
    [InlineData("الكويت - 20 - 5 (كونا) -- سجل الحمل الكهربائي", "الكويت - 20 - 5 (كونا) --", "الكويت", "كونا", "سجل الحمل الكهربائي")]
    [InlineData("ନୂଆଦିଲ୍ଲୀ, ୧୭ା୯ (ୟୁଏନଆଇ): କେନ୍ଦ୍ର ମନ୍ତ୍ରିମଣ୍ଡଳ ନୂଆ ରେଳ ଲାଇନକୁ ମଞ୍ଜୁରି ଦେଇଛନ୍ତି", "ନୂଆଦିଲ୍ଲୀ, ୧୭ା୯ (ୟୁଏନଆଇ):", "ନୂଆଦିଲ୍ଲୀ", "ୟୁଏନଆଇ", "କେନ୍ଦ୍ର ମନ୍ତ୍ରିମଣ୍ଡଳ ନୂଆ ରେଳ ଲାଇନକୁ ମଞ୍ଜୁରି ଦେଇଛନ୍ତି")]
    [InlineData("حیدرآباد، 22 اگست (یو این آئی) تلنگانہ اسٹیٹ اردو اکیڈمی نے", "حیدرآباد، 22 اگست (یو این آئی)", "حیدرآباد", "یو این آئی", "تلنگانہ اسٹیٹ اردو اکیڈمی نے")]
    [InlineData("لاہور (نمائندہ خصوصی) صوبائی اسمبلی نے بجٹ کی منظوری دے دی", "لاہور (نمائندہ خصوصی)", "لاہور", null, "صوبائی اسمبلی نے بجٹ کی منظوری دے دی")]
    [InlineData("पटना (निज संवाददाता) राज्य सरकार ने नई योजना को मंजूरी दी", "पटना (निज संवाददाता)", "पटना", null, "राज्य सरकार ने नई योजना को मंजूरी दी")]
    // Burmese's own comma and the month before the day; Pajhwok's day inside the parentheses; SPA's Hijri and Gregorian days.
    [InlineData("ပေကျင်း၊ ဒီဇင်ဘာ ၈ (ဆင်ဟွာ) တရုတ်နိုင်ငံ၏ ပို့ကုန်များ", "ပေကျင်း၊ ဒီဇင်ဘာ ၈ (ဆင်ဟွာ)", "ပေကျင်း", "ဆင်ဟွာ", "တရုတ်နိုင်ငံ၏ ပို့ကုန်များ")]
    [InlineData("کابل (پژواک، ۲۵ جدی ۱۴۰۴): وزارت صنعت و تجارت می‌گوید", "کابل (پژواک، ۲۵ جدی ۱۴۰۴):", "کابل", "پژواک", "وزارت صنعت و تجارت می‌گوید")]
    [InlineData("الباحة 19 جمادى الآخرة 1447 هـ الموافق 10 ديسمبر 2025 م واس أطلق المركز الوطني", "الباحة 19 جمادى الآخرة 1447 هـ الموافق 10 ديسمبر 2025 م واس",
                "الباحة", "واس", "أطلق المركز الوطني")]
    // Urdu's full stop after the place; Thai wires' place, day and short month before a dash, alone or opening the story.
    [InlineData("اسلام آباد۔5 مارچ (اے پی پی): نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی نے", "اسلام آباد۔5 مارچ (اے پی پی):", "اسلام آباد", "اے پی پی", "نیشنل ڈیزاسٹر مینجمنٹ اتھارٹی نے")]
    [InlineData("เชียงใหม่ 5 มี.ค. - สถานการณ์ฝุ่นละอองในจังหวัด", "เชียงใหม่ 5 มี.ค. -", "เชียงใหม่", null, "สถานการณ์ฝุ่นละอองในจังหวัด")]
    [InlineData("กรุงเทพฯ 6 มี.ค. -", "กรุงเทพฯ 6 มี.ค. -", "กรุงเทพฯ", null, "")]
    // BSS's year after the day; a Hindi paper's own correspondent credited before the place.
    [InlineData("রাজশাহী, ১৫ মে, ২০২৫ (বাসস) : জেলা প্রশাসনের নির্ধারিত", "রাজশাহী, ১৫ মে, ২০২৫ (বাসস) :", "রাজশাহী", "বাসস", "জেলা প্রশাসনের নির্ধারিত")]
    [InlineData("जागृति संवाददाता, कानपुर: गंगा बैराज पुल पर एक्सपेंशन जॉइंट और बेयरिंग बदलने का काम शुरू हो गया है।", "जागृति संवाददाता, कानपुर:", "कानपुर", null,
                "गंगा बैराज पुल पर एक्सपेंशन जॉइंट और बेयरिंग बदलने का काम शुरू हो गया है।")]
    // A month cut short after a listed place, in Tamil and Kannada; IANS named in Latin letters in a Telugu opener.
    [InlineData("சென்னை, ஜன. 14 (பிடிஐ): சென்னை மெட்ரோ ரயில் இரண்டாம் கட்டம்", "சென்னை, ஜன. 14 (பிடிஐ):", "சென்னை", "பிடிஐ", "சென்னை மெட்ரோ ரயில் இரண்டாம் கட்டம்")]
    [InlineData("ಬೆಂಗಳೂರು, ಡಿ.12 (ಪಿಟಿಐ): ಕಾವೇರಿ ಕುಡಿಯುವ ನೀರು ಸರಬರಾಜು", "ಬೆಂಗಳೂರು, ಡಿ.12 (ಪಿಟಿಐ):", "ಬೆಂಗಳೂರು", "ಪಿಟಿಐ", "ಕಾವೇರಿ ಕುಡಿಯುವ ನೀರು ಸರಬರಾಜು")]
    [InlineData("హైదరాబాద్, మార్చి 9 (IANS): తెలంగాణలో మరో భారీ పెట్టుబడి", "హైదరాబాద్, మార్చి 9 (IANS):", "హైదరాబాద్", "IANS", "తెలంగాణలో మరో భారీ పెట్టుబడి")]
    // ENA's Ethiopic comma and colon around the Ethiopian day and year.
    [InlineData("አዳማ፣ ጥር 20/2018(ኢዜአ)፦ በኦሮሚያ ክልል የበጋ መስኖ ልማት", "አዳማ፣ ጥር 20/2018(ኢዜአ)፦", "አዳማ", "ኢዜአ", "በኦሮሚያ ክልል የበጋ መስኖ ልማት")]
    // Cambodian papers' place in parentheses before the Khmer colon.
    [InlineData("(ភ្នំពេញ)៖ សាលារាជធានីភ្នំពេញ បានដាក់ចេញយុទ្ធនាការ", "(ភ្នំពេញ)៖", "ភ្នំពេញ", null, "សាលារាជធានីភ្នំពេញ បានដាក់ចេញយុទ្ធនាការ")]
    // A Persian paper's city before a dash, no agency.
    [InlineData("شیراز - مدیرعامل سازمان قطار شهری شیراز از پیشرفت ۷۲ درصدی عملیات حفاری تونل خط دوم مترو خبر داد.", "شیراز -", "شیراز", null,
                "مدیرعامل سازمان قطار شهری شیراز از پیشرفت ۷۲ درصدی عملیات حفاری تونل خط دوم مترو خبر داد.")]
    // A Kurdish channel's name running into figures, in Sorani.
    [InlineData("هەولێر (کوردستان24) – بەهۆی بەفربارینی چڕ ڕێگاکان داخران.", "هەولێر (کوردستان24) –", "هەولێر", "کوردستان24", "بەهۆی بەفربارینی چڕ ڕێگاکان داخران.")]
    public void SplitsDatelinesInScriptsWithoutCapitals(string paragraph, string text, string? location, string? agency, string rest)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(new Dateline(text, location, agency), parsed.Value.Dateline);
        Assert.Equal(rest, parsed.Value.Remainder);
    }

    [Theory]
    [InlineData("【速報】米政府は１０日、新たな制裁を発表した。")]
    [InlineData("【動画】ナイジェリア北東部で16日夜")]
    [InlineData("【ニュース解説】米政府は１０日、新たな制裁を発表した。")]
    [InlineData("【ワシントン支局】米政府は１０日、新たな制裁を発表した。")]
    [InlineData("【インタビュー編集者】米政府は１０日、新たな制裁を発表した。")]
    [InlineData("〔記者林宸誼／即時報導〕台積電今天公布")]
    [InlineData("据新华社北京11月17日电，国家卫生健康委表示")]
    [InlineData("苹果公司（Apple）表示，新产品将于明年上市。")]
    [InlineData("الرئيس (السابق) قال إن المفاوضات مستمرة")]
    [InlineData("दिल्ली, कल सुबह (सोमवार) बारिश हुई")]
    [InlineData("राहुल गांधी (कांग्रेस) ने कहा कि सरकार विफल रही")]
    [InlineData("(사진=연합뉴스)")]
    [InlineData("【写真＝ロイター】米政府は１０日")]
    [InlineData("الرياض - العاصمة السعودية تستضيف المعرض")]
    [InlineData("کتاب (پہلا حصہ) میں مصنف نے لکھا ہے")]
    [InlineData("मुंबई, पुणे और नासिक में सोमवार को बारिश हुई।")]
    [InlineData("दिल्ली। यह शहर बहुत पुराना है।")]
    [InlineData("Bengaluru, Mysuru: two cities, one train line that everyone wants built.")]
    public void RefusesLookAlikesInScriptsWithoutCapitals(string paragraph) => Assert.Null(DatelineParser.TryParse(paragraph));

    [Theory]
    [InlineData("DEAR ABBY: My husband and I have been married for ten years.")]
    [InlineData("UPDATE: The road has reopened.")]
    [InlineData("Tested by: John Smith")]
    [InlineData("Por Lee Hae-won (Yonhap)")]
    [InlineData("Von Anna Berg (dpa) - Die Regierung hat am Dienstag beschlossen, die Hilfen zu verlängern.")]
    [InlineData("In October, Rep. David McKinley, R-W.Va., visited the plant.")]
    [InlineData("A HUNTER who killed a protected bear was fined.")]
    [InlineData("CLICK FOR FULL RESULTS")]
    [InlineData("North Korean leader Kim Jong Un made another inspection tour.")]
    [InlineData("Note: prices may vary.")]
    [InlineData("The U.S.-led coalition said on Monday")]
    [InlineData("Kim has been trying to beef up ties with China and Russia.")]
    [InlineData("However — and this matters — the vote failed.")]
    [InlineData("Breaking News CNN — live updates")]
    [InlineData("Interview Reuters — The minister spoke.")]
    [InlineData("Apple CEO Tim Cook — The company said.")]
    [InlineData("Washington CNN — the vote failed.")]
    [InlineData("Paris (France) —the city said.")]
    [InlineData("Jane Doe (AP) _ a photo")]
    [InlineData("Secretaría de Salud.- Comunicado")]
    [InlineData("Hace 11 días (EFE).- el gobierno dijo")]
    [InlineData("Chris Eubank Jr. (England). Er steigt am Samstag in den Ring.")]
    [InlineData("Berlin (Germany). The capital voted on Sunday.")]
    [InlineData("Universidad de Chile – La casa de estudios anunció este martes un nuevo programa de becas.")]
    [InlineData("Banco de España.- El organismo publicó este martes su informe trimestral.")]
    [InlineData("Premio Nobel — El jurado anunció el ganador de la edición de este año.")]
    [InlineData("Polizei – Am Dienstagabend kam es auf der B 27 zu einem Unfall mit zwei Verletzten.")]
    [InlineData("IMPORTANT, see the notes /etc/hosts/ for the setup")]
    [InlineData("NOTE, March 5 /draft/ -- not for release")]
    [InlineData("Jan. 7 (Monday) -- the shop opens late")]
    [InlineData("March 3 (2026) — Quarterly results")]
    [InlineData("Mikaela Shiffrin (USA/Ski alpin): Mit 18 Jahren war die Ausnahmerennfahrerin in Sotschi bereits Olympiasiegerin.")]
    [InlineData("Calle Mayor, 20 (bajo) El local abre a las nueve de la mañana.")]
    [InlineData("Bernau (Barnim), 20 (Stadtteil) – Ein bisschen ungerecht ist es ja schon.")]
    [InlineData("Laura Pérez (Vox), 20 nov – La diputada presentó una enmienda al texto del Gobierno.")]
    [InlineData("Bernau (Barnim): Ein bisschen ungerecht ist es ja schon, dass die Berliner arbeiten müssen.")]
    // A sport's label over its event: a closing parenthesis ends no sentence without its stop.
    [InlineData("Cyclisme - Paris-Nice (6e étape)")]
    // Between slashes only a known agency closes a place without a day.
    [InlineData("Berlin /Kreuzberg/. Die Sanierung der Brücke beginnt im Herbst.")]
    [InlineData("Im 11. Jahrhundert (Mittelalter) - Die Stadt wuchs schnell.")]
    [InlineData("Kapitel 3. Teil (Anhang) - Die Tabellen folgen.")]
    [InlineData("Anna-Maria, 17 feb /draft/ - Notes for the meeting.")]
    [InlineData("Kapitel. 14 Seiten. Anhang - Die Tabellen folgen.")]
    [InlineData("PARIS, 4 mars, Total. Le groupe a annoncé une hausse de ses bénéfices.")]
    [InlineData("INPUT / OUTPUT / 2025 edition / The conference returns to Berlin in May.")]
    // "le" before a day only ahead of a dash.
    [InlineData("Marie, le 3 avril 2025 elle a quitté la ville pour toujours.")]
    [InlineData("REMINDER: Ledger office closed Thursday, Nov. 27 for Thanksgiving.")]
    // A place, a day and a word that names no wire, alone: no dateline.
    [InlineData("Bakı, 22 yanvar, Azərbaycan")]
    // Sections label with a bar: only a place the list knows opens a story with one; a Thai phrase and a number are no day.
    [InlineData("SPORTS | The council voted on Monday to close the station for good.")]
    [InlineData("COLUMN | The council voted on Monday to close the station for good.")]
    [InlineData("Washington | the council voted on Monday to close the station for good.")]
    [InlineData("เชียงใหม่ 5 คน - สถานการณ์ฝุ่นละอองในจังหวัด")]
    public void RefusesLookAlikes(string paragraph) => Assert.Null(DatelineParser.TryParse(paragraph));

    // "WASHINGTON | Le gouvernement …": Québec's tabloids close the place with a bar; "Doha, Qatar:" a listed city with
    // its country before a colon, as Gulf papers print it.
    [Theory]
    [InlineData("WASHINGTON | Le gouvernement américain a brandi mardi la menace de nouveaux droits de douane.", "WASHINGTON |", "WASHINGTON")]
    [InlineData("MONTRÉAL | Les Québécois ont payé en décembre 4,1 % de plus qu’un an plus tôt pour leurs aliments.", "MONTRÉAL |", "MONTRÉAL")]
    [InlineData("Doha, Qatar: Hamad Port handled more than 1.62 million containers in 2025, the operator said.", "Doha, Qatar:", "Doha, Qatar")]
    public void SplitsABarredOrCountryNamedPlace(string paragraph, string text, string location)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(new Dateline(text, location, null), parsed.Value.Dateline);
    }

    // The city must be one the list knows, and what follows its comma a name in title case.
    [Theory]
    [InlineData("Springfield, Ohio: The council voted on Monday to close the station for good.")]
    [InlineData("Doha, the capital: The council voted on Monday to close the station for good.")]
    public void RefusesACountryAfterAnUnlistedPlaceOrWordsThatAreNoName(string paragraph) =>
        Assert.Null(DatelineParser.TryParse(paragraph));

    [Theory]
    [InlineData("Mumbai: Tata Motors reported a 31% rise in net profit for the December quarter on Friday.", "Mumbai:", "Mumbai")]
    [InlineData("New Delhi: The Delhi Police on Monday arrested a suspended councillor from a court here.", "New Delhi:", "New Delhi")]
    [InlineData("Frankfurt. Die Deutsche Börse setzt bei ihrem Umbau zum Softwarekonzern auf einen großen Zukauf.", "Frankfurt.", "Frankfurt")]
    [InlineData("Dar es Salaam: Tanzania's central bank held its policy rate at six percent on Thursday.", "Dar es Salaam:", "Dar es Salaam")]
    [InlineData("சென்னை: வங்கக் கடலில் உருவான காற்றழுத்த தாழ்வு பகுதி வலுப்பெற்றுள்ளது என வானிலை மையம் தெரிவித்துள்ளது.", "சென்னை:", "சென்னை")]
    [InlineData("കോട്ടയം: ജില്ലയിൽ ശക്തമായ മഴ തുടരുന്നതിനാൽ വിദ്യാഭ്യാസ സ്ഥാപനങ്ങൾക്ക് നാളെ അവധി പ്രഖ്യാപിച്ചു.", "കോട്ടയം:", "കോട്ടയം")]
    [InlineData("मुंबई : कुलाबा-वांद्रे-सीप्झ मेट्रो मार्गिकेवर बुधवारी विक्रमी प्रवासी संख्या नोंदवली गेली.", "मुंबई :", "मुंबई")]
    [InlineData("హైదరాబాద్\u200c: యాసంగి సీజన్‌కు సాగునీటి విడుదలపై ప్రభుత్వం నిర్ణయం తీసుకుంది.", "హైదరాబాద్\u200c:", "హైదరాబాద్\u200c")]
    [InlineData("વડોદરા. કોરોના વાઈરસે વિશ્વભરમાં ભરડો લીધો છે અને શહેરમાં નવા કેસ નોંધાયા છે.", "વડોદરા.", "વડોદરા")]
    [InlineData("القاهرة- بدأت محافظة القاهرة تنفيذ خطة لنقل نحو 12 ألف بائع جائل من شوارع وسط المدينة إلى أسواق جديدة.", "القاهرة-", "القاهرة")]
    [InlineData("بيروت - أعلنت الحكومة اللبنانية اليوم الخميس عن خطة جديدة لإعادة إعمار المناطق المتضررة في الجنوب.", "بيروت -", "بيروت")]
    [InlineData("Mumbai - Tata Motors reported a 31% rise in net profit for the December quarter on Friday.", "Mumbai -", "Mumbai")]
    [InlineData("புது தில்லி: நாட்டில் யுபிஐ மூலமான டிஜிட்டல் பணப் பரிவர்த்தனைகள் டிசம்பர் மாதத்தில் புதிய உச்சத்தைத் தொட்டன.", "புது தில்லி:", "புது தில்லி")]
    [InlineData("തിരുവനന്തപുരം ∙ കെഎസ്ആർടിസി ബസുകളിൽ ഡിജിറ്റൽ ടിക്കറ്റ് സംവിധാനം അടുത്ത മാസം മുതൽ നടപ്പാക്കും.", "തിരുവനന്തപുരം ∙", "തിരുവനന്തപുരം")]
    // Iraqi papers close the place with a slash, Khmer papers with their own colon sign.
    [InlineData("البصرة/ يواجه مزارعو قضاء الفاو وناحية السيبة جنوبي البصرة موسماً صعباً هذا العام بعد ارتفاع نسب الملوحة.", "البصرة/", "البصرة")]
    [InlineData("បាត់ដំបង៖ កសិករនៅខេត្តបាត់ដំបង បានចាប់ផ្តើមប្រមូលផលស្រូវវស្សា ក្រោយពីភ្លៀងធ្លាក់ខ្លាំងកាលពីខែមុន។", "បាត់ដំបង៖", "បាត់ដំបង")]
    public void SplitsAListedCityInTitleCase(string paragraph, string text, string location)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(text, parsed.Value.Dateline.Text);
        Assert.Equal(location, parsed.Value.Dateline.Location);
        Assert.Null(parsed.Value.Dateline.Agency);
    }

    [Theory]
    [InlineData("சென்னை,", "சென்னை")]
    [InlineData("Chennai,", "Chennai")]
    public void ReadsAListedPlaceAloneClosedByAComma(string paragraph, string location)
    {
        // Tamil papers set the place over the story in an element of its own.
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(new Dateline(paragraph, location, null), parsed.Value.Dateline);
        Assert.Equal(string.Empty, parsed.Value.Remainder);
    }

    [Theory]
    [InlineData("Chennai")]
    [InlineData("Chennai:")]
    [InlineData("Gotham City,")]
    public void ReadsNoPlaceAloneWithoutItsComma(string paragraph) =>
        Assert.Null(DatelineParser.TryParse(paragraph));

    [Theory]
    [InlineData("Wochenende. Regen. Mist. Die Kinder rufen nach außergewöhnlichen Unternehmungen.")]
    [InlineData("Definition: The Leadership Styles are the behavioral patterns that a leader adopts.")]
    [InlineData("Kigali: Schöne Stadt")]
    [InlineData("Dubai-based airline Emirates ordered more jets.")]
    [InlineData("القاهرة- عاصمة مصر")]
    [InlineData("Mumbai: the city that never sleeps, and why its trains matter to everyone here.")]
    [InlineData("ध्यान दें: यह सूचना केवल पंजीकृत उपयोगकर्ताओं के लिए है और इसे साझा न करें।")]
    // A slash joins words in Latin text: "Mumbai/ Pune" is no dateline.
    [InlineData("Mumbai/ Pune commuters faced long delays on Monday after a signal failure near Thane, officials said.")]
    public void RefusesTitleCaseLabelsAndUnlistedWords(string paragraph) => Assert.Null(DatelineParser.TryParse(paragraph));

    [Theory]
    [InlineData("WASHINGTON (Aug. 13) -- Declaring the review", "WASHINGTON", null)]
    [InlineData("COLUMBUS, Ohio (Dec. 1, 2025) – Larkspur Freight Lines today announced that it will consolidate operations.", "COLUMBUS, Ohio", null)]
    [InlineData("MUSCAT, Dec 6 (ONA) -- Oman's non-oil exports rose 11 per cent in the first ten months of the year.", "MUSCAT", "ONA")]
    [InlineData("NAIROBI, Kenya Dec 6 – Kenya's central bank cut its benchmark rate for the fourth time this year.", "NAIROBI, Kenya", null)]
    [InlineData("LAGOS, Nigeria Dec. 6 (Reuters) — Nigeria's naira firmed on the official market on Friday.", "LAGOS, Nigeria", "Reuters")]
    [InlineData("NAIROBI Dec 6 – Kenya's central bank cut its benchmark rate for the fourth time this year.", "NAIROBI", null)]
    [InlineData("Hamburg (dpa/lno) – Trotz eines Gespräches", "Hamburg", "dpa/lno")]
    [InlineData("TEGUCIGALPA, HONDURAS.- Tras la extradición del expresidente.", "TEGUCIGALPA, HONDURAS", null)]
    [InlineData("Washington.- El senador republicano calificó el martes al presidente.", "Washington", null)]
    [InlineData("Monterrey, NL.— Las estaciones de monitoreo registraron concentraciones altas.", "Monterrey, NL", null)]
    [InlineData("Monterrey, NL. La tasa de ocupación de los parques industriales cerró febrero en su nivel más alto.", "Monterrey, NL", null)]
    // Two capitals after the place that are a known agency's name: Paraguay's IP, not a state's code.
    [InlineData("Asunción, IP.- El Ministerio de Salud inició la campaña de vacunación.", "Asunción", "IP")]
    [InlineData("Dakar, APS - Le gouvernement a lancé la campagne agricole.", "Dakar", "APS")]
    [InlineData("ИСФАРА, 11.06.2025 /АМИТ «Ховар»/. Мавсими ҷамъоварии зардолу дар шаҳри Исфара оғоз шуд.", "ИСФАРА", "Ховар")]
    [InlineData("SOUTHWEST MIAMI-DADE, FLA. (WSVN) - A crash left two people hurt.", "SOUTHWEST MIAMI-DADE, FLA.", "WSVN")]
    [InlineData("CNN — Justice Samuel Alito is the tip of the spear.", null, "CNN")]
    [InlineData("(ANSA) - ROMA, 28 LUG - Sarà Ghersini l'arbitro.", "ROMA", "ANSA")]
    [InlineData("(ANSA) - BOLOGNA, 03 MAR - Il Comune chiude al traffico quaranta strade.", "BOLOGNA", "ANSA")]
    [InlineData("(ANSA) - Il governo ha approvato un nuovo piano.", null, "ANSA")]
    [InlineData("(ANSA) - VENICE, NOV 27 - Venice will charge day-trippers a higher fee next year.", "VENICE", "ANSA")]
    [InlineData("АСТАНА. KAZINFORM — Уборочная кампания в Казахстане завершена, сообщили в министерстве.", "АСТАНА", "KAZINFORM")]
    [InlineData("Пекин, 1 декабря /Синьхуа/ -- Китай в понедельник успешно запустил новый спутник.", "Пекин", "Синьхуа")]
    [InlineData("SEOUL, Aug. 20 (Yonhap) -- North Korea's newspaper", "SEOUL", "Yonhap")]
    [InlineData("Frankfurt/Main (dpa) - Für einen Roman über die alte Bundesrepublik hat er den Preis bekommen.", "Frankfurt/Main", "dpa")]
    [InlineData("SURABAYA, Indonesia/JAKARTA (Reuters) - Indonesian rescuers searching for a plane found debris.", "SURABAYA, Indonesia/JAKARTA", "Reuters")]
    [InlineData("NEW YORK--Verizon Communications is prepping a new live TV streaming app.", "NEW YORK", null)]
    [InlineData("CHICAGO—Admitting it took them some time to come around to the idea, the parents agreed.", "CHICAGO", null)]
    [InlineData("ERDEN. Wie von lokalo.de berichtet, meldete die Polizei Anfang Oktober einen Unfall.", "ERDEN", null)]
    [InlineData("Lima, 9 may. (ANDINA). El Servicio Nacional de Meteorología alertó que habrá un friaje.", "Lima", "ANDINA")]
    [InlineData("New York CNN —", "New York", "CNN")]
    [InlineData("Washington CNN — The Senate voted on Tuesday.", "Washington", "CNN")]
    [InlineData("Hong Kong CNN Business — China's economy grew.", "Hong Kong", "CNN Business")]
    [InlineData("MADRID, 11 feb (EFE).- El Gobierno aprobó este martes un plan de vivienda.", "MADRID", "EFE")]
    [InlineData("Bogotá, 11 de febrero (EFE).- El presidente anunció una reforma.", "Bogotá", "EFE")]
    [InlineData("ROMA, 11 FEB (ANSA) - Il governo ha approvato un nuovo piano.", "ROMA", "ANSA")]
    [InlineData("ABU DHABI, 20th November, 2025 (WAM) -- The authority launched a programme for farmers.", "ABU DHABI", "WAM")]
    [InlineData("WASHINGTON, November 20th, 2025 (UPI) -- The Senate voted on Thursday.", "WASHINGTON", "UPI")]
    [InlineData("Ciudad de México.- El Senado aprobó este martes una reforma.", "Ciudad de México", null)]
    [InlineData("Rio de Janeiro (Reuters) - A Petrobras anunciou nesta terça-feira novos investimentos.", "Rio de Janeiro", "Reuters")]
    // Central European wires set the day after the place, with its full stop and no comma; a title-case place may be
    // hyphenated; Interfax closes place and day with full stops and signs with its address.
    [InlineData("Praha 11. prosince (ČTK) - Minimální mzda se od ledna zvýší.", "Praha", "ČTK")]
    [InlineData("Bratislava 22. januára (TASR) - Regionálne úrady verejného zdravotníctva vyhlásili epidémiu.", "Bratislava", "TASR")]
    [InlineData("NOVI SAD, 11. februara (Tanjug) - Pokrajinska vlada usvojila je novi program.", "NOVI SAD", "Tanjug")]
    [InlineData("Cluj-Napoca, 17 feb /Agerpres/ - Aeroportul Internațional a anunțat noi curse.", "Cluj-Napoca", "Agerpres")]
    [InlineData("Cluj-Napoca (Reuters) - Romania's second city opened a new terminal.", "Cluj-Napoca", "Reuters")]
    [InlineData("Москва. 14 января. INTERFAX.RU - Министерство транспорта подготовило законопроект.", "Москва", "INTERFAX.RU")]
    [InlineData("RĪGA, 4. marts, LETA. Rīgas dome trešdien apstiprināja jauno budžetu.", "RĪGA", "LETA")]
    [InlineData("Rīga, 20.nov., LETA. Pagājušajā nedēļā ar gripu saslimušo skaits valstī pieauga.", "Rīga", "LETA")]
    // BTA's correspondent before the agency inside the slashes.
    [InlineData("Варна, 20 ноември /Мария Стоянова, БТА/ Общинският съвет одобри ремонта на моста.", "Варна", "БТА")]
    // The Ghana News Agency sets the month first.
    [InlineData("Kumasi, March 16, GNA - Cocoa farmers in the Ashanti Region have appealed to the board.", "Kumasi", "GNA")]
    // Armenpress sets the month in capitals and closes with a full stop; Trend names no agency and closes the day so.
    [InlineData("YEREVAN, MAY 12, ARMENPRESS. The Matenadaran will digitize around 4,000 medieval manuscripts.", "YEREVAN", "ARMENPRESS")]
    [InlineData("BAKU, Azerbaijan, March 5. Azerbaijan exported 2.31 billion cubic meters of natural gas to Europe.", "BAKU, Azerbaijan", null)]
    [InlineData("WASHINGTON, Sept. 14. The Senate passed the bill late on Thursday.", "WASHINGTON", null)]
    [InlineData("БАКУ, Азербайджан, 27 ноября. Объем контейнерных перевозок по Среднему коридору вырос на треть.", "БАКУ, Азербайджан", null)]
    [InlineData("جدة 20 أبريل 2025 (واس) - أعلن برنامج جدة التاريخية الانتهاء من ترميم 12 مبنى تراثياً.", "جدة", "واس")]
    // A station's brand with its channel's number.
    [InlineData("WASHINGTON (7News) — Metro will add late-night service on three lines starting in January.", "WASHINGTON", "7News")]
    [InlineData("DENVER (9NEWS) — A winter storm warning is in effect for the Front Range.", "DENVER", "9NEWS")]
    [InlineData("София, 11 февруари /БТА/ Столичната регионална здравна инспекция обяви грипна епидемия.", "София", "БТА")]
    [InlineData("HOUSTON, TX / ACCESSWIRE / March 11, 2025 / Lone Mesa Energy Corp. (OTCQB:LMEC) announced a new well.", "HOUSTON, TX", "ACCESSWIRE")]
    // The same line alone in an element of its own over the release.
    [InlineData("AUSTIN, TX / ACCESSWIRE / March 5, 2026 /", "AUSTIN, TX", "ACCESSWIRE")]
    // The outlet beside the place: its address before it, its name after it.
    [InlineData("TEMPO.CO, Jakarta - Pusat Vulkanologi dan Mitigasi Bencana Geologi menaikkan status.", "Jakarta", "TEMPO.CO")]
    [InlineData("Jakarta, CNN Indonesia -- Harga minyak mentah dunia melonjak.", "Jakarta", "CNN Indonesia")]
    [InlineData("PORT OF SPAIN, Trinidad, CMC – The government will make vehicle inspections compulsory.", "PORT OF SPAIN, Trinidad", "CMC")]
    // A spaced double dash before the agency's parenthesis.
    [InlineData("Dakar, Senegal -- (AFP) -- Senegal on Thursday suspended new fishing licences.", "Dakar, Senegal", "AFP")]
    [InlineData("Motorsport-Magazin.com - Der Start der Formel-1-Saison 2022 rückt schnell näher.", null, "Motorsport-Magazin.com")]
    [InlineData("Investing.com--Gold prices rose to a one-week high in Asian trade on Wednesday as the dollar weakened.", null, "Investing.com")]
    [InlineData("Investing.com-- Gold prices rose to a one-week high in Asian trade on Wednesday as the dollar weakened.", null, "Investing.com")]
    // Central Asian, Caucasian and Mongolian wires: the portal and its correspondent after the dash; the portal's
    // address closed by a slash; the Armenian full stop; the day in Mongolian words before the slashed agency.
    [InlineData("БИШКЕК, 18 ноя — 24.kg, Анара Бекова. С 1 декабря грузовикам запретят въезд в центр.", "БИШКЕК", "24.kg")]
    [InlineData("Bakı. 20 noyabr. REPORT.AZ/ Ələt Azad İqtisadi Zonasında yeni zavod açılıb.", "Bakı", "REPORT.AZ")]
    [InlineData("ԵՐԵՎԱՆ, 24 ՆՈՅԵՄԲԵՐԻ, ԱՐՄԵՆՊՐԵՍ։ Սևանա լճի մակարդակը բարձրացել է 6 սանտիմետրով։", "ԵՐԵՎԱՆ", "ԱՐՄԵՆՊՐԵՍ")]
    [InlineData("Улаанбаатар, 2025 оны 12 дугаар сарын 02 /МОНЦАМЭ/. Нийслэлийн Засаг даргын Тамгын газраас мэдээлэв.", "Улаанбаатар", "МОНЦАМЭ")]
    // Radiocor: the agency first, then the place in title case and the day with its month in lower case.
    [InlineData("(Il Sole 24 Ore Radiocor) - Milano, 29 ott - Lombarda Reti chiude i primi nove mesi con un utile in crescita.", "Milano", "Il Sole 24 Ore Radiocor")]
    // South Asian scripts: a Marathi wire's colon, and a Nepali place and Bikram Sambat day either way round.
    [InlineData("पुणे, २५ मार्च (पीटीआय) : पुण्यातील तीन तरुण अभियंत्यांनी माती तपासणी यंत्र विकसित केले.", "पुणे", "पीटीआय")]
    [InlineData("५ चैत, पोखरा । पर्यटकीय नगरी पोखराको फेवातालमा जलकुम्भी फैलिन थालेको छ।", "पोखरा", null)]
    [InlineData("काठमाडौं, ५ चैत । सरकारले नयाँ बजेट सार्वजनिक गरेको छ।", "काठमाडौं", null)]
    // A portal's address after the dash is its credit only before a correspondent's name.
    [InlineData("BISHKEK, 18 Nov — Amazon.de, the retailer said. Sales rose.", "BISHKEK", null)]
    // The Ethiopian News Agency sets the year after a slash.
    [InlineData("Addis Ababa, November 20/2025 (ENA) - Ethiopia has harvested irrigated wheat on 3.2 million hectares.", "Addis Ababa", "ENA")]
    // A French release's place and day after "le", then a dash.
    [InlineData("Niamey, le 3 avril 2025 – Dix-huit forages équipés de pompes solaires ont été remis en service.", "Niamey", null)]
    [InlineData("Paris, le 1er décembre – Le groupe annonce l'acquisition de son concurrent lyonnais.", "Paris", null)]
    // Nepal's RSS after a title-case place and the day; Lithuanian's month before the day and "d."; CMC after the day
    // and a comma; AKIpress in its Cyrillic spelling after the dash; Uzbek's hyphenated day; MONTSAME between slashes.
    [InlineData("Kathmandu, May 4 (RSS): The government has decided to distribute chemical fertiliser through cooperatives.", "Kathmandu", "RSS")]
    [InlineData("Vilnius, gegužės 6 d. (BNS). Seimas antradienį po pateikimo pritarė Kelių eismo saugumo įstatymo pataisoms.", "Vilnius", "BNS")]
    [InlineData("Szeged, 2025. december 5. (MTI) – Mesterséges intelligenciára épülő előrejelző rendszert fejlesztettek ki a kutatók.", "Szeged", "MTI")]
    [InlineData("Budapest, 2025. június 18., szerda (MTI) – Harmadfokú vízhiány-készültséget rendelt el szerdán az igazgatóság.", "Budapest", "MTI")]
    [InlineData("PORT OF SPAIN, Trinidad, May 6, CMC – The Ministry of Health says dengue cases in south Trinidad have more than doubled.", "PORT OF SPAIN, Trinidad", "CMC")]
    [InlineData("Бишкек, 6 мая — АКИpress. Мэрия Бишкека в 2025 году планирует отремонтировать 45 улиц.", "Бишкек", "АКИpress")]
    [InlineData("Toshkent, 6-may. UzA. Poytaxtda joriy yil oxirigacha metropolitenning to‘rtta yangi bekati ochiladi.", "Toshkent", "UzA")]
    [InlineData("PORT VILA, 22 APRIL 2025 (PACNEWS) --- Vanuatu has opened its first kava testing laboratory in the capital.", "PORT VILA", "PACNEWS")]
    [InlineData("Ulaanbaatar /MONTSAME/. Mongolia expects to welcome a record 60,000 foreign tourists during the Naadam festival.", "Ulaanbaatar", "MONTSAME")]
    // ATSH and Kabar after the place in title case and the day; APA's opener set apart, with nothing after the agency.
    [InlineData("Tiranë, 6 dhjetor /ATSH/ – Kuvendi i Shqipërisë miratoi sot projektligjin.", "Tiranë", "ATSH")]
    [InlineData("Чолпон-Ата, 4 декабря. /Кабар/. В Иссык-Кульской области завершена реконструкция дороги.", "Чолпон-Ата", "Кабар")]
    [InlineData("Qəbələ, 22 yanvar, APA", "Qəbələ", "APA")]
    // Servimedia's day alone before the agency, no dash; EFE's place of four words with "de"; BTA between slashes,
    // alone in its element.
    [InlineData("BILBAO, 18 (SERVIMEDIA) El 21 % de las personas mayores de 65 años vive sola.", "BILBAO", "SERVIMEDIA")]
    [InlineData("Las Palmas de Gran Canaria, 20 ene (EFE).- Salvamento Marítimo ha rescatado a 156 personas.", "Las Palmas de Gran Canaria", "EFE")]
    [InlineData("Бургас /БТА/", "Бургас", "БТА")]
    public void SplitsPlaceAndAgency(string paragraph, string? location, string? agency)
    {
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal(location, parsed.Value.Dateline.Location);
        Assert.Equal(agency, parsed.Value.Dateline.Agency);
    }

    [Theory]
    [InlineData("Chris Eubank Jr. (England) steigt am Wochenende wieder in den Ring.")]
    [InlineData("Autokauf - wie finanzieren?")]
    [InlineData("Salzburg – Radfahren in der Weltstadt")]
    [InlineData("Das Deutsche Weininstitut (DWI) sammelt kreative Instagram-Posts.")]
    [InlineData("Dee Dee Myers — a White House press secretary for Bill Clinton — is exiting.")]
    [InlineData("British Virgin Islands (BVI) Governor John Rankin Thursday called for calm.")]
    [InlineData("MEANING:")]
    [InlineData("U.S. President Joe Biden said on Monday that the talks would go on.")]
    [InlineData("EU. Die Kommission hat am Montag entschieden.")]
    [InlineData("Friday Dec 6 – The council said on Saturday that the plan would take effect.")]
    [InlineData("SPORTS Dec 6 – The council said on Saturday that the plan would take effect.")]
    [InlineData("Markets Dec 6 – The council said on Saturday that the plan would take effect.")]
    public void RefusesParenthesesHeadingsAndLowerCaseContinuations(string paragraph) =>
        Assert.Null(DatelineParser.TryParse(paragraph));

    /// <summary>
    /// First paragraphs of pages in the shared corpora (goose3, readability, newspaper, newspaper4k, trafilatura,
    /// htmldate), labelled by hand with the dateline as printed (null: none), plus the issue's own look-alikes.
    /// The hard negatives at the end (a speaker in capitals, a topic word in capitals before a dash) stay in the set
    /// so that the figure is honest.
    /// </summary>
    private static readonly (string? Dateline, string Paragraph)[] Labelled =
    [
        ("WASHINGTON (Aug. 13) --", "WASHINGTON (Aug. 13) -- Declaring \"the maritime soul of the Marine Corps\" is at stake, Defense Secretary Robert Gates has ordered a review of the seaborne service that since 9/11 has functioned more like a \"second land army.\""),
        ("MONTGOMERY, Ala. --", "MONTGOMERY, Ala. -- Alabama's strict new immigration law may be backfiring. Intended to force illegal workers out of jobs, it is also driving away many construction workers, roofers and field hands in the country legally who do"),
        ("SAN FRANCISCO (AP) —", "SAN FRANCISCO (AP) — Steve Jobs, the mind behind the iPhone, iPad and other devices that turned Apple Inc. into one of the world's most powerful companies, resigned as CEO on Wednesday, saying he can no longer handle the job but will"),
        ("LONDON —", "LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on and lift trade sanctions, Obama administration officials said late Thursday."),
        ("SEOUL, South Korea —", "SEOUL, South Korea — A plan to impeach South Korean President Yoon Suk Yeol over his short-lived declaration of martial law has failed after members of his governing party left parliament on Saturday ahead of the planned vote."),
        ("NEW ORLEANS -", "NEW ORLEANS - Both college football analysts on ESPN, Lou Holtz and Mark May are paid to discuss their unbiased, wide-ranging opinions about the sport on the air."),
        ("HUNTSVILLE, Alabama -", "HUNTSVILLE, Alabama - Hockey players, roller skating enthusiasts and Future City competitors are among groups expected to bring more than 5,900 people together next month in Huntsville/Madison County."),
        ("GREEN BAY, Wis. --", "GREEN BAY, Wis. -- Here we go again."),
        ("TRENTON —", "TRENTON — Gov. Chris Christie’s State of the State speech on Tuesday pushed one of New Jersey’s most conservative state senators over the edge, leading to the harshest criticism of the governor ever from a Republican state lawmaker."),
        ("BEAVERTON --", "BEAVERTON -- The Comcast Foundation has awarded $355,760 in grants to 31 nonprofit organizations in Oregon and Southwest Washington."),
        ("MUMBAI (Reuters) -", "MUMBAI (Reuters) - The BSE Sensex and Nifty ended flat on Tuesday as weaker regional shares offset optimism over additional reforms a day after the government passed an executive order to ease land-acquisition rules."),
        ("JAKARTA (Reuters) -", "JAKARTA (Reuters) - Countries around Asia on Tuesday stepped up the search for an AirAsia plane carrying 162 people that is presumed to have crashed in shallow waters off the Indonesian coast, with Washington also sending a warship to help"),
        ("CNN —", "CNN — Justice Samuel Alito is the tip of the spear for conservatives challenging the Biden administration during oral arguments at the Supreme Court."),
        ("WASHINGTON (CNN) —", "WASHINGTON (CNN) — Not everyone subscribes to a New Year’s resolution, but Americans will be required to follow new laws in 2014."),
        ("SEOUL, Aug. 20 (Yonhap) --", "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted South Korea on Tuesday for conducting a joint military exercise with the United States on the last day of the drill, warning that Seoul will pay dearly for such \"stupid\""),
        ("Dübendorf -", "Dübendorf - Abheben wird sie nicht so schnell, doch den Hangar hat sie am vorletzten Donnerstag schon einmal verlassen: eine F13. Es ist der zweite Nachbau der Junkers-Maschine, entstanden ist er am Flughafen Dübendorf nahe Zürich."),
        ("Bergisch Gladbach -", "Bergisch Gladbach - Diese Flaniermeile ähnelt einer übergroßen Stolperfalle. Dabei ist das Pflaster der Gladbacher Fußgängerzone erst sechs Jahre alt."),
        ("AUGSFELD –", "AUGSFELD – Zuhause verlieren ist nicht unbedingt schön. Und deshalb freute sich Thomas Häußinger zwar insgeheim ein kleines bisschen auch für den Erfolg des FC Augsfeld, weniger aber, dass das Team aus seinem Wohnort ausgerechnet seine"),
        ("HOUSTON, Texas (KTRK) --", "HOUSTON, Texas (KTRK) -- A Houston-area beauty business is taking drastic measures after the owner said a man entered one of their salons on Tuesday and inappropriately touched himself."),
        ("NAPA COUNTY, Calif. (KGO) --", "NAPA COUNTY, Calif. (KGO) -- A plan to bring a Margaritaville Resort, made popular by the late Jimmy Buffett, to the Bay Area is one step closer."),
        ("Hamburg (dpa/lno) –", "Hamburg (dpa/lno) – Trotz eines Gespräches zwischen AfD-Mitbegründer Bernd Lucke und der Studierendenvertretung AStA der Universität Hamburg bleiben die Fronten verhärtet. Der AStA (Allgemeiner Studierendenausschuss) verkläre die Vorfälle,"),
        ("BANGKOK:", "BANGKOK: Ein TikTok-Video, in dem behauptet wird, dass ein Grab-Lieferbote nach Singapur fliegt, um Hühnerreis für seinen Kunden in Thailand zu kaufen, ist frei erfunden, sagte ein Grab-Sprecher am Montag (30. Oktober 2023)."),
        ("London (CNN)", "London (CNN) It was the interview that some within Buckingham Palace must have feared -- but Prince Harry and Meghan, Duchess of Sussex's discussion with Oprah Winfrey was more revealing, explosive and potentially damaging to the royal"),
        ("TEGUCIGALPA, HONDURAS.-", "TEGUCIGALPA, HONDURAS.- Tras la extradición del expresidente de Honduras, Juan Orlando Hernández, hacia Estados Unidos, por sus presuntos nexos con el narcotráfico, han comenzado a sonar nombres de varias personas que podrían comparecer en"),
        ("Washington.-", "Washington.- El senador republicano Rick Scott calificó el martes al presidente de Estados Unidos, Joe Biden, de estar mentalmente \"incapacitado\" y dijo que debería dimitir, en un anticipo de la brutal campaña que se espera ante las"),
        ("Rostow (Russland) -", "Rostow (Russland) - Bei einem Brand in einem Wohnhaus in Russland sind fünf Kinder ums Leben gekommen."),
        ("Düsseldorf -", "Düsseldorf - Tierschützer laufen seit Monaten Sturm: Immer wieder werden am ISS Dome tote Tauben gefunden. Viele verenden qualvoll in den Netzen, die unter dem Dach der Halle angebracht wurden. Nun laufen die Vorbereitungen, um das"),
        ("WEST PALM BEACH —", "WEST PALM BEACH — The family of a ranked junior tennis player, diagnosed with a rare form of an illness, has launched a crowdfunding effort to help with his treatment. Mekhi Gbedey, 20, was diagnosed with muscular dystrophy, with"),
        ("TAYLORVILLE —", "TAYLORVILLE — The following are arrest and accident reports as recorded by the Taylorville Police Department and the Christian County Sheriff’s Department. The blotter is as follows:"),
        ("Darmstadt -", "Darmstadt - Januar 2021. Mit Hilfe hochenergetischer Protonen lassen sich Nukleonen und vorgeformte Kern-Cluster aus Atomkernen herausschlagen. In einem Experiment am Research Center for Nuclear Physics (RCNP) in Osaka konnten nun"),
        ("Jakarta -", "Jakarta - Seorang wanita muda terkena stroke di usia 26 tahun, beberapa bulan setelah melahirkan. Ia sempat curiga, kondisinya itu timbul karena ia sempat mengkonsumsi obat kombinasi sebelum melahirkan."),
        ("(KRON) —", "(KRON) — The mother of the Oakland Zoo’s gray wolf pack was humanely euthanized Wednesday after a tumor was found in her abdomen, the zoo announced in a post on X, formerly Twitter. Zoo veterinarians discovered a large mass during a"),
        ("AUSTIN (KXAN) —", "AUSTIN (KXAN) — Texas voters approved an amendment to the state constitution on Tuesday that will grant billions of dollars to the Teacher Retirement System for a cost-of-living adjustment."),
        ("PRAGUE (Reuters) -", "PRAGUE (Reuters) - Deliveries of Volkswagen’s (VOWG_p.DE) Skoda Auto dropped slightly in 2019 to 1.24 million vehicles, from 1.25 million in 2018, mainly due to weaker sales in China, the company said on Monday."),
        ("BHAKKAR:", "BHAKKAR: In what was blamed on negligence on the part of its administration, two newborns died allegedly for want of oxygen at a hospital in Bhakkar district of Punjab on Sunday."),
        ("PARIS —", "PARIS — French President Emmanuel Macron on Monday condemned unilateral border control measures taken by some European Union countries in a bid to control the coronavirus outbreak, following a phone briefing with Germany’s Angela Merkel"),
        ("NEW YORK -", "NEW YORK - Woody Allen’s memoir, dropped by its original publisher after widespread criticism, has found a new home, The Associated Press has learned."),
        ("WEST PALM BEACH, Fla. –", "WEST PALM BEACH, Fla. – Emergency managers run drills on handling multiple catastrophes at once, such as a cyberattack during a tornado or a mass shooting amid a destructive flood."),
        ("PARIS, April 8 —", "PARIS, April 8 — The world athletics championships originally scheduled for next year in Eugene, Oregon, will take place July 15-24 in 2022, avoiding a potential clash with the Commonwealth Games in Birmingham."),
        ("WASHINGTON —", "WASHINGTON — An informal coalition of influential conservative leaders and groups, some with close connections to the White House, has been quietly working to nurture protests and apply political and legal pressure to overturn state and"),
        ("(CNN) —", "(CNN) — Joe Biden said Thursday he believes Donald Trump will try to delay November’s presidential election."),
        ("JAKARTA, KOMPAS.com -", "JAKARTA, KOMPAS.com - Menteri Perhubungan (Menhub) Budi Karya Sumadi menyebut ada sejumlah faktor yang menyebabkan harga tiket pesawat masih mahal saat ini."),
        ("NEW YORK (AP) —", "NEW YORK (AP) — As the coronavirus spread in March, poet Ada Limon struggled at first to write, feeling “flattened and silenced” by a pandemic that had shut down much of the world she knew."),
        ("DORTMUND, Alemania (AP) —", "DORTMUND, Alemania (AP) — Normalmente, el fútbol alemán es un espectáculo colorido y ruidoso. Eso se acabó."),
        ("(ANSA) - ROMA, 28 LUG -", "(ANSA) - ROMA, 28 LUG - Sarà Ghersini l'arbitro di Cagliari-Juventus, in campo domani sera alle 21.45, 18ma partita del girone di ritorno in Serie A. Lazio-Brescia è stata affidata a Massimi, mentre Pasqua dirigerà Sampdoria-Milan,"),
        ("LOUISVILLE, Ky. (AP) —", "LOUISVILLE, Ky. (AP) — Tiz the Law is the 3-5 morning-line favorite for the 146th Kentucky Derby and will attempt to become the first winner from the No. 17 post position drawn for Saturday's rescheduled marquee race for 3-year-olds."),
        ("DENVER (KDVR) –", "DENVER (KDVR) – Police are leaving the Aurora Police Department as the city’s violent crime rate is climbing."),
        ("CHICAGO (NewsNation Now) —", "CHICAGO (NewsNation Now) — A spokesman says President Donald Trump’s eldest son, Donald Trump Jr., has been infected with the coronavirus."),
        ("MADRID --", "MADRID -- Spanish Prime Minister Pedro Sánchez says a national COVID-19 vaccination plan will be launched"),
        ("ПЕТРОПАВЛОВСК. КАЗИНФОРМ –", "ПЕТРОПАВЛОВСК. КАЗИНФОРМ – Бройлерную птицефабрику и молочно-товарную ферму на три тысячи голов скота построят в Северо-Казахстанской области, передает корреспондент МИА «Казинформ»."),
        ("FREMONT —", "FREMONT — Kristofer Ferreyra was 10 days shy of his second birthday last month when Fremont police say he somehow ingested fentanyl and became the Bay Area’s latest child victim of the deadly opioid."),
        ("Potsdam –", "Potsdam – Zum Ende des Jagdjahres 2020/21 ist die landesweite allgemeine Erlegungsprämie für Schwarzwild ausgelaufen. In den drei Jahren ihrer Gültigkeit zahlte das Land Brandenburg insgesamt 3,3 Millionen Euro an die antragstellenden"),
        ("MIAMI —", "MIAMI — Former President Donald Trump's top two rivals for the Republican nomination criticized him gingerly at an NBC News debate here Wednesday night as they continued to separate themselves from the rest of the field."),
        ("ALBANY, NY (NEWS10) —", "ALBANY, NY (NEWS10) — The UAlbany men’s and women’s basketball teams spent last season as nomads. They played home games off campus, and practiced on what used to be a pool, as they waited for the renovations to the new Broadview Center to"),
        ("LOS ANGELES (Reuters) -", "LOS ANGELES (Reuters) - South Korean thriller “Parasite” was the upset winner at the Screen Actors Guild (SAG) awards on Sunday, while Joaquin Phoenix and Renee Zellweger were named best actors, cementing their roles as frontrunners at the"),
        ("Montpellier (SID) –", "Montpellier (SID) – Tennis-Olympiasieger Alexander Zverev hat nach seiner Enttäuschung bei den Australian Open zügig wieder in die Spur gefunden. Elf Tage nach dem Achtelfinal-Aus gegen Denis Shapovalov (Kanada) gewann die deutsche Nummer"),
        ("KHAN YOUNIS, GAZA —", "KHAN YOUNIS, GAZA — The Israeli assault on the Gaza Strip has left the health sector in the besieged coastal enclave in a state of unprecedented, near-total collapse, according to an investigation by +972 Magazine and The Intercept. The"),
        ("Bogotá (dpa) -", "Bogotá (dpa) - Gebrochene Wirbelsäule, gebrochener Oberschenkel, offener Bruch der Kniescheibe: Das medizinische Bulletin nach dem schweren Sturz von Radprofi Egan Bernal liest sich wie ein Report des Schreckens."),
        ("BOSTON (WHDH) -", "BOSTON (WHDH) - Two juveniles were stabbed and a third was assaulted in an attack in Roxbury Wednesday night, Boston police said."),
        ("BUFFALO, N.Y. (WIVB) —", "BUFFALO, N.Y. (WIVB) — A Lancaster man who is a registered sex offender is facing new child pornography charges, the U.S. Attorney’s office said Wednesday."),
        ("SOUTHWEST MIAMI-DADE, FLA. (WSVN) -", "SOUTHWEST MIAMI-DADE, FLA. (WSVN) - An overnight crash in Southwest Miami-Dade resulted in the death of a 15-year-old boy who was behind the wheel and critical injuries to a 14-year-old girl in the passenger seat, officials said."),
        ("SIMMELSDORF –", "SIMMELSDORF – Am Samstag, 4. November, gegen 17.50 Uhr, ist ein 74-Jähriger mit seinem PKW in Simmelsdorf in Richtung Ortsmitte gefahren. Hierbei kam er aus ungeklärter Ursache alleinbeteiligt nach links von der Fahrbahn ab und fuhr gegen"),
        ("Washington (CNN) --", "Washington (CNN) -- Democrats pledged Tuesday to make Social Security a centerpiece of their campaign"),
        ("ANAHEIM, Calif. —", "ANAHEIM, Calif. — Musicians often show off lots of ring bling —but rarely have rings been thought of"),
        ("CAIRO —", "CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people"),
        ("(Motorsport-Total.com) -", "(Motorsport-Total.com) - Alfa Romeo wird sein neues Formel-1-Auto für die Saison 2022 erst nach dem ersten Vorsaisontest in Barcelona Ende des Monats offiziell vorstellen. Das Team bestätigte am Mittwoch, dass sein neues Auto, der C42, am"),
        ("Kigali:", "Kigali: Four outstanding young people have won Commonwealth Youth Awards for innovative projects that are delivering sustainable development in their countries."),
        ("KVELLER via JTA —", "KVELLER via JTA — The state of Washington has sworn in its first Native American Supreme Court justice, Raquel Montoya-Lewis — who also happens to be Jewish."),
        ("SEOUL, South Korea (AP) —", "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un made another inspection tour of major munitions factories"),
        ("WASHINGTON (Reuters) -", "WASHINGTON (Reuters) - The Senate voted on Tuesday to advance the bill."),
        ("Hong Kong (CNN Business)", "Hong Kong (CNN Business) China's economy grew faster than expected in the first quarter."),
        ("BERLIN --", "BERLIN -- Germany's parliament on Friday approved the budget."),
        ("NEW DELHI:", "NEW DELHI: India's monsoon arrived early this year, the weather office said."),
        ("Indianapolis –", "Indianapolis – The city council approved the plan on Monday."),
        (null, "DEAR ABBY: My husband and I have been married for ten years."),
        (null, "UPDATE: The road has reopened after the crash."),
        (null, "Tested by: John Smith"),
        (null, "In October, Rep. David McKinley, R-W.Va., visited the plant."),
        (null, "A HUNTER who killed a protected bear was fined."),
        (null, "CLICK FOR FULL RESULTS"),
        (null, "TextNode 1 - The Scala supported IDE is one of the few pain points of developers who want to start using Scala in their Java project. On existing long term project developed by a team its hard to step in and introduce a new language that"),
        (null, "(All photos: Atlas staff)"),
        (null, "Olimpiadas en China: Xi Jinping está organizando los juegos con sus propias reglas"),
        (null, "This is a long title with a colon: But the final text here is different"),
        (null, "Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past decade, with little hope for a cure."),
        (null, "Coordinates: 42°S 174°E / 42°S 174°E"),
        (null, "December 28, 2014: Markets opened lower on Monday as neither the bulls nor the bears can gin up a lot of support. Volumes are low and corporate news is nearly non-existent. Crude oil started the day higher, but has drifted to a loss of"),
        (null, "The holidays come with many positives – families, no work, copious amounts of cheese (literally, eating it and the corny movies variety) – but they also come with a lot of naughtiness."),
        (null, "Ah, the holidays: A time for gift giving, family gathering, and passive aggressive rage flames. Here are some well-meaning but totally backhanded digs we heard over the holidays. Add your own in the comments. It feels good to vent."),
        (null, "Google doesn't just have a new logo today: the creative web company has also hidden a surprise on its homepage."),
        (null, "Parse.ly made its funding announcement — a $5M series A, led by Grotech Ventures and with participation from FundersClub, Blumberg Capital, and ff Venture Capital. Read on for the full list of links to our coverage."),
        (null, "It’s a familiar scene: Young people in a makeshift press center sitting around laptops talking about the best way to post a video. Facebook first, or their own news page? Skype isn’t working. When a TV station calls her cell, one woman"),
        (null, "The Debrief: Ed put the cupid bow and arrow down, and stick to playing the guitar"),
        (null, "Benjamin: Hello. My name is Benjamin, and I'm proud to be a service dog from America's Vet Dogs. Not just because I get to wear this cool vest, but because they brought me to Joe. That's Joe. He's my best friend and my hero and this is our"),
        (null, "Narrator: If you eat a strawberry, it probably came from California, where it was grown with some pretty toxic stuff called fumigants. Fumigants are pesticides used to grow practically all strawberries we eat. So how did we start using"),
        (null, "Lieblingsstück: die iPhone-Hülle von Iphoria"),
        (null, "AUDIT COMMITTEE (at Skadden, Arps, Slate, Meagher & Flom LLP 4 Times Square, 42nd St. between Bwy and Sixth Ave.)"),
        (null, "Obama on hacking: I warned Putin to 'cut it out'"),
        (null, "Soviel mal vorweg: Wir sind zu zweit. Einer heißt Homajon. Der andere David. Nur damit das gleich geklärt ist."),
        (null, "(Credits: Amazon Prime Video)"),
        (null, "Ein Lesehinweis in eigener Sache: Der Perlentaucher bringt heute einen Essay von mir unter dem Titel “Tanz der Lettern”. Ich schlage darin vor, in der Remix-Kunst der Animated Typography ein Beispiel dafür zu sehen, wie Literatur von den"),
        (null, "Subheadline: Konnten die Erwartungen erfüllt werden?"),
        (null, "Hinweis: Die folgenden Bilder und Texte unterliegen einem voll-Copyright und dürften garnicht kopiert werden! Ausnahmen nur mit persöhnlicher Erlaubniss! (Anfragen nur über E-Mail!) Sollte jemand dieses Copyright brechen werde ich"),
        (null, "Was meinen Sie: haben sie? Haben sich die Eltern von Wolfgang Amadeus Mozart jemals Sorgen wegen der Schulnoten ihres “Wolferls” gemacht?"),
        (null, "Im Gespräch mit Malte Persike – am Rande seiner Keynote an der Uni Marburg im Februar dieses Jahres – hatten wir beschlossen, ein Open-Source-Pendant zu Pigeonhole Live und Slido zu entwickeln. Es sollte DSGVO-konform, barrierefrei nach"),
        (null, "Das mobile Reisen boomt – gerade in Pandemiezeiten. Das hat die 54. Ausgabe des Suisse Caravan Salon eindrücklich bewiesen. An fünf Messetagen strömten über 50’000 Besucherinnen und Besucher auf das Bernexpo-Gelände. Mittendrin: die"),
        (null, "Warning: mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in /www/htdocs/w008b8b5/wordpress/wp-content/plugins/simple-tagging-plugin/simpletagging.php on line 299"),
        (null, "Bedrohungen, Beleidigungen, Mordaufrufe: Der Messengerdienst Telegram entwickelt sich nach Einschätzung der deutschen Sicherheitsbehörden zunehmend zu einem Medium der Radikalisierung. Besonders betroffen sind politische Amts- und"),
        (null, "Fast, audience-first and efficient – talk about mission alignment. Marissa Halpert, a front end engineer working out of Washington, D.C., and Rick Terrill, leading the front end engineers out of Texas, couldn’t ignore the connection!"),
        (null, "Ministerin Schulze: \"Die Bekämpfung des Hungers in der Welt ist für mich eine Priorität. Über 810 Millionen Menschen leiden weltweit unter chronischem Hunger. Über 280 Millionen sind von akutem Hunger betroffen oder bedroht. Neben"),
        (null, "Chris Eubank Jr. (England) steigt am bevorstehenden Wochenende wieder in den Ring. Der 32-jährige Mittelgewichtler trifft Samstagabend in Cardiff auf Landsmann Liam Williams."),
        (null, "Posted: Thursday, April 21, 2022. 10:11 pm CST."),
        (null, "Leandra Lou – Der etwas andere Modeblog jetzt auch zwischen Buchdeckeln"),
        (null, "Der November ist da – und auch wenn er sich gewohnt grau und trist darstellen sollte, wartet er mit einem Lichtblick auf, im wahrsten Sinne des Wortes."),
        (null, "Definition: The Leadership Styles are the behavioral patterns that a leader adopt to influence the behavior of his followers, i.e. the way he gives directions to his subordinates and motivates them to accomplish the given objectives."),
        (null, "Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/w00a2ebd/wp-settings.php on line 535"),
        (null, "Island lockt auch im Winter: Abfahrten über unberührte Hänge. Und noch keine Spur vom Massenskitourismus. Siglufjörður im Norden Islands ist das Zentrum des isländischen Ski-Tourismus. Die Troll-Halbinsel, wie die Gegend auch heißt, ist"),
        (null, "Autokauf - wie finanzieren?"),
        (null, "Symbolbild: Ann Kiessling hat viele wichtige Entdeckungen im Bereich der reproduktiven Gesundheit und HIV gemacht, ©BillionPhotos.com - stock.adobe.com"),
        (null, "Hand aufs Herz – fast jede Frau malt sich ihre Hochzeit schon im Teenageralter (gut eigentlich schon als kleines Mädchen) in den schönsten Farben aus. Ich gehöre zumindest dazu. Gut eine Hochzeit a la Traumprinzessin Barbie muss es nun"),
        (null, "Atenção: Imagens retiradas da internet possuem direitos autorais e estarão sujeitas a remoção caso seja comprovada a devida autoria. Dúvidas? Consulte nossos termos de uso."),
        (null, "Plötzlich war die Borussia Tabellenführer: Mit einem 5:1-Sieg gegen den FC Augsburg schossen sich die Gladbacher an Spitze der Bundesliga-Tabelle. Die andere Borussia aus Dortmund hingegen kam erneut nicht über ein Unentschieden hinaus."),
        (null, "Deniz Yücel saß im türkischen Gefängnis – im Auftrag der Öffentlichkeit, wie er bei seiner Buchvorstellung auf der Buchmesse in Frankfurt sagt. Der Flörsheimer berichtet über angstvolle Momente, Erdogans Copyright und die besondere Kraft"),
        (null, "Das Deutsche Weininstitut (DWI) sammelt kreative Instagram-Posts mit dem hashtag #RieslingBirthday und verlost unter allen inländischen Teilnehmern/innen im Anschluss an den Geburtstag zehn Wein Accessoires aus dem shop.deutscheweine.de."),
        (null, "Gastgeber: Xing AG, Dammtorstraße 29-32, 20354 Hamburg"),
        (null, "Inspiration: Friederike Gonzalez Schmitz"),
        (null, "Der Genossenschaftsverband Bayern (GVB) vertritt die Interessen von 1.212 genossenschaftlichen Unternehmen im Freistaat. Sie sind Zusammenschlüsse von insgesamt rund 2,9 Millionen engagierten Menschen in Bayern, die gemeinsam"),
        (null, "Energiepreiskrise: Entlastungen und Rechte auf einen Blick"),
        (null, "Chalupka: “Verantwortliche in Pfarrgemeinden sollen als Gesprächspartner*innen zur Verfügung stehen”"),
        (null, "Admit it: Ever since the first rough, grainy glob of St. Ives Apricot Scrub touched down on your pre-pubescent cheek, you’ve devoted your life to destroying your dead skin cells. And why wouldn’t you? Dead skin cells are the root of all"),
        (null, "HR Innovation in einer Enterprise 2.0 – Herausforderungen und Chancen der Personalabteilungen"),
        (null, "Auf dem Foto zu sehen: Die neu gewählte Bürgermeisterin von Skopje Danela Arsovska mit VMRO-DPMNE Parteichef Hristjan Mickoski links und dem stv. VMRO-DPMNE Vorsitzenden Aleksandar Nikoloski rechts."),
        (null, "Voir en annexe : Place des français et des européens parmi les « publiants » des revues dépouillées dans le cadre de cette note (tableau récapitulatif )"),
        (null, "FILE PHOTO: French President Emmanuel Macron delivers his new year wishes to the military during a ceremony at the Orleans – Bricy Air Base 123 in Boulay-les-Barres near Orleans, France, January 16, 2020. Julien De Rosa/Pool via REUTERS"),
        (null, "Foto: Liselotte Sabroe/Ritzau Scanpix"),
        (null, "COVID-19: Help, information and resources"),
        (null, "Topline: In a time of national unrest, outrage and chaos, here’s what CEOs of major public companies—who are disproportionately white men—say to their employees and to the public:"),
        (null, "Exclusive Streams — Listen Now! Cork's 96FM's Hit Mix and Fit Mix"),
        (null, "LCI (Life Cycle Impulse) nennt es BMW, wenn eine Baureihe eine große Modellpflege erhält. 2022 ist eine der beliebtesten Baureihen des Herstellers dran, die 3er-Reihe (G20). Diverse Limousinen-Prototypen zeigten bereits, was uns erwartet."),
        (null, "Kathrin Göbel (Twitter) ist Astrophysikerin und arbeitet unter anderem am GSI Helmholtzzentrum für Schwerionenforschung. Dort hat sie die letzten zwei Jahre am Experiment R3B verbracht. Für dieses entwirft sie Detektoren und forscht"),
        (null, "Pam (Mother) Friends:"),
        (null, "En Minsk (Bielorrusia) A la manifestación de sus simpatizantes ha acudido el propio presidente, mientras que el la de los opositores han vuelto a señalar como fraudulentas las elecciones y a pedir su dimisión."),
        (null, "Dee Dee Myers — a White House press secretary for Bill Clinton — is exiting her role as communications head at studio Warner Bros. after five years."),
        (null, "Stand des Artikels: 26. Februar 2020, 12:30 Uhr."),
        (null, "(18.01.2018) Deutschlands Landwirte zittern vor der Afrikanischen Schweinepest. Seit 2007 rückt sie näher und hat vor ein paar Jahren den Osten der EU erreicht. Gegenmittel oder einen Impfstoff gibt es nicht. Was bleibt ist das rigorose"),
        (null, "Hamberger, J. (2021): Der Holländerholzhandel. LWF aktuell 131, S. 34 – 36."),
        (null, "Seiten: 448 Format: Broschur"),
        (null, "Rating: 5.0/5 (1 vote cast)"),
        (null, "A generally accepted myth: Men talk about sports, women don’t."),
        (null, "PRONUNCIATION: (MAWD-lin)"),
        (null, "Anchor: After heavy downpours on Monday, Tuesday morning was met with strong, cold winds that brought early winter temperatures. Although the first cold wave alerts of the season were issued in anticipation of frigid morning lows on"),
        (null, "Minecraft 1.8 - The Bountiful Update"),
        (null, "Exercice: après avoir attentivement lu cette brève parue dans L'Express, vous expliquerez"),
        (null, "Spoiler-Alarm: Meine neue Lieblings-Radtour in Berlin. Viele Jahre war ja die Müggelsee-Runde tatsächlich meine Lieblings-Radtour, das hat sich nun aber geändert. An einem meiner letzten Tage in Berlin vor meiner Weltreise habe ich nochmal"),
        (null, "Note: prices may vary."),
        (null, "The U.S.-led coalition said on Monday that it had struck the convoy."),
        (null, "However — and this matters — the vote failed."),
        (null, "North Korean leader Kim Jong Un made another inspection tour."),
        (null, "Die 31-Jährige hat nach ihrer Trennung von ihrem Ehemann Simon Konecki rund 10 Kilo abgenommen, wie die britische Zeitung „The Sun“ berichtete. Mehr dazu hier!"),
        (null, "Wochenende. Regen. Mist. Die Kinder rufen nach außergewöhnlichen Unternehmungen, während meine Aufgabe darin besteht, die Wünsche in den Bereich des Machbaren zu überführen. Vom Indoor-Spielplatz, was meist die Hölle bedeutet, arbeiten wir"),
        (null, "„Ich weiß ich bin betrunken und sollte das vielleicht nicht sagen…“"),
        (null, "Magic mushrooms can create vivid hallucinations of strange and fantastical things, such as abstract geometric shapes. Credit: WhiteHaven/Shutterstock.com"),
        (null, "Es wird Zeit, dass ich hier auch etwas dazu schreibe: Wir machen ein Spiel! Es heißt „Aren’t we all …?“, und es ist ein Visual Novel. Das heißt, man klickt sich durch Dialoge, entscheidet sich zwischen Antwortoptionen und beeinflusst damit"),
        (null, "Georges Prêtre, Leonard Bernstein, Seiji Ozawa, Sir Colin Davis, Simon Rattle, Valery Gergiev"),
        (null, "Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest at Mugabe's \"Blue House\" compound in Harare and are insisting the 93 year-old finishes his presidential term, a"),
        (null, "NASA's Hubble Space Telescope snapped this shot of Mars on Aug. 26, 2003, when the Red Planet was 34.7 million miles from Earth. The picture was taken just 11 hours before Mars made its closest approach to us in 60,000 years. Credit:"),
        (null, "'Tis the season to wrap up, get glam and ingest your body weight in food and drink. No better time, then, for ASMALLWORLD's utterly fabulous multi-day 10th birthday party in Gstaad, Switzerland. And so it was that our Alya Mooro joined a"),
        (null, "Meanwhile, Jonathan Pearlman in Pangkalan Bun, and Tom Phillips in Surabaya have this wrap of the day's events:"),
        (null, "L’AG Éducation Île-de-France inter-degrés a réuni le mardi 10 septembre en tout 80 collègues en provenance de plus de 30 établissements et écoles."),
        (null, "Lire aussi Martine Bulard & Sung Il-kwon, « En Corée, la politique du rayon de soleil », Le Monde diplomatique, juin 2018."),
        (null, "Nowa Zelandia, jako drugi kraj na świecie po Indiach, wprowadza płatny trzydniowy urlop dla rodziców poronionego dziecka. Prawo do urlopu ma przysługiwać bez względu na etap ciąży, w którym kobieta poroniła. Rozwiązanie zaproponowane przez"),
        (null, "Rund um den 3. Februar kann man den Blasius-Segen empfangen. Damit bittet man besonders um den Schutz vor Halskrankheiten. Aber kann der Segen auch corona-konform gespendet werden?"),
        (null, "Sie ist nicht nur – nach eigenen Angaben – die erfolgreichste Nachrichtensendung Deutschlands. Sie ist auch die älteste und meistgesehene Nachrichtensendung Deutschlands. Die 20-Uhr-Ausgabe der Tagesschau erreichte laut Statista im"),
        (null, "This article is part of a series — At 250, Who Will America Be? — reporting on threats to American democracy as we approach the nation’s Semiquincentennial, on July 4, 2026."),
        (null, "Schritt für Schritt: Reifen schlauchlos (auf Englisch: „tubeless“) montieren leicht gemacht! Schlauchlose Reifen gibt es seit gefühlten Ewigkeiten und die Vorteile sind nicht von der Hand zu weisen. Dennoch scheuen viele Biker sich davor –"),
        (null, "PJ Morton – Only One Lyrics (Ft. Stevie Wonder)"),
        (null, "JESSICA LIVINGSTON: The most important thing an early-stage startup should know about marketing is rather counterintuitive: that you probably shouldn’t be doing anything you’d use the term “marketing” to describe. Sales and marketing are"),
        (null, "MIGRATION – Probleme zwischen Einheimischen und Flüchtlingen sind auch in Afrika ein Thema – wie Kenia mit der Herausforderung umgeht"),
        (null, "Salzburg – Radfahren in der Weltstadt"),
        (null, "KRÄHENJAGD – So wird gelockt und gejagt"),
        (null, "Daily Legal News - New Corporations"),
        (null, "DOW Jones - WKN: 969420 - ISIN: US2605661048"),
    ];

    [Fact]
    public void MeetsPrecisionAndRecallOnTheLabelledCorpusSet()
    {
        var truePositives = 0;
        var falsePositives = 0;
        var falseNegatives = 0;
        var misses = new List<string>();
        foreach (var (expected, paragraph) in Labelled)
        {
            var found = DatelineParser.TryParse(paragraph)?.Dateline.Text;
            if (expected is null)
            {
                if (found is not null)
                {
                    falsePositives++;
                    misses.Add("false positive: " + found);
                }
            }
            else if (found == expected)
            {
                truePositives++;
            }
            else
            {
                falseNegatives++;
                if (found is not null)
                {
                    falsePositives++;
                }

                misses.Add($"missed: {expected} (found {found ?? "nothing"})");
            }
        }

        var precision = truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)(truePositives + falseNegatives);
        var report = $"precision {precision:F3}, recall {recall:F3}: " + string.Join("; ", misses);
        Assert.True(precision >= 0.97 && recall >= 0.93, report);
    }

    [Fact]
    public void LongInputIsExaminedOnlyAtItsStart()
    {
        var paragraph = "BERLIN — " + new string('X', 200_000);
        var parsed = DatelineParser.TryParse(paragraph);
        Assert.NotNull(parsed);
        Assert.Equal("BERLIN —", parsed.Value.Dateline.Text);
    }
}
