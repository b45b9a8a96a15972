using System;
using System.Collections.Generic;
using NodaTime;

namespace RuleOfLaw.Domain.Validation;

/// <summary>One validation run: the rule set, today's date in Beijing time, the calendar, and the issues found so far.</summary>
/// <remarks>Created per call and never shared, so the validator itself stays immutable and thread-safe.</remarks>
internal sealed class ValidationContext
{
    private List<ValidationIssue>? _issues;

    public ValidationContext(RuleSet ruleSet, LocalDate today, IWorkingDayCalendar calendar) =>
        (RuleSet, Today, Calendar) = (ruleSet, today, calendar);

    public RuleSet RuleSet { get; }

    /// <summary>Gets today's date in Beijing time (UTC+8; China has kept no daylight saving time since 1991).</summary>
    public LocalDate Today { get; }

    public IWorkingDayCalendar Calendar { get; }

    public bool IsEnabled(DiagnosticDescriptor descriptor) => RuleSet.IsEnabled(descriptor);

    public void Report(DiagnosticDescriptor descriptor, string path, params ReadOnlySpan<object?> values)
    {
        if (RuleSet.IsEnabled(descriptor))
        {
            (_issues ??= []).Add(descriptor.CreateIssue(RuleSet.SeverityOf(descriptor), path, values));
        }
    }

    public ValidationResult ToResult() => ValidationResult.FromUnsorted(_issues);

    /// <summary>Gets the issues reported so far, in the order they were reported.</summary>
    public IReadOnlyList<ValidationIssue> Issues => _issues ?? (IReadOnlyList<ValidationIssue>)Array.Empty<ValidationIssue>();

    /// <summary>Finds the year of the first date after <paramref name="after"/> up to <paramref name="through"/> the calendar cannot answer.</summary>
    /// <remarks>Never steps past <paramref name="through"/>, so 9999-12-31 is a valid end.</remarks>
    public int FirstUnknownYear(LocalDate after, LocalDate through)
    {
        for (var date = after; date < through;)
        {
            date = date.PlusDays(1);
            if (Calendar.IsWorkingDay(date) == WorkingDayAnswer.Unknown)
            {
                return date.Year;
            }
        }

        return Math.Max(after.Year, through.Year);
    }
}
