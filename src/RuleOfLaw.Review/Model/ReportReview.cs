using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>A header field as the page shows it.</summary>
/// <param name="Label">The field's Chinese name.</param>
/// <param name="Value">The value, or "—" when the reader found none.</param>
/// <param name="Inferred">Whether the value has no place in the text: the reader inferred it (or took a default).</param>
/// <param name="Span">Where the text states it, if it does.</param>
public sealed record HeaderRow(string Label, string Value, bool Inferred, SourceSpan? Span);

/// <summary>Whether the outline has one of the five parts, and how.</summary>
public enum PartStatus
{
    /// <summary>A section of its own carries the part.</summary>
    Present,

    /// <summary>The part shares a section with another part.</summary>
    Merged,

    /// <summary>No section carries the part.</summary>
    Missing,
}

/// <summary>One of the five parts of a report, mapped to the outline.</summary>
/// <param name="Part">The part.</param>
/// <param name="Label">Its Chinese name.</param>
/// <param name="Status">Present, merged or missing.</param>
/// <param name="Sections">The headings of the sections that carry it (with their markers).</param>
/// <param name="Finding">The code of the finding that reports the part missing, if validation reported it.</param>
public sealed record PartRow(ReportPart Part, string Label, PartStatus Status, ImmutableArray<string> Sections, string? Finding = null);

/// <summary>One rate the report states, as the rates table shows it.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Name">The indicator's Chinese name (<see cref="DisplayNames.Of(RuleOfLaw.Domain.Indicators.IndicatorValue, RuleOfLaw.Domain.MessageLanguage)"/>): its catalogue name, or the printed name of an unlisted rate.</param>
/// <param name="Scope">本主体 or the benchmark's name.</param>
/// <param name="Numerator">The numerator, if stated.</param>
/// <param name="Denominator">The denominator, if stated.</param>
/// <param name="Computed">The exact percentage rounded to the printed decimals, if both counts are known.</param>
/// <param name="Printed">The printed figure, if any.</param>
/// <param name="Verdict">What <see cref="Domain.Rates.RateCheck"/> found, in Chinese, with the codes of the findings on the rate.</param>
/// <param name="Agreeing">The accepted rounding rules under which the printed figure agrees with the counts (and any rule the rule set does not accept that would).</param>
/// <param name="Explanation">The check's own explanation in Chinese (<see cref="Domain.Rates.RateCheckResult.Explain(Domain.MessageLanguage)"/>); empty when no figure was printed.</param>
/// <param name="IsInconsistent">Whether the check or validation found the rate inconsistent.</param>
/// <param name="Span">Where the text states the rate.</param>
public sealed record RateRow(
    string Indicator,
    string Name,
    string Scope,
    long? Numerator,
    long? Denominator,
    decimal? Computed,
    string? Printed,
    string Verdict,
    string Agreeing,
    string Explanation,
    bool IsInconsistent,
    SourceSpan? Span);

/// <summary>One validation finding, in Chinese, with where it is in the text.</summary>
/// <param name="Issue">The finding as the library returned it.</param>
/// <param name="Title">The rule's Chinese title.</param>
/// <param name="Message">The finding's Chinese message (<see cref="ValidationIssue.GetMessage"/>).</param>
/// <param name="Source">The rule's source in Chinese (the document it comes from).</param>
/// <param name="Span">Where it is in the text, if the path it names has a place there.</param>
/// <param name="MarkId">The id of its mark in the text, if it has one.</param>
/// <param name="Where">The place as line and column, if it has one.</param>
public sealed record FindingRow(ValidationIssue Issue, string Title, string Message, string Source, SourceSpan? Span, int? MarkId, string? Where);

/// <summary>One reading note, in Chinese.</summary>
/// <param name="Note">The note as the reader left it.</param>
/// <param name="Title">The code's Chinese title.</param>
/// <param name="Message">The note's Chinese message (<see cref="ReadDiagnostic.GetMessage"/>).</param>
/// <param name="Span">Where it is in the text, if it has a place.</param>
/// <param name="Where">The place as line and column, if it has one.</param>
public sealed record NoteRow(ReadDiagnostic Note, string Title, string Message, SourceSpan? Span, string? Where);

