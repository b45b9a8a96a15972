using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Diagnostics;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Text;

/// <summary>The stable codes of <see cref="ReadDiagnostic"/>s, each described once in <see cref="All"/>.</summary>
/// <remarks>
/// <para>
/// Reading notes say only how the text was read: where the reader judged, inferred or dropped something. Facts about
/// the report's content come from validation (<see cref="ValidationCodes"/>). Both kinds share one descriptor type and
/// one catalogue, <see cref="DiagnosticCatalogue"/>, from which <c>docs/rules.md</c> is generated.
/// </para>
/// <para>
/// Retired codes, never said again and never reused (<see cref="DiagnosticCatalogue.RetiredCodes"/>): ROLT011 (the
/// model rejected what was read; the mappers now check what the model would refuse and say so with one of these);
/// ROLT004 (a missing part), ROLT005 (a merged part) and ROLT008 (an inconsistent rate), facts about the report's
/// content that validation reports as ROL0001, ROL0017 and ROL0011/ROL0022/ROL0023, and that the syntax result keeps
/// for a partial read.
/// </para>
/// </remarks>
public static class ReadDiagnosticCodes
{
    /// <summary>Neither the text nor the read options give a title, a report year from 1990 to 2100 or a reporting subject, so no report could be built.</summary>
    public const string NoTitleOrYear = "ROLT001";

    /// <summary>A heading runs into its body with no stop; where its title ends was judged.</summary>
    public const string UncertainHeadingBoundary = "ROLT002";

    /// <summary>A top-level section's heading names none of the five parts.</summary>
    public const string UnmappedSection = "ROLT003";

    /// <summary>A part is a section nested inside another part, not a top-level section.</summary>
    public const string NestedPart = "ROLT006";

    /// <summary>An Arabic number is neither a quantity with a unit nor a year, date, list number or name.</summary>
    public const string UnclassifiedNumber = "ROLT007";

    /// <summary>The counts found for a rate cannot be a rate (the numerator exceeds the denominator), so they were dropped.</summary>
    public const string UnsoundRateCounts = "ROLT009";

    /// <summary>A benchmark's scope could not be expressed in the model (such as 全国), so the benchmark was dropped.</summary>
    public const string UnsupportedBenchmarkScope = "ROLT010";

    /// <summary>A field the model needs was not printed where it belongs and was taken from elsewhere; the note names where.</summary>
    public const string InferredField = "ROLT012";

    /// <summary>A heading's marker belongs to another outline level than the one it sits at (such as <c>一、</c> under <c>一、</c>); the section keeps its level and drops the marker.</summary>
    public const string MarkerOutOfLevel = "ROLT013";

    /// <summary>The reporting subject's name names no place word (省, 市, 区, 县, 乡, 镇, 街道), so its administrative level is unknown.</summary>
    public const string UnknownSubjectLevel = "ROLT014";

    /// <summary>A rate's printed figure has more decimals or digits than a published figure holds, so it was dropped.</summary>
    public const string UnrepresentableFigure = "ROLT015";

    /// <summary>The text holds lone surrogates (half of a UTF-16 pair, not a character); each was replaced with U+FFFD in place, so spans are unchanged.</summary>
    public const string LoneSurrogateReplaced = "ROLT016";

    /// <summary>A run of Chinese numerals before a unit spells no one value (such as 二千九亿 or 〇三万), so no quantity was read from it.</summary>
    public const string IllFormedNumeral = "ROLT017";

    /// <summary>The page prints a publication time and a different document date (成文日期, or a cover letter's date); the deadline rules use the publication time.</summary>
    public const string TwoPageDates = "ROLT018";

    /// <summary>More notes of one code than a read lists were found; the rest are counted in this one note, placed where the first of them would be.</summary>
    public const string NotesSummarised = "ROLT019";

    /// <summary>The page prints a publication time and a different update time (更新时间); both are kept, and the deadline rules use the publication time.</summary>
    public const string UpdateTimeBesidePublication = "ROLT020";

