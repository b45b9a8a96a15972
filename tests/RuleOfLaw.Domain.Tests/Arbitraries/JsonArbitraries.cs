using System;
using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Tests.Arbitraries;

/// <summary>Generators for the JSON tests: damage to golden files, and values with their own wire shape.</summary>
public static class JsonArbitraries
{
    /// <summary>Any damage to a document.</summary>
    public static Arbitrary<JsonMutation> Mutations() =>
        (from kind in Gen.Elements(Enum.GetValues<JsonMutationKind>())
         from place in Gen.Choose(0, int.MaxValue)
         from choice in Gen.Choose(0, 1000)
         select new JsonMutation(kind, place, choice))
        .ToArbitrary();

    /// <summary>Validation results of zero to four issues with any severity, path and named values.</summary>
    public static Arbitrary<ValidationResult> ValidationResults() =>
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(IssueGen, n)).Select(issues => new ValidationResult(issues)).ToArbitrary();

    private static Gen<ValidationIssue> IssueGen =>
        from code in Gen.Elements("ROL0001", "ROL0002", "ROL0008", "ROL0021")
        from severity in Gen.Elements(Enum.GetValues<Severity>())
        from path in Gen.Elements("", "Publication.Date", "Sections[1]", "IndicatorValues[0]")
        from message in Gen.Elements("Published 2025-04-03; due before 2025-04-01.", "Shortcoming \"执法\" states no cause.")
        from count in Gen.Choose(0, 2)
        from values in Gen.ArrayOf(Gen.Elements(new ValidationValue("date", "2025-04-03"), new ValidationValue("parts", "2 and 4"), new ValidationValue("empty", "")), count)
        select new ValidationIssue(code, severity, path, message, ImmutableArray.Create(values));

    /// <summary>Published figures, including ones whose declared decimals differ from the printed ones.</summary>
    public static Arbitrary<PublishedFigure> PublishedFigures() =>
        (from units in Gen.Choose(-100_000, 100_000)
         from scale in Gen.Choose(0, 4)
         from decimals in Gen.Choose(0, PublishedFigure.MaxDecimals)
         from declared in Gen.Elements(true, false)
         let value = new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale)
         select declared ? PublishedFigure.Of(value, decimals) : PublishedFigure.Of(value))
        .ToArbitrary();
}
