using NodaTime;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>What the reviewer chose: the rule set and the day the deadline rules take as "today".</summary>
/// <param name="RuleSet">The rule set to validate against.</param>
/// <param name="Today">The Beijing date taken as today.</param>
public sealed record ReviewOptions(RuleSetChoice RuleSet, LocalDate Today)
{
    /// <summary>Gets the validator these options describe.</summary>
    public ReportValidator CreateValidator() => new(RuleSet.RuleSet, new FixedDayClock(Today));

    /// <summary>Today's date in Beijing by the given clock.</summary>
    /// <param name="clock">The clock to read.</param>
    /// <returns>The date.</returns>
    public static LocalDate BeijingToday(IClock clock)
    {
        return ChinaTime.Today(clock);
    }

    /// <summary>A clock that always reads noon of one Beijing date.</summary>
    private sealed class FixedDayClock(LocalDate day) : IClock
    {
        private readonly Instant _noon = day.At(new LocalTime(12, 0)).WithOffset(ChinaTime.Offset).ToInstant();

        public Instant GetCurrentInstant() => _noon;
    }
}
