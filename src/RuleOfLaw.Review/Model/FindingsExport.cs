using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RuleOfLaw.Domain.Serialization;

namespace RuleOfLaw.Review.Model;

/// <summary>The findings of every file, as the downloads the page offers: JSON (the library's validation-result format per file) and CSV.</summary>
public static class FindingsExport
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "file,severity,code,path,message,source,start,end";

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"files":[{"file":…,"error":…|"unbuilt":…|"result":&lt;validation result&gt;,"places":[…]}]}</c>: the result as the library writes it (English messages), each place with the finding's Chinese message.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<ReportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("files");
            foreach (var review in reviews)
            {
                writer.WriteStartObject();
                writer.WriteString("file", review.Name);
                if (review.Error is not null)
                {
                    writer.WriteString("error", review.Error);
                }
                else if (review.Unbuilt is not null)
                {
                    writer.WriteString("unbuilt", review.Unbuilt);
                }
                else
                {
                    writer.WritePropertyName("result");
                    writer.WriteRawValue(RuleOfLawJson.ValidationResult.SerializeToUtf8Bytes(review.Result));
                    writer.WriteStartArray("places");
                    foreach (var finding in review.Findings)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("code", finding.Issue.Code);
                        writer.WriteString("path", finding.Issue.Path);
                        writer.WriteString("message", finding.Message);
                        if (finding.Span is { } span)
                        {
                            writer.WriteNumber("start", span.Start);
                            writer.WriteNumber("end", span.End);
                        }
                        else
                        {
                            writer.WriteNull("start");
                            writer.WriteNull("end");
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes one line per finding (RFC 4180 quoting; UTF-8 with BOM so spreadsheet programs read the Chinese): the message and source in Chinese, severity, code and path as data.</summary>
    /// <param name="reviews">The reviews.</param>
    /// <returns>The CSV text, starting with U+FEFF.</returns>
    public static string ToCsv(IEnumerable<ReportReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        var csv = new StringBuilder("\uFEFF").Append(CsvHeader).Append("\r\n");
        foreach (var review in reviews)
        {
            if (review.Error is not null)
            {
                Line(csv, review.Name, "unreadable", string.Empty, string.Empty, review.Error, string.Empty, null);
                continue;
            }

            if (review.Unbuilt is not null)
            {
                Line(csv, review.Name, "unbuilt", string.Empty, string.Empty, review.Unbuilt, string.Empty, null);
                continue;
            }

            foreach (var finding in review.Findings)
            {
                var issue = finding.Issue;
                Line(csv, review.Name, issue.Severity.ToString().ToLowerInvariant(), issue.Code, issue.Path, finding.Message, finding.Source, finding.Span);
            }
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, string file, string severity, string code, string path, string message, string source, Domain.Text.SourceSpan? span)
    {
        csv.Append(Field(file)).Append(',').Append(Field(severity)).Append(',').Append(Field(code)).Append(',')
            .Append(Field(path)).Append(',').Append(Field(message)).Append(',').Append(Field(source)).Append(',')
            .Append(Texts.Number(span?.Start)).Append(',').Append(Texts.Number(span?.End)).Append("\r\n");
    }

    /// <summary>Quotes a field when it holds a comma, a quote or a line break, doubling its quotes; a leading =, +, - or @ gets a ' so spreadsheets do not run it.</summary>
    internal static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
