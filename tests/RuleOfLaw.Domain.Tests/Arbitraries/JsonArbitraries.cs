using System;
using FsCheck;
using FsCheck.Fluent;
using RuleOfLaw.Domain.Rates;

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