    /// <summary>The text was read as a document that is not an annual report (statistics, an information-disclosure report, another document), or as an annual report only for want of evidence; the note says how sure and why.</summary>
    public const string DocumentKindRead = "ROLT021";

    /// <summary>A rate's counts, as its words name them, give a different figure under every rounding rule; the one other count stated in its section that gives the figure was taken as the base.</summary>
    public const string RateBaseRefitted = "ROLT022";

    /// <summary>A rate's counts give a different figure under every rounding rule and no other count stated in its section gives it; the counts are kept.</summary>
    public const string RateCountsMismatch = "ROLT023";

    private const string Reader = "the text reader";
    private const string FiveParts = "《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), the five items of the annual report";

    /// <summary>Gets why each retired code was retired, by code (every retired code is a reading code).</summary>
    internal static FrozenDictionary<string, string> Retirements { get; } = new[]
    {
        ("ROLT004", "a missing part is a fact about the report's content: validation reports it as ROL0001"),
        ("ROLT005", "a merged part is a fact about the report's content: validation reports it as ROL0017"),
        ("ROLT008", "an inconsistent rate is a fact about the report's content: validation reports it as ROL0011, ROL0022 or ROL0023"),
        ("ROLT011", "the model rejected what was read; the mappers now check what the model would refuse and say so with ROLT013 or ROLT015"),
    }.ToFrozenDictionary(static r => r.Item1, static r => r.Item2, StringComparer.Ordinal);

    /// <summary>Gets every reading descriptor, ordered by code (the reading part of <see cref="DiagnosticCatalogue.All"/>).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = Build();

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToFrozenDictionary(static descriptor => descriptor.Code, StringComparer.Ordinal);

    /// <summary>Gets the descriptor of a reading code.</summary>
    /// <param name="code">A code such as <see cref="InferredField"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a reading code of the catalogue (a retired code is not).</exception>
    public static DiagnosticDescriptor Describe(string code)
    {
        Guard.NotNull(code, nameof(code));
        return ByCode.TryGetValue(code, out var descriptor)
            ? descriptor
            : throw Guard.Argument((Retirements.ContainsKey(code) ? Message.ReadingCodeIsRetired : Message.ReadingCodeMustBeCatalogued).Format(code, All[^1].Code), nameof(code));
    }

    /// <summary>Tries to get the descriptor of a reading code.</summary>
    /// <param name="code">A code, possibly unknown.</param>
    /// <param name="descriptor">The descriptor, or <see langword="null"/> when the code is unknown.</param>
    /// <returns><see langword="true"/> when the code is a reading code of the catalogue.</returns>
    public static bool TryDescribe(string? code, out DiagnosticDescriptor? descriptor)
    {
        descriptor = null;
        return code is not null && ByCode.TryGetValue(code, out descriptor);
    }

