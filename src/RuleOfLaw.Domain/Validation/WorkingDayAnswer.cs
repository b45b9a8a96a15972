namespace RuleOfLaw.Domain.Validation;

/// <summary>Whether a date is a working day, as far as a working-day calendar knows.</summary>
/// <remarks>The default is <see cref="Unknown"/>: a calendar without data for a year never guesses.</remarks>
public enum WorkingDayAnswer
{
    /// <summary>The calendar has no data for the date's year.</summary>
    Unknown = 0,

    /// <summary>The date is a working day: a weekday that is no public holiday, or a weekend day worked in exchange (调休上班).</summary>
    Yes = 1,

    /// <summary>The date is not a working day: a public holiday, or a weekend day not worked in exchange.</summary>
    No = 2,
}
