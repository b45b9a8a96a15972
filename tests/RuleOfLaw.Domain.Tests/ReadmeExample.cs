using System;
using NodaTime;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Tests;

/// <summary>The README's usage example, compiled and run by <see cref="ReadmeTests"/>.</summary>
public static class ReadmeExample
{
    public static string Run()
    {
        // begin-snippet
        var year = ReportYear.Of(2020);
        LocalDate dueBefore = year.PublicationDueBefore;            // 2021-04-01
        bool onTime = new LocalDate(2021, 1, 5) < dueBefore;        // true

        var correction = Rate.Of(numerator: 2, denominator: 11);    // 行政复议纠错率: 2 of 11 cases
        decimal? exact = correction.ToExactPercent();               // 18.1818…
        decimal? printed = correction.ToPercent(RoundingPolicy.Everyday(1));           // 18.2 (四舍五入)
        decimal? standard = correction.ToPercent(RoundingPolicy.NationalStandard(2));  // 18.18 (GB/T 8170)
        bool noCases = Rate.Of(0, 0).ToPercent(RoundingPolicy.Everyday(1)) is null;    // 0 of 0: not applicable
        Console.WriteLine($"{year}: due before {dueBefore}, on time {onTime}; {correction} = {printed}% ({standard}%, exact {exact}), 0/0 n/a {noCases}");
        // end-snippet
        return FormattableString.Invariant($"{dueBefore:uuuu-MM-dd}|{onTime}|{printed}|{standard}|{noCases}");
    }

    public static string ReadValidateExchange(string publishedText)
    {
        // begin-snippet: pipeline
        ReportReadResult read = ReportTextReader.Read(publishedText);   // never throws
        AnnualReport report = read.Report!;                           // null only when no title and year were found
        SourceSpan? titleAt = read.SpanOf("Title");                     // where each fact came from in the text
        ValidationResult findings = report.Validate(RuleSet.National, SystemClock.Instance);
        foreach (ValidationIssue issue in findings.Issues)
        {
            Console.WriteLine($"{issue.Severity} {issue.Code} {issue.Path}: {issue.Message}");
        }

        string json = RuleOfLawJson.Report.Serialize(report);                  // strict, schema-backed wire format
        AnnualReport again = RuleOfLawJson.Report.Deserialize(json);
        // end-snippet: pipeline
        return FormattableString.Invariant($"{report.Year}|{titleAt?.Slice(publishedText) == report.Title}|{again == report}|{findings.HasErrors}");
    }
}
