using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>Maps the named rates onto indicator values; what the model cannot hold is left out with a note.</summary>
internal static class IndicatorValueMapper
{
    public static ImmutableArray<IndicatorValue> Map(ScannedText scanned, ReportYear year, ReadNotes notes)
    {
        var values = ImmutableArray.CreateBuilder<IndicatorValue>(scanned.Rates.Length);
        foreach (var mention in scanned.Rates)
        {
            // An earlier level (较2022年的31.18%下降至10.98%) is not the report year's value.
            if (mention.Kind == RateMentionKind.EarlierLevel || !IndicatorCode.TryParse(mention.Code, out var code) || (code.IsUnlisted && string.IsNullOrWhiteSpace(mention.Name)))
            {
                continue;
            }

            var figureSpan = mention.Figure is { } f ? SourceSpan.FromBounds(f.Start, f.End) : mention.Span;
            var indicator = Validation.DisplayNames.ValueText(code, mention.Name);
            IndicatorScope scope;
            if (mention.Scope is null)
            {
                scope = IndicatorScope.Subject;
            }
            else if (BenchmarkScope(mention.Scope) is { } benchmark)
            {
                scope = benchmark;
            }
            else
            {
                if (notes.Counts(ReadDiagnosticCodes.UnsupportedBenchmarkScope, figureSpan))
                {
                    notes.List(ReadDiagnosticCodes.UnsupportedBenchmarkScope, figureSpan, mention.Scope, indicator);
                }

                continue;
            }

            long? numerator = mention.NumeratorValue;
            long? denominator = mention.DenominatorValue;
            if ((numerator is { } n && denominator is { } d && n > d) || numerator < 0 || denominator < 0)
            {
                if (notes.Counts(ReadDiagnosticCodes.UnsoundRateCounts, mention.Span))
                {
                    notes.List(ReadDiagnosticCodes.UnsoundRateCounts, mention.Span, indicator, numerator, denominator);
                }

                (numerator, denominator) = (null, null);
            }
            else if (mention.MismatchedBase is { } stated && mention.Figure is { } mismatched && mention.Denominator is { } taken)
            {
                // Past the limit a note is only counted: its values (boxed, and two clauses cut from the text) are not made.
                if (ReferenceEquals(stated, taken))
                {
                    if (notes.Counts(ReadDiagnosticCodes.RateCountsMismatch, figureSpan))
                    {
                        notes.List(ReadDiagnosticCodes.RateCountsMismatch, figureSpan, indicator, mismatched.Value, numerator, denominator);
                    }
                }
                else if (notes.Counts(ReadDiagnosticCodes.RateBaseRefitted, figureSpan))
                {
                    notes.List(ReadDiagnosticCodes.RateBaseRefitted, figureSpan, indicator, mismatched.Value, numerator, (long)stated.Value, ClauseOf(scanned.Text, stated), denominator, ClauseOf(scanned.Text, taken));
                }
            }

            PublishedFigure? published = null;
            if (mention.Figure is { } printed)
            {
                if (printed.Value.Scale > PublishedFigure.MaxDecimals || Math.Abs(printed.Value) > PublishedFigure.MaxMagnitude)
                {
                    if (notes.Counts(ReadDiagnosticCodes.UnrepresentableFigure, figureSpan))
                    {
                        notes.List(ReadDiagnosticCodes.UnrepresentableFigure, figureSpan, indicator, printed.Value);
                    }
                }
                else
                {
                    published = PublishedFigure.Of(printed.Value);
                }
            }

            var path = SpanNote.PathOf(null, SpanStep.IndicatorValues, values.Count);
            notes.Span(path, mention.Span);
            if (published is not null && mention.Figure is { } figure)
            {
                notes.Span(path, SpanStep.Published, new SourceSpan(figure.Start, figure.Length));
            }

            if (numerator is not null && mention.Numerator is { } numeratorMatch)
            {
                notes.Span(path, SpanStep.Numerator, new SourceSpan(numeratorMatch.Start, numeratorMatch.Length));
            }

            if (denominator is not null && mention.Denominator is { } denominatorMatch)
            {
                notes.Span(path, SpanStep.Denominator, new SourceSpan(denominatorMatch.Start, denominatorMatch.Length));
            }

            var change = published is not null && mention.Kind == RateMentionKind.Published && mention.Figure is { } level
                ? RateChangeScanner.After(scanned.Text, scanned.Quantities, level.End)
                : null;
            if (change is not null)
            {
                notes.Span(path, SpanStep.Change, change.Span);
            }

            var printedText = mention.Kind == RateMentionKind.AllOf ? scanned.Slice(mention.Span) : null;
            var name = string.IsNullOrWhiteSpace(mention.Name) ? null : mention.Name;

            values.Add(new IndicatorValue(
                code, scope, year, numerator, denominator, null, published, string.IsNullOrWhiteSpace(printedText) ? null : printedText, change?.Change,
                name, mention.ValueKind, numerator is null ? null : mention.NumeratorLink, denominator is null ? null : mention.DenominatorLink));
        }

        return values.DrainToImmutable();
    }

    /// <summary>A count as its clause prints it (审结案件32件), for a note.</summary>
    private static string ClauseOf(string text, QuantityMatch count)
    {
        var start = count.Start;
        while (start > 0 && count.Start - start < 16 && !TextChars.IsClauseEnd(text[start - 1]))
        {
            start--;
        }

        return text[start..count.End].Trim();
    }

    private static IndicatorScope? BenchmarkScope(string scope) => scope switch
    {
        "national" => IndicatorScope.Benchmark("全国", AdministrativeLevel.National),
        "province" => IndicatorScope.Benchmark("全省", AdministrativeLevel.Province),
        "city" => IndicatorScope.Benchmark("全市", AdministrativeLevel.City),
        "district" => IndicatorScope.Benchmark("全区", AdministrativeLevel.County),
        "county" => IndicatorScope.Benchmark("全县", AdministrativeLevel.County),
        _ => null,
    };
}