    private static ImmutableArray<DiagnosticDescriptor> Build()
    {
        var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        void Add(string code, string step, string title, string summary, string source, Severity severity, string template) =>
            all.Add(new DiagnosticDescriptor(all.Count, DiagnosticCategory.Reading, code, step, title, summary, source, severity, ValidationRuleScope.National, template));

        Add(NoTitleOrYear, "header", "No report could be built",
            "Neither the text nor the read options give a title, a report year from 1990 to 2100 or a reporting subject, so no report could be built; the read keeps what it mapped as a partial result.",
            Reader + " (the header, the opening and the read options)", Severity.Error,
            "no report could be built: the text states no {missing} (give it in the read options)");
        Add(UncertainHeadingBoundary, "outline", "Heading boundary uncertain",
            "A heading runs into its body with no stop; where its title ends was judged.",
            Reader + " (outline markers 一、 （一） 1. and their titles)", Severity.Info,
            "heading \"{marker}{title}\" runs into its body with no stop; its end was judged");
        Add(UnmappedSection, "parts", "Section names no part",
            "A top-level section's heading names none of the five parts of an annual report.",
            FiveParts, Severity.Info,
            "section \"{marker}{title}\" names none of the five report parts");
        Add(NestedPart, "parts", "Part nested in a section",
            "A part is a section nested inside another section, not a top-level section; it still counts as the part.",
            FiveParts, Severity.Info,
            "part {part} ({partName}) is nested in section \"{section}\"");
        Add(UnclassifiedNumber, "numbers", "Number unclassified",
            "An Arabic number is neither a quantity with a unit nor a year, date, list number or name; it is left out of the quantities.",
            Reader + " (quantities: a number with its unit or counter word)", Severity.Info,
            "the number {number} has no unit and is not a year, date, list number or name");
        Add(UnsoundRateCounts, "rates", "Rate counts unsound",
            "The counts found for a rate cannot be a rate (the numerator exceeds the denominator), so they were dropped.",
            Reader + " (rate mentions: a term, its counts and its printed figure)", Severity.Info,
            "{indicator}: numerator {numerator} exceeds denominator {denominator}; the counts were dropped");
        Add(UnsupportedBenchmarkScope, "rates", "Benchmark scope not in the model",
            "A benchmark's scope could not be expressed in the model (such as 全国), so the benchmark was dropped.",
            Reader + " (rate mentions: a benchmark is a figure for another scope, such as 全市)", Severity.Info,
            "the benchmark scope \"{scope}\" of {indicator} has no administrative level in the model");
        Add(InferredField, "header", "Field inferred",
            "A field the model needs (title, report year, publication time, reporting subject) was not printed where it belongs and was taken from elsewhere; the note names where.",
            Reader + " (the header, the opening, the signature and the container's hints)", Severity.Info,
            "the {field} was taken {source}");
        Add(MarkerOutOfLevel, "outline", "Marker out of level",
            "A heading's marker belongs to another outline level than the one it sits at (such as 一、 under 一、); the section keeps its level and drops the marker.",
            Reader + " (outline marker families 一、 （一） 1. （1）)", Severity.Info,
            "heading \"{marker}{title}\" sits at outline level {level}, but its marker's family is level {familyLevel}; the section keeps the level and drops the marker");
        Add(UnknownSubjectLevel, "subject", "Subject level unknown",
            "The reporting subject's name names no place word (省, 市, 区, 县, 乡, 镇, 街道), so its administrative level is unknown and left so.",
            Reader + " (administrative place words of the subject's name)", Severity.Info,
            "the subject's name \"{name}\" names no province, city, district, county or township, so its level is unknown");
        Add(UnrepresentableFigure, "rates", "Figure not representable",
            "A rate's printed figure has more decimals or digits than a published figure holds, so it was dropped.",
            Reader + " (a published figure holds at most 10 decimals and a magnitude of at most 10^18)", Severity.Info,
            "{indicator} is printed as {printed}%, more decimals or digits than a published figure holds; the figure was dropped");
        Add(LoneSurrogateReplaced, "text", "Lone surrogate replaced",
            "The text holds lone surrogates (half of a UTF-16 surrogate pair, not a character, which no UTF-8 document can hold); each was replaced with U+FFFD (the replacement character) where it stands, one code unit for one, so every span is unchanged and the report round-trips through the wire format.",
            Reader + " (the text as given: UTF-16 code units)", Severity.Info,
            "the text holds {count} lone surrogate code unit(s), the first at offset {offset}; each was replaced with U+FFFD");
        Add(IllFormedNumeral, "numbers", "Numeral ill-formed",
            "A run of Chinese numerals before a unit, counter word or percent sign spells no one value: a zero before anything it separates (〇三万), a digit with no place before 万 or 亿 (二千九亿: 2900亿 or 2009亿), or a colloquial digit with a fraction (三万九点三), so no quantity was read rather than a guessed one.",
            Reader + " (Chinese numerals: digits, 十 百 千 in a section, sections joined by 万 and 亿, 零 between places)", Severity.Info,
            "the numeral \"{numeral}\" spells no one value; no quantity was read from it");
        Add(TwoPageDates, "header", "Two page dates",
            "The page prints a publication time (发布时间) and a different document date (成文日期, or the date under a cover letter); both are kept, and the deadline rules (publication before 1 April) use the publication time.",
            Reader + " (the header's date labels); " + "《法治政府建设与责任落实督察工作规定》 art. 24 (published before 1 April)", Severity.Info,
            "the page prints a publication time {published} and a document date {written}; the deadline rules use the publication time");
        Add(NotesSummarised, "text", "Notes summarised",
            "A read lists at most 100 notes of one code; beyond that it counts the rest in this one note, placed where the first left out would be, so a long or repetitive text (100,000 uncertain headings) cannot make its notes outgrow the text. What the notes concern is still in the result: the syntax holds every heading, quantity and rate.",
            Reader + " (the notes of one read)", Severity.Info,
            "{omitted} more {code} note(s) after the first {limit} were not listed, the first of them here");
        Add(UpdateTimeBesidePublication, "header", "Update time beside publication",
            "The page prints a publication time (发布时间) and a different update time (更新时间); both are kept, and the deadline rules (publication before 1 April) use the publication time, not the later update.",
            Reader + " (the header's date labels); " + "《法治政府建设与责任落实督察工作规定》 art. 24 (published before 1 April)", Severity.Info,
            "the page prints a publication time {published} and an update time {updated}; the deadline rules use the publication time");
        Add(DocumentKindRead, "kind", "Document kind read",
            "The reader decides what kind of document a text is (ReportReadResult.DocumentKind, AnnualReport.DocumentKind) from general evidence, strongest first: what the text calls itself (the title's last genre word, 报告 / 统计 / 方案 / 通知 / 解读 …, and its topic, 法治政府建设 / 政府信息公开 / 行政执法 …, words inside 《》 not counting; then the opening's self-description, 现将…报告如下 / 本报告), then its structure (the information-disclosure report's standard headings, lines that are table rows of figures, the parts of an annual report) and what it mostly names. This note is left when the kind is not an annual report, and when an annual report was assumed for want of any evidence; it says how sure the reader is (as the text states, as its content suggests, by default) and what decided. Validation does not apply the rules of annual reports to another kind (ROL0032).",
            Reader + " (the title, the opening and the structure); 《法治政府建设与责任落实督察工作规定》 (the annual report) and 《中华人民共和国政府信息公开条例》 art. 50 (the information-disclosure report)", Severity.Info,
            "the document is read as {kind}, {certainty}: {evidence}");
        Add(RateBaseRefitted, "rates", "Rate base refitted",
            "The counts a rate's words name (its numerator, and its base: 审结, 受理 …) give a different figure under every rounding rule (half away from zero, half to even, truncation); the one other count stated in the rate's section, with no heading between, that gives the printed figure was taken as the base instead, and the note names both, so the reader does not link the wrong base silently.",
            Reader + " (rate mentions: counts linked in the clause, the sentence, then the section, never across a heading)", Severity.Info,
            "{indicator}: {printed}% does not follow from {numerator} of {stated} (\"{statedText}\") under any rounding rule; {fitting} (\"{fittingText}\"), stated in the same section, gives it and was taken as the base");
        Add(RateCountsMismatch, "rates", "Rate counts mismatch",
            "The counts linked to a rate give a different figure under every rounding rule (half away from zero, half to even, truncation), and no other count stated in its section gives the printed figure; the counts are kept, and validation reports the figure (ROL0011).",
            Reader + " (rate mentions: counts linked in the clause, the sentence, then the section, never across a heading)", Severity.Info,
            "{indicator}: {printed}% does not follow from {numerator} of {denominator} under any rounding rule, and no other count stated in its section gives it; the counts are kept");
        return all.ToImmutable();
    }
}
