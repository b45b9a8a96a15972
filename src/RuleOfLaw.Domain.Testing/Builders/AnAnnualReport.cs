using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>
/// Builds annual reports that are valid by default: <c>AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 28)).Build()</c>.
/// </summary>
/// <remarks>
/// The default report of year Y has a title naming Y, sections with content for the four required parts, one measure, one
/// shortcoming with a cause, a plan for Y + 1, publication on 28 March of Y + 1 at 10:00 +08:00 on a website,
/// submissions to the Party committee and the people's congress standing committee on 15 March, and a sign-off.
/// </remarks>
public sealed class AnAnnualReport
{
    private static readonly Offset BeijingTime = Offset.FromHours(8);

    private readonly int _year;
    private ReportingSubject _subject = AReportingSubject.District().Build();
    private string _title;
    private string _preamble = string.Empty;
    private ImmutableArray<Section> _sections;
    private ImmutableArray<Measure> _measures;
    private ImmutableArray<Shortcoming> _shortcomings;
    private Plan? _plan;
    private readonly List<IndicatorValue> _indicatorValues = new();
    private Publication? _publication;
    private PublicationExemption? _exemption;
    private ImmutableArray<Submission> _submissions;
    private SignOff? _signOff;

    private AnAnnualReport(int year)
    {
        _year = year;
        _title = string.Create(CultureInfo.InvariantCulture, $"某区{year}年法治政府建设年度报告");
        _sections = ImmutableArray.Create<Section>(
            ASection.Numbered("一、").Titled("主要举措和成效").Covering(ReportPart.MeasuresAndResults)
                .Containing(ASection.Numbered("（一）").Titled("履行第一责任人职责").WithBody("主要负责人专题研究法治政府建设。").Covering(ReportPart.FirstResponsiblePersonDuties)),
            ASection.Numbered("二、").Titled("存在的不足和原因").WithBody("执法队伍力量不足，原因是编制有限。").Covering(ReportPart.ShortcomingsAndCauses),
            ASection.Numbered("三、").Titled("下一年度主要安排").WithBody("深入推进依法行政。").Covering(ReportPart.NextYearArrangements));
        _measures = ImmutableArray.Create<Measure>(AMeasure.Titled("简政放权").WithResults(AQuantity.Of(10, "项")));
        _shortcomings = ImmutableArray.Create(new Shortcoming("执法队伍力量不足", ImmutableArray.Create("编制有限")));
        _plan = APlan.For(year + 1).Build();
        var following = year + 1;
        _publication = new Publication(new LocalDateTime(following, 3, 28, 10, 0).WithOffset(BeijingTime), PublicationChannel.Website, "某区人民政府办公室");
        var submitted = new LocalDate(following, 3, 15);
        _submissions = ImmutableArray.Create(
            new Submission("区委", SubmissionRecipientKind.PartyCommittee, submitted),
            new Submission("区人大常委会", SubmissionRecipientKind.PeopleCongressStandingCommittee, submitted));
        _signOff = new SignOff("某市某区人民政府", new LocalDate(following, 3, 10));
    }

    /// <summary>Starts a valid report for a report year.</summary>
    /// <param name="year">The report year.</param>
    /// <returns>The builder.</returns>
    public static AnAnnualReport For(int year) => new(year);

