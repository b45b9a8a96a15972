using System;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Maps what the text says of its author onto the reporting subject: the caller's, else the signature, the title's
/// prefix, 信息来源, an office or place named at the head of a clause in the opening sentence, the full name behind a
/// self-designation (我局, 省政府) as the text's own document titles print it, the container's hint, or else the
/// opening's designation with a place word (区政府, 省教育厅) as printed, or its name for itself (我镇, 我局 under 区委、区政府)
/// with the level it gives, with a note naming the source. A name with no place word leaves the level unknown, with a note; nothing found leaves the
/// subject missing.
/// </summary>
internal static class SubjectMapper
{
    /// <summary>How far into the content the opening sentence is looked for an office's name.</summary>
    private const int OpeningLength = 200;

    /// <summary>The longest name taken from the opening sentence.</summary>
    private const int MaxNameLength = 24;

    private static readonly string[] PlaceWords = ["自治区", "省", "市", "州", "盟", "区", "县", "旗", "乡", "镇", "街道"];

    /// <summary>The place words a text's designation of its own government or department starts with (区政府, 省教育厅).</summary>
    private static readonly string[] DesignationPlaces = ["省", "市", "州", "盟", "区", "县", "旗", "乡", "镇", "街道"];

    /// <summary>The endings of a designation: an office's, or 政府; a bare 委 only after a name of its own (市教委, not 市委, the Party's committee).</summary>
    private static readonly string[] DesignationEndings = ["人民政府", "政府", "街道办事处", "办事处", "委员会", "办公室", "局", "厅", "委"];

    private static readonly string[] OfficeEndings = ["人民政府", "街道办事处", "办事处", "委员会", "办公室", "局", "厅"];

    /// <summary>The endings of a body's name that can write a report, whatever precedes them (<see cref="IsOrganisationName"/>).</summary>
    private static readonly string[] OrganisationEndings = ["政府", "办事处", "委员会", "办公室", "局", "厅", "委", "办", "院", "署", "中心"];

    /// <summary>Words of a 信息来源 that names a contributor or a reprint, not a body (<see cref="NamesNoBody"/>).</summary>
    private static readonly string[] NoBodyWords = ["投稿", "网友", "原创", "转载", "转自", "佚名"];

    /// <summary>
    /// Endings of a 信息来源 that names a media outlet, which publishes another's text and writes no report of its own
    /// (<see cref="IsMediaOutlet"/>): a newspaper, a news site, a broadcaster, a news agency, a county's media centre.
    /// </summary>
    private static readonly string[] MediaEndings =
        ["报", "报社", "杂志", "杂志社", "网", "网站", "电视台", "电台", "新华社", "通讯社", "中新社", "融媒体中心", "新闻中心", "传媒中心", "传媒", "传媒集团", "客户端", "公众号", "频道"];

    /// <summary>Whole 信息来源 values that name where a text was gathered, not a body.</summary>
    private static readonly string[] NoBodyValues = ["综合", "互联网", "网络", "未知", "网站"];

    /// <summary>Letters no body's name holds: a stop or colon marks a column's words or a sentence.</summary>
    private static readonly System.Buffers.SearchValues<char> IssuerStops = System.Buffers.SearchValues.Create("。,，;；:：!！?？");

    /// <summary>
    /// Words that open what follows a clause's head with its predicate (坚持, 以, 在 …): a name that stands right before
    /// one is the clause's subject, as in <c>某区以……为契机</c> or <c>某部坚持……</c>.
    /// </summary>
    private static readonly string[] Predicates =
        ["坚持", "始终", "认真", "深入", "全面", "围绕", "紧紧", "紧扣", "扎实", "着力", "持续", "积极", "聚焦", "立足", "按照", "深化", "高度", "切实", "以", "在", "把", "将"];

    /// <summary>Verbs after which a clause's subject begins: 特向社会公布某局……, 请与某市人民政府办公室联系, 现将某省…….</summary>
    private static readonly string[] LeadingVerbs = ["公布", "发布", "印发", "请与", "现将", "特向社会", "向社会"];

