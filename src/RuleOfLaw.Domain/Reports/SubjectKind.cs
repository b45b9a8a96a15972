namespace RuleOfLaw.Domain.Reports;

/// <summary>What kind of body writes a report (报告主体类型).</summary>
public enum SubjectKind
{
    /// <summary>A people's government (人民政府).</summary>
    Government = 0,

    /// <summary>A department of a government (政府部门).</summary>
    GovernmentDepartment = 1,

    /// <summary>A Party committee and government reporting together (党委和政府).</summary>
    PartyCommitteeAndGovernment = 2,

    /// <summary>A sub-district office (街道办事处).</summary>
    SubDistrictOffice = 3,
}
