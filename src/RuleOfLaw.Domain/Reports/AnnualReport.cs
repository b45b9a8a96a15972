using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;

namespace RuleOfLaw.Domain.Reports;

/// <summary>An annual rule-of-law government report (法治政府建设年度报告): its outline, content, publication and submissions.</summary>
/// <remarks>
/// <para>
/// The constructor enforces what makes a report a report: a title, no null entries, a plan for the year after the
/// report year, not both a publication and an exemption from it, that every measure, shortcoming and plan item
/// that names its section (<see cref="Measure.Section"/>) names one of <see cref="Sections"/>, that a shortcoming's
/// statements lie inside that section's body, and that a plan item's target path names a quantity of the outline. Content that is merely
/// incomplete (a missing part, no publication yet, no sign-off) is legal: validation reports it as findings.
/// </para>
/// <para>
/// The quantities printed in the text live where they are printed: in their section (<see cref="Section.Quantities"/>)
/// or in the preamble (<see cref="PreambleQuantities"/>).
/// </para>
/// <para>Equality compares every property, collections in order; there is no order.</para>
/// </remarks>
public sealed record AnnualReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="subject">Who writes the report.</param>
    /// <param name="year">The year the report covers.</param>
    /// <param name="title">The title as printed.</param>
    /// <param name="sections">The top-level sections of the outline, in order.</param>
    /// <param name="measures">The measures described, in order.</param>
    /// <param name="shortcomings">The shortcomings admitted, in order.</param>
    /// <param name="plan">The plan for <paramref name="year"/> + 1, or <see langword="null"/> when the report has none.</param>
    /// <param name="indicatorValues">The indicator values stated.</param>
    /// <param name="publication">How the report was published, or <see langword="null"/> when not (yet) published.</param>
    /// <param name="exemption">Why the report is not published, or <see langword="null"/>.</param>
    /// <param name="submissions">The submissions to the bodies the subject reports to.</param>
    /// <param name="signOff">The signature block, or <see langword="null"/>.</param>
    /// <param name="preamble">The introductory text before the first section (导语); may be empty.</param>
    /// <param name="preambleQuantities">The quantities printed in the preamble, in order; may be empty.</param>
    /// <param name="documentKind">What kind of document this is; an annual report unless the text is another document of the family (statistics, an information-disclosure report …).</param>
    /// <param name="breakdowns">The totals printed with their parts, naming quantities of the outline or the preamble by path; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/>, <paramref name="title"/> or <paramref name="preamble"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="documentKind"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="title"/> is blank; a collection holds null; the plan is not for the following year; both a
    /// publication and an exemption are given; a measure, shortcoming or plan item names a section the outline lacks; a
    /// shortcoming's statement lies past its section's body; a plan item's target path names no quantity; or a breakdown
    /// names no quantity, has parts of another kind or unit than its total, or has no total and parts that are not percentages.
    /// </exception>
    [JsonConstructor]
    public AnnualReport(
        ReportingSubject subject,
        ReportYear year,
        string title,
        ImmutableArray<Section> sections = default,
        ImmutableArray<Measure> measures = default,
        ImmutableArray<Shortcoming> shortcomings = default,
        Plan? plan = null,
        ImmutableArray<IndicatorValue> indicatorValues = default,
        Publication? publication = null,
        PublicationExemption? exemption = null,
        ImmutableArray<Submission> submissions = default,
        SignOff? signOff = null,
        string preamble = "",
        ImmutableArray<Quantity> preambleQuantities = default,
        DocumentKind documentKind = DocumentKind.AnnualReport,
        ImmutableArray<QuantityBreakdown> breakdowns = default)
    {
        Guard.NotNull(subject, nameof(subject));
        Guard.Defined(documentKind, nameof(documentKind));
        Title = Guard.NotBlank(title, nameof(title));
        Sections = Sequences.NoNulls(sections, nameof(sections));
        Measures = Sequences.NoNulls(measures, nameof(measures));
        Shortcomings = Sequences.NoNulls(shortcomings, nameof(shortcomings));
        IndicatorValues = Sequences.NoNulls(indicatorValues, nameof(indicatorValues));
        Submissions = Sequences.NoNulls(submissions, nameof(submissions));
        if (plan is not null)
        {
            Guard.That(plan.Year.Year == year.FollowingYear, nameof(plan), Message.PlanYearFollowsReportYear, plan.Year, year);
        }

        Guard.That(publication is null || exemption is null, nameof(exemption), Message.ExemptionOfPublishedReport, exemption?.Reason, publication?.PublishedAt);
        Guard.NotNull(preamble, nameof(preamble));
        PreambleQuantities = Sequences.NoNulls(preambleQuantities, nameof(preambleQuantities));
        for (var i = 0; i < Measures.Length; i++)
        {
            Guard.That(Measures[i].Section is null || SectionAt(Measures[i].Section) is not null, nameof(measures), Message.MeasureSectionMissing, i, Measures[i].Section);
        }

        for (var i = 0; i < Shortcomings.Length; i++)
        {
            var shortcoming = Shortcomings[i];
            var stating = SectionAt(shortcoming.Section);
            Guard.That(shortcoming.Section is null || stating is not null, nameof(shortcomings), Message.ShortcomingSectionMissing, i, shortcoming.Section);
            var bodyLength = stating?.Body.Length ?? 0;
            Guard.That(shortcoming.Statement is not { } statement || statement.End <= bodyLength, nameof(shortcomings), Message.ShortcomingStatementOutsideBody, i, shortcoming.Statement, shortcoming.Section, bodyLength);
            foreach (var cause in shortcoming.CauseStatements)
            {
                Guard.That(cause.End <= bodyLength, nameof(shortcomings), Message.ShortcomingCauseOutsideBody, i, cause, shortcoming.Section, bodyLength);
            }
        }

        if (plan is not null)
        {
            for (var i = 0; i < plan.Items.Length; i++)
            {
                Guard.That(plan.Items[i].Section is null || SectionAt(plan.Items[i].Section) is not null, nameof(plan), Message.PlanItemSectionMissing, i, plan.Items[i].Section);
                Guard.That(plan.Items[i].TargetPath is null || QuantityAt(plan.Items[i].TargetPath) is not null, nameof(plan), Message.PlanItemTargetMissing, i, plan.Items[i].TargetPath);
            }
        }

        Breakdowns = Sequences.NoNulls(breakdowns, nameof(breakdowns));
        for (var i = 0; i < Breakdowns.Length; i++)
        {
            CheckBreakdown(Breakdowns[i], i);
        }

        Subject = subject;
        Year = year;
        Preamble = preamble;
        Plan = plan;
        Publication = publication;
        Exemption = exemption;
        SignOff = signOff;
        DocumentKind = documentKind;
    }

    /// <summary>Gets what kind of document this is: the rules of annual reports apply only to <see cref="Reports.DocumentKind.AnnualReport"/>.</summary>
    /// <remarks>
    /// The reader decides it from the title's words, the opening's words and the structure, and says so in a note
    /// (<see cref="Text.ReadDiagnosticCodes.DocumentKindRead"/>); validation applies the rules of annual reports
    /// (parts, title, deadlines, submissions, sign-off, shortcomings) only to an annual report and says once that it did
    /// not (<see cref="Validation.ValidationCodes.NotAnAnnualReport"/>).
    /// </remarks>
    public DocumentKind DocumentKind { get; }

    /// <summary>Gets who writes the report.</summary>
    public ReportingSubject Subject { get; }

    /// <summary>Gets the year the report covers.</summary>
    public ReportYear Year { get; }

    /// <summary>Gets the title as printed.</summary>
    public string Title { get; }

    /// <summary>Gets the introductory text before the first section.</summary>
    public string Preamble { get; }

    /// <summary>Gets the quantities printed in the preamble, in order.</summary>
    public ImmutableArray<Quantity> PreambleQuantities { get; }

    /// <summary>Gets the totals printed with their parts (合计与分项), in order, each naming its quantities by path.</summary>
    public ImmutableArray<QuantityBreakdown> Breakdowns { get; }

    /// <summary>Gets the top-level sections of the outline, in order.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Gets the measures described, in order.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Gets the shortcomings admitted, in order.</summary>
    public ImmutableArray<Shortcoming> Shortcomings { get; }

    /// <summary>Gets the plan for the following year, if the report has one.</summary>
    public Plan? Plan { get; }

    /// <summary>Gets the indicator values stated.</summary>
    public ImmutableArray<IndicatorValue> IndicatorValues { get; }

    /// <summary>Gets how the report was published, if it was.</summary>
    public Publication? Publication { get; }

    /// <summary>Gets why the report is not published, if it is exempt.</summary>
    public PublicationExemption? Exemption { get; }

    /// <summary>Gets the submissions to the bodies the subject reports to.</summary>
    public ImmutableArray<Submission> Submissions { get; }

    /// <summary>Gets the signature block, if printed.</summary>
    public SignOff? SignOff { get; }

    /// <summary>Enumerates every section of the outline, depth first, in document order.</summary>
    /// <returns>The sections in document order.</returns>
    public IEnumerable<Section> Outline() => Sections.SelectMany(section => section.SelfAndDescendants());

    /// <summary>Gets the section of the outline a path names, such as <c>Sections[0].Children[2]</c> (zero-based indexes).</summary>
    /// <param name="path">A section path, as <see cref="Measure.Section"/> holds.</param>
    /// <returns>The section, or <see langword="null"/> when the path is null, malformed or names no section.</returns>
    public Section? SectionAt(string? path) => SectionLookup.Resolve(Sections, path);

    /// <summary>Gets the quantity a path names, such as <c>Sections[0].Children[2].Quantities[1]</c> or <c>PreambleQuantities[0]</c>.</summary>
    /// <param name="path">A quantity path, as <see cref="PlanItem.TargetPath"/> holds.</param>
    /// <returns>The quantity, or <see langword="null"/> when the path is null, malformed or names no quantity.</returns>
    public Quantity? QuantityAt(string? path) => SectionLookup.ResolveQuantity(Sections, PreambleQuantities, path);

    /// <summary>Gets a plan item's target, copied or referred to.</summary>
    /// <param name="item">An item of the report's plan.</param>
    /// <returns><see cref="PlanItem.Target"/>, else the quantity at <see cref="PlanItem.TargetPath"/>, else <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public Quantity? TargetOf(PlanItem item)
    {
        Guard.NotNull(item, nameof(item));
        return item.Target ?? QuantityAt(item.TargetPath);
    }

    private void CheckBreakdown(QuantityBreakdown breakdown, int index)
    {
        var total = breakdown.Total is null ? null : QuantityAt(breakdown.Total);
        Guard.That(breakdown.Total is null || total is not null, "breakdowns", Message.BreakdownTotalMissing, index, breakdown.Total);
        for (var i = 0; i < breakdown.Parts.Length; i++)
        {
            var part = QuantityAt(breakdown.Parts[i]);
            Guard.That(part is not null, "breakdowns", Message.BreakdownPartMissing, index, breakdown.Parts[i]);
            if (total is null)
            {
                Guard.That(part!.Kind == QuantityKind.Percent, "breakdowns", Message.BreakdownPartNotPercentage, index, breakdown.Parts[i], part.Kind);
            }
            else
            {
                if (part!.Kind != total.Kind || part.Unit != total.Unit)
                {
                    throw Guard.Argument(Message.BreakdownPartOfOtherUnit.Format(index, breakdown.Parts[i], part.Kind, part.Unit, total.Kind, total.Unit), "breakdowns");
                }
            }
        }
    }

    /// <summary>Returns a copy with another title.</summary>
    /// <param name="title">The new title.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public AnnualReport WithTitle(string title) =>
        new(Subject, Year, title, Sections, Measures, Shortcomings, Plan, IndicatorValues, Publication, Exemption, Submissions, SignOff, Preamble, PreambleQuantities, DocumentKind, Breakdowns);

    /// <summary>Returns a copy with another publication, or none.</summary>
    /// <param name="publication">The new publication, or <see langword="null"/>.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentException">A publication is given and the report is exempt.</exception>
    public AnnualReport WithPublication(Publication? publication) =>
        new(Subject, Year, Title, Sections, Measures, Shortcomings, Plan, IndicatorValues, publication, Exemption, Submissions, SignOff, Preamble, PreambleQuantities, DocumentKind, Breakdowns);

    /// <summary>Returns a copy that is another kind of document.</summary>
    /// <param name="documentKind">The new kind.</param>
    /// <returns>The new report.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="documentKind"/> is not a defined value.</exception>
    public AnnualReport WithDocumentKind(DocumentKind documentKind) =>
        new(Subject, Year, Title, Sections, Measures, Shortcomings, Plan, IndicatorValues, Publication, Exemption, Submissions, SignOff, Preamble, PreambleQuantities, documentKind, Breakdowns);

    /// <inheritdoc/>
    public bool Equals(AnnualReport? other) =>
        other is not null && DocumentKind == other.DocumentKind && Subject == other.Subject && Year == other.Year && Title == other.Title && Preamble == other.Preamble && Plan == other.Plan
        && Publication == other.Publication && Exemption == other.Exemption && SignOff == other.SignOff
        && Sequences.Equal(Sections, other.Sections) && Sequences.Equal(Measures, other.Measures)
        && Sequences.Equal(Shortcomings, other.Shortcomings) && Sequences.Equal(IndicatorValues, other.IndicatorValues)
        && Sequences.Equal(Submissions, other.Submissions) && Sequences.Equal(PreambleQuantities, other.PreambleQuantities)
        && Sequences.Equal(Breakdowns, other.Breakdowns);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(DocumentKind);
        hash.Add(Subject);
        hash.Add(Year);
        hash.Add(Title);
        hash.Add(Preamble);
        hash.Add(Plan);
        hash.Add(Publication);
        hash.Add(Exemption);
        hash.Add(SignOff);
        hash.Add(Sequences.Hash(Sections));
        hash.Add(Sequences.Hash(Measures));
        hash.Add(Sequences.Hash(Shortcomings));
        hash.Add(Sequences.Hash(IndicatorValues));
        hash.Add(Sequences.Hash(Submissions));
        hash.Add(Sequences.Hash(PreambleQuantities));
        hash.Add(Sequences.Hash(Breakdowns));
        return hash.ToHashCode();
    }

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Subject", Subject), ("Year", Year), ("Title", Title), ("Preamble", Preamble), ("PreambleQuantities", PreambleQuantities), ("Sections", Sections), ("Measures", Measures), ("Shortcomings", Shortcomings), ("Plan", Plan), ("IndicatorValues", IndicatorValues), ("Publication", Publication), ("Exemption", Exemption), ("Submissions", Submissions), ("SignOff", SignOff), ("DocumentKind", DocumentKind), ("Breakdowns", Breakdowns));
}