    /// <summary>Words ending in 部 that name no ministry (干部, 内部 …).</summary>
    private static readonly string[] NotMinistries = ["干部", "内部", "全部", "局部", "外部", "支部", "总部", "基层", "党部", "本部", "东部", "西部", "南部", "北部", "中部"];

    /// <summary>Words ending in a place word that name no place (辖区, 示范区, 依法治区 …).</summary>
    private static readonly string[] NotPlaces = ["治区", "治市", "治县", "治省", "治镇", "范区", "范市", "范县", "辖区", "社区", "景区", "园区", "片区", "山区", "库区", "城市"];

    /// <summary>How a text names its author without naming it (我局, 本厅, 省政府), and the ending of the full name it stands for.</summary>
    private static readonly (string Word, string Ending)[] SelfDesignations =
    [
        ("我局", "局"), ("本局", "局"), ("我厅", "厅"), ("本厅", "厅"), ("我委", "委员会"), ("本委", "委员会"),
        ("省人民政府", "省人民政府"), ("市人民政府", "市人民政府"), ("区人民政府", "区人民政府"), ("县人民政府", "县人民政府"),
        ("州人民政府", "州人民政府"), ("镇人民政府", "镇人民政府"), ("乡人民政府", "乡人民政府"),
        ("省政府", "省人民政府"), ("市政府", "市人民政府"), ("区政府", "区人民政府"), ("县政府", "县人民政府"), ("州政府", "州人民政府"),
        ("镇政府", "镇人民政府"), ("乡政府", "乡人民政府"),
    ];

    /// <summary>Suffixes that turn an office's name into its website's (司法部官网, 某市人民政府网站).</summary>
    private static readonly string[] SiteSuffixes = ["官方网站", "门户网站", "政府网站", "官网", "网站", "网"];

    /// <summary>
    /// How a text names its own place (我镇, 本市, 我区): the place word after 我 or 本 and the level it gives. 我区 is a
    /// district's, unless the text names an autonomous region (自治区) and none of a district's own bodies.
    /// </summary>
    private static readonly (string Place, AdministrativeLevel Level, SubjectKind Kind)[] OwnPlaces =
    [
        ("街道", AdministrativeLevel.Township, SubjectKind.SubDistrictOffice), ("省", AdministrativeLevel.Province, SubjectKind.Government),
        ("市", AdministrativeLevel.City, SubjectKind.Government), ("州", AdministrativeLevel.City, SubjectKind.Government),
        ("盟", AdministrativeLevel.City, SubjectKind.Government), ("区", AdministrativeLevel.County, SubjectKind.Government),
        ("县", AdministrativeLevel.County, SubjectKind.Government), ("旗", AdministrativeLevel.County, SubjectKind.Government),
        ("镇", AdministrativeLevel.Township, SubjectKind.Government), ("乡", AdministrativeLevel.Township, SubjectKind.Government),
    ];

    /// <summary>
    /// How a department names itself (我局, 本委, 我单位): its level is its government's, which the opening names as the one
    /// it works under (在区委、区政府的领导下); a 厅 is a province's, a 部 the State Council's.
    /// </summary>
    private static readonly (string Office, AdministrativeLevel? Level)[] OwnOffices =
        [("单位", null), ("中心", null), ("局", null), ("委", null), ("办", null), ("厅", AdministrativeLevel.Province), ("部", AdministrativeLevel.National)];

    /// <summary>Marks printed right after a city's name that make it county-level: 某某市（县级）.</summary>
    private static readonly string[] CountyLevelMarks = ["（县级）", "(县级)", "（县级市）", "(县级市)"];

    /// <summary>The words a prefecture's name ends in, before the name of a county-level city it holds (某某州某某市).</summary>
    private static readonly string[] PrefectureWords = ["市", "州", "盟", "地区"];

    /// <summary>Where a subject that is the opening's designation of its author comes from, as its note names it.</summary>
    private const string DesignationSource = "the opening sentence's designation of its author, which names no place";

    /// <summary>Letters after which a place word starts another word (市场, 区域, 县域, 市级 …), not a place.</summary>
    private static readonly string NotPlaceFollowers = "场域级内外属直";

