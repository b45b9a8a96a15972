using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

/// <summary>Validators whose clock stands at noon, Beijing time, on a given day.</summary>
internal static class Validators
{
    public static ReportValidator On(LocalDate today, RuleSet? ruleSet = null) =>
        new(ruleSet ?? RuleSet.National, new FakeClock(today.At(new LocalTime(12, 0)).WithOffset(ChinaTime.Offset).ToInstant()));

    /// <summary>A validator long after every deadline of the years tests use.</summary>
    public static ReportValidator Later(RuleSet? ruleSet = null) => On(new LocalDate(2030, 6, 1), ruleSet);
}
