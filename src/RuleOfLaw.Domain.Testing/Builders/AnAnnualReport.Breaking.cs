using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <content>The steps that break one rule each on purpose.</content>
public sealed partial class AnAnnualReport
{
    private static readonly ImmutableArray<ReportPart> RequiredParts = ImmutableArray.Create(
        ReportPart.MeasuresAndResults, ReportPart.ShortcomingsAndCauses, ReportPart.FirstResponsiblePersonDuties, ReportPart.NextYearArrangements);

    /// <summary>Publishes on 1 April of the following year, the first day too late: <see cref="Validation.ValidationCodes.PublishedLate"/>.</summary>
    /// <returns>This builder.</returns>
    /// <remarks>Like <see cref="PublishedOn"/>, it keeps the channel, information source and address of an earlier publication.</remarks>
    public AnAnnualReport PublishedLate() => PublishedOn(new LocalDate(_year + 1, 4, 1));

    /// <summary>
    /// Dates the subject's submissions 1 April of the following year, after the first quarter:
    /// <see cref="Validation.ValidationCodes.LocalGovernmentSubmissionLate"/> for a government.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The date is applied when the report is built, to the subject's default submissions or those given to
    /// <see cref="SubmittedTo"/>, whichever step comes later; the submissions the late steps add keep their dates. Of the
    /// three dating steps, the last one called wins.
    /// </remarks>
    public AnAnnualReport SubmittedAfterFirstQuarter() => WithSubmissionsOn(new LocalDate(_year + 1, 4, 1));

    /// <summary>Dates the subject's submissions 31 December of the report year itself: <see cref="Validation.ValidationCodes.DatedBeforeYearEnd"/>.</summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Applied when the report is built, like <see cref="SubmittedAfterFirstQuarter"/>. The default sign-off is then dated
    /// 31 December too, which V7 does not check and V10 accepts.
    /// </remarks>
    public AnAnnualReport SubmittedWithinReportYear() => WithSubmissionsOn(new LocalDate(_year, 12, 31));

    /// <summary>
    /// Dates the subject's submissions 1 March of the following year: <see cref="Validation.ValidationCodes.DepartmentSubmissionLate"/>
    /// for a department (<see cref="ByGovernmentDepartment"/>) under the overlay
    /// <see cref="Validation.RuleSetOverlays.DepartmentSubmissionDeadline"/>; a government is still in time for V3.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <remarks>Applied when the report is built, like <see cref="SubmittedAfterFirstQuarter"/>.</remarks>
    public AnAnnualReport SubmittedOnFirstOfMarch() => WithSubmissionsOn(new LocalDate(_year + 1, 3, 1));