    public static ReportingSubject? Map(ScannedText scanned, ReadOptions options, ReadNotes notes)
    {
        if (options.Subject is { } given)
        {
            return given;
        }

        var header = scanned.Header;
        var prefix = TitlePrefix(scanned) is { } titled && IsOrganisationName(titled.Name) ? titled : ((string Name, SourceSpan Span)?)null;
        (string Name, string Source, SourceSpan? Span)? found =
            NonBlank(header.Issuer) is { } issuer ? (issuer, "the signature", header.IssuerSpan)
            : prefix is { } p ? GovernmentOfPlace(scanned, p.Name, "the title's prefix", p.Span)
            : NonBlank(header.InformationSource) is { } source && !NamesNoBody(source) ? (WithoutSiteSuffix(source), "信息来源", header.InformationSourceSpan)
            : OpeningName(scanned) is { } opening ? (scanned.Slice(opening), "the opening sentence", opening)
            : SelfDesignated(scanned) is { } self ? (scanned.Slice(self.Name), $"the document title that names \"{self.Word}\" in full", self.Name)
            : GivenTitlePrefix(options) is { } fromTitle && IsOrganisationName(fromTitle.Name) ? (fromTitle.Name, fromTitle.Source, null)
            : options.IssuerHint is { } hint ? (hint.Value.Trim(), hint.Source, null)
            : Designation(scanned) is { } designation ? (scanned.Slice(designation), DesignationSource, designation)
            : null;
        if (found is not { } subject)
        {
            return OwnDesignation(scanned) is { } own ? Designated(scanned, own, notes) : null;
        }

        notes.Note(ReadDiagnosticCodes.InferredField, subject.Span, "reporting subject \"" + subject.Name + "\"", "from " + subject.Source);
        var level = SubjectNames.LevelOf(subject.Name);
        if (level == AdministrativeLevel.City && SubjectNames.CityOf(subject.Name) is { } city && IsCountyLevelCity(scanned.Text, city))
        {
            level = AdministrativeLevel.County;
        }

        if (level is null)
        {
            notes.Note(ReadDiagnosticCodes.UnknownSubjectLevel, subject.Span, subject.Name);
        }

        // The opening's designation (区政府, 省教育厅) is printed alike by every such body: it names none in particular.
        var isDesignation = subject.Source == DesignationSource;
        return new ReportingSubject(subject.Name, prefix?.Name ?? subject.Name, level, SubjectNames.KindOf(subject.Name), isDesignation: isDesignation);
    }

    /// <summary>
    /// How the opening designates its author when it names no place (<c>2022年，区政府坚持……</c>, <c>省教育厅坚持……</c>,
    /// <c>区司法局在区委、区政府的领导下……</c>): at the head of a clause, before a predicate, a place word and an office's
    /// ending with at most <see cref="MaxNameLength"/> letters, such as 区司法局. It names the office as the text does; its
    /// place word gives the level. 区委 and 市委 are the Party's committees, not the report's government.
    /// </summary>
    private static SourceSpan? Designation(ScannedText scanned)
    {
        var text = scanned.Text;
        var start = AfterAddressee(text, Math.Min(scanned.Header.ContentStart, text.Length));
        var end = Math.Min(scanned.Header.ContentEnd, Math.Min(text.Length, start + OpeningLength));
        var inTitle = 0;
        for (var p = start; p < end; p++)
        {
            inTitle = text[p] == '《' ? inTitle + 1 : text[p] == '》' ? Math.Max(0, inTitle - 1) : inTitle;
            if (inTitle > 0 || (p > start && IsNameLetter(text[p - 1]) && !LeadsIn(text, start, p)) || !StartsWithDesignationPlace(text, p))
            {
                continue;
            }

            for (var nameEnd = p + 2; nameEnd <= Math.Min(end, p + MaxNameLength) && IsNameLetter(text[nameEnd - 1]); nameEnd++)
            {
                if (EndsInDesignationEnding(text, p, nameEnd) && BeforePredicate(text, nameEnd, end))
                {
                    return SourceSpan.FromBounds(p, nameEnd);
                }
            }
        }

        return null;
    }

