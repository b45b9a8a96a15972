using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output.Export;

/// <summary>
/// Flattens checks into the tables of <c>rol export</c>: reports, sections, quantities, rates, findings and spans, joined
/// by <c>report_id</c> (the input's position in the export). Names and types are stable; <c>docs/export.md</c> lists them.
/// Enumerations are written as the wire format writes them (camelCase: <c>county</c>, <c>government</c>).
/// </summary>
internal static class ExportTables
{
    /// <summary>Builds every table from the checks, in input order.</summary>
    public static ImmutableArray<ExportTable> Build(IReadOnlyList<ReportCheck> checks)
    {
        var reports = new ExportTable(
            "reports",
            ("report_id", ColumnType.Int32), ("file", ColumnType.String), ("status", ColumnType.String), ("read_as", ColumnType.String),
            ("subject", ColumnType.String), ("subject_short", ColumnType.String), ("level", ColumnType.String), ("kind", ColumnType.String),
            ("division_code", ColumnType.String), ("region", ColumnType.String), ("year", ColumnType.NullableInt32), ("title", ColumnType.String), ("published_at", ColumnType.String), ("information_source", ColumnType.String),
            ("errors", ColumnType.Int32), ("warnings", ColumnType.Int32), ("infos", ColumnType.Int32), ("reading_notes", ColumnType.Int32),
            ("problem", ColumnType.String));
        var sections = new ExportTable(
            "sections",
            ("report_id", ColumnType.Int32), ("path", ColumnType.String), ("depth", ColumnType.Int32), ("marker", ColumnType.String),
            ("heading", ColumnType.String), ("parts", ColumnType.String), ("quantities", ColumnType.Int32), ("heading_uncertain", ColumnType.Boolean),
            ("span_start", ColumnType.NullableInt32), ("span_length", ColumnType.NullableInt32), ("line", ColumnType.NullableInt32));
        var quantities = new ExportTable(
            "quantities",
            ("report_id", ColumnType.Int32), ("path", ColumnType.String), ("section", ColumnType.String), ("value", ColumnType.NullableDecimal),
            ("unit", ColumnType.String), ("kind", ColumnType.String), ("qualifier", ColumnType.String), ("scale", ColumnType.String),
            ("role", ColumnType.String), ("change_direction", ColumnType.String), ("change_unit", ColumnType.String), ("change_base", ColumnType.String),
            ("signed_value", ColumnType.NullableDecimal), ("printed", ColumnType.String), ("span_start", ColumnType.NullableInt32), ("span_length", ColumnType.NullableInt32), ("line", ColumnType.NullableInt32));
        var rates = new ExportTable(
            "rates",
            ("report_id", ColumnType.Int32), ("path", ColumnType.String), ("indicator", ColumnType.String), ("scope", ColumnType.String),
            ("numerator", ColumnType.NullableInt64), ("denominator", ColumnType.NullableInt64), ("computed_percent", ColumnType.NullableDecimal),
            ("published_percent", ColumnType.NullableDecimal), ("published_text", ColumnType.String), ("verdict", ColumnType.String), ("detail", ColumnType.String),
            ("name", ColumnType.String), ("display_name", ColumnType.String), ("kind", ColumnType.String),
            ("numerator_link", ColumnType.String), ("numerator_span_start", ColumnType.NullableInt32), ("numerator_span_length", ColumnType.NullableInt32),
            ("denominator_link", ColumnType.String), ("denominator_span_start", ColumnType.NullableInt32), ("denominator_span_length", ColumnType.NullableInt32));
        var findings = new ExportTable(
            "findings",
            ("report_id", ColumnType.Int32), ("source", ColumnType.String), ("code", ColumnType.String), ("severity", ColumnType.String),
            ("path", ColumnType.String), ("message", ColumnType.String), ("line", ColumnType.NullableInt32), ("column", ColumnType.NullableInt32),
            ("span_start", ColumnType.NullableInt32), ("span_length", ColumnType.NullableInt32));
        var spans = new ExportTable(
            "spans",
            ("report_id", ColumnType.Int32), ("path", ColumnType.String), ("start", ColumnType.Int32), ("length", ColumnType.Int32), ("line", ColumnType.NullableInt32));

        for (var id = 0; id < checks.Count; id++)
        {
            var check = checks[id];
            var report = check.Report;
            var partial = check.Read?.Partial;
            var subject = report?.Subject ?? partial?.Subject;
            var publication = report?.Publication;
            reports.Add(
                id, check.Name, check.InputError is not null ? "unreadable" : report is null ? "partial" : "report", check.ReadAs,
                subject?.FullName, subject?.ShortName, Wire(subject?.Level), subject is null ? null : Wire(subject.Kind),
                subject?.DivisionCode, subject?.Region,
                report?.Year.Year ?? partial?.Year?.Year, report?.Title ?? partial?.Title,
                publication is null ? null : OffsetDateTimePattern.Rfc3339.Format(publication.PublishedAt), publication?.InformationSource,
                check.Count(Severity.Error), check.Count(Severity.Warning), check.Count(Severity.Info), check.ReadNotes.Length,
                check.Problem);

            var topSections = report?.Sections ?? partial?.Sections ?? ImmutableArray<Section>.Empty;
            foreach (var (section, path, depth) in WithPaths(topSections, "Sections", 1))
            {
                var span = check.Read?.SpanOf(path);
                sections.Add(
                    id, path, depth, section.Marker, section.Heading, section.Parts.IsEmpty ? null : string.Join(",", section.Parts.Select(p => ((int)p).ToString(CultureInfo.InvariantCulture))),
                    section.Quantities.Length, section.IsHeadingBoundaryUncertain, span?.Start, span?.Length, Line(check, span));
                AddQuantities(quantities, id, check, path, section.Quantities);
            }

            AddQuantities(quantities, id, check, null, report?.PreambleQuantities ?? partial?.PreambleQuantities ?? ImmutableArray<Quantity>.Empty);

            foreach (var rate in check.Rates)
            {
                var value = rate.Value;
                var numeratorSpan = check.Read?.SpanOf(rate.Path + ".Numerator");
                var denominatorSpan = check.Read?.SpanOf(rate.Path + ".Denominator");
                rates.Add(
                    id, rate.Path, rate.Indicator.Value, rate.Scope, rate.Numerator, rate.Denominator, rate.ComputedPercent,
                    rate.Published?.Value, rate.Published?.ToString(), Words.English.Verdict(rate.Verdict).ToLowerInvariant(), Words.English.Explain(rate),
                    rate.Name, Words.English.Rate(rate.Indicator, rate.Name), Wire(value?.Kind ?? NationalRates.Find(rate.Indicator)?.Kind),
                    Wire(value?.NumeratorLink), numeratorSpan?.Start, numeratorSpan?.Length,
                    Wire(value?.DenominatorLink), denominatorSpan?.Start, denominatorSpan?.Length);
            }

            foreach (var issue in check.Findings.Issues)
            {
                var span = check.Read?.PlaceOf(issue.Path);
                var location = check.LocationOf(issue);
                findings.Add(id, "validation", issue.Code, Wire(issue.Severity), issue.Path, issue.Message, location?.Line, location?.Column, span?.Start, span?.Length);
            }

            foreach (var note in check.ReadNotes)
            {
                var severity = ReadDiagnosticCodes.TryDescribe(note.Code, out var descriptor) ? Wire(descriptor!.DefaultSeverity) : "info";
                findings.Add(
                    id, "reading", note.Code, severity, null, note.Message, note.Location?.Line, note.Location?.Column,
                    note.Start >= 0 ? note.Start : null, note.Start >= 0 ? note.Length : null);
            }

            foreach (var element in check.Read?.Spans ?? ImmutableArray<ElementSpan>.Empty)
            {
                spans.Add(id, element.Path, element.Span.Start, element.Span.Length, Line(check, element.Span));
            }
        }

        return [reports, sections, quantities, rates, findings, spans];
    }

