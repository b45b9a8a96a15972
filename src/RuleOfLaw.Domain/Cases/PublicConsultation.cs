using System;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Cases;

/// <summary>The public consultation on one major administrative decision (重大行政决策公开征求意见) and its period.</summary>
/// <remarks>
/// Source: 《重大行政决策程序暂行条例》 (国务院令第713号), art. 14: the consultation period is generally at least 30 days;
/// a shorter one must be justified by recorded urgency. <see cref="Period"/> holds the first and the last day the
/// consultation was open; how many days that is depends on the counting rule (<see cref="DaysCounted"/>): under the
/// Civil Code's period rule (民法典 art. 201, the national default) 1 to 30 June is 29 days. Equality compares every property; there is no order.
/// </remarks>
public sealed record PublicConsultation
{
    /// <summary>The fewest days a consultation runs unless urgency is recorded.</summary>
    public const int MinimumDays = 30;

    /// <summary>Creates a consultation.</summary>
    /// <param name="decision">The decision consulted on, as named.</param>
    /// <param name="period">The first and the last day the consultation was open.</param>
    /// <param name="isUrgencyRecorded">Whether a reason of urgency for a shorter period is recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decision"/> is blank.</exception>
    [JsonConstructor]
    public PublicConsultation(string decision, DateInterval period, bool isUrgencyRecorded = false)
    {
        Decision = Guard.NotBlank(decision, nameof(decision));
        Guard.NotNull(period, nameof(period));
        Period = period;
        IsUrgencyRecorded = isUrgencyRecorded;
    }

    /// <summary>Gets the decision consulted on, as named.</summary>
    public string Decision { get; }

    /// <summary>Gets the first and the last day the consultation was open.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets a value indicating whether a reason of urgency for a shorter period is recorded.</summary>
    public bool IsUrgencyRecorded { get; }

    /// <summary>Counts the days the consultation ran under a counting rule.</summary>
    /// <param name="counting">How the days are counted; nationally <see cref="PeriodCounting.FirstDayExcluded"/>.</param>
    /// <returns>The days: one less than the days in <see cref="Period"/> when the first day is not counted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counting"/> is not a defined value.</exception>
    public int DaysCounted(PeriodCounting counting)
    {
        Guard.Defined(counting, nameof(counting));
        return counting == PeriodCounting.FirstDayExcluded ? Period.Length - 1 : Period.Length;
    }

    /// <summary>Writes the members for <c>ToString()</c> in the invariant culture.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RecordText.Members(builder, ("Decision", Decision), ("Period", Period), ("IsUrgencyRecorded", IsUrgencyRecorded));
}
