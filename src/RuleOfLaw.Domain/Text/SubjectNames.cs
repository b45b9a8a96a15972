using System;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>What a subject's name says of it: its level from the last place word, its kind from the ending.</summary>
internal static class SubjectNames
{
    private static readonly string[] MunicipalitiesUnderTheCentralGovernment = ["北京市", "上海市", "天津市", "重庆市"];

    /// <summary>A subject whose level and kind are read from its full name.</summary>
    public static ReportingSubject Subject(string fullName, string shortName) => new(fullName, shortName, LevelOf(fullName), KindOf(fullName));

    /// <summary>The level the last place word of a name gives; null when it names none.</summary>
    public static AdministrativeLevel? LevelOf(string name)
    {
        (string Word, AdministrativeLevel Level)[] places =
        [
            ("自治区", AdministrativeLevel.Province), ("省", AdministrativeLevel.Province), ("市", AdministrativeLevel.City),
            ("区", AdministrativeLevel.County), ("县", AdministrativeLevel.County), ("旗", AdministrativeLevel.County),
            ("乡", AdministrativeLevel.Township), ("镇", AdministrativeLevel.Township), ("街道", AdministrativeLevel.Township),
        ];
        var best = -1;
        AdministrativeLevel? level = null;
        foreach (var (word, wordLevel) in places)
        {
            var at = name.LastIndexOf(word, StringComparison.Ordinal);
            if (at > best && !(word == "区" && name.AsSpan(0, at + 1).EndsWith("自治区", StringComparison.Ordinal)) && !(word == "区" && at > 0 && name[at - 1] == '社'))
            {
                best = at;
                level = wordLevel;
            }
        }

        // The four municipalities directly under the central government are provinces, though their names end in 市.
        if (level == AdministrativeLevel.City && best == 2 && name.Length >= 3 && MunicipalitiesUnderTheCentralGovernment.Contains(name[..3], StringComparer.Ordinal))
        {
            return AdministrativeLevel.Province;
        }

        return level ?? (IsNational(name) ? AdministrativeLevel.National : null);
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
