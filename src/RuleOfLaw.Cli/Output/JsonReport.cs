using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Comparison;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// Writes checks as one JSON document: each input with its rates, findings and reading notes, and a summary. In full
/// (one input, or a batch with <c>--full-reports</c>) each report is in the package's wire format, and a partial read,
/// case registers or a framework as its document; otherwise a report is named by its title, subject and year, a
/// partial read by what it lacked, and another document by what it holds.
/// </summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<ReportCheck> checks, IReadOnlyList<PooledRate> pooled, bool full)
    {
        using (var json = new JsonOutput(output))
        {
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteStartArray("reports");
            foreach (var check in checks)
            {
                WriteCheck(writer, check, full);
                json.Pass();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("reports", checks.Count);
            writer.WriteNumber("unreadable", Count(checks, c => c.InputError is not null));
            writer.WriteNumber("partial", Count(checks, c => c.IsPartial));
            writer.WriteNumber("errors", Sum(checks, Severity.Error));
            writer.WriteNumber("warnings", Sum(checks, Severity.Warning));
            writer.WriteStartArray("pooledRates");
            foreach (var pool in pooled)
            {
                writer.WriteStartObject();
                writer.WriteString("indicator", pool.Indicator.Value);
                writer.WriteString("name", pool.Name);
                writer.WriteNumber("year", pool.Year.Year);
                writer.WriteString("level", JsonNamingPolicy.CamelCase.ConvertName(pool.Level.ToString()));
                writer.WriteString("region", pool.Region);
                writer.WriteNumber("numerator", pool.Rate.Numerator);
                writer.WriteNumber("denominator", pool.Rate.Denominator);
                WriteNullable(writer, "percent", pool.Percent);
                writer.WriteNumber("reports", pool.Units);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
    }

    private static void WriteCheck(Utf8JsonWriter writer, ReportCheck check, bool full)
    {
        writer.WriteStartObject();
        writer.WriteString("source", check.Name);
        if (check.ReadAs is { } readAs)
        {
            writer.WriteString("readAs", readAs);
        }

        if (check.CaseRecords is { } records)
        {
            if (full)
            {
                writer.WritePropertyName("caseRecords");
                writer.WriteRawValue(RuleOfLawJson.CaseRecords.Serialize(records), skipInputValidation: true);
            }
            else
            {
                writer.WriteString("holds", "caseRecords");
            }

            WriteFindings(writer, check);
            writer.WriteEndObject();
            return;
        }

        if (check.Framework is { } framework)
        {
            if (full)
            {
                writer.WritePropertyName("framework");
                writer.WriteRawValue(RuleOfLawJson.Framework.Serialize(framework), skipInputValidation: true);
            }
            else
            {
                writer.WriteString("holds", "framework");
            }

            WriteFindings(writer, check);
            writer.WriteEndObject();
            return;
        }

        if (check.Report is not { } report)
        {
            if (check.InputError is null)
            {
                writer.WriteString("unbuilt", check.Unbuilt);
                if (full && check.Read is { } read)
                {
                    writer.WritePropertyName("read");
                    writer.WriteRawValue(RuleOfLawJson.ReadDocument.Serialize(read), skipInputValidation: true);
                }
            }
            else
            {
                writer.WriteString("inputError", check.InputError);
            }

            writer.WriteEndObject();
            return;
        }

        if (full)
        {
            writer.WritePropertyName("report");
            writer.WriteRawValue(RuleOfLawJson.Report.Serialize(report), skipInputValidation: true);
        }
        else
        {
            writer.WriteString("title", report.Title);
            writer.WriteString("subject", report.Subject.FullName);
            writer.WriteNumber("year", report.Year.Year);
        }

        writer.WriteStartArray("rates");
        foreach (var rate in check.Rates)
        {
            writer.WriteStartObject();
            writer.WriteString("indicator", rate.Indicator.Value);
            writer.WriteString("name", rate.Name);
            writer.WriteString("scope", rate.Scope);
            WriteNullable(writer, "numerator", rate.Numerator);
            WriteNullable(writer, "denominator", rate.Denominator);
            WriteNullable(writer, "computedPercent", rate.ComputedPercent);
            WriteNullable(writer, "publishedPercent", rate.Published?.Value);
            writer.WriteString("verdict", Words.English.Verdict(rate.Verdict).ToLowerInvariant());
            writer.WriteString("detail", Words.English.Explain(rate));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteFindings(writer, check);
        writer.WriteStartArray("readNotes");
        foreach (var note in check.ReadNotes)
        {
            writer.WriteStartObject();
            writer.WriteString("code", note.Code);
            writer.WriteString("message", note.Message);
            writer.WriteNumber("start", note.Start);
            writer.WriteNumber("length", note.Length);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter writer, ReportCheck check)
    {
        writer.WriteStartArray("findings");
        foreach (var issue in check.Findings.Issues)
        {
            writer.WriteStartObject();
            writer.WriteString("code", issue.Code);
            writer.WriteString("severity", Words.English.Severity(issue.Severity));
            writer.WriteString("path", issue.Path);
            writer.WriteString("message", issue.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static int Count(IReadOnlyList<ReportCheck> checks, System.Func<ReportCheck, bool> predicate)
    {
        var count = 0;
        foreach (var check in checks)
        {
            count += predicate(check) ? 1 : 0;
        }

        return count;
    }

    private static int Sum(IReadOnlyList<ReportCheck> checks, Severity severity)
    {
        var sum = 0;
        foreach (var check in checks)
        {
            sum += check.Count(severity);
        }

        return sum;
    }
}
