using System;
using System.IO;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// Scores what <c>rol read</c> exports on the 40 real texts of <c>Corpus/</c> (copied from the team's development corpus,
/// hand-checked gold; format in Corpus/README.md), micro-averaged over all files: outline entries (level and marker
/// position), quantities (position and value, and strictly with unit, qualifier and span), qualifiers other than exact
/// (precision and recall), named rates and shares (found, counts linked, consistency verdict) and the header fields (title,
/// year, issuer, publication date, information source, document date) right, wrong or missing on the texts whose gold
/// states them. How each is matched: <see cref="CorpusScorer"/>. The per-file table goes to the test output. The floors
/// are just under the figures of the first run of each measure, so a change that loses what the reader exports fails here.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    // Outline and value-only quantities: first run 2026-12-02 (outline F1 0.991, quantity F1 0.974); outline raised with
    // the outline shapes of issue 14 (109/109, F1 1.000).
    private const double OutlineFloor = 0.99;

    // Quantities raised with 超, 件次 / 部分 and the session and relative-year exclusions of issue 14 (208/208 of 209, value
    // and strict F1 0.998).
    private const double QuantityFloor = 0.99;

    // Strict quantities and header fields. First run 2026-12-02, before the header work of issue 14: strict quantity F1
    // 0.955; right: title 9/18, year 14/39, issuer 4/27, publication date 2/9, information source 1/4, document date 0/5;
    // no title invented. Raised with the header reading of issue 14 (title 18/18, year 17/39, issuer 9/27, publication
    // date 9/9, information source 4/4, document date 5/5), then with the title's author (issuer 15/27), then with the
    // partial read keeping its inferred year and subject and the opening's clause heads, self-designations (我局 → the
    // office its own documents name) and websites' offices (year 37/39, issuer 27/27). These rules were developed on
    // this corpus, so its figures are a training score; the floors leave room for the unseen texts.
    private const double StrictQuantityFloor = 0.99;

    // Qualifiers other than exact (余, 超, 约, 以上 …), first scored with issue 15: 18/18 of 18.
    private const double QualifierFloor = 0.95;
    // Kind (in the gold's words: share, rate, percent_change, target, money, duration, rank, or none for a count) and the
    // direction of changes, first scored with issue 15: kind right on 207 of 208 value hits (298天 is exported as a
    // duration, the gold counts days), direction 7/7. The floor is 95 %.
    private const double KindFloor = 0.95;
    private const double DirectionFloor = 0.95;
    // Government level per file (national, province, city, county, township; the gold's free text mapped), first scored
    // with issue 15 and the national level: right on 29 of 40 texts; the rest export no level (no subject inferred) or
    // a county-level city as a city. Raised with 州 / 盟, place words inside department words passed over and the
    // opening's designations (区政府, 省教育厅, 区司法局): 36 of 40; then with the text's own names for itself (我镇, 我市, and
    // 我局 at the level of the government it says it works under): 39 of 40. The one left is a county-level city named
    // without its prefecture (文山市, exported as a city); its text names no prefecture.
    private const double LevelFloor = 0.95;
    // Named rates and shares (by the figure's start in the exported syntax.rates), first scored with issue 15 after the one
    // rate vocabulary: 5/5 of 18 (P 1.000, R 0.278), counts linked 0 of 6, verdicts 0 of 6. Raised with unlisted names,
    // shares and counts linked by clause, sentence and section (issue 15): found 18/18 of 18, counts linked 6/6 of 6,
    // verdicts 6/6 of 6. The floors are 0.90 found and 0.90 linked; these rules were developed on this corpus, so
    // its figures are a training score.
    private const double RateFoundPrecisionFloor = 0.95;
    private const double RateFoundRecallFloor = 0.95;
    private const double RateLinkedFloor = 0.95;
    private const double RateVerdictFloor = 0.95;
    // Document kind per file (annual report, statistics, information-disclosure report, other; the gold's free text
    // mapped), first scored with issue 15: right on 40 of 40 texts, all 11 that are not annual reports among them.
    private const double DocumentKindFloor = 0.95;
    private const double TitleFloor = 0.95;
    private const double YearFloor = 0.90;
    private const double IssuerFloor = 0.90;
    private const double PublishedFloor = 0.95;
    private const double SourceFloor = 0.95;
    private const double DocumentDateFloor = 0.95;
    private const int InventedTitleCeiling = 0;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void RolRead_OnEveryCorpusText_ExportsAReadDocumentAndKeepsItsScores()
    {
        var scores = CorpusScorer.ScoreFolder(Folder);
        var table = CorpusScorer.Table(scores);
        output.WriteLine(table);

        Assert.Equal(40, scores.Count);
        Assert.All(scores, s => Assert.True(s.ExitCode is 0 or 1, $"{s.File}: exit {s.ExitCode} {s.Error}"));
        AtLeast("outline F1", CorpusScorer.Sum(scores, s => s.Outline).F1, OutlineFloor, table);
        AtLeast("quantity F1 (position and value)", CorpusScorer.Sum(scores, s => s.Quantities).F1, QuantityFloor, table);
        AtLeast("quantity F1 (and unit, qualifier, span)", CorpusScorer.Sum(scores, s => s.StrictQuantities).F1, StrictQuantityFloor, table);
        AtLeast("qualifier precision", CorpusScorer.Sum(scores, s => s.Qualifiers).Precision, QualifierFloor, table);
        AtLeast("qualifier recall", CorpusScorer.Sum(scores, s => s.Qualifiers).Recall, QualifierFloor, table);
        AtLeast("kind right", CorpusScorer.KindShare(scores), KindFloor, table);
        AtLeast("direction right", CorpusScorer.DirectionShare(scores), DirectionFloor, table);
        AtLeast("government level right", CorpusScorer.Share(HeaderField.Level, scores), LevelFloor, table);
        AtLeast("named rate precision", CorpusScorer.Sum(scores, s => s.Rates.Found).Precision, RateFoundPrecisionFloor, table);
        AtLeast("named rate recall", CorpusScorer.Sum(scores, s => s.Rates.Found).Recall, RateFoundRecallFloor, table);
        AtLeast("counts linked precision", CorpusScorer.Sum(scores, s => s.Rates.Linked).Precision, RateLinkedFloor, table);
        AtLeast("counts linked recall", CorpusScorer.Sum(scores, s => s.Rates.Linked).Recall, RateLinkedFloor, table);
        AtLeast("verdict precision", CorpusScorer.Sum(scores, s => s.Rates.Verdict).Precision, RateVerdictFloor, table);
        AtLeast("verdict recall", CorpusScorer.Sum(scores, s => s.Rates.Verdict).Recall, RateVerdictFloor, table);
        AtLeast("document kind right", CorpusScorer.DocumentKindShare(scores), DocumentKindFloor, table);
        AtLeast("title right", CorpusScorer.Share(HeaderField.Title, scores), TitleFloor, table);
        AtLeast("year right", CorpusScorer.Share(HeaderField.Year, scores), YearFloor, table);
        AtLeast("issuer right", CorpusScorer.Share(HeaderField.Issuer, scores), IssuerFloor, table);
        AtLeast("publication date right", CorpusScorer.Share(HeaderField.Published, scores), PublishedFloor, table);
        AtLeast("information source right", CorpusScorer.Share(HeaderField.InformationSource, scores), SourceFloor, table);
        AtLeast("document date right", CorpusScorer.Share(HeaderField.DocumentDate, scores), DocumentDateFloor, table);
        var invented = CorpusScorer.Count(HeaderField.Title, FieldOutcome.Invented, scores);
        Assert.True(invented <= InventedTitleCeiling, $"{invented} titles exported where the text shows none (ceiling {InventedTitleCeiling})\n{table}");
    }

    private static void AtLeast(string what, double figure, double floor, string table) =>
        Assert.True(figure >= floor, $"{what} {figure:0.000} fell below {floor}\n{table}");
}
