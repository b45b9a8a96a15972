using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace RuleOfLaw.Cli.Tests;

/// <summary>How one header field of one text was exported, against its gold.</summary>
internal enum FieldOutcome
{
    /// <summary>The gold states no value and none was exported.</summary>
    NotStated,

    /// <summary>The exported value is the gold's.</summary>
    Right,

    /// <summary>A value was exported, but not the gold's.</summary>
    Wrong,

    /// <summary>The gold states a value and none was exported.</summary>
    Missing,

    /// <summary>The gold states no value, yet one was exported.</summary>
    Invented,
}

/// <summary>Hits, exported entries and gold entries of one list, with micro precision, recall and F1.</summary>
internal readonly record struct Counts(int Hit, int Found, int Gold)
{
    public double Precision => Found == 0 ? 0 : (double)Hit / Found;

    public double Recall => Gold == 0 ? 0 : (double)Hit / Gold;

    public double F1 => Hit == 0 ? 0 : 2.0 * Hit / (Found + Gold);

    public static Counts operator +(Counts a, Counts b) => new(a.Hit + b.Hit, a.Found + b.Found, a.Gold + b.Gold);

    public string Fraction => string.Create(CultureInfo.InvariantCulture, $"{Hit}/{Found} of {Gold}");

    public string Figures => string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000}");
}

/// <summary>The header fields scored: each has a gold key and a way to read the exported value.</summary>
internal enum HeaderField
{
    Title,
    Year,
    Issuer,
    Published,
    InformationSource,
    DocumentDate,
    Level,
}

/// <summary>The scores of one corpus text.</summary>
internal sealed record FileScore(
    string File,
    int ExitCode,
    string? Error,
    Counts Outline,
    Counts Quantities,
    Counts StrictQuantities,
    int UnitAgrees,
    int QualifierAgrees,
    int SpanAgrees,
    int KindAgrees,
    int DirectionAgrees,
    int DirectionGold,
    Counts Qualifiers,
    IReadOnlyDictionary<HeaderField, FieldOutcome> Header,
    IReadOnlyDictionary<HeaderField, string?> Exported,
    RateScore Rates = default,
    string? DocumentKindGold = null,
    string? DocumentKindExported = null);

/// <summary>
/// The named rates and shares of one file: found (an exported rate whose figure starts where a gold entry's does, each gold
/// entry matched once), counts linked (of the gold entries with both counts: an exported rate at that figure with the same
/// numerator and denominator; found counts exported rates with both counts) and the consistency verdict (of the gold entries
/// with <c>consistent_with_stated_counts</c>: the exported <c>isConsistent</c> at that figure says the same).
/// </summary>
internal readonly record struct RateScore(Counts Found, Counts Linked, Counts Verdict);

/// <summary>
/// Scores what <c>rol read</c> prints for every text of the corpus folder against its gold (format in Corpus/README.md).
/// </summary>
/// <remarks>
/// <para>
/// Outline: an exported heading is a hit when its level and marker start are a gold heading's. Quantities: an exported
/// quantity at a required gold quantity's start is a hit when its value is the gold's (value-only), and a strict hit when
/// its unit, qualifier and whole span (start and length) agree too; optional gold quantities are neither credited nor
/// penalised. Offsets in the gold are code points and are turned into UTF-16 indices here.
/// </para>
/// <para>
/// Qualifiers other than exact: of the required gold quantities whose qualifier is not exact (the gold's <c>below</c>,
/// 以下, is at most), how many were exported at their start with the right value and that qualifier (recall), and of the
/// value hits exported with a qualifier other than exact, how many carry the gold's (precision).
/// </para>
/// <para>
/// Header fields, as the read document exports them: the title (<c>syntax.title</c>, blanks ignored), the year
/// (<c>report.year</c>, else <c>partial.year</c>, else <c>syntax.year</c>), the issuer (<c>report.subject.fullName</c>,
/// else <c>partial.subject.fullName</c>, else the signature's issuer, else the information source), the publication date (<c>syntax.publishedAt</c>, its date), the information
/// source (<c>syntax.informationSource</c>) and the document date (<c>syntax.documentDate</c>, else
/// <c>syntax.signedOn</c>). A field is scored on the texts whose gold states it. The issuer counts as stated when the
/// text prints the gold issuer's name, or the end of it after a place word that still names a place
/// (<c>江海区司法局</c> for <c>江门市江海区司法局</c>, not <c>区司法局</c>); an exported issuer is right when one of the two names ends with the other.
/// </para>
/// </remarks>
internal static class CorpusScorer
{
    private const string PlaceChars = "省市区县州旗乡镇";