    /// <summary>Sets the reporting subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport By(ReportingSubject subject)
    {
        _subject = subject;
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Sets the preamble.</summary>
    /// <param name="preamble">The preamble.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithPreamble(string preamble)
    {
        _preamble = preamble;
        return this;
    }

    /// <summary>Replaces the sections.</summary>
    /// <param name="sections">The sections.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithSections(params Section[] sections)
    {
        _sections = sections.ToImmutableArray();
        return this;
    }

    /// <summary>Replaces the measures.</summary>
    /// <param name="measures">The measures.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithMeasures(params Measure[] measures)
    {
        _measures = measures.ToImmutableArray();
        return this;
    }

    /// <summary>Replaces the shortcomings.</summary>
    /// <param name="shortcomings">The shortcomings.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithShortcomings(params Shortcoming[] shortcomings)
    {
        _shortcomings = shortcomings.ToImmutableArray();
        return this;
    }

    /// <summary>Sets or clears the plan for the following year.</summary>
    /// <param name="plan">The plan, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithPlan(Plan? plan)
    {
        _plan = plan;
        return this;
    }

    /// <summary>Removes the plan.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithoutPlan() => WithPlan(null);

    /// <summary>Adds indicator values.</summary>
    /// <param name="values">The values.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithIndicatorValues(params IndicatorValue[] values)
    {
        _indicatorValues.AddRange(values);
        return this;
    }

    /// <summary>Publishes on a date at 10:00 Beijing time on a website.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport PublishedOn(LocalDate date) =>
        PublishedAt(date.At(new LocalTime(10, 0)).WithOffset(BeijingTime));

    /// <summary>Publishes at an instant; clears any exemption.</summary>
    /// <param name="publishedAt">The moment of publication.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="informationSource">The office named as source.</param>
    /// <param name="url">The address, if any.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport PublishedAt(OffsetDateTime publishedAt, PublicationChannel channel = PublicationChannel.Website, string? informationSource = "某区人民政府办公室", Uri? url = null)
    {
        _publication = new Publication(publishedAt, channel, informationSource, url);
        _exemption = null;
        return this;
    }

    /// <summary>Removes the publication: once the deadline has passed the validator reports <see cref="Validation.ValidationCodes.PublicationOverdue"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport Unpublished()
    {
        _publication = null;
        return this;
    }

    /// <summary>Exempts the report from publication; clears the publication.</summary>
    /// <param name="exemption">The exemption.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport ExemptBecause(PublicationExemption exemption)
    {
        _exemption = exemption;
        _publication = null;
        return this;
    }

    /// <summary>Replaces the submissions.</summary>
    /// <param name="submissions">The submissions.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport SubmittedTo(params Submission[] submissions)
    {
        _submissions = submissions.ToImmutableArray();
        return this;
    }

    /// <summary>Sets the sign-off.</summary>
    /// <param name="signer">Who signed off.</param>
    /// <param name="date">When.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport SignedOffBy(string signer, LocalDate date)
    {
        _signOff = new SignOff(signer, date);
        return this;
    }

    /// <summary>Removes the sign-off.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithoutSignOff()
    {
        _signOff = null;
        return this;
    }

    /// <summary>Sets a county-level district government as the subject; its short name is the full name without 人民政府.</summary>
    /// <param name="fullName">The full name, e.g. 某市某区人民政府.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    public AnAnnualReport ByDistrictGovernment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var shortName = fullName.EndsWith("人民政府", StringComparison.Ordinal) && fullName.Length > 4 ? fullName[..^4] : fullName;
        return By(AReportingSubject.Named(fullName, shortName).Build());
    }

