using System.Collections.Generic;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Cli.Checking;

/// <summary>A note the text reader left about a report: an uncertain heading, an unmapped section, an unclassified number.</summary>
/// <param name="Code">The reader's diagnostic code.</param>
/// <param name="Message">What it noticed.</param>
/// <param name="Start">The UTF-16 offset in the text, or -1.</param>
/// <param name="Length">The span's length.</param>
/// <param name="Location">The span as lines and columns, or <see langword="null"/> when the note has no place.</param>
internal sealed record ReadNote(string Code, string Message, int Start, int Length, TextLocation? Location)
{
    /// <summary>Gets the reader's diagnostic the note was made from, or null for a note of the document layer.</summary>
    public ReadDiagnostic? Diagnostic { get; init; }

    /// <summary>Gets the document layer's note (HTML, Word, PDF, encodings) the note was made from, or null for a reader's note.</summary>
    public Domain.Documents.DocumentNote? DocumentNote { get; init; }

    /// <summary>Gets the message in a language: the diagnostic's or the document note's, or <see cref="Message"/> for a note that has no other.</summary>
    public string GetMessage(Domain.MessageLanguage language) => Diagnostic?.GetMessage(language) ?? DocumentNote?.GetMessage(language) ?? Message;
}

/// <summary>Finds elements of a report in the text it was read from, by path.</summary>
/// <param name="Read">What the reader found, with where each element is.</param>
/// <param name="Lines">The text's lines.</param>
internal sealed record TextLocator(ReportReadResult Read, LineMap Lines)
{
    /// <summary>Gets the location of a finding at a path (<see cref="ReportReadResult.PlaceOf"/>).</summary>
    public TextLocation? Locate(string path) => Read.PlaceOf(path) is { } span ? Lines.Locate(span) : null;
}

/// <summary>Everything <c>rol check</c> found out about one input.</summary>
/// <param name="Name">The input's path, <c>-</c>, or the sample's name.</param>
/// <param name="Report">The report read, or <see langword="null"/> when the input could not be read.</param>
/// <param name="ReadNotes">The text reader's diagnostics (none for JSON).</param>
/// <param name="Rates">Every rate with its verdict.</param>
/// <param name="Findings">The validation findings.</param>
/// <param name="InputError">Why the input could not be read, in one line, or <see langword="null"/>.</param>
/// <param name="Read">What the text reader found, for a text input; null for JSON and unreadable input.</param>
/// <param name="Unbuilt">Why no report could be built from a text that was read, in one line, or <see langword="null"/>.</param>
internal sealed record ReportCheck(
    string Name,
    AnnualReport? Report,
    ImmutableArray<ReadNote> ReadNotes,
    ImmutableArray<RateLine> Rates,
    ValidationResult Findings,
    string? InputError,
    ReportReadResult? Read,
    string? Unbuilt)
{
    private readonly string? _file;

    /// <summary>
    /// Gets why no report came of the input (<see cref="InputError"/>, else <see cref="Unbuilt"/>) without the input's
    /// name those lines start with, for output that names the input already; null when a report was built.
    /// </summary>
    public string? Problem => ProblemIn(Domain.MessageLanguage.English);

    /// <summary>Gets <see cref="InputError"/> or <see cref="Unbuilt"/> in Chinese, or null when the line has English wording only.</summary>
    public string? ChineseWhy { get; init; }

    /// <summary>Gets why no report came of the input, as <see cref="InputError"/> or <see cref="Unbuilt"/> give it, in a language (English where the line has no Chinese wording); null when a report was built.</summary>
    public string? WhyIn(Domain.MessageLanguage language) =>
        language == Domain.MessageLanguage.Chinese && ChineseWhy is { } chinese ? chinese : InputError ?? Unbuilt;

    /// <summary>Gets <see cref="WhyIn"/> without the input's name the line starts with, for output that names the input already.</summary>
    public string? ProblemIn(Domain.MessageLanguage language) =>
        WhyIn(language) is not { } line ? null
            : line.StartsWith(Name + ": ", System.StringComparison.Ordinal) ? line[(Name.Length + 2)..]
            : line.StartsWith(Name + "：", System.StringComparison.Ordinal) ? line[(Name.Length + 1)..]
            : line;

    /// <summary>Gets whether the input was a text that was read but gave too little for a report.</summary>
    public bool IsPartial => !IsChecked && InputError is null;

    /// <summary>Gets the case registers a JSON input held instead of a report, or <see langword="null"/>.</summary>
    public CaseRecords? CaseRecords { get; init; }

    /// <summary>Gets the indicator framework a JSON input held instead of a report, or <see langword="null"/>.</summary>
    public IndicatorFramework? Framework { get; init; }

    /// <summary>Gets whether a document was read and validated: a report, case registers or an indicator framework.</summary>
    public bool IsChecked => Report is not null || CaseRecords is not null || Framework is not null;

    /// <summary>Gets what finds elements in the input's text, or <see langword="null"/> for JSON input.</summary>
    public TextLocator? Locator { get; init; }

    /// <summary>Gets what the file was read as (format and, for text and HTML, the encoding and how it was chosen), or null for JSON, standard input and the built-in sample.</summary>
    public string? ReadAs { get; init; }

    /// <summary>Gets <see cref="ReadAs"/> in Chinese (<c>网页（HTML），GB18030（声明charset=gbk）</c>), or null where <see cref="ReadAs"/> is.</summary>
    public string? ReadAsChinese { get; init; }

    /// <summary>Gets what the file was read as, in a language.</summary>
    public string? ReadAsIn(Domain.MessageLanguage language) =>
        language == Domain.MessageLanguage.Chinese && ReadAsChinese is { } chinese ? chinese : ReadAs;

    /// <summary>Gets the file the input came from: <see cref="Name"/>, except for a record of a JSON Lines file, whose name adds its line.</summary>
    public string File { get => _file ?? Name; init => _file = value; }

    /// <summary>Gets the line of a JSON Lines file the input is on, or null for an input that is a whole file.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// Gets where a finding is in the text: the element at its path or its nearest located ancestor; for a record of a
    /// JSON Lines file, its line; <see langword="null"/> when it has no place (always for a JSON file).
    /// </summary>
    public TextLocation? LocationOf(ValidationIssue issue) =>
        Locator?.Locate(issue.Path)
        ?? (Locations is not null && Locations.TryGetValue(issue.Path, out var place) ? place : null)
        ?? LineLocation;

    /// <summary>
    /// Gets the place of every finding when the input has no text to find paths in but is a record of a JSON Lines file:
    /// its line; null otherwise, and then <see cref="LocationOf"/> tells each finding's place.
    /// </summary>
    public TextLocation? EveryFindingsLocation => Locator is null && Locations is null ? LineLocation : null;

    private TextLocation? LineLocation => Line is { } line ? new TextLocation(line, 1, line + 1, 1) : null;

    /// <summary>
    /// Gets the places of the paths a finding about the input can have, looked up before its text was let go
    /// (<see cref="CompactCheck"/>), or null while <see cref="Locator"/> is kept.
    /// </summary>
    public IReadOnlyDictionary<string, TextLocation?>? Locations { get; init; }

    /// <summary>Gets the number of findings of a severity.</summary>
    public int Count(Severity severity)
    {
        var count = 0;
        foreach (var issue in Findings.Issues)
        {
            if (issue.Severity == severity)
            {
                count++;
            }
        }

        return count;
    }
}
