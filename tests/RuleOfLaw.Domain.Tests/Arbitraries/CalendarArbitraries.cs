using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>Dates inside and outside the years the China working-day calendar covers (2019–2026).</summary>
public static class CalendarArbitraries
{
    public static readonly LocalDate FirstCovered = new(2019, 1, 1);

    public static readonly LocalDate LastCovered = new(2026, 12, 31);

    /// <summary>Any date from 1 January 2019 to 31 December 2026.</summary>
    public static Gen<LocalDate> CoveredDate =>
        Gen.Choose(0, Period.Between(FirstCovered, LastCovered, PeriodUnits.Days).Days).Select(FirstCovered.PlusDays);

    /// <summary>Dates from 1900 to 2018 and from 2027 to 2200, mostly near the covered years.</summary>
    public static Gen<LocalDate> UncoveredDate =>
        Gen.OneOf(
            Gen.Choose(1, 80_000).Select(days => FirstCovered.PlusDays(-days)),
            Gen.Choose(1, 60_000).Select(LastCovered.PlusDays));

    /// <summary>Working-day counts from 0 to 40, as disclosure limits use.</summary>
    public static Gen<int> WorkingDayCount => Gen.Choose(0, 40);
}