/// <summary>One note of the document layer (HTML, Word, PDF, encodings): its code, its Chinese title and its Chinese message.</summary>
/// <param name="Code">The code, a constant of <see cref="Domain.Documents.DocumentNoteCodes"/>.</param>
/// <param name="Title">What the note is about, in Chinese (<see cref="Domain.Documents.DocumentDisplayNames.NoteTitle"/>).</param>
/// <param name="Message">The note's message, in Chinese (<see cref="Domain.Documents.DocumentNote.GetMessage"/>).</param>
public sealed record DocumentNoteRow(string Code, string Title, string Message);

/// <summary>Everything the page shows about one file.</summary>
public sealed record ReportReview
{
    /// <summary>Gets the file's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets why the file could not be read, in one line, or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the loader's own line on why the file was refused (in Chinese), when <see cref="Error"/> comes from the document layer.</summary>
    public string? ErrorDetail { get; init; }

    /// <summary>Gets why no report could be built from a text that was read (the reader's ROLT001 note, in Chinese), or <see langword="null"/>.</summary>
    /// <remarks>Such a review shows what was read (<see cref="Header"/>, <see cref="Parts"/>, <see cref="Rates"/>, <see cref="Notes"/>) and has no findings: validation needs a report.</remarks>
    public string? Unbuilt { get; init; }

    /// <summary>Gets whether the file was read but gave too little for a report.</summary>
    public bool IsPartial => Unbuilt is not null;

    /// <summary>Gets what the file was read as, in Chinese (format and, for text and HTML, the encoding), or <see langword="null"/> for JSON.</summary>
    public string? ReadAs { get; init; }

    /// <summary>Gets the document layer's notes (HTML, Word, PDF, encodings).</summary>
    public ImmutableArray<DocumentNoteRow> DocumentNotes { get; init; } = [];

    /// <summary>Gets the reader's result, for a file read as text (built or partial).</summary>
    public ReportReadResult? Read { get; init; }

    /// <summary>Gets whether the file was read as JSON (no text, no places).</summary>
    public bool IsJson { get; init; }

    /// <summary>Gets the text shown with its marks (published text only).</summary>
    public string? Text { get; init; }

    /// <summary>Gets the report read, if any.</summary>
    public AnnualReport? Report { get; init; }

    /// <summary>Gets the header fields.</summary>
    public ImmutableArray<HeaderRow> Header { get; init; } = [];

    /// <summary>Gets the five parts mapped to the outline.</summary>
    public ImmutableArray<PartRow> Parts { get; init; } = [];

    /// <summary>Gets the rates table.</summary>
    public ImmutableArray<RateRow> Rates { get; init; } = [];

    /// <summary>Gets the findings, most severe first.</summary>
    public ImmutableArray<FindingRow> Findings { get; init; } = [];

    /// <summary>Gets the reader's notes.</summary>
    public ImmutableArray<NoteRow> Notes { get; init; } = [];

    /// <summary>Gets every mark in the text.</summary>
    public ImmutableArray<TextMark> Marks { get; init; } = [];

    /// <summary>Gets the text cut into runs by the marks.</summary>
    public ImmutableArray<TextSegment> Segments { get; init; } = [];

    /// <summary>Gets the validation result.</summary>
    public ValidationResult Result { get; init; } = ValidationResult.Empty;

    /// <summary>Gets how long reading and validating took.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Gets the number of findings of a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Result.WithSeverity(severity).Length;

    /// <summary>Gets whether any deadline finding says the report (or a submission of it) was late or is overdue.</summary>
    public bool IsLate
    {
        get
        {
            foreach (var issue in Result.Issues)
            {
                if (Reviewer.LatenessCodes.Contains(issue.Code))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Gets the number of rates validation found inconsistent.</summary>
    public int InconsistentRates
    {
        get
        {
            var count = 0;
            foreach (var rate in Rates)
            {
                count += rate.IsInconsistent ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Finds a mark by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The mark, or <see langword="null"/>.</returns>
    public TextMark? Mark(int id) => id >= 0 && id < Marks.Length ? Marks[id] : null;
}