    private static bool StartsWithDesignationPlace(string text, int at)
    {
        foreach (var word in DesignationPlaces)
        {
            if (TextChars.At(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInDesignationEnding(string text, int start, int end)
    {
        foreach (var ending in DesignationEndings)
        {
            // 区委 and 市委 are Party committees; 市教委 is a government's commission.
            var minimum = ending == "委" ? 3 : ending.Length + 1;
            if (end - start >= minimum && TextChars.EndsAt(text, end, ending))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The prefix before the year of a title the caller or the container gave (某区 in 某区2020年…报告), without a leading 关于.</summary>
    private static (string Name, string Source)? GivenTitlePrefix(ReadOptions options)
    {
        var (title, source) = options.Title is { } t ? (t, "the title given") : options.TitleHint is { } h ? (h.Value, h.Source) : (null, string.Empty);
        if (title is null)
        {
            return null;
        }

        for (var p = 0; p + 4 < title.Length; p++)
        {
            if (title[p + 4] == '年' && char.IsAsciiDigit(title[p]) && char.IsAsciiDigit(title[p + 1]) && char.IsAsciiDigit(title[p + 2]) && char.IsAsciiDigit(title[p + 3]))
            {
                var prefix = title[..p].Trim();
                prefix = prefix.StartsWith("关于", StringComparison.Ordinal) ? prefix[2..].Trim() : prefix;
                return prefix.Length == 0 ? null : (prefix, source);
            }
        }

        return null;
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// The subject of a text that names its author only as 我镇, 本市 or 我局: the words as printed, with the level they give
    /// (a place's from its place word, a department's from the government the opening says it works under) and a note that
    /// names them. Null when the opening names none, or a department's level is not stated.
    /// </summary>
    private static ReportingSubject Designated(ScannedText scanned, (SourceSpan Name, AdministrativeLevel Level, SubjectKind Kind, string Source) own, ReadNotes notes)
    {
        var name = scanned.Slice(own.Name);
        notes.Note(ReadDiagnosticCodes.InferredField, own.Name, "reporting subject \"" + name + "\"", "from " + own.Source);
        return new ReportingSubject(name, name, own.Level, own.Kind, isDesignation: true);
    }

    /// <summary>
    /// The first 我 or 本 in the opening, outside 《》, that names the text's own place (我镇 → a township, 我市 → a city) or
    /// its own office (我局, 本委, 我单位) whose level the opening states (<see cref="LeadershipLevel"/>).
    /// </summary>
    private static (SourceSpan Name, AdministrativeLevel Level, SubjectKind Kind, string Source)? OwnDesignation(ScannedText scanned)
    {
        var text = scanned.Text;
        var start = AfterAddressee(text, Math.Min(scanned.Header.ContentStart, text.Length));
        var end = Math.Min(scanned.Header.ContentEnd, Math.Min(text.Length, start + OpeningLength));
        var inTitle = 0;
        for (var p = start; p + 1 < end; p++)
        {
            inTitle = text[p] == '《' ? inTitle + 1 : text[p] == '》' ? Math.Max(0, inTitle - 1) : inTitle;
            if (inTitle > 0 || text[p] is not ('我' or '本') || (p > start && text[p - 1] == '自'))
            {
                continue;
            }

            foreach (var (place, level, kind) in OwnPlaces)
            {
                var wordEnd = p + 1 + place.Length;
                if (wordEnd <= end && TextChars.At(text, p + 1, place) && !(wordEnd < text.Length && NotPlaceFollowers.Contains(text[wordEnd], StringComparison.Ordinal)))
                {
                    var own = level == AdministrativeLevel.County && place == "区" && IsAutonomousRegion(text) ? AdministrativeLevel.Province : level;
                    return (SourceSpan.FromBounds(p, wordEnd), own, kind, "the text's designation of its own place, which names no place");
                }
            }

            foreach (var (office, fixedLevel) in OwnOffices)
            {
                var wordEnd = p + 1 + office.Length;
                if (wordEnd > end || !TextChars.At(text, p + 1, office) || (wordEnd < text.Length && IsNameLetter(text[wordEnd]) && !BeforePredicate(text, wordEnd, end)))
                {
                    continue;
                }

                if ((fixedLevel ?? LeadershipLevel(text, start, end)) is { } level)
                {
                    var source = fixedLevel is null ? "the text's designation of its own office, at the level of the government it works under" : "the text's designation of its own office";
                    return (SourceSpan.FromBounds(p, wordEnd), level, SubjectKind.GovernmentDepartment, source);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text marks a city (某某市) as county-level (县级市): it prints the city with a county-level mark
    /// (<c>某某市（县级）</c>, <c>县级市某某市</c>), or together with the prefecture it belongs to, right before its name
    /// (<c>某某州某某市</c>, <c>某某地区某某市</c>, <c>某某市某某市</c>). A city's name alone says nothing of its level: it is
    /// read as a prefecture-level city's, which most 市 are.
    /// </summary>
    private static bool IsCountyLevelCity(string text, string city)
    {
        for (var at = text.IndexOf(city, StringComparison.Ordinal); at >= 0; at = text.IndexOf(city, at + 1, StringComparison.Ordinal))
        {
            var after = at + city.Length;
            if (TextChars.EndsAt(text, at, "县级市") || CountyLevelMarks.Any(mark => TextChars.At(text, after, mark)))
            {
                return true;
            }

            var nameStart = at;
            while (nameStart > 0 && at - nameStart < MaxNameLength && IsNameLetter(text[nameStart - 1]))
            {
                nameStart--;
            }

            var before = text.AsSpan(nameStart, at - nameStart);
            if (EndsInPrefecture(before))
            {
                return true;
            }

            if (after >= text.Length)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Whether a run of letters ends in a prefecture's name: two letters or more, then 市, 州, 盟 or 地区, not a word such as 城市.</summary>
    private static bool EndsInPrefecture(ReadOnlySpan<char> name)
    {
        foreach (var word in NotPlaces)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var word in PrefectureWords)
        {
            // 全市, 本州, 各地区 name the whole of a place, not a prefecture by its name.
            if (name.Length >= word.Length + 2 && name.EndsWith(word, StringComparison.Ordinal) && name[^(word.Length + 1)] is not ('全' or '本' or '我' or '该' or '各' or '每'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The level of the government a department says it works under in the opening (<c>在区委、区政府的坚强领导下</c> → a
    /// county's): the first place word right before 委, 党委, 政府 or 人民政府 in a clause that ends in 领导下.
    /// </summary>
    private static AdministrativeLevel? LeadershipLevel(string text, int start, int end)
    {
        for (var under = text.IndexOf("领导下", start, end - start, StringComparison.Ordinal); under >= 0; under = text.IndexOf("领导下", under + 3, end - under - 3, StringComparison.Ordinal))
        {
            var clause = under;
            while (clause > start && text[clause - 1] is not ('，' or ',' or '。' or '；' or ';') && !TextChars.IsLineBreak(text[clause - 1]))
            {
                clause--;
            }

            for (var p = clause; p < under; p++)
            {
                foreach (var (place, level, _) in OwnPlaces)
                {
                    var after = p + place.Length;
                    if (TextChars.At(text, p, place) && (TextChars.At(text, after, "委") || TextChars.At(text, after, "党委") || TextChars.At(text, after, "政府") || TextChars.At(text, after, "人民政府"))
                        && !(place == "区" && p > 0 && text[p - 1] == '治'))
                    {
                        return level;
                    }
                }
            }

            if (under + 3 >= end)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>Whether a text names an autonomous region (自治区) and none of a district's own bodies (区委, 区政府), so that 我区 is the region.</summary>
    private static bool IsAutonomousRegion(string text)
    {
        if (!text.Contains("自治区", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var body in (ReadOnlySpan<string>)["区委", "区政府", "区人民政府"])
        {
            for (var at = text.IndexOf(body, StringComparison.Ordinal); at >= 0; at = text.IndexOf(body, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || text[at - 1] != '治')
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The title's text before its year, without a leading 关于: 某区 in 某区2020年法治政府建设年度报告.</summary>
    private static (string Name, SourceSpan Span)? TitlePrefix(ScannedText scanned)
    {
        var header = scanned.Header;
        if (header.TitleIssuerSpan is { } named)
        {
            return (scanned.Slice(named), named);
        }

        if (header.TitleSpan is not { } title || header.ReportYearSpan is not { } year || year.Start <= title.Start)
        {
            return null;
        }

        var span = TextSpans.Trim(scanned.Text, title.Start, year.Start);
        if (scanned.Text.AsSpan(span.Start, span.Length).StartsWith("关于", StringComparison.Ordinal))
        {
            span = TextSpans.Trim(scanned.Text, span.Start + 2, span.End);
        }

        return span.IsEmpty ? null : (scanned.Slice(span), span);
    }

    /// <summary>
    /// The first office or place named at the head of a clause in the opening of the content: a run of letters from the
    /// clause's start (or from after a leading verb such as 公布 or 请与) that holds a place word and ends in an office's
    /// ending (人民政府, 局, 委员会 …), such as 某市某区司法局 in <c>2020年，某市某区司法局坚持……</c>; or, right before a
    /// predicate (坚持, 以, 在 …), a place's name (<c>某区以……</c>) or a ministry's (<c>某部坚持……</c>). Names that begin 全,
    /// 我, 本, 各 or 该 name no particular office; names inside 《》 are documents' titles.
    /// </summary>
    private static SourceSpan? OpeningName(ScannedText scanned)
    {
        var text = scanned.Text;
        var start = AfterAddressee(text, Math.Min(scanned.Header.ContentStart, text.Length));
        var end = Math.Min(scanned.Header.ContentEnd, Math.Min(text.Length, start + OpeningLength));
        var clause = start;
        var inTitle = 0;
        for (var p = start; p < end; p++)
        {
            var c = text[p];
            inTitle = c == '《' ? inTitle + 1 : c == '》' ? Math.Max(0, inTitle - 1) : inTitle;
            if (!IsNameLetter(c) || inTitle > 0)
            {
                // A name inside 《》 is a document's title, not the clause's subject.
                clause = p + 1;
                continue;
            }

            var nameEnd = p + 1;
            if (nameEnd - clause > MaxNameLength || text[clause] is '全' or '我' or '本' or '各' or '该')
            {
                clause = LeadingVerbEnd(text, clause, nameEnd);
                continue;
            }

            var name = text.AsSpan(clause, nameEnd - clause);
            foreach (var ending in OfficeEndings)
            {
                if (TextChars.EndsAt(text, nameEnd, ending) && nameEnd - ending.Length > clause && HasPlaceWord(name[..^ending.Length]))
                {
                    return SourceSpan.FromBounds(clause, nameEnd);
                }
            }

            if (BeforePredicate(text, nameEnd, end) && (EndsInPlaceWord(name) || IsMinistry(name)))
            {
                return SourceSpan.FromBounds(clause, nameEnd);
            }

            clause = LeadingVerbEnd(text, clause, nameEnd);
        }

        return null;
    }

    /// <summary>
    /// Where the opening starts after an addressee line (<c>中共某县委员会、某县人民政府：</c>): a report sent up names its
    /// recipients first, and they are not its author. A short first line that ends in a colon is taken for one.
    /// </summary>
    private static int AfterAddressee(string text, int start)
    {
        var p = start;
        while (p < text.Length && (TextChars.IsBlank(text[p]) || TextChars.IsLineBreak(text[p])))
        {
            p++;
        }

        var lineEnd = p;
        while (lineEnd < text.Length && !TextChars.IsLineBreak(text[lineEnd]))
        {
            lineEnd++;
        }

        var last = lineEnd - 1;
        while (last > p && TextChars.IsBlank(text[last]))
        {
            last--;
        }

        return last > p && last - p <= OpeningLength && text[last] is ':' or '：' && text.AsSpan(p, last - p).IndexOfAny('。', '，', ',') < 0 ? lineEnd : start;
    }

    /// <summary>Where a clause's subject starts when a leading verb (公布, 请与 …) ends at <paramref name="at"/>; else the clause's start.</summary>
    private static int LeadingVerbEnd(string text, int clause, int at)
    {
        foreach (var verb in LeadingVerbs)
        {
            if (at - verb.Length >= clause && TextChars.EndsAt(text, at, verb))
            {
                return at;
            }
        }

        return clause;
    }

    /// <summary>Whether a predicate (坚持, 以 …) starts at <paramref name="at"/>.</summary>
    private static bool BeforePredicate(string text, int at, int end)
    {
        foreach (var predicate in Predicates)
        {
            if (at + predicate.Length <= end && TextChars.At(text, at, predicate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is a place's own: two letters or more, then a place word (某区, 某街道), not a word such as 辖区 or 依法治区.</summary>
    private static bool EndsInPlaceWord(ReadOnlySpan<char> name)
    {
        foreach (var word in NotPlaces)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var word in PlaceWords)
        {
            if (name.Length >= word.Length + 2 && name.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name is a ministry's: two to six letters ending in 部, not a word such as 干部 or 内部.</summary>
    private static bool IsMinistry(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 7 || name[^1] != '部')
        {
            return false;
        }

        foreach (var word in NotMinistries)
        {
            if (name.EndsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The people's government of a place that a title's prefix names (某市 in 某市2020年……报告), when the text prints that
    /// government's full name (某市人民政府); else the prefix as it stands.
    /// </summary>
    private static (string Name, string Source, SourceSpan? Span) GovernmentOfPlace(ScannedText scanned, string name, string source, SourceSpan span)
    {
        if (!EndsInPlaceWord(name))
        {
            return (name, source, span);
        }

        var government = name + "人民政府";
        var at = scanned.Text.IndexOf(government, StringComparison.Ordinal);
        return at < 0 ? (name, source, span) : (government, source + " and the government's name the text prints", new SourceSpan(at, government.Length));
    }

    /// <summary>
    /// Whether a name read from 信息来源 or a title's prefix names a body that can write a report: a place's name (某县), an
    /// office's (某县司法局, 某市人民政府, 某某中心), a ministry's (某部), or any name that gives a level. A contributor or a site
    /// (网友投稿, 本站, 本网, 某某网), a column's word (一图读懂, 最新发布) and a self-designation (我局, 本局, read from the
    /// opening instead) name none.
    /// </summary>
    private static bool IsOrganisationName(string name)
    {
        if (name.Length < 2 || name[0] is '我' or '本' || name.AsSpan().IndexOfAny(IssuerStops) >= 0)
        {
            return false;
        }

        foreach (var ending in OrganisationEndings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return IsMinistry(name) || EndsInPlaceWord(name) || SubjectNames.LevelOf(name) is not null;
    }

    /// <summary>
    /// Whether a 信息来源 value names no body at all: the site itself or a self-designation (本站, 本网, 我局: the opening
    /// is read for those instead), a media outlet (<see cref="IsMediaOutlet"/>), a contributor (网友投稿, 作者投稿), or the
    /// words of a reprint (原创, 转载, 综合, 互联网, 佚名).
    /// </summary>
    private static bool NamesNoBody(string source)
    {
        if (source[0] is '我' or '本' || IsMediaOutlet(source))
        {
            return true;
        }

        foreach (var word in NoBodyWords)
        {
            if (source.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // 综合 and 网络 alone say where a text was gathered; inside a name (综合行政执法局, 网络安全) they are an office's words.
        return Array.IndexOf(NoBodyValues, source) >= 0;
    }

    /// <summary>
    /// Whether a 信息来源 value names a media outlet (某某日报, 某某新闻网, 某某县融媒体中心, 某某广播电视台, 新华社) rather
    /// than the body whose text it carries; a government organ's own site (某某县人民政府网, 司法部官网) names that organ.
    /// </summary>
    private static bool IsMediaOutlet(string source)
    {
        foreach (var ending in MediaEndings)
        {
            if (source.EndsWith(ending, StringComparison.Ordinal))
            {
                var office = WithoutSiteSuffix(source);
                return office.Length == source.Length || !(IsMinistry(office) || OfficeEndingOf(office) is not null);
            }
        }

        return false;
    }

    /// <summary>The office behind a website's name (司法部 for 司法部官网); the name as it stands when no office remains.</summary>
    private static string WithoutSiteSuffix(string source)
    {
        foreach (var suffix in SiteSuffixes)
        {
            if (source.Length > suffix.Length + 1 && source.EndsWith(suffix, StringComparison.Ordinal))
            {
                var office = source[..^suffix.Length];
                if (IsMinistry(office) || OfficeEndingOf(office) is not null)
                {
                    return office;
                }
            }
        }

        return source;
    }

    private static string? OfficeEndingOf(string name)
    {
        foreach (var ending in OfficeEndings)
        {
            if (name.Length > ending.Length && name.EndsWith(ending, StringComparison.Ordinal) && HasPlaceWord(name.AsSpan(0, name.Length - ending.Length)))
            {
                return ending;
            }
        }

        return null;
    }

    /// <summary>
    /// The full name behind a self-designation at the head of a clause in the opening (<c>我局坚持……</c>,
    /// <c>现将省政府2021年度……</c>): the first document title in the text (<c>《[年份]某市某局……》</c>) that starts with an
    /// office of that kind, holding a place word, such as 某市某局 in 《某市某局合法性审查事项目录清单》.
    /// </summary>
    private static (string Word, SourceSpan Name)? SelfDesignated(ScannedText scanned)
    {
        var text = scanned.Text;
        var start = AfterAddressee(text, Math.Min(scanned.Header.ContentStart, text.Length));
        var end = Math.Min(scanned.Header.ContentEnd, Math.Min(text.Length, start + OpeningLength));
        for (var p = start; p < end; p++)
        {
            foreach (var (word, ending) in SelfDesignations)
            {
                var wordEnd = p + word.Length;
                if (wordEnd > end || !TextChars.At(text, p, word) || (p > start && IsNameLetter(text[p - 1]) && !LeadsIn(text, start, p)))
                {
                    continue;
                }

                if (!BeforePredicate(text, wordEnd, end) && !(wordEnd < text.Length && TextChars.IsAsciiDigit(text[wordEnd])))
                {
                    continue;
                }

                if (DocumentTitleOffice(scanned, ending) is { } name)
                {
                    return (word, name);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a leading verb (现将, 公布 …) ends right at <paramref name="at"/>.</summary>
    private static bool LeadsIn(string text, int start, int at) => LeadingVerbEnd(text, start, at) == at;

    /// <summary>The first office of the given ending that opens a document title (《…》) in the content, after an optional year.</summary>
    private static SourceSpan? DocumentTitleOffice(ScannedText scanned, string ending)
    {
        var text = scanned.Text;
        var end = Math.Min(scanned.Header.ContentEnd, text.Length);
        for (var open = text.IndexOf('《', Math.Min(scanned.Header.ContentStart, text.Length)); open >= 0 && open < end; open = text.IndexOf('《', open + 1))
        {
            var nameStart = open + 1;
            while (nameStart < end && (TextChars.IsAsciiDigit(text[nameStart]) || text[nameStart] is '年' or '度'))
            {
                nameStart++;
            }

            for (var p = nameStart; p < end && p - nameStart < MaxNameLength && IsNameLetter(text[p]); p++)
            {
                // A document an office writes of itself names it bare (《某局工作要点》); 《某局关于……》 is often another's, sent down.
                if (TextChars.EndsAt(text, p + 1, ending) && p + 1 - ending.Length >= nameStart + 2 && HasPlaceWord(text.AsSpan(nameStart, p + 1 - nameStart)))
                {
                    if (TextChars.At(text, p + 1, "关于"))
                    {
                        break;
                    }

                    return SourceSpan.FromBounds(nameStart, p + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Whether a place word follows a place's own name of at least two letters (某区, not 在区).</summary>
    private static bool HasPlaceWord(ReadOnlySpan<char> text)
    {
        foreach (var word in PlaceWords)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A letter that may stand in an office's name: CJK ideographs only; digits, punctuation and 年 end a clause.</summary>
    private static bool IsNameLetter(char c) => c is >= '\u4E00' and <= '\u9FFF' && c != '年';
}
