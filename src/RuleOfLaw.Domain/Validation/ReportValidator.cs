using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.Collections.Immutable;
using NodaTime;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation.Rules;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Validates reports and case records against a rule set, with a clock for "is it overdue yet" and a working-day calendar.</summary>
/// <remarks>
/// <para>
/// A validator is immutable and thread-safe (given a thread-safe clock and calendar): one instance can validate many
/// reports in parallel. Problems in content are returned as a <see cref="ValidationResult"/>, never thrown.
/// </para>
/// <para>
/// Deadlines are calendar dates in Beijing time (UTC+8): a publication time keeps its own offset and is checked by its
/// local date, and "today" is the clock's instant at +08:00 (<see cref="ChinaTime.Today"/>). The library never reads
/// the system clock: the caller passes <c>SystemClock.Instance</c>, a fake clock in tests, or a clock set to a chosen day. A report that is not yet published before its deadline is
/// not an issue; once the deadline has passed it is overdue.
/// </para>
/// </remarks>
public sealed class ReportValidator
{
    /// <summary>Initializes a new instance of the <see cref="ReportValidator"/> class.</summary>
    /// <param name="ruleSet">The codes to check and their severities.</param>
    /// <param name="clock">The clock that tells today's date, for overdue checks.</param>
    /// <param name="calendar">The working-day calendar; <see cref="ChinaWorkingDayCalendar.Instance"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> or <paramref name="clock"/> is null.</exception>
    public ReportValidator(RuleSet ruleSet, IClock clock, IWorkingDayCalendar? calendar = null)
    {
        Guard.NotNull(ruleSet, nameof(ruleSet));
        Guard.NotNull(clock, nameof(clock));
        RuleSet = ruleSet;
        Clock = clock;
        Calendar = calendar ?? ChinaWorkingDayCalendar.Instance;
    }

    /// <summary>Gets the rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Gets the clock that tells today's date.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the working-day calendar.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>Validates a report: parts (V1), deadlines (V2–V7), shortcomings (V8), title (V9), sign-off (V10) and rates (V11).</summary>
    /// <remarks>
    /// A document that is not an annual report (<see cref="AnnualReport.DocumentKind"/>: statistics, an
    /// information-disclosure report, another document) is checked only against the rules that hold for any document
    /// (V11), and one finding, <see cref="ValidationCodes.NotAnAnnualReport"/> (V16), says that the rules of annual
    /// reports were not applied: no missing part, late publication or submission is reported for it.
    /// </remarks>
    /// <param name="report">The report.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public ValidationResult Validate(AnnualReport report)
    {
        Guard.NotNull(report, nameof(report));
        return Run(report.DocumentKind == DocumentKind.AnnualReport ? RuleRegistry.ReportRules : RuleRegistry.OtherDocumentRules, report);
    }

    /// <summary>Validates an indicator framework: its level counts against those it declares (V15).</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public ValidationResult Validate(IndicatorFramework framework)
    {
        Guard.NotNull(framework, nameof(framework));
        return Run(RuleRegistry.FrameworkRules, framework);
    }

    /// <summary>Validates case records: disclosure limits (V12), answers to recommendations (V13) and consultation periods (V14).</summary>
    /// <param name="records">The records.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public ValidationResult Validate(CaseRecords records)
    {
        Guard.NotNull(records, nameof(records));
        return Run(RuleRegistry.CaseRules, records);
    }

    /// <summary>
    /// Validates a set of reports against each other: duplicates, plan follow-through from each year to the next,
    /// year-over-year jumps, rates far from their peers and rates outside their plausible ranges. Paths start at the
    /// set: <c>Reports[3].Plan.Items[1]</c>. Each report's own rules are not run; call <see cref="Validate(AnnualReport)"/>.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="settings">The thresholds; <see cref="ComparisonSettings.Default"/> when null.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public ValidationResult Validate(ReportSet reports, ComparisonSettings? settings = null)
    {
        Guard.NotNull(reports, nameof(reports));
        var subject = new ReportSetSubject(reports, settings ?? ComparisonSettings.Default);
        return subject.Settings.MaxDegreeOfParallelism == 1 ? Run(RuleRegistry.ReportSetRules, subject) : RunInParallel(RuleRegistry.ReportSetRules, subject);
    }

    /// <summary>
    /// Runs the rules over a set on several threads: each rule on its own, and each rule of series on shares of the
    /// series. Every piece of work reports into its own context; the pieces are put together in the order one thread
    /// runs them (rule by rule, series by series), so the result is the same as <see cref="Run{T}"/>'s.
    /// </summary>
    private ValidationResult RunInParallel(ImmutableArray<IValidationRule<ReportSetSubject>> rules, ReportSetSubject subject)
    {
        var parallelism = subject.Settings.MaxDegreeOfParallelism;
        var series = subject.Set.Series;
        var shares = Math.Min(series.Length, parallelism * 4);
        var work = new List<(IValidationRule<ReportSetSubject> Rule, ReportSetSubject Subject)>();
        foreach (var rule in rules)
        {
            if (!rule.IsEnabledIn(RuleSet))
            {
                continue;
            }

            if (rule is not ISeriesRule || shares < 2)
            {
                work.Add((rule, subject));
                continue;
            }

            for (var share = 0; share < shares; share++)
            {
                var start = (int)((long)series.Length * share / shares);
                var end = (int)((long)series.Length * (share + 1) / shares);
                work.Add((rule, subject with { Series = ImmutableArray.Create(series, start, end - start) }));
            }
        }

        var today = ChinaTime.Today(Clock);
        var found = new ImmutableArray<ValidationIssue>[work.Count];
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var context = new ValidationContext(RuleSet, today, Calendar);
            work[i].Rule.Check(work[i].Subject, context);
            found[i] = context.ToResult().Issues;
        });

        // Each piece is sorted on its worker; merging them in order sorts the whole as one thread's run would.
        return ValidationResult.Merge(found);
    }

    private ValidationResult Run<T>(ImmutableArray<IValidationRule<T>> rules, T subject)
    {
        var context = new ValidationContext(RuleSet, ChinaTime.Today(Clock), Calendar);
        foreach (var rule in rules)
        {
            if (rule.IsEnabledIn(RuleSet))
            {
                rule.Check(subject, context);
            }
        }

        return context.ToResult();
    }
}
