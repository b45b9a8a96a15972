namespace RuleOfLaw.Domain.Cases;

/// <summary>How the days of a period given by its first and last day are counted, for limits such as "at least 30 days".</summary>
/// <remarks>
/// The national rule set counts as the Civil Code counts periods (<see cref="FirstDayExcluded"/>): 《中华人民共和国民法典》
/// art. 201 — a period counted in days does not count the day it starts, and begins on the next day. A consultation open
/// from 1 to 30 June has therefore run 29 days. Where a province counts both ends, a rule set says so
/// (<see cref="Validation.RuleSet.WithConsultationCounting"/>), and 1 to 30 June is then 30 days.
/// </remarks>
public enum PeriodCounting
{
    /// <summary>The first day is not counted (民法典 art. 201): 1–30 June is 29 days. The national default.</summary>
    FirstDayExcluded = 0,

    /// <summary>Both the first and the last day are counted: 1–30 June is 30 days.</summary>
    BothEndsIncluded = 1,
}
