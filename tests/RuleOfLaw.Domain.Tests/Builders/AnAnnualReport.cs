using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>
/// Builds annual reports that are valid by default: <c>AnAnnualReport.For(2024).PublishedOn(new LocalDate(2025, 3, 28)).Build()</c>.
/// </summary>
/// <remarks>
/// The default report of year Y has a title naming Y, sections for the four required parts, one measure, one
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
                .Containing(ASection.Numbered("（一）").Titled("履行第一责任人职责").Covering(ReportPart.FirstResponsiblePersonDuties)),
            ASection.Numbered("二、").Titled("存在的不足和原因").Covering(ReportPart.ShortcomingsAndCauses),
            ASection.Numbered("三、").Titled("下一年度主要安排").Covering(ReportPart.NextYearArrangements));
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

    public static AnAnnualReport For(int year) => new(year);

    public AnAnnualReport By(ReportingSubject subject)
    {
        _subject = subject;
        return this;
    }

    public AnAnnualReport Titled(string title)
    {
        _title = title;
        return this;
    }

    public AnAnnualReport WithPreamble(string preamble)
    {
        _preamble = preamble;
        return this;
    }

    public AnAnnualReport WithSections(params Section[] sections)
    {
        _sections = sections.ToImmutableArray();
        return this;
    }

    public AnAnnualReport WithMeasures(params Measure[] measures)
    {
        _measures = measures.ToImmutableArray();
        return this;
    }

    public AnAnnualReport WithShortcomings(params Shortcoming[] shortcomings)
    {
        _shortcomings = shortcomings.ToImmutableArray();
        return this;
    }

    public AnAnnualReport WithPlan(Plan? plan)
    {
        _plan = plan;
        return this;
    }

    public AnAnnualReport WithoutPlan() => WithPlan(null);

    public AnAnnualReport WithIndicatorValues(params IndicatorValue[] values)
    {
        _indicatorValues.AddRange(values);
        return this;
    }

    public AnAnnualReport PublishedOn(LocalDate date) =>
        PublishedAt(date.At(new LocalTime(10, 0)).WithOffset(BeijingTime));

    public AnAnnualReport PublishedAt(OffsetDateTime publishedAt, PublicationChannel channel = PublicationChannel.Website, string? informationSource = "某区人民政府办公室", Uri? url = null)
    {
        _publication = new Publication(publishedAt, channel, informationSource, url);
        _exemption = null;
        return this;
    }

    public AnAnnualReport Unpublished()
    {
        _publication = null;
        return this;
    }

    public AnAnnualReport ExemptBecause(PublicationExemption exemption)
    {
        _exemption = exemption;
        _publication = null;
        return this;
    }

    public AnAnnualReport SubmittedTo(params Submission[] submissions)
    {
        _submissions = submissions.ToImmutableArray();
        return this;
    }

    public AnAnnualReport SignedOffBy(string signer, LocalDate date)
    {
        _signOff = new SignOff(signer, date);
        return this;
    }

    public AnAnnualReport WithoutSignOff()
    {
        _signOff = null;
        return this;
    }

    public AnnualReport Build() =>
        new(_subject, ReportYear.Of(_year), _title, _sections, _measures, _shortcomings, _plan, _indicatorValues.ToImmutableArray(), _publication, _exemption, _submissions, _signOff, _preamble);
}
