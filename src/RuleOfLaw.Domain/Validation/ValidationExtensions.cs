using System;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Validation as extension methods: <c>report.Validate(RuleSet.National, clock)</c>.</summary>
/// <remarks>Each call builds a <see cref="ReportValidator"/>; to validate many reports, build one and reuse it.</remarks>
public static class ValidationExtensions
{
    /// <summary>Validates a report against a rule set, with a clock for overdue checks.</summary>
    /// <param name="report">The report.</param>
    /// <param name="ruleSet">The rule set, for example <see cref="RuleSet.National"/>.</param>
    /// <param name="clock">The clock that tells today's date.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult Validate(this AnnualReport report, RuleSet ruleSet, IClock clock) =>
        new ReportValidator(ruleSet, clock).Validate(report);

    /// <summary>Validates an indicator framework's level counts against a rule set, with a clock for dated checks.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="ruleSet">The rule set, for example <see cref="RuleSet.National"/>.</param>
    /// <param name="clock">The clock that tells today's date.</param>
    /// <returns>The issues found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult Validate(this IndicatorFramework framework, RuleSet ruleSet, IClock clock) =>
        new ReportValidator(ruleSet, clock).Validate(framework);
}
