using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// Writes checks as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), by hand: one run of the tool
/// <c>rol</c>, every code of the catalogue (validation findings and reading notes) as a rule, then any document note
/// code the run met, each finding and reading note as a result with its physical location (line and column in UTF-16
/// code units) when the input was text.
/// </summary>
/// <remarks>
/// A finding's place is the span of the element at its path, or of the nearest ancestor the reader located; a JSON
/// input has no text positions, so its results name only the file, and every result names the element path as a
/// logical location. Inputs that could not be read are tool execution notifications, and the invocation is then not
/// successful.
/// </remarks>
internal static class SarifReport
{
    /// <summary>The schema the log declares: the OASIS SARIF 2.1.0 schema.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private const string RulesDocument = "https://github.com/ruleoflaw-domain/RuleOfLaw.Domain/blob/main/docs/rules.md";

    public static void Write(TextWriter output, IReadOnlyList<ReportCheck> checks)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            ruleIndex[descriptor.Code] = ruleIndex.Count;
        }

        // Document notes (ROLDOC, from the documents package) are not in the library's catalogue.
        var noteCodes = checks.SelectMany(c => c.ReadNotes).Select(n => n.Code).Where(code => !ruleIndex.ContainsKey(code)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        foreach (var code in noteCodes)
        {
            ruleIndex.TryAdd(code, ruleIndex.Count);
        }

        using (var json = new JsonOutput(output))
        {
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, noteCodes);
            WriteInvocation(writer, checks);
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("results");
            foreach (var check in checks)
            {
                if (!check.IsChecked)
                {
                    continue;
                }

                var uri = ArtifactUri(check.File);
                for (var i = 0; i < check.Findings.Issues.Length; i++)
                {
                    var issue = check.Findings.Issues[i];
                    WriteResult(writer, issue.Code, ruleIndex[issue.Code], Level(issue.Severity), issue.Message, uri, check.LocationOf(issue), issue.Path);
                }

                foreach (var note in check.ReadNotes)
                {
                    var level = DiagnosticCatalogue.TryDescribe(note.Code, out var descriptor) ? Level(descriptor!.DefaultSeverity) : "note";
                    WriteResult(writer, note.Code, ruleIndex[note.Code], level, note.Message, uri, note.Location, null);
                }

                json.Pass();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }

    /// <summary>Gets the SARIF level of a severity: error, warning or note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Gets the URI of an input as SARIF wants it: a relative reference for a relative path, a file URI for an absolute one.</summary>
    public static string ArtifactUri(string name)
    {
        if (Path.IsPathFullyQualified(name))
        {
            return new Uri(name).AbsoluteUri;
        }

        var segments = name.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<string> noteCodes)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "rol");
        writer.WriteString("fullName", "rol, the RuleOfLaw.Domain command-line tool");
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        writer.WriteString("version", version);
        writer.WriteString("semanticVersion", plus < 0 ? version : version[..plus]);
        writer.WriteString("informationUri", RulesDocument);
        writer.WriteStartArray("rules");
        foreach (var descriptor in DiagnosticCatalogue.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", descriptor.Code);
            writer.WriteString("name", Name(descriptor.Title));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", descriptor.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", descriptor.Summary);
            writer.WriteEndObject();
            writer.WriteString("helpUri", descriptor.HelpLink);
            writer.WriteStartObject("help");
            writer.WriteString("text", descriptor.Summary + " Source: " + descriptor.Source + ".");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(descriptor.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", descriptor.Category == DiagnosticCategory.Reading ? "reading" : "validation");
            writer.WriteString("rule", descriptor.Rule);
            writer.WriteString("scope", descriptor.Scope.ToString());
            writer.WriteString("source", descriptor.Source);
            writer.WriteString("messageTemplate", descriptor.MessageTemplate);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        foreach (var code in noteCodes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", code);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", "Document note " + code + " of the document loader");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", "note");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, IReadOnlyList<ReportCheck> checks)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", checks.All(c => c.IsChecked));
        writer.WriteStartArray("toolExecutionNotifications");
        foreach (var failed in checks.Where(c => !c.IsChecked))
        {
            writer.WriteStartObject();
            writer.WriteString("level", "error");
            writer.WriteStartObject("message");
            writer.WriteString("text", failed.InputError ?? failed.Unbuilt);
            writer.WriteEndObject();
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            WriteArtifact(writer, ArtifactUri(failed.File));
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter writer, string code, int index, string level, string message, string uri, TextLocation? location, string? path)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", code);
        writer.WriteNumber("ruleIndex", index);
        writer.WriteString("level", level);
        writer.WriteStartObject("message");
        writer.WriteString("text", message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, uri);
        if (location is not null)
        {
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", location.Line);
            writer.WriteNumber("startColumn", location.Column);
            writer.WriteNumber("endLine", location.EndLine);
            writer.WriteNumber("endColumn", location.EndColumn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (!string.IsNullOrEmpty(path))
        {
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("fullyQualifiedName", path);
            writer.WriteString("kind", "element");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string uri)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
    }

    private static string Name(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
