using System;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>Reads a published annual report's text (法治政府建设年度报告全文) into the report model, tracing every element to its span.</summary>
/// <remarks>
/// <para>
/// The reader finds the header (breadcrumb, title and year, 信息来源, 发布时间 in Beijing time), the numbered outline
/// (<c>一、</c> → <c>（一）</c> → <c>1.</c> → <c>（1）</c> → <c>①</c>, ASCII and full-width forms alike), the part each top
/// section covers and the parts missing, nested or merged, every quantity (Arabic and Chinese numerals, scale words,
/// counter words, qualifiers, percentages and percentage points), the named rates with their figures, benchmarks and
/// the counts stated next to them, and the closing signature. It knows nothing of any particular report.
/// </para>
/// <para>
/// Reading never throws and runs in time linear in the text: hand-written scanners with bounded look-arounds, no
/// regular expressions. What it cannot settle it reports as <see cref="ReadDiagnostic"/>s, such as a heading that
/// runs into its body with no stop (<see cref="ReadDiagnosticCodes.UncertainHeadingBoundary"/>).
/// </para>
/// <para>
/// The reporting subject is inferred from the signature, the title and the information source: its level from the
/// last place word of its name (省, 市, 区/县, 乡/镇/街道) and its kind from the name's ending (人民政府, 局 …). Check it
/// when it matters.
/// </para>
/// </remarks>
public static class ReportTextReader
{
    /// <summary>Reads a report text.</summary>
    /// <param name="text">The report's text as published, in any mix of ASCII and full-width punctuation; null reads as empty.</param>
    /// <returns>The same as <see cref="Read(string?, ReadOptions)"/> with <see cref="ReadOptions.None"/>.</returns>
    public static ReportReadResult Read(string? text) => Read(text, ReadOptions.None);

    /// <summary>Reads a report text with what the caller knows about it.</summary>
    /// <param name="text">The report's text as published; null reads as empty.</param>
    /// <param name="options">Facts that override the text (year, subject, title) and hints from its container.</param>
    /// <returns>The report it could build (null when neither text nor options give a title and a year), what the text says, the spans and diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ReportReadResult Read(string? text, ReadOptions options)
    {
        Guard.NotNull(options, nameof(options));
        return ReportAssembler.Assemble(text ?? string.Empty, options);
    }

    /// <summary>Makes a reporting subject from its full name, as the reader infers one from a signature.</summary>
    /// <param name="fullName">The subject's full name, such as 某市某区人民政府 or 某区司法局.</param>
    /// <returns>The subject, its level from the name's last place word (省, 市, 区/县, 乡/镇/街道) and its kind from the name's ending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fullName"/> is blank.</exception>
    public static ReportingSubject SubjectNamed(string fullName)
    {
        Guard.NotNull(fullName, nameof(fullName));
        var name = fullName.Trim();
        return SubjectNames.Subject(name, name);
    }

    /// <summary>Reads a report text given as characters.</summary>
    /// <param name="text">The report's text.</param>
    /// <returns>The same as <see cref="Read(string?)"/> on the text as a string.</returns>
    public static ReportReadResult Read(ReadOnlySpan<char> text) => Read(text.ToString());
}