    /// <summary>
    /// Sets a provincial government as the subject, with a title and sign-off naming it and the submissions addressed to
    /// the provincial Party committee and people's congress standing committee; its short name is the full name without
    /// 人民政府, and it has no division code.
    /// </summary>
    /// <param name="fullName">The full name, e.g. 某省人民政府.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <remarks>The submissions keep their dates; add the one to the centre with <see cref="SubmittedLateToCentralCommitteeAndStateCouncil"/> or <see cref="SubmittedTo"/>.</remarks>
    public AnAnnualReport ByProvincialGovernment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var shortName = fullName.EndsWith("人民政府", StringComparison.Ordinal) && fullName.Length > 4 ? fullName[..^4] : fullName;
        _title = string.Create(CultureInfo.InvariantCulture, $"{shortName}{_year}年法治政府建设年度报告");
        _submissions = _submissions.Select(submission => submission.RecipientKind switch
        {
            SubmissionRecipientKind.PartyCommittee => new Submission("省委", submission.RecipientKind, submission.Date),
            SubmissionRecipientKind.PeopleCongressStandingCommittee => new Submission("省人大常委会", submission.RecipientKind, submission.Date),
            _ => submission,
        }).ToImmutableArray();
        _signOff = _signOff is null ? null : new SignOff(fullName, _signOff.Date);
        return By(AReportingSubject.Named(fullName, shortName).AtLevel(AdministrativeLevel.Province).WithDivisionCode(null).Build());
    }

    /// <summary>
    /// Adds a submission to the Party Central Committee and the State Council on 1 April of the following year, the first
    /// day too late: <see cref="Validation.ValidationCodes.ProvincialSubmissionLate"/> when the subject is a provincial
    /// government (<see cref="ByProvincialGovernment"/>); the rule does not apply to other subjects.
    /// </summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport SubmittedLateToCentralCommitteeAndStateCouncil()
    {
        _submissions = _submissions.Add(new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, new LocalDate(_year + 1, 4, 1)));
        return this;
    }

    /// <summary>
    /// Sets a district government department as the subject, with a title and sign-off naming it and submissions to the
    /// district government and to the department one level up on 15 February of the following year, in time for V4.
    /// </summary>
    /// <param name="fullName">The full name, e.g. 某区司法局.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <remarks>
    /// V3 binds governments, not departments, so these submissions are checked only by V4, which is an overlay
    /// (<see cref="Validation.RuleSetOverlays.DepartmentSubmissionDeadline"/>). Make them late with <see cref="SubmittedOnFirstOfMarch"/>.
    /// </remarks>
    public AnAnnualReport ByGovernmentDepartment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        _title = string.Create(CultureInfo.InvariantCulture, $"{fullName}{_year}年法治政府建设年度报告");
        var submitted = new LocalDate(_year + 1, 2, 15);
        _submissions = ImmutableArray.Create(
            new Submission("区人民政府", SubmissionRecipientKind.SuperiorGovernment, submitted),
            new Submission("市级主管部门", SubmissionRecipientKind.SuperiorDepartment, submitted));
        _signOff = _signOff is null ? null : new SignOff(fullName, _signOff.Date);
        return By(AReportingSubject.Named(fullName, fullName).OfKind(SubjectKind.GovernmentDepartment).Build());
    }

    /// <summary>
    /// Dates every submission 1 March of the following year: <see cref="Validation.ValidationCodes.DepartmentSubmissionLate"/>
    /// for a department (<see cref="ByGovernmentDepartment"/>) under the overlay
    /// <see cref="Validation.RuleSetOverlays.DepartmentSubmissionDeadline"/>; a government is still in time for V3.
    /// </summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport SubmittedOnFirstOfMarch() => WithSubmissionsOn(new LocalDate(_year + 1, 3, 1));

    /// <summary>
    /// Makes the subject a national demonstration area that reports to the central rule-of-law office on 1 February of the
    /// following year, a day late: <see cref="Validation.ValidationCodes.DemonstrationAreaReportLate"/> under the overlay
    /// <see cref="Validation.RuleSetOverlays.DemonstrationAreaReporting"/>.
    /// </summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport AsDemonstrationAreaReportingLate()
    {
        var s = _subject;
        _subject = new ReportingSubject(s.FullName, s.ShortName, s.Level, s.Kind, s.DivisionCode, isNationalDemonstrationArea: true);
        _submissions = _submissions.Add(new Submission("中央依法治国办", SubmissionRecipientKind.CentralRuleOfLawOffice, new LocalDate(_year + 1, 2, 1)));
        return this;
    }

    /// <summary>Adds one measure to those already there (the default report has one).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithMeasure(Measure measure)
    {
        _measures = _measures.Add(measure);
        return this;
    }

    /// <summary>Publishes on 1 April of the following year, the first day too late: <see cref="Validation.ValidationCodes.PublishedLate"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport PublishedLate() => PublishedOn(new LocalDate(_year + 1, 4, 1));

    /// <summary>Dates every submission 1 April of the following year, after the first quarter: <see cref="Validation.ValidationCodes.LocalGovernmentSubmissionLate"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport SubmittedAfterFirstQuarter() => WithSubmissionsOn(new LocalDate(_year + 1, 4, 1));

    /// <summary>Dates every submission 31 December of the report year itself: <see cref="Validation.ValidationCodes.DatedBeforeYearEnd"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport SubmittedWithinReportYear() => WithSubmissionsOn(new LocalDate(_year, 12, 31));

    /// <summary>Removes a required part from every section that carries it: <see cref="Validation.ValidationCodes.RequiredPartMissing"/>.</summary>
    /// <param name="part">The part to remove.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithoutPart(ReportPart part)
    {
        _sections = _sections.Select(section => Strip(section, part)).ToImmutableArray();
        return this;
    }

    /// <summary>Lets the first section carry two required parts at once: <see cref="Validation.ValidationCodes.PartsMerged"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithMergedParts()
    {
        var parts = _sections.SelectMany(section => section.SelfAndDescendants()).SelectMany(section => section.Parts).Distinct().ToImmutableArray();
        var first = _sections[0];
        var merged = new Section(first.Marker, first.OutlineLevel, first.Heading, first.Body.Length == 0 ? "主要举措和存在的不足。" : first.Body, ImmutableArray<Section>.Empty, parts, first.IsHeadingBoundaryUncertain);
        _sections = ImmutableArray.Create(merged);
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
    public AnAnnualReport WithIncompleteTitle() => Titled("某区工作报告");

    /// <summary>Adds an indicator value of 7 of 10 published as 80%: <see cref="Validation.ValidationCodes.PublishedRateInconsistent"/>.</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithInconsistentRate() =>
        WithIndicatorValues(new IndicatorValue(IndicatorCode.Parse("hearing_rate"), IndicatorScope.Subject, ReportYear.Of(_year), numerator: 7, denominator: 10, published: PublishedFigure.Of(80m)));

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

    private AnAnnualReport WithSubmissionsOn(LocalDate date)
    {
        _submissions = _submissions.Select(submission => new Submission(submission.Recipient, submission.RecipientKind, date)).ToImmutableArray();
        return this;
    }

    private static Section Strip(Section section, ReportPart part) =>
        new(section.Marker, section.OutlineLevel, section.Heading, section.Body,
            section.Children.Select(child => Strip(child, part)).ToImmutableArray(),
            section.Parts.Remove(part), section.IsHeadingBoundaryUncertain);

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The parts break an invariant of <see cref="AnnualReport"/> (e.g. a plan not for the following year).</exception>
    public AnnualReport Build() =>
        new(_subject, ReportYear.Of(_year), _title, _sections, _measures, _shortcomings, _plan, _indicatorValues.ToImmutableArray(), _publication, _exemption, _submissions, _signOff, _preamble);
}