    /// <summary>
    /// Adds a submission to the Party Central Committee and the State Council on 1 April of the following year, the first
    /// day too late: <see cref="Validation.ValidationCodes.ProvincialSubmissionLate"/> when the subject is a provincial
    /// government (<see cref="ByProvincialGovernment"/>); the rule does not apply to other subjects.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The submission is kept whatever subject step, <see cref="SubmittedTo"/> or dating step comes before or after, and
    /// follows the subject's submissions in the order the late steps were called. Calling it again adds nothing.
    /// </remarks>
    public AnAnnualReport SubmittedLateToCentralCommitteeAndStateCouncil() =>
        AddLateSubmission(new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, new LocalDate(_year + 1, 4, 1)));

    /// <summary>
    /// Makes the subject a national demonstration area that reports to the central rule-of-law office on 1 February of the
    /// following year, a day late: <see cref="Validation.ValidationCodes.DemonstrationAreaReportLate"/> under the overlay
    /// <see cref="Validation.RuleSetOverlays.DemonstrationAreaReporting"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The mark and the submission are applied when the report is built, so a later subject step
    /// (<see cref="By"/>, <see cref="ByDistrictGovernment"/>, …), <see cref="SubmittedTo"/> or dating step keeps them.
    /// The submission follows the subject's submissions in the order the late steps were called. Calling it again adds
    /// nothing.
    /// </remarks>
    public AnAnnualReport AsDemonstrationAreaReportingLate()
    {
        _isDemonstrationArea = true;
        return AddLateSubmission(new Submission("中央依法治国办", SubmissionRecipientKind.CentralRuleOfLawOffice, new LocalDate(_year + 1, 2, 1)));
    }

    /// <summary>Removes a required part from every section that carries it: <see cref="Validation.ValidationCodes.RequiredPartMissing"/>.</summary>
    /// <param name="part">The part to remove.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithoutPart(ReportPart part)
    {
        _sections = _sections.Select(section => Strip(section, part)).ToImmutableArray();
        return this;
    }

    /// <summary>
    /// Lets the first section carry two required parts at once: <see cref="Validation.ValidationCodes.PartsMerged"/> at
    /// <c>Sections[0]</c>.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The outline has no section.</exception>
    /// <remarks>
    /// It adds to the first section's parts the first required part (1–4) it does not carry yet, and leaves the rest of
    /// the outline as it is, so the added part stays where it was too. A first section that already carries all four is
    /// left as it is: it already carries several.
    /// </remarks>
    public AnAnnualReport WithMergedParts()
    {
        if (_sections.IsEmpty)
        {
            throw new InvalidOperationException("WithMergedParts needs a first section to add a part to, but the outline has no section (0 sections)");
        }

        var first = _sections[0];
        var added = RequiredParts.Where(part => !first.Parts.Contains(part)).ToArray();
        if (added.Length > 0)
        {
            var merged = new Section(first.Marker, first.OutlineLevel, first.Heading, first.Body, first.Children, first.Parts.Add(added[0]), first.IsHeadingBoundaryUncertain);
            _sections = _sections.SetItem(0, merged);
        }

        return this;
    }

    /// <summary>Adds a shortcoming that states no cause: <see cref="Validation.ValidationCodes.ShortcomingWithoutCause"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithShortcomingWithoutCause()
    {
        _shortcomings = _shortcomings.Add(new Shortcoming("行政复议纠错率偏高"));
        return this;
    }

    /// <summary>Sets a title that names neither 法治政府建设 nor the year: <see cref="Validation.ValidationCodes.TitleIncomplete"/>.</summary>
    /// <returns>This builder.</returns>
    /// <remarks>Like <see cref="Titled"/>, it wins over the subject steps' default title whatever the order.</remarks>
    public AnAnnualReport WithIncompleteTitle() => Titled("某区工作报告");

    /// <summary>Adds an indicator value of 7 of 10 published as 80%: <see cref="Validation.ValidationCodes.PublishedRateInconsistent"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithInconsistentRate() =>
        WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("hearing_rate"), IndicatorScope.Subject, ReportYear.Of(_year), numerator: 7, denominator: 10, published: PublishedFigure.Of(80m)));

    /// <summary>Adds an indicator value with a numerator of 1 and no denominator, published as 99%, which no denominator gives: <see cref="Validation.ValidationCodes.PublishedRateImpossible"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithImpossibleRate() =>
        WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("mediation_success_rate"), IndicatorScope.Subject, ReportYear.Of(_year), numerator: 1, published: PublishedFigure.Of(99m)));

    /// <summary>Adds an indicator value of 995 of 999 published as 100%: <see cref="Validation.ValidationCodes.PublishedFigureAllOrNone"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithHundredPercentForNotAll() =>
        WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("online_service_rate"), IndicatorScope.Subject, ReportYear.Of(_year), numerator: 995, denominator: 999, published: PublishedFigure.Of(100m)));

    /// <summary>Adds an indicator value of 0 of 0 published as 100%: <see cref="Validation.ValidationCodes.FigureForInapplicableRate"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithFigureForInapplicableRate() =>
        WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("correction_rate"), IndicatorScope.Subject, ReportYear.Of(_year), numerator: 0, denominator: 0, published: PublishedFigure.Of(100m)));

    /// <summary>Prints one indicator twice, as 70% and as 80%, with no counts: <see cref="Validation.ValidationCodes.PublishedFigureConflict"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithConflictingPrintings()
    {
        var code = IndicatorCode.Parse("disclosure_rate");
        return WithIndicatorValues(
            new IndicatorValue(code, IndicatorScope.Subject, ReportYear.Of(_year), published: PublishedFigure.Of(70m)),
            new IndicatorValue(code, IndicatorScope.Subject, ReportYear.Of(_year), published: PublishedFigure.Of(80m)));
    }

    /// <summary>
    /// Prints in the preamble 全年共受理行政复议案件120件，其中维持80件、撤销50件, some parts of a total that add up to more
    /// than it: <see cref="Validation.ValidationCodes.PartsDoNotAddUp"/> at <c>PreambleQuantities[2]</c>.
    /// </summary>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The three quantities and their breakdown are added when the report is built, so outline steps before or after keep
    /// them; the preamble's text is set only when no other step set one.
    /// </remarks>
    public AnAnnualReport WithPartsAboveTheirTotal()
    {
        _partsAboveTheirTotal = true;
        return this;
    }

    private AnAnnualReport WithSubmissionsOn(LocalDate date)
    {
        _submissionDate = date;
        return this;
    }

    private AnAnnualReport AddLateSubmission(Submission submission)
    {
        if (!_lateSubmissions.Any(late => late.RecipientKind == submission.RecipientKind))
        {
            _lateSubmissions.Add(submission);
        }

        return this;
    }

    private static Section Strip(Section section, ReportPart part) =>
        new(section.Marker, section.OutlineLevel, section.Heading, section.Body,
            section.Children.Select(child => Strip(child, part)).ToImmutableArray(),
            section.Parts.Remove(part), section.IsHeadingBoundaryUncertain);
}
