using System;

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
    /// <returns>The report it could build (null when the text names no title and year), every quantity, the spans and diagnostics.</returns>
    public static ReportReadResult Read(string? text) => new ReportAssembler(text ?? string.Empty).Assemble();

    /// <summary>Reads a report text given as characters.</summary>
    /// <param name="text">The report's text.</param>
    /// <returns>The same as <see cref="Read(string?)"/> on the text as a string.</returns>
    public static ReportReadResult Read(ReadOnlySpan<char> text) => Read(text.ToString());
}
