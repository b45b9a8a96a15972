using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>
/// Builds annual reports that are valid by default: <c>AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 28)).Build()</c>.
/// </summary>
/// <remarks>
/// <para>
/// The default report of year Y is by a district government (某市某区人民政府) and has a title naming Y, sections with
/// content for the four required parts, one measure, one shortcoming with a cause, a plan for Y + 1, publication on
/// 28 March of Y + 1 at 10:00 +08:00 on a website, submissions to the Party committee and the people's congress standing
/// committee on 15 March, and a sign-off by the subject. Validated under <see cref="Validation.RuleSet.National"/> with
/// every overlay of <see cref="Validation.RuleSetOverlays"/>, it has no finding; so have the defaults of
/// <see cref="ByDistrictGovernment"/>, <see cref="ByProvincialGovernment"/> and <see cref="ByGovernmentDepartment"/>.
/// </para>
/// <para>
/// Each step changes this builder and returns it: use one builder per report, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call returns a
/// report of the builder's current state.
/// </para>
/// <para>
/// The subject steps (<see cref="ByDistrictGovernment"/>, <see cref="ByProvincialGovernment"/>,
/// <see cref="ByGovernmentDepartment"/>) set the subject with its defaults for the title, the sign-off's signer and the
/// submissions. The steps that state a value explicitly (<see cref="Titled"/>, <see cref="SubmittedTo"/>,
/// <see cref="SignedOffBy"/>, <see cref="WithoutSignOff"/>) win over those defaults, and the steps that date the
/// submissions (<see cref="SubmittedAfterFirstQuarter"/>, <see cref="SubmittedWithinReportYear"/>,
/// <see cref="SubmittedOnFirstOfMarch"/>) and the late steps (<see cref="AsDemonstrationAreaReportingLate"/>,
/// <see cref="SubmittedLateToCentralCommitteeAndStateCouncil"/>) are applied when the report is built, so these steps
/// may come in any order.
/// </para>
/// <para>
/// Unless <see cref="SignedOffBy"/> or <see cref="WithoutSignOff"/> says otherwise, the sign-off is dated, when the report
/// is built, on the earlier of 10 March of Y + 1 and the date of the first submission, so it never comes after a
/// submission (V10, <see cref="Validation.RuleSetOverlays.PrincipalLeaderSignOff"/>). It can fall within the report year
/// only when a submission does (<see cref="SubmittedWithinReportYear"/>); V7 does not look at the sign-off.
/// </para>
/// </remarks>
public sealed partial class AnAnnualReport
{

    private readonly int _year;
    private ReportingSubject _subject = AReportingSubject.District().Build();
    private string _defaultTitle;
    private string _defaultSigner;
    private ImmutableArray<Submission> _defaultSubmissions;
    private string? _title;
    private string _preamble = string.Empty;
    private ImmutableArray<Section> _sections;
    private ImmutableArray<Measure> _measures;
    private ImmutableArray<Shortcoming> _shortcomings;
    private Plan? _plan;
    private readonly List<IndicatorValue> _indicatorValues = new();
    private Publication? _publication;
    private PublicationExemption? _exemption;
    private ImmutableArray<Submission>? _submissions;
    private LocalDate? _submissionDate;
    private readonly List<Submission> _lateSubmissions = new();
    private bool _isDemonstrationArea;
    private SignOff? _signOff;
    private bool _withoutSignOff;
    private bool _partsAboveTheirTotal;
    private DocumentKind _documentKind;