    private static readonly SearchValues<char> Places = SearchValues.Create(PlaceChars);

    public static IReadOnlyList<FileScore> ScoreFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal).Select(ScoreFile)];

    public static FileScore ScoreFile(string path)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")));
        var text = File.ReadAllText(path);
        var run = CliRunner.Run("read", path);
        var name = Path.GetFileName(path);
        var g = gold.RootElement;
        if (run.ExitCode is not (0 or 1))
        {
            var outlineGold = g.GetProperty("outline").GetArrayLength();
            var required = g.GetProperty("quantities").EnumerateArray().Count(q => !IsOptional(q));
            var header = Enum.GetValues<HeaderField>().ToDictionary(f => f, f => GoldValue(f, g, text) is null ? FieldOutcome.NotStated : FieldOutcome.Missing);
            return new FileScore(name, run.ExitCode, run.Error.Trim(), new(0, 0, outlineGold), new(0, 0, required), new(0, 0, required), 0, 0, 0, 0, 0, 0, new(0, 0, GoldQualified(g)), header, new Dictionary<HeaderField, string?>(),
                DocumentKindGold: GoldDocumentKind(String(g, "document_kind")));
        }

        using var read = JsonDocument.Parse(run.Output);
        var root = read.RootElement;
        var syntax = root.GetProperty("syntax");

        var goldOutline = g.GetProperty("outline").EnumerateArray()
            .Select(e => (Level: e.GetProperty("level").GetInt32(), Start: CodePointToUtf16(text, e.GetProperty("start").GetInt32()))).ToHashSet();
        var foundOutline = Flatten(syntax.GetProperty("outline"))
            .Select(e => (Level: e.GetProperty("level").GetInt32(), Start: e.GetProperty("markerSpan").GetProperty("start").GetInt32())).ToHashSet();
        var outline = new Counts(foundOutline.Count(goldOutline.Contains), foundOutline.Count, goldOutline.Count);

        var requiredByStart = new Dictionary<int, JsonElement>();
        var optional = new HashSet<int>();
        foreach (var q in g.GetProperty("quantities").EnumerateArray())
        {
            var start = CodePointToUtf16(text, q.GetProperty("start").GetInt32());
            if (IsOptional(q))
            {
                optional.Add(start);
            }
            else
            {
                requiredByStart[start] = q;
            }
        }

        int hit = 0, strict = 0, found = 0, unitAgrees = 0, qualifierAgrees = 0, spanAgrees = 0, qualifiedHit = 0, qualifiedFound = 0;
        int kindAgrees = 0, directionAgrees = 0, directionGold = 0;
        foreach (var q in syntax.GetProperty("quantities").EnumerateArray())
        {
            var span = q.GetProperty("span");
            var start = span.GetProperty("start").GetInt32();
            var quantity = q.GetProperty("quantity");
            if (requiredByStart.TryGetValue(start, out var expected))
            {
                found++;
                if (expected.GetProperty("value").GetDecimal() != quantity.GetProperty("value").GetDecimal())
                {
                    continue;
                }

                hit++;
                var unit = string.Equals(GoldUnit(expected), ExportedUnit(quantity), StringComparison.Ordinal);
                var exportedQualifier = quantity.GetProperty("qualifier").GetString();
                var qualifier = string.Equals(GoldQualifier(expected), exportedQualifier, StringComparison.Ordinal);
                qualifiedFound += exportedQualifier == "exact" ? 0 : 1;
                qualifiedHit += qualifier && exportedQualifier != "exact" ? 1 : 0;
                var length = span.GetProperty("length").GetInt32() == expected.GetProperty("text").GetString()!.Length;
                unitAgrees += unit ? 1 : 0;
                qualifierAgrees += qualifier ? 1 : 0;
                spanAgrees += length ? 1 : 0;
                strict += unit && qualifier && length ? 1 : 0;
                var goldKind = String(expected, "kind");
                kindAgrees += string.Equals(goldKind, ExportedKind(quantity), StringComparison.Ordinal) ? 1 : 0;
                if (goldKind == "percent_change")
                {
                    directionGold++;
                    directionAgrees += string.Equals(GoldDirection(expected), ExportedDirection(quantity), StringComparison.Ordinal) ? 1 : 0;
                }
            }
            else if (!optional.Contains(start))
            {
                found++;
            }
        }

        var exported = Enum.GetValues<HeaderField>().ToDictionary(f => f, f => ExportedValue(f, root, syntax));
        var outcomes = Enum.GetValues<HeaderField>().ToDictionary(f => f, f => Judge(f, GoldValue(f, g, text), exported[f]));
        return new FileScore(name, run.ExitCode, null, outline, new(hit, found, requiredByStart.Count), new(strict, found, requiredByStart.Count),
            unitAgrees, qualifierAgrees, spanAgrees, kindAgrees, directionAgrees, directionGold, new(qualifiedHit, qualifiedFound, GoldQualified(g)), outcomes, exported, ScoreRates(g, syntax, text),
            GoldDocumentKind(String(g, "document_kind")), String(root, "documentKind"));
    }

    private static RateScore ScoreRates(JsonElement gold, JsonElement syntax, string text)
    {
        var exported = syntax.TryGetProperty("rates", out var rates) ? rates.EnumerateArray().ToList() : [];
        var unmatched = exported.ToList();
        int found = 0, linked = 0, linkedGold = 0, verdict = 0, verdictGold = 0;
        foreach (var entry in gold.TryGetProperty("rates", out var goldRates) ? goldRates.EnumerateArray() : default)
        {
            var start = CodePointToUtf16(text, entry.GetProperty("start").GetInt32());
            var atFigure = exported.Where(r => r.GetProperty("figureSpan").GetProperty("start").GetInt32() == start).ToList();
            var match = unmatched.FindIndex(r => r.GetProperty("figureSpan").GetProperty("start").GetInt32() == start);
            if (match >= 0)
            {
                found++;
                unmatched.RemoveAt(match);
            }

            if (Count(entry, "numerator") is { } numerator && Count(entry, "denominator") is { } denominator)
            {
                linkedGold++;
                linked += atFigure.Any(r => Count(r, "numerator") == numerator && Count(r, "denominator") == denominator) ? 1 : 0;
            }

            if (entry.TryGetProperty("consistent_with_stated_counts", out var consistent) && consistent.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                verdictGold++;
                verdict += atFigure.Any(r => r.TryGetProperty("isConsistent", out var said) && said.ValueKind == consistent.ValueKind) ? 1 : 0;
            }
        }

        var exportedLinked = exported.Count(r => Count(r, "numerator") is not null && Count(r, "denominator") is not null);
        var exportedVerdicts = exported.Count(r => r.TryGetProperty("isConsistent", out var said) && said.ValueKind is JsonValueKind.True or JsonValueKind.False);
        return new RateScore(new(found, exported.Count, gold.TryGetProperty("rates", out var all) ? all.GetArrayLength() : 0), new(linked, exportedLinked, linkedGold), new(verdict, exportedVerdicts, verdictGold));
    }

    private static long? Count(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    /// <summary>A table of every file's scores and the micro-averaged figures, for the test output.</summary>
    public static string Table(IReadOnlyList<FileScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"file",-44} {"outline",-14} {"quantities",-14} {"strict",-14} title year issuer published source docdate level");
        foreach (var s in scores)
        {
            var header = string.Join(' ', Enum.GetValues<HeaderField>().Select(f => Letter(s.Header[f]).PadRight(f switch
            {
                HeaderField.Title => 5,
                HeaderField.Year => 4,
                HeaderField.Issuer => 6,
                HeaderField.Published => 9,
                HeaderField.InformationSource => 6,
                HeaderField.Level => 5,
                _ => 7,
            })));
            var exit = s.ExitCode is 0 or 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" exit {s.ExitCode}: {s.Error}");
            table.AppendLine(CultureInfo.InvariantCulture, $"{s.File,-44} {s.Outline.Fraction,-14} {s.Quantities.Fraction,-14} {s.StrictQuantities.Fraction,-14} {header}{exit}");
            if (s.DocumentKindGold != s.DocumentKindExported)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"    document kind x: exported \"{s.DocumentKindExported}\", gold \"{s.DocumentKindGold}\"");
            }

            foreach (var field in Enum.GetValues<HeaderField>().Where(f => s.Header[f] is FieldOutcome.Wrong or FieldOutcome.Invented))
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"    {field} {Letter(s.Header[field])}: exported \"{s.Exported[field]}\"");
            }
        }

        table.AppendLine("(header: + right, x wrong, - missing, ! invented where the gold states none, . not stated)");
        var outline = Sum(scores, s => s.Outline);
        var quantities = Sum(scores, s => s.Quantities);
        var strict = Sum(scores, s => s.StrictQuantities);
        table.AppendLine(CultureInfo.InvariantCulture, $"micro outline {outline.Fraction}: {outline.Figures}");
        table.AppendLine(CultureInfo.InvariantCulture, $"micro quantities (position and value) {quantities.Fraction}: {quantities.Figures}");
        table.AppendLine(CultureInfo.InvariantCulture, $"micro quantities (and unit, qualifier, span) {strict.Fraction}: {strict.Figures}");
        table.AppendLine(CultureInfo.InvariantCulture, $"  of {quantities.Hit} value hits: unit agrees {scores.Sum(s => s.UnitAgrees)}, qualifier {scores.Sum(s => s.QualifierAgrees)}, span length {scores.Sum(s => s.SpanAgrees)}");
        table.AppendLine(CultureInfo.InvariantCulture, $"  of {quantities.Hit} value hits: kind right {scores.Sum(s => s.KindAgrees)} ({KindShare(scores):0.000}); of {scores.Sum(s => s.DirectionGold)} changes, direction right {scores.Sum(s => s.DirectionAgrees)}");
        var qualifiers = Sum(scores, s => s.Qualifiers);
        table.AppendLine(CultureInfo.InvariantCulture, $"qualifiers other than exact {qualifiers.Fraction}: {qualifiers.Figures}");
        var rates = Sum(scores, s => s.Rates.Found);
        var linked = Sum(scores, s => s.Rates.Linked);
        var verdicts = Sum(scores, s => s.Rates.Verdict);
        table.AppendLine(CultureInfo.InvariantCulture, $"named rates and shares found (figure start) {rates.Fraction}: {rates.Figures}");
        table.AppendLine(CultureInfo.InvariantCulture, $"  counts linked right where the gold states both {linked.Fraction}: {linked.Figures}");
        table.AppendLine(CultureInfo.InvariantCulture, $"  consistency verdict right where the gold gives one {verdicts.Fraction}: {verdicts.Figures}");
        foreach (var field in Enum.GetValues<HeaderField>())
        {
            var outcomes = scores.Select(s => s.Header[field]).ToList();
            int right = outcomes.Count(o => o == FieldOutcome.Right), wrong = outcomes.Count(o => o == FieldOutcome.Wrong), missing = outcomes.Count(o => o == FieldOutcome.Missing);
            var stated = right + wrong + missing;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"header {field}: right {right}/{stated} ({Share(field, scores):0.000}), wrong {wrong}, missing {missing}; invented on {outcomes.Count(o => o == FieldOutcome.Invented)} of {outcomes.Count - stated} not stated");
        }

        var others = scores.Where(s => s.DocumentKindGold != "annualReport").ToList();
        table.AppendLine(CultureInfo.InvariantCulture,
            $"document kind right {scores.Count(s => s.DocumentKindGold == s.DocumentKindExported)}/{scores.Count} ({DocumentKindShare(scores):0.000}); of {others.Count} that are not annual reports, right {others.Count(s => s.DocumentKindGold == s.DocumentKindExported)}, read as annual reports {others.Count(s => s.DocumentKindExported == "annualReport")}; annual reports read as another kind {scores.Count(s => s.DocumentKindGold == "annualReport" && s.DocumentKindExported != "annualReport")}");
        table.AppendLine(CultureInfo.InvariantCulture, $"refused {scores.Count(s => s.ExitCode is not (0 or 1))}");
        return table.ToString();
    }

    /// <summary>The share of value hits whose exported kind (in the gold's words) is the gold's.</summary>
    public static double KindShare(IReadOnlyList<FileScore> scores)
    {
        var hits = Sum(scores, s => s.Quantities).Hit;
        return hits == 0 ? 0 : (double)scores.Sum(s => s.KindAgrees) / hits;
    }

    /// <summary>The share of the texts whose exported document kind is the gold's (in the read document's words).</summary>
    public static double DocumentKindShare(IReadOnlyList<FileScore> scores) =>
        scores.Count == 0 ? 0 : (double)scores.Count(s => s.DocumentKindGold == s.DocumentKindExported) / scores.Count;

    /// <summary>
    /// The gold's document kind (free English text such as <c>annual rule-of-law report of a government department</c> or
    /// <c>policy interpretation (政策解读) of …</c>) in the read document's words: annualReport, statistics,
    /// informationDisclosureReport or other (an enforcement report, an article, a plan, a policy interpretation).
    /// </summary>
    public static string GoldDocumentKind(string? kind) => kind switch
    {
        null => throw new InvalidDataException("a gold file has no document_kind"),
        _ when kind.StartsWith("annual rule-of-law", StringComparison.Ordinal) => "annualReport",
        _ when kind.StartsWith("statistics", StringComparison.Ordinal) => "statistics",
        _ when kind.StartsWith("government information disclosure", StringComparison.Ordinal) => "informationDisclosureReport",
        _ when kind.StartsWith("administrative enforcement", StringComparison.Ordinal)
            || kind.StartsWith("article", StringComparison.Ordinal)
            || kind.StartsWith("implementation plan", StringComparison.Ordinal)
            || kind.StartsWith("policy interpretation", StringComparison.Ordinal) => "other",
        _ => throw new InvalidDataException("unknown document_kind in the gold: " + kind),
    };

    /// <summary>The share of value hits whose gold is a change on which the exported direction is the gold's.</summary>
    public static double DirectionShare(IReadOnlyList<FileScore> scores)
    {
        var gold = scores.Sum(s => s.DirectionGold);
        return gold == 0 ? 0 : (double)scores.Sum(s => s.DirectionAgrees) / gold;
    }

    public static Counts Sum(IEnumerable<FileScore> scores, Func<FileScore, Counts> pick) => scores.Aggregate(default(Counts), (sum, s) => sum + pick(s));

    /// <summary>The share of the texts stating a field on which the exported value is right.</summary>
    public static double Share(HeaderField field, IEnumerable<FileScore> scores)
    {
        var outcomes = scores.Select(s => s.Header[field]).Where(o => o is FieldOutcome.Right or FieldOutcome.Wrong or FieldOutcome.Missing).ToList();
        return outcomes.Count == 0 ? 0 : (double)outcomes.Count(o => o == FieldOutcome.Right) / outcomes.Count;
    }

    public static int Count(HeaderField field, FieldOutcome outcome, IEnumerable<FileScore> scores) => scores.Count(s => s.Header[field] == outcome);

    private static string Letter(FieldOutcome outcome) => outcome switch
    {
        FieldOutcome.Right => "+",
        FieldOutcome.Wrong => "x",
        FieldOutcome.Missing => "-",
        FieldOutcome.Invented => "!",
        _ => ".",
    };

    private static FieldOutcome Judge(HeaderField field, string? gold, string? exported)
    {
        if (gold is null)
        {
            return exported is null || field is HeaderField.Issuer or HeaderField.InformationSource ? FieldOutcome.NotStated : FieldOutcome.Invented;
        }

        if (exported is null)
        {
            return FieldOutcome.Missing;
        }

        var right = field switch
        {
            HeaderField.Title => string.Equals(WithoutBlanks(gold), WithoutBlanks(exported), StringComparison.Ordinal),
            HeaderField.Issuer => exported.Length >= 2 && (gold.EndsWith(exported, StringComparison.Ordinal) || exported.EndsWith(gold, StringComparison.Ordinal)),
            _ => string.Equals(gold, exported, StringComparison.Ordinal),
        };
        return right ? FieldOutcome.Right : FieldOutcome.Wrong;
    }

    private static string? GoldValue(HeaderField field, JsonElement gold, string text) => field switch
    {
        HeaderField.Title => String(gold, "title"),
        HeaderField.Year => gold.TryGetProperty("reporting_year", out var year) && year.ValueKind == JsonValueKind.Number ? year.GetInt32().ToString(CultureInfo.InvariantCulture) : null,
        HeaderField.Issuer => String(gold, "issuer") is { } issuer && IsStated(issuer, text) ? issuer : null,
        HeaderField.Published => String(gold, "published"),
        HeaderField.InformationSource => String(gold, "info_source"),
        HeaderField.DocumentDate => String(gold, "document_date"),
        HeaderField.Level => GoldLevel(String(gold, "government_level")),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static string? ExportedValue(HeaderField field, JsonElement root, JsonElement syntax)
    {
        // What the mapping settled: the report when one was built, else the partial result, which holds the same header fields.
        var report = root.TryGetProperty("report", out var r) && r.ValueKind == JsonValueKind.Object ? r
            : root.TryGetProperty("partial", out var p) && p.ValueKind == JsonValueKind.Object ? p
            : default(JsonElement?);
        return field switch
        {
            HeaderField.Title => FactValue(syntax, "title"),
            HeaderField.Year => report is { } withYear && withYear.TryGetProperty("year", out var year) && year.ValueKind == JsonValueKind.Number
                ? year.GetInt32().ToString(CultureInfo.InvariantCulture)
                : FactValue(syntax, "year"),
            HeaderField.Issuer => (report is { } withSubject && withSubject.TryGetProperty("subject", out var subject) && subject.ValueKind == JsonValueKind.Object ? String(subject, "fullName") : null)
                ?? FactValue(syntax, "issuer") ?? FactValue(syntax, "informationSource"),
            HeaderField.Published => FactValue(syntax, "publishedAt") is { Length: >= 10 } published ? published[..10] : null,
            HeaderField.InformationSource => FactValue(syntax, "informationSource"),
            HeaderField.DocumentDate => FactValue(syntax, "documentDate") ?? FactValue(syntax, "signedOn"),
            HeaderField.Level => report is { } withLevel && withLevel.TryGetProperty("subject", out var leveled) && leveled.ValueKind == JsonValueKind.Object ? String(leveled, "level") : null,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    /// <summary>
    /// The gold's government level (free English text such as <c>district justice bureau (…)</c> or
    /// <c>county-level city (县级市, 云南省)</c>) in the read document's words: national, province, city, county, township.
    /// </summary>
    private static string? GoldLevel(string? level) => level switch
    {
        null => null,
        _ when level.StartsWith("national", StringComparison.Ordinal) => "national",
        _ when level.StartsWith("province", StringComparison.Ordinal) || level.StartsWith("provincial", StringComparison.Ordinal) => "province",
        _ when level.StartsWith("county-level city", StringComparison.Ordinal) => "county",
        _ when level.StartsWith("city", StringComparison.Ordinal) || level.StartsWith("prefecture", StringComparison.Ordinal) => "city",
        _ when level.StartsWith("district", StringComparison.Ordinal) || level.StartsWith("county", StringComparison.Ordinal) => "county",
        _ when level.StartsWith("town", StringComparison.Ordinal) || level.StartsWith("sub-district", StringComparison.Ordinal) => "township",
        _ => throw new InvalidDataException("unknown government_level in the gold: " + level),
    };

    /// <summary>Whether the text prints the issuer's name, or its end from a place word on.</summary>
    private static bool IsStated(string issuer, string text)
    {
        if (text.Contains(issuer, StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = 1; i < issuer.Length; i++)
        {
            if (!PlaceChars.Contains(issuer[i - 1], StringComparison.Ordinal))
            {
                continue;
            }

            var tail = issuer[i..];
            var place = tail.AsSpan().IndexOfAny(Places);
            if (place >= 1 && place < tail.Length - 1 && text.Contains(tail, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FactValue(JsonElement syntax, string name)
    {
        if (!syntax.TryGetProperty(name, out var fact) || fact.ValueKind != JsonValueKind.Object || !fact.TryGetProperty("value", out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>How many required gold quantities have a qualifier other than exact.</summary>
    private static int GoldQualified(JsonElement gold) =>
        gold.GetProperty("quantities").EnumerateArray().Count(q => !IsOptional(q) && GoldQualifier(q) is not (null or "exact"));

    private static bool IsOptional(JsonElement quantity) => quantity.TryGetProperty("optional", out var o) && o.GetBoolean();

    private static string GoldUnit(JsonElement quantity) => String(quantity, "unit") ?? string.Empty;

    private static string ExportedUnit(JsonElement quantity) => String(quantity, "unit") ?? string.Empty;

    /// <summary>The gold's qualifier in the read document's words.</summary>
    private static string? GoldQualifier(JsonElement quantity) => String(quantity, "qualifier") switch
    {
        "exact" => "exact",
        "more_than" => "moreThan",
        "about" => "about",
        "at_least" => "atLeast",
        // The corpus README: below is 以下, "strictly at most".
        "below" => "atMost",
        var other => other,
    };

    /// <summary>
    /// The exported quantity's kind in the gold's words: a change of a percentage is <c>percent_change</c>, then the role
    /// (<c>share</c>, <c>rate</c>, <c>target</c>), then the kind (<c>money</c>, <c>duration</c>, <c>rank</c>); a plain count
    /// or level is null, as in the gold, and an absolute change is <c>change</c>, which the gold never says.
    /// </summary>
    private static string? ExportedKind(JsonElement quantity)
    {
        var kind = String(quantity, "kind");
        var change = quantity.TryGetProperty("change", out var c) && c.ValueKind == JsonValueKind.Object;
        if (change)
        {
            return kind is "percent" or "percentagePoints" ? "percent_change" : "change";
        }

        return String(quantity, "role") switch
        {
            "share" => "share",
            "rate" => "rate",
            "target" => "target",
            _ => kind switch
            {
                "money" => "money",
                "duration" => "duration",
                "rank" => "rank",
                "percent" or "percentagePoints" => "percent",
                _ => null,
            },
        };
    }

    private static string? ExportedDirection(JsonElement quantity) =>
        quantity.TryGetProperty("change", out var c) && c.ValueKind == JsonValueKind.Object ? String(c, "direction") : null;

    /// <summary>The gold's direction of a change: its README keeps a decrease positive and says 下降 in the note.</summary>
    private static string GoldDirection(JsonElement quantity) =>
        String(quantity, "note") is { } note && (note.Contains("下降", StringComparison.Ordinal) || note.Contains("减少", StringComparison.Ordinal) || note.Contains("降低", StringComparison.Ordinal))
            ? "down" : "up";

    private static string WithoutBlanks(string value) => string.Concat(value.Where(c => !char.IsWhiteSpace(c)));

    private static IEnumerable<JsonElement> Flatten(JsonElement nodes)
    {
        foreach (var node in nodes.EnumerateArray())
        {
            yield return node;
            if (node.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in Flatten(children))
                {
                    yield return child;
                }
            }
        }
    }

    private static int CodePointToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var i = 0; i < codePoints && index < text.Length; i++)
        {
            index += char.IsHighSurrogate(text[index]) ? 2 : 1;
        }

        return index;
    }
}
