namespace RuleOfLaw.Domain.Reports;

/// <summary>What kind of body a report is submitted to (报送对象).</summary>
public enum SubmissionRecipientKind
{
    /// <summary>The Party committee of the same level (同级党委).</summary>
    PartyCommittee = 0,

    /// <summary>The standing committee of the people's congress of the same level (同级人大常委会).</summary>
    PeopleCongressStandingCommittee = 1,

    /// <summary>The government one level up (上一级政府); for a government department, the government it belongs to (本级政府).</summary>
    SuperiorGovernment = 2,

    /// <summary>The department one level up (上一级主管部门).</summary>
    SuperiorDepartment = 3,

    /// <summary>The central rule-of-law office (中央依法治国办).</summary>
    CentralRuleOfLawOffice = 4,

    /// <summary>The Party Central Committee and the State Council (党中央、国务院).</summary>
    PartyCentralCommitteeAndStateCouncil = 5,

    /// <summary>Any other recipient, named in the recipient text.</summary>
    Other = 6,
}