    private AnAnnualReport(int year)
    {
        _year = year;
        _defaultTitle = DefaultTitle(_subject.ShortName);
        _defaultSigner = _subject.FullName;
        _defaultSubmissions = GovernmentSubmissions("区委", "区人大常委会");
        _sections = ImmutableArray.Create<Section>(
            ASection.Numbered("一、").Titled("主要举措和成效").Covering(ReportPart.MeasuresAndResults)
                .Containing(ASection.Numbered("（一）").Titled("履行第一责任人职责").WithBody("主要负责人专题研究法治政府建设。").Covering(ReportPart.FirstResponsiblePersonDuties)),
            ASection.Numbered("二、").Titled("存在的不足和原因").WithBody("执法队伍力量不足，原因是编制有限。").Covering(ReportPart.ShortcomingsAndCauses),
            ASection.Numbered("三、").Titled("下一年度主要安排").WithBody("深入推进依法行政。").Covering(ReportPart.NextYearArrangements));
        _measures = ImmutableArray.Create<Measure>(AMeasure.Titled("简政放权").WithResults(AQuantity.Of(10, "项")));
        _shortcomings = ImmutableArray.Create(new Shortcoming("执法队伍力量不足", ImmutableArray.Create("编制有限")));
        _plan = APlan.For(year + 1).Build();
        _publication = new Publication(new LocalDateTime(year + 1, 3, 28, 10, 0).WithOffset(ChinaTime.Offset), PublicationChannel.Website, "某区人民政府办公室");
    }

