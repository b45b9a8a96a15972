using System;
using System.IO;
using System.Linq;
using System.Threading;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>
/// Whatever the text reader builds is a valid document of the wire format (#23): every report read from arbitrary
/// code units, random CJK text or a mutated real report serializes and reads back, through the strict reader, equal.
/// </summary>
public sealed class ReaderRoundTripProperties
{
    private static readonly string[] RealTexts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt")
        .Where(path => !path.EndsWith(".cs.txt", StringComparison.Ordinal))
        .Select(File.ReadAllText)
        .ToArray();

    [Fact]
    public void Read_LoneSurrogate_IsReplacedInPlaceWithANote()
    {
        var text = "深圳市某区2020年法治政府建设年度报告\uD9CF\n一、主要举措\n办理案件3件\uDC00。\n某区人民政府";

        var read = ReportTextReader.Read(text, new ReadOptions(year: null, subject: ReportTextReader.SubjectNamed("深圳市某区人民政府")));

        var report = Assert.IsType<RuleOfLaw.Domain.Reports.AnnualReport>(read.Report);
        Assert.Equal("深圳市某区2020年法治政府建设年度报告\uFFFD", report.Title);
        var note = Assert.Single(read.Diagnostics, d => d.Code == ReadDiagnosticCodes.LoneSurrogateReplaced);
        Assert.Equal(new SourceSpan(text.IndexOf('\uD9CF', StringComparison.Ordinal), 1), note.Span);
        Assert.Contains("2 lone surrogate", note.Message, StringComparison.Ordinal);
        Assert.Equal(report, RuleOfLawJson.Report.Deserialize(RuleOfLawJson.Report.Serialize(report)));
    }

    [Fact]
    public void Read_SurrogatePairs_AreKeptWithoutANote()
    {
        var text = "深圳市某区2020年法治政府建设年度报告𠀀😀\n一、主要举措\n办理案件3件。";

        var read = ReportTextReader.Read(text, new ReadOptions(subject: ReportTextReader.SubjectNamed("深圳市某区人民政府")));

        Assert.Equal("深圳市某区2020年法治政府建设年度报告𠀀😀", read.Report!.Title);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == ReadDiagnosticCodes.LoneSurrogateReplaced);
    }

    [Fact]
    public void EveryReportBuilt_FromArbitraryCodeUnitsInARealText_RoundTrips() =>
        CheckRoundTrip(
            from real in Gen.Elements(RealTexts)
            from noise in TextArbitraries.AnyCodeUnits().Generator
            from at in Gen.Choose(0, real.Length)
            select real.Insert(at, noise),
            cases: 400);

    [Fact]
    public void EveryReportBuilt_FromRandomCjkText_RoundTrips() =>
        CheckRoundTrip(
            from head in Gen.Elements("某区2020年法治政府建设年度报告\n", "某市人民政府2019年法治政府建设情况报告\n", string.Empty)
            from body in Gen.OneOf(
                    Gen.Choose(0x4E00, 0x9FFF).Select(i => ((char)i).ToString()),
                    Gen.Choose(0xD800, 0xDFFF).Select(i => ((char)i).ToString()),
                    TextArbitraries.ReportLikeText().Generator.Select(s => s.Length > 12 ? s[..12] : s))
                .ListOf()
                .Select(string.Concat)
            select head + body + "\n某区人民政府",
            cases: 400);

    [Fact]
    public void EveryReportBuilt_FromAMutatedRealText_RoundTrips() =>
        CheckRoundTrip(
            from real in Gen.Elements(RealTexts)
            from mutations in Mutation().ListOf().Select(m => m.Take(6).ToArray())
            select mutations.Aggregate(real, (text, mutate) => mutate(text)),
            cases: 400);

    /// <summary>One edit of a text: insert a fragment or code unit, delete a run, duplicate a run, replace a code unit.</summary>
    private static Gen<Func<string, string>> Mutation() =>
        from kind in Gen.Choose(0, 3)
        from position in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 40)
        from unit in Gen.Choose(0, 0xFFFF).Select(i => (char)i)
        from fragment in TextArbitraries.ReportLikeText().Generator.Select(s => s.Length > 20 ? s[..20] : s)
        select (Func<string, string>)(text =>
        {
            var at = text.Length == 0 ? 0 : position % text.Length;
            var run = Math.Min(length, text.Length - at);
            return kind switch
            {
                0 => text.Insert(at, fragment),
                1 => text.Remove(at, run),
                2 => text.Insert(at, text.Substring(at, run)),
                _ => text.Length == 0 ? unit.ToString() : string.Concat(text.AsSpan(0, at), unit.ToString(), text.AsSpan(at + 1)),
            };
        });

    /// <summary>
    /// A read report holds each body once, in its section: measures, shortcomings and plan items copy no words or
    /// quantities, and what they refer to instead is the text read at their span.
    /// </summary>
    private static void AssertReferencesResolve(string text, ReportReadResult result)
    {
        var report = result.Report!;
        Assert.All(report.Measures, m => Assert.Equal((string.Empty, 0, true), (m.Description, m.Results.Length, m.Section is not null)));
        Assert.All(report.Shortcomings, s => Assert.Equal((string.Empty, 0, true), (s.Description, s.Causes.Length, s.Section is not null)));
        Assert.All(report.Plan?.Items ?? [], i => Assert.Equal((string.Empty, true), (i.Description, i.Section is not null)));
        for (var i = 0; i < report.Shortcomings.Length; i++)
        {
            var shortcoming = report.Shortcomings[i];
            var span = result.SpanOf($"Shortcomings[{i}]")!.Value;
            if (shortcoming.Statement is not null)
            {
                var words = shortcoming.DescriptionIn(report.SectionAt(shortcoming.Section));
                // Lone surrogates are replaced in place, so the lengths agree even where the words do not.
                Assert.Equal(span.Length, words.Length);
                if (!text.Any(char.IsSurrogate))
                {
                    Assert.Equal(text.Substring(span.Start, span.Length), words);
                }
            }
        }

        for (var i = 0; i < (report.Plan?.Items.Length ?? 0); i++)
        {
            var item = report.Plan!.Items[i];
            Assert.Null(item.Target);
            Assert.Equal(item.TargetPath is null, report.TargetOf(item) is null);
            Assert.Equal(item.TargetPath is null ? null : result.SpanOf(item.TargetPath), result.SpanOf($"Plan.Items[{i}].TargetPath"));
        }
    }

    private static void CheckRoundTrip(Gen<string> texts, int cases)
    {
        var built = 0;
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = ReportTextReader.Read(text);
            var report = result.Report;
            if (report is null)
            {
                return;
            }

            Interlocked.Increment(ref built);
            var json = RuleOfLawJson.Report.Serialize(report);
            Assert.Equal(report, RuleOfLawJson.Report.Deserialize(json));
            AssertReferencesResolve(text, result);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true));

        // Not vacuous: most texts of each generator build a report to check.
        Assert.True(built > cases / 4, $"only {built} of {cases} texts built a report");
    }
}
