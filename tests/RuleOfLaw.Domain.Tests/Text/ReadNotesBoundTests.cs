using System;
using System.Linq;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>A read lists at most 100 notes of one code and counts the rest in one ROLT019 note (issue #21).</summary>
public sealed class ReadNotesBoundTests
{
    // A heading that runs into its body with no stop: one ROLT002 note each.
    private const string UncertainHeading = "1.推进政府法律顾问改革强化对全区重大行政决策合法性审查工作召开会议研究部署落实各项任务要求确保取得实效推进\n";

    [Theory]
    [InlineData(99)]
    [InlineData(100)]
    public void Read_AtMostAHundredNotesOfACode_ListsEachAndNoSummary(int headings)
    {
        var result = ReportTextReader.Read(string.Concat(Enumerable.Repeat(UncertainHeading, headings)));

        Assert.Equal(headings, result.Diagnostics.Count(d => d.Code == ReadDiagnosticCodes.UncertainHeadingBoundary));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.NotesSummarised);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(5000)]
    public void Read_MoreThanAHundredNotesOfACode_ListsTheFirstHundredAndCountsTheRestInOneNote(int headings)
    {
        var text = string.Concat(Enumerable.Repeat(UncertainHeading, headings));

        var result = ReportTextReader.Read(text);

        var listed = result.Diagnostics.Where(d => d.Code == ReadDiagnosticCodes.UncertainHeadingBoundary).ToArray();
        Assert.Equal(100, listed.Length);
        var summary = Assert.Single(result.Diagnostics, d => d.Code == ReadDiagnosticCodes.NotesSummarised && d.Values.Any(v => v.Name == "code" && v.Value == ReadDiagnosticCodes.UncertainHeadingBoundary));
        Assert.Equal((headings - 100).ToString(System.Globalization.CultureInfo.InvariantCulture), summary.Values.Single(v => v.Name == "omitted").Value);
        Assert.Equal("100", summary.Values.Single(v => v.Name == "limit").Value);
        Assert.Contains(ReadDiagnosticCodes.UncertainHeadingBoundary, summary.Message, StringComparison.Ordinal);

        // Placed where the first left out is: after every listed one, at the 101st heading's title.
        var titleOf101st = text.IndexOf('推', UncertainHeading.Length * 100);
        Assert.Equal(titleOf101st, summary.Span?.Start);
        Assert.All(listed, d => Assert.True(d.Span?.Start < summary.Span?.Start));

        // What the notes concern is still all there.
        Assert.Equal(headings, result.Syntax.Outline.Length);
        Assert.Equal(headings, result.Syntax.Outline.Count(h => h.IsTitleBoundaryUncertain));
    }

    [Fact]
    public void Read_ManyNotesOfTwoCodes_SummarisesEachCodeOnce()
    {
        // Each heading names no part (ROLT003) and runs into its body (ROLT002).
        var result = ReportTextReader.Read(string.Concat(Enumerable.Repeat(UncertainHeading, 250)));

        var summaries = result.Diagnostics.Where(d => d.Code == ReadDiagnosticCodes.NotesSummarised).Select(d => d.Values.Single(v => v.Name == "code").Value).ToArray();
        Assert.Equal([ReadDiagnosticCodes.UncertainHeadingBoundary, ReadDiagnosticCodes.UnmappedSection], summaries.Order(StringComparer.Ordinal));
        Assert.Equal(100, result.Diagnostics.Count(d => d.Code == ReadDiagnosticCodes.UnmappedSection));
    }
}