    /// <summary>Starts a valid report for a report year.</summary>
    /// <param name="year">The report year, from <see cref="ReportYear.MinYear"/> to <see cref="ReportYear.MaxYear"/> − 1 (the default plan is for the following year).</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1990–2099.</exception>
    public static AnAnnualReport For(int year)
    {
        if (year is < ReportYear.MinYear or > ReportYear.MaxYear - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture,
                $"year ({year}) must be between {ReportYear.MinYear} and {ReportYear.MaxYear - 1}, so that the following year, the year of the plan and of the deadlines, is a report year"));
        }

        return new(year);
    }

    /// <summary>Sets the reporting subject, and nothing else.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// The title, the sign-off's signer and the submissions stay as they are; <see cref="ByDistrictGovernment"/>,
    /// <see cref="ByProvincialGovernment"/> and <see cref="ByGovernmentDepartment"/> set a subject with its defaults. A
    /// subject made a demonstration area by <see cref="AsDemonstrationAreaReportingLate"/> stays one.
    /// </remarks>
    public AnAnnualReport By(ReportingSubject subject)
    {
        _subject = subject;
        return this;
    }

    /// <summary>Sets the title, whatever subject step comes before or after.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport Titled(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Makes the document another kind than an annual report (or an annual report again), keeping all its content.</summary>
    /// <param name="documentKind">The kind, such as <see cref="DocumentKind.Statistics"/>.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport OfKind(DocumentKind documentKind)
    {
        _documentKind = documentKind;
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

    /// <summary>Adds one measure to those already there (the default report has one).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithMeasure(Measure measure)
    {
        _measures = _measures.Add(measure);
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

    /// <summary>Publishes on a date at 10:00 Beijing time; clears any exemption.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// Only the moment changes: the channel, information source and address of an earlier publication (the default's,
    /// or those given to <see cref="PublishedAt"/>) are kept. Without one, the report is published on a website by
    /// 某区人民政府办公室.
    /// </remarks>
    public AnAnnualReport PublishedOn(LocalDate date)
    {
        var publishedAt = date.At(new LocalTime(10, 0)).WithOffset(ChinaTime.Offset);
        return _publication is { } publication
            ? PublishedAt(publishedAt, publication.Channel, publication.InformationSource, publication.Url)
            : PublishedAt(publishedAt);
    }

    /// <summary>Publishes at an instant; clears any exemption.</summary>
    /// <param name="publishedAt">The moment of publication.</param>
    /// <param name="channel">The channel, or null when it is not known.</param>
    /// <param name="informationSource">The office named as source.</param>
    /// <param name="url">The address, if any.</param>
    /// <returns>This builder.</returns>
    public AnAnnualReport PublishedAt(OffsetDateTime publishedAt, PublicationChannel? channel = PublicationChannel.Website, string? informationSource = "某区人民政府办公室", Uri? url = null)
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

    /// <summary>Replaces the subject's submissions, whatever subject step comes before or after.</summary>
    /// <param name="submissions">The submissions.</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// A date chosen with <see cref="SubmittedAfterFirstQuarter"/>, <see cref="SubmittedWithinReportYear"/> or
    /// <see cref="SubmittedOnFirstOfMarch"/> still applies to them. The submissions that
    /// <see cref="AsDemonstrationAreaReportingLate"/> and <see cref="SubmittedLateToCentralCommitteeAndStateCouncil"/> add
    /// are kept and come after them.
    /// </remarks>
    public AnAnnualReport SubmittedTo(params Submission[] submissions)
    {
        _submissions = submissions.ToImmutableArray();
        return this;
    }

    /// <summary>Sets the sign-off, whatever subject step comes before or after.</summary>
    /// <param name="signer">Who signed off.</param>
    /// <param name="date">When.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="signer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="signer"/> is blank.</exception>
    public AnAnnualReport SignedOffBy(string signer, LocalDate date)
    {
        _signOff = new SignOff(signer, date);
        _withoutSignOff = false;
        return this;
    }

    /// <summary>Removes the sign-off, whatever subject step comes after (a later <see cref="SignedOffBy"/> sets one again).</summary>
    /// <returns>This builder.</returns>
    public AnAnnualReport WithoutSignOff()
    {
        _signOff = null;
        _withoutSignOff = true;
        return this;
    }

    /// <summary>Builds the report.</summary>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The parts break an invariant of <see cref="AnnualReport"/> (e.g. a plan not for the following year).</exception>
    public AnnualReport Build()
    {
        var subject = _isDemonstrationArea && !_subject.IsNationalDemonstrationArea
            ? new ReportingSubject(_subject.FullName, _subject.ShortName, _subject.Level, _subject.Kind, _subject.DivisionCode, isNationalDemonstrationArea: true)
            : _subject;
        var own = _submissions ?? _defaultSubmissions;
        if (_submissionDate is { } date)
        {
            own = own.Select(submission => new Submission(submission.Recipient, submission.RecipientKind, date)).ToImmutableArray();
        }

        var submissions = own.AddRange(_lateSubmissions);
        var signOff = _withoutSignOff ? null : _signOff ?? new SignOff(_defaultSigner, DefaultSignOffDate(submissions));
        if (!_partsAboveTheirTotal)
        {
            return new(subject, ReportYear.Of(_year), _title ?? _defaultTitle, _sections, _measures, _shortcomings, _plan, _indicatorValues.ToImmutableArray(),
                _publication, _exemption, submissions, signOff, _preamble, documentKind: _documentKind);
        }

        ImmutableArray<Quantity> quantities = [new(120m, "件", printed: "120件"), new(80m, "件", printed: "80件"), new(50m, "件", printed: "50件")];
        var breakdown = new QuantityBreakdown("PreambleQuantities[0]", ["PreambleQuantities[1]", "PreambleQuantities[2]"], BreakdownCompleteness.Partial);
        return new(subject, ReportYear.Of(_year), _title ?? _defaultTitle, _sections, _measures, _shortcomings, _plan, _indicatorValues.ToImmutableArray(),
            _publication, _exemption, submissions, signOff, _preamble.Length == 0 ? "全年共受理行政复议案件120件，其中维持80件、撤销50件。" : _preamble, quantities, _documentKind, [breakdown]);
    }

    private LocalDate DefaultSignOffDate(ImmutableArray<Submission> submissions)
    {
        var date = new LocalDate(_year + 1, 3, 10);
        foreach (var submission in submissions)
        {
            date = LocalDate.Min(date, submission.Date);
        }

        return date;
    }

    private string DefaultTitle(string shortName) => string.Create(CultureInfo.InvariantCulture, $"{shortName}{_year}年法治政府建设年度报告");
}
