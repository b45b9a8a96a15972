using System;
using System.Collections.Immutable;
using NodaTime;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ValidationIssueTests
{
    private static ValidationIssue Issue(string code = "ROL0002", Severity severity = Severity.Error, string path = "Publication.PublishedAt", string message = "Published 2025-04-03; due before 2025-04-01.", params ValidationValue[] values) =>
        new(code, severity, path, message, ImmutableArray.Create(values.Length == 0 ? [new ValidationValue("published", "2025-04-03")] : values));

    [Fact]
    public void Constructor_KeepsEveryMember()
    {
        var issue = Issue();

        Assert.Equal("ROL0002", issue.Code);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("Publication.PublishedAt", issue.Path);
        Assert.Equal("Published 2025-04-03; due before 2025-04-01.", issue.Message);
        Assert.Equal("2025-04-03", issue.ValueOf("published"));
        Assert.Null(issue.ValueOf("dueBefore"));
    }

    [Fact]
    public void Constructor_DefaultValues_BecomeEmpty()
    {
        var issue = new ValidationIssue("ROL0001", Severity.Error, string.Empty, "m", default);

        Assert.True(issue.Values.IsEmpty);
    }

    [Fact]
    public void Constructor_BlankCode_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => Issue(code: " "));

        Assert.Equal("code", exception.ParamName);
    }

    [Fact]
    public void Constructor_UndefinedSeverity_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => Issue(severity: (Severity)3));

        Assert.StartsWith("severity (3) must be a defined Severity value", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullPath_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Issue(path: null!));
    }

    [Fact]
    public void Constructor_NullValue_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationIssue("ROL0001", Severity.Error, string.Empty, "m", ImmutableArray.Create(new ValidationValue[] { null! })));
    }

    [Fact]
    public void Equality_ComparesEveryMemberAndValuesInOrder()
    {
        var a = new ValidationValue("a", "1");
        var b = new ValidationValue("b", "2");

        ValueSemantics.Assert(
            Issue(values: [a, b]),
            Issue(values: [new ValidationValue("a", "1"), new ValidationValue("b", "2")]),
            Issue(values: [b, a]),
            Issue(code: "ROL0003", values: [a, b]),
            Issue(severity: Severity.Warning, values: [a, b]),
            Issue(path: "Publication", values: [a, b]),
            Issue(message: "other", values: [a, b]));
    }

    [Fact]
    public void ToString_ShowsCodeSeverityPathAndMessage()
    {
        Assert.Equal("ROL0002 Error Publication.PublishedAt: Published 2025-04-03; due before 2025-04-01.", Issue().ToString());
        Assert.Equal("ROL0001 Error (report): m", new ValidationIssue("ROL0001", Severity.Error, string.Empty, "m", default).ToString());
    }

    [Fact]
    public void WithPath_KeepsEveryOtherMember()
    {
        var issue = Issue(values: [new ValidationValue("a", "1"), new ValidationValue("b", "2")]);

        var moved = issue.WithPath("Reports[3].Publication");

        Assert.Equal("Reports[3].Publication", moved.Path);
        Assert.Equal(Issue(path: "Reports[3].Publication", values: [new ValidationValue("a", "1"), new ValidationValue("b", "2")]), moved);
        Assert.Equal("Publication.PublishedAt", issue.Path);
    }

    [Fact]
    public void WithPath_OfAnIssueARuleReported_KeepsItsMessageInEveryLanguage()
    {
        var issue = ValidationCodes.Describe(ValidationCodes.PublishedLate).CreateIssue(Severity.Error, "Reports[2].Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1));

        var moved = issue.WithPath("Publication.PublishedAt");

        Assert.Equal("Published 2025-04-03; due before 2025-04-01.", moved.Message);
        Assert.Equal(issue.GetMessage(MessageLanguage.Chinese), moved.GetMessage(MessageLanguage.Chinese));
        Assert.Equal(new ValidationIssue(issue.Code, issue.Severity, "Publication.PublishedAt", issue.Message, issue.Values), moved);
    }

    [Fact]
    public void WithPath_NullPath_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => Issue().WithPath(null!));

        Assert.Equal("path", exception.ParamName);
    }

    [Fact]
    public void IssueARuleReported_EqualsTheSameIssueMadeWithItsMessage()
    {
        var issue = ValidationCodes.Describe(ValidationCodes.PublishedRateInconsistent).CreateIssue(Severity.Error, "Rates[0]", 6.20m, "33/536", 6.1567m);

        var made = new ValidationIssue(issue.Code, issue.Severity, issue.Path, issue.Message, issue.Values);

        Assert.Equal(made, issue);
        Assert.Equal(made.GetHashCode(), issue.GetHashCode());
        Assert.Equal(made.ToString(), issue.ToString());
        Assert.Equal(made.GetMessage(MessageLanguage.Chinese), issue.GetMessage(MessageLanguage.Chinese));
    }

    [Fact]
    public void Equality_OfIssuesARuleReported_ComparesValuesAndTheMessageTheyMake()
    {
        var late = ValidationCodes.Describe(ValidationCodes.PublishedLate);
        var issue = late.CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1));

        ValueSemantics.Assert(
            issue,
            late.CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1)),
            late.CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 4), new LocalDate(2025, 4, 1)),
            late.CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 3, 1)),
            late.CreateIssue(Severity.Warning, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1)),
            late.CreateIssue(Severity.Error, "Publication", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1)),
            new ValidationIssue(issue.Code, issue.Severity, issue.Path, "Published late.", issue.Values));
    }

    [Fact]
    public void Equality_OfAHeldMessageAndAnIssueARuleReportedWithTheSameText_HoldsBothWays()
    {
        var issue = ValidationCodes.Describe(ValidationCodes.PublishedLate).CreateIssue(Severity.Error, "Publication.PublishedAt", new LocalDate(2025, 4, 3), new LocalDate(2025, 4, 1));
        var held = new ValidationIssue(issue.Code, issue.Severity, issue.Path, "Published 2025-04-03; due before 2025-04-01.", issue.Values);

        ValueSemantics.Assert(held, issue, new ValidationIssue(issue.Code, issue.Severity, issue.Path, "Published 2025-04-03; due before 2025-04-02.", issue.Values));
        ValueSemantics.Assert(issue, held, new ValidationIssue(issue.Code, issue.Severity, issue.Path, "Published 2025-04-03; due before 2025-04-02.", issue.Values));
    }
}
