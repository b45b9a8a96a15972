using System;
using System.Collections.Immutable;
using NodaTime;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <content>The steps that set a subject with its defaults.</content>
public sealed partial class AnAnnualReport
{
    /// <summary>
    /// Sets a county-level district government as the subject, with its defaults: the title
    /// <c>{short name}{year}年法治政府建设年度报告</c>, a sign-off by it, and submissions to 区委 and 区人大常委会 on 15 March of
    /// the following year. Its short name is the full name without 人民政府.
    /// </summary>
    /// <param name="fullName">The full name, e.g. 某市某区人民政府.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fullName"/> is blank.</exception>
    /// <remarks>The defaults do not override explicit steps, and chosen dates and late steps still apply, whatever the order (see the class remarks).</remarks>
    public AnAnnualReport ByDistrictGovernment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        return BySubject(AReportingSubject.Named(fullName, ShortNameOf(fullName)).Build(), GovernmentSubmissions("区委", "区人大常委会"));
    }

    /// <summary>
    /// Sets a provincial government as the subject, with its defaults: the title <c>{short name}{year}年法治政府建设年度报告</c>,
    /// a sign-off by it, and submissions to 省委 and 省人大常委会 on 15 March of the following year. Its short name is the
    /// full name without 人民政府, and it has no division code.
    /// </summary>
    /// <param name="fullName">The full name, e.g. 某省人民政府.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fullName"/> is blank.</exception>
    /// <remarks>
    /// The defaults do not override explicit steps, and chosen dates and late steps still apply, whatever the order (see
    /// the class remarks). Add the submission to the centre with <see cref="SubmittedLateToCentralCommitteeAndStateCouncil"/>
    /// or <see cref="SubmittedTo"/>.
    /// </remarks>
    public AnAnnualReport ByProvincialGovernment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var subject = AReportingSubject.Named(fullName, ShortNameOf(fullName)).AtLevel(AdministrativeLevel.Province).WithDivisionCode(null).Build();
        return BySubject(subject, GovernmentSubmissions("省委", "省人大常委会"));
    }

    /// <summary>
    /// Sets a district government department as the subject, with its defaults: the title
    /// <c>{full name}{year}年法治政府建设年度报告</c>, a sign-off by it, and submissions to the district government (区人民政府)
    /// and to the department one level up (市级主管部门) on 15 February of the following year, in time for V4.
    /// </summary>
    /// <param name="fullName">The full name, which is also its short name, e.g. 某区司法局.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fullName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fullName"/> is blank.</exception>
    /// <remarks>
    /// The defaults do not override explicit steps, and chosen dates and late steps still apply, whatever the order (see
    /// the class remarks). V3 binds governments, not departments, so these submissions are checked only by V4, which is an
    /// overlay (<see cref="Validation.RuleSetOverlays.DepartmentSubmissionDeadline"/>). Make them late with
    /// <see cref="SubmittedOnFirstOfMarch"/>.
    /// </remarks>
    public AnAnnualReport ByGovernmentDepartment(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        var submitted = new LocalDate(_year + 1, 2, 15);
        return BySubject(
            AReportingSubject.Named(fullName, fullName).OfKind(SubjectKind.GovernmentDepartment).Build(),
            ImmutableArray.Create(
                new Submission("区人民政府", SubmissionRecipientKind.SuperiorGovernment, submitted),
                new Submission("市级主管部门", SubmissionRecipientKind.SuperiorDepartment, submitted)));
    }

    private AnAnnualReport BySubject(ReportingSubject subject, ImmutableArray<Submission> submissions)
    {
        _subject = subject;
        _defaultTitle = DefaultTitle(subject.ShortName);
        _defaultSigner = subject.FullName;
        _defaultSubmissions = submissions;
        return this;
    }

    private ImmutableArray<Submission> GovernmentSubmissions(string partyCommittee, string standingCommittee)
    {
        var submitted = new LocalDate(_year + 1, 3, 15);
        return ImmutableArray.Create(
            new Submission(partyCommittee, SubmissionRecipientKind.PartyCommittee, submitted),
            new Submission(standingCommittee, SubmissionRecipientKind.PeopleCongressStandingCommittee, submitted));
    }

    private static string ShortNameOf(string fullName) =>
        fullName.EndsWith("人民政府", StringComparison.Ordinal) && fullName.Length > 4 ? fullName[..^4] : fullName;
}