    private static void AddQuantities(ExportTable table, int id, ReportCheck check, string? sectionPath, ImmutableArray<Quantity> quantities)
    {
        for (var i = 0; i < quantities.Length; i++)
        {
            var quantity = quantities[i];
            var path = sectionPath is null
                ? string.Create(CultureInfo.InvariantCulture, $"PreambleQuantities[{i}]")
                : string.Create(CultureInfo.InvariantCulture, $"{sectionPath}.Quantities[{i}]");
            var span = check.Read?.SpanOf(path);
            table.Add(
                id, path, sectionPath ?? "Preamble", quantity.Value, quantity.Unit, Wire(quantity.Kind), Wire(quantity.Qualifier), Wire(quantity.Scale),
                Wire(quantity.Role), Wire(quantity.Change?.Direction), Wire(quantity.Change?.Unit), quantity.Change?.BasePeriod, quantity.SignedValue,
                quantity.Printed, span?.Start, span?.Length, Line(check, span));
        }
    }

    private static int? Line(ReportCheck check, SourceSpan? span) => span is { } s && check.Locator is { } locator ? locator.Lines.Locate(s).Line : null;

    private static IEnumerable<(Section Section, string Path, int Depth)> WithPaths(ImmutableArray<Section> sections, string prefix, int depth)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]");
            yield return (sections[i], path, depth);
            foreach (var child in WithPaths(sections[i].Children, path + ".Children", depth + 1))
            {
                yield return child;
            }
        }
    }

    /// <summary>An enumeration member as the wire format spells it (camelCase), or null.</summary>
    private static string? Wire<T>(T? value)
        where T : struct, System.Enum =>
        value is { } v ? JsonNamingPolicy.CamelCase.ConvertName(v.ToString()) : null;

    private static string Wire<T>(T value)
        where T : struct, System.Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
