using System;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>What a subject's name says of it: its level from the last place word, its kind from the ending.</summary>
internal static class SubjectNames
{
    private static readonly string[] MunicipalitiesUnderTheCentralGovernment = ["北京市", "上海市", "天津市", "重庆市"];

    /// <summary>The place words and the level each gives; 自治州 and 自治县 end in 州 and 县, 自治区 is passed over when 区 is looked for.</summary>
    private static readonly (string Word, AdministrativeLevel Level)[] Places =
    [
        ("自治区", AdministrativeLevel.Province), ("省", AdministrativeLevel.Province),
        ("市", AdministrativeLevel.City), ("州", AdministrativeLevel.City), ("盟", AdministrativeLevel.City),
        ("区", AdministrativeLevel.County), ("县", AdministrativeLevel.County), ("旗", AdministrativeLevel.County),
        ("街道", AdministrativeLevel.Township), ("乡", AdministrativeLevel.Township), ("镇", AdministrativeLevel.Township),
    ];

    /// <summary>The levels that have cities, prefectures and leagues under them: a 市 printed after one of these names a county-level city.</summary>
    private static readonly string[] PrefectureWords = ["市", "州", "盟"];

    /// <summary>
    /// Words of a department's own name in which a place word names no place: a district's 市场监督管理局 is the
    /// district's, its 住房和城乡建设局 no township's; 社区, 园区 and the like are parts of a place, not divisions.
    /// </summary>
    private static readonly string[] NotPlaceWords =
        ["市场", "城市管理", "城乡建设", "城乡规划", "城乡融合", "乡村振兴", "社区", "园区", "景区", "辖区", "片区", "区域", "县域", "市级", "县级", "区级", "乡级", "镇级"];

    /// <summary>A subject whose level and kind are read from its full name.</summary>
    public static ReportingSubject Subject(string fullName, string shortName) => new(fullName, shortName, LevelOf(fullName), KindOf(fullName));

    /// <summary>
    /// The level the last place word of a name gives (a department has its government's: 某区司法局 is a county's, 某省教育厅 a
    /// province's); null when it names none. A place word inside a word that names no place (市场, 城乡建设, 社区 …) is
    /// passed over; a 市 after a city's, prefecture's or league's name is a county-level city (某州某市); the four
    /// municipalities directly under the central government are provinces; a central body is national.
    /// </summary>
    public static AdministrativeLevel? LevelOf(string name)
    {
        var (at, level) = LastPlace(name, name.Length);
        if (level == AdministrativeLevel.City && name[at] == '市')
        {
            // The four municipalities directly under the central government are provinces, though their names end in 市.
            if (at == 2 && MunicipalitiesUnderTheCentralGovernment.Contains(name[..3], StringComparer.Ordinal))
            {
                return AdministrativeLevel.Province;
            }

            var (before, beforeLevel) = LastPlace(name, at);
            if (beforeLevel == AdministrativeLevel.City && at - before >= 2 && PrefectureWords.Contains(name.Substring(before, 1), StringComparer.Ordinal)
                && !(before == 2 && MunicipalitiesUnderTheCentralGovernment.Contains(name[..3], StringComparer.Ordinal)))
            {
                return AdministrativeLevel.County;
            }
        }

        return level ?? (IsNational(name) ? AdministrativeLevel.National : null);
    }

    /// <summary>
    /// The city a name's level comes from, through its 市 (某某市 of 某某市司法局 or 某某市人民政府), when the name reads as a
    /// city's and no other place word comes before the city's own name; null otherwise (a province, a county, 某州某市).
    /// </summary>
    public static string? CityOf(string name)
    {
        var (at, level) = LastPlace(name, name.Length);
        if (level != AdministrativeLevel.City || name[at] != '市' || at < 2 || LevelOf(name) != AdministrativeLevel.City)
        {
            return null;
        }

        return LastPlace(name, at).At >= 0 ? null : name[..(at + 1)];
    }

    /// <summary>The start and level of the last place word that ends by <paramref name="end"/> and names a place, or (-1, null).</summary>
    private static (int At, AdministrativeLevel? Level) LastPlace(string name, int end)
    {
        for (var at = end - 1; at >= 0; at--)
        {
            foreach (var (word, level) in Places)
            {
                if (at + word.Length <= end && string.CompareOrdinal(name, at, word, 0, word.Length) == 0 && !IsInsideAnotherWord(name, at, word))
                {
                    return (at, level);
                }
            }
        }

        return (-1, null);
    }

    /// <summary>Whether the place word at an index is part of a word that names no place (市场, 自治区's 区 …).</summary>
    private static bool IsInsideAnotherWord(string name, int at, string word)
    {
        if (word == "区" && at >= 2 && string.CompareOrdinal(name, at - 2, "自治区", 0, 3) == 0)
        {
            return true;
        }

        foreach (var other in NotPlaceWords)
        {
            for (var offset = other.IndexOf(word, StringComparison.Ordinal); offset >= 0; offset = other.IndexOf(word, offset + 1, StringComparison.Ordinal))
            {
                var start = at - offset;
                if (start >= 0 && start + other.Length <= name.Length && string.CompareOrdinal(name, start, other, 0, other.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a name that holds no place word names a central body: the State Council and what starts with 中华人民共和国,
    /// 国家 or 全国, or a ministry, general administration or office (…部, …总局, …总署), which no local body is called.
    /// </summary>
    private static bool IsNational(string name) =>
        name.StartsWith("国务院", StringComparison.Ordinal) || name.StartsWith("中华人民共和国", StringComparison.Ordinal)
        || name.StartsWith("国家", StringComparison.Ordinal) || name.StartsWith("全国", StringComparison.Ordinal)
        || (name.Length >= 2 && (name.EndsWith('部') || name.EndsWith("总局", StringComparison.Ordinal) || name.EndsWith("总署", StringComparison.Ordinal)));

    /// <summary>The kind a name's ending gives; a government when it names none.</summary>
    public static SubjectKind KindOf(string name)
    {
        if (name.Contains("街道办事处", StringComparison.Ordinal))
        {
            return SubjectKind.SubDistrictOffice;
        }

        if (name.Contains("委员会", StringComparison.Ordinal) && name.Contains("政府", StringComparison.Ordinal))
        {
            return SubjectKind.PartyCommitteeAndGovernment;
        }

        if (name.EndsWith("政府", StringComparison.Ordinal))
        {
            return SubjectKind.Government;
        }

        return name.EndsWith('局') || name.EndsWith('部') || name.EndsWith('厅') || name.EndsWith('委') || name.EndsWith('办') || name.EndsWith("办公室", StringComparison.Ordinal) || name.EndsWith("中心", StringComparison.Ordinal)
            ? SubjectKind.GovernmentDepartment
            : SubjectKind.Government;
    }
}
