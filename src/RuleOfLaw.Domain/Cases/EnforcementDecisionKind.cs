namespace RuleOfLaw.Domain.Cases;

/// <summary>What kind of administrative enforcement decision is disclosed (行政执法决定), which fixes its disclosure limit.</summary>
/// <remarks>Source: 国办发〔2018〕118号: licences and penalties within 7 working days, other decisions within 20.</remarks>
public enum EnforcementDecisionKind
{
    /// <summary>An administrative licence (行政许可): disclosed within 7 working days.</summary>
    Licence = 0,

    /// <summary>An administrative penalty (行政处罚): disclosed within 7 working days.</summary>
    Penalty = 1,

    /// <summary>Any other enforcement decision: disclosed within 20 working days.</summary>
    Other = 2,
}
