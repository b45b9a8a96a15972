using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ValidationResultTests
{
    private static ValidationIssue Issue(string code, string path, Severity severity = Severity.Error, string message = "m") =>
        new(code, severity, path, message, ImmutableArray<ValidationValue>.Empty);

    [Fact]
    public void Constructor_SortsByCodeThenPath_KeepingTheOrderOfTies()
    {
        var first = Issue("ROL0008", "Shortcomings[0]", message: "first");
        var second = Issue("ROL0008", "Shortcomings[0]", message: "second");

        var result = new ValidationResult([Issue("ROL0009", "Title"), second, Issue("ROL0001", "Sections"), first, Issue("ROL0008", "Plan")]);

        Assert.Equal(
            ["ROL0001 Sections", "ROL0008 Plan", "ROL0008 Shortcomings[0] second", "ROL0008 Shortcomings[0] first", "ROL0009 Title"],
            result.Issues.Select(i => i.Code + " " + i.Path + (i.Path == "Shortcomings[0]" ? " " + i.Message : string.Empty)));
    }

    [Property(MaxTest = 300)]
    public Property Constructor_AnyOrder_SortsAsAStableSortByCodeThenPath() =>
        Prop.ForAll(
            Gen.Elements("ROL0002", "ROL0011", "ROL0025").SelectMany(code => Gen.Elements("", "Plan", "Plan.Items[0]", "Title").Select(path => (code, path))).ArrayOf().ToArbitrary(),
            pairs =>
            {
                var issues = pairs.Select((p, i) => Issue(p.Item1, p.Item2, message: "m" + i)).ToArray();

                var result = new ValidationResult(issues);

                return result.Issues.SequenceEqual(issues.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Path, StringComparer.Ordinal))
                    && new ValidationResult(result.Issues).Issues.SequenceEqual(result.Issues);
            });

    [Fact]
    public void FromUnsorted_SortsLikeTheConstructor()
    {
        List<ValidationIssue> issues = [Issue("ROL0009", "Title"), Issue("ROL0008", "b", message: "1"), Issue("ROL0008", "b", message: "2"), Issue("ROL0001", "Sections")];

        Assert.Equal(new ValidationResult(issues), ValidationResult.FromUnsorted(issues));
        Assert.Same(ValidationResult.Empty, ValidationResult.FromUnsorted([]));
        Assert.Same(ValidationResult.Empty, ValidationResult.FromUnsorted(null));
    }

    [Fact]
    public void Empty_HasNoIssues_IsValid_AndHasNoWorst()
    {
        Assert.Empty(ValidationResult.Empty.Issues);
        Assert.True(ValidationResult.Empty.IsValid);
        Assert.False(ValidationResult.Empty.HasErrors);
        Assert.Null(ValidationResult.Empty.Worst);
        Assert.Equal("no issues", ValidationResult.Empty.ToString());
    }

    [Theory]
    [InlineData(Severity.Info, false)]
    [InlineData(Severity.Warning, false)]
    [InlineData(Severity.Error, true)]
    public void HasErrors_OnlyForAnError(Severity severity, bool hasErrors)
    {
        var result = new ValidationResult([Issue("ROL0017", "Sections[0]", Severity.Info), Issue("ROL0001", "Sections", severity)]);

        Assert.Equal(hasErrors, result.HasErrors);
        Assert.Equal(!hasErrors, result.IsValid);
        Assert.Equal(severity, result.Worst);
    }

    [Fact]
    public void Has_MatchesCodeAndOptionallyPath()
    {
        var result = new ValidationResult([Issue("ROL0002", "Publication.PublishedAt")]);

        Assert.True(result.Has("ROL0002"));
        Assert.True(result.Has("ROL0002", "Publication.PublishedAt"));
        Assert.False(result.Has("ROL0002", "Publication"));
        Assert.False(result.Has("ROL0003"));
        Assert.False(result.Has("ROL0003", "Publication.PublishedAt"));
    }

    [Fact]
    public void WithCode_And_WithSeverity_SelectInOrder()
    {
        var result = new ValidationResult([Issue("ROL0008", "b", Severity.Warning), Issue("ROL0008", "a", Severity.Warning), Issue("ROL0001", "Sections")]);

        Assert.Equal(["a", "b"], result.WithCode("ROL0008").Select(i => i.Path));
        Assert.Equal(["ROL0001"], result.WithSeverity(Severity.Error).Select(i => i.Code));
        Assert.Empty(result.WithSeverity(Severity.Info));
    }

    [Fact]
    public void Equality_ComparesIssuesInOrder()
    {
        ValueSemantics.Assert(
            new ValidationResult([Issue("ROL0001", "Sections"), Issue("ROL0002", "Publication")]),
            new ValidationResult([Issue("ROL0002", "Publication"), Issue("ROL0001", "Sections")]),
            new ValidationResult([Issue("ROL0001", "Sections")]),
            ValidationResult.Empty,
            new ValidationResult([Issue("ROL0001", "Sections"), Issue("ROL0002", "Publication", Severity.Warning)]));
    }

    [Fact]
    public void Constructor_NullIssue_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationResult([null!]));
        Assert.Throws<ArgumentNullException>(() => new ValidationResult(null!));
    }

    [Fact]
    public void ToString_CountsAndListsTheIssues()
    {
        var one = new ValidationResult([Issue("ROL0001", "Sections")]);
        var two = new ValidationResult([Issue("ROL0001", "Sections"), Issue("ROL0009", "Title", Severity.Warning)]);

        Assert.Equal("1 issue (worst: Error)\nROL0001 Error Sections: m", one.ToString());
        Assert.StartsWith("2 issues (worst: Error)\n", two.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public Property Constructor_AnyOrder_SortsByCodeThenPath_AndKeepsEveryIssue() =>
        Prop.ForAll(
            Gen.Elements("ROL0001", "ROL0002", "ROL0008", "ROL0017").SelectMany(code => Gen.Elements("Sections", "Title", "Shortcomings[0]"), (code, path) => Issue(code, path)).ListOf().ToArbitrary(),
            issues =>
            {
                var result = new ValidationResult(issues);
                var keys = result.Issues.Select(i => i.Code + "|" + i.Path).ToArray();

                return result.Issues.Length == issues.Count
                    && keys.SequenceEqual(keys.OrderBy(k => k, System.StringComparer.Ordinal))
                    && result.Equals(new ValidationResult(issues.AsEnumerable().Reverse()));
            });

    [Property]
    public Property Merge_SortedPieces_IsTheSortOfTheirIssuesOneAfterTheOther() =>
        Prop.ForAll(
            Gen.Elements("ROL0001", "ROL0002", "ROL0017").SelectMany(code => Gen.Elements("", "Sections", "Title"), (code, path) => (code, path)).ListOf().ListOf().ToArbitrary(),
            pieces =>
            {
                // Each issue's message names its place in the input, so an order that breaks ties otherwise shows.
                var number = 0;
                var issues = pieces.Select(piece => piece.Select(p => new ValidationIssue(p.code, Severity.Error, p.path, "m" + number++, default)).ToList()).ToList();
                var sorted = issues.Select(piece => ValidationResult.FromUnsorted(piece).Issues).ToArray();

                var merged = ValidationResult.Merge(sorted);

                var whole = ValidationResult.FromUnsorted(issues.SelectMany(piece => piece).ToList());
                return merged.Issues.Select(i => i.Message).SequenceEqual(whole.Issues.Select(i => i.Message)) && merged.Equals(whole);
            });

    [Fact]
    public void Merge_NoIssues_IsEmpty()
    {
        Assert.Same(ValidationResult.Empty, ValidationResult.Merge([]));
        Assert.Same(ValidationResult.Empty, ValidationResult.Merge([ImmutableArray<ValidationIssue>.Empty, ImmutableArray<ValidationIssue>.Empty]));
    }
}
