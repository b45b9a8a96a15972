using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation.Rules;

/// <summary>V17 (ROL0033): the parts printed with a total add up to it, each rounded figure taken as an interval.</summary>
public sealed class BreakdownSumRuleTests
{
    private const string Title = "某区2023年法治政府建设年度报告\n一、主要举措和成效\n";
    private const string Closing = "\n某区人民政府\n2024年1月5日";

    private static readonly AnnualReport Base = AnAnnualReport.For(2023).Build();

    private static ValidationIssue[] Findings(AnnualReport report) =>
        [.. Validators.Later().Validate(report).Issues.Where(i => i.Code == ValidationCodes.PartsDoNotAddUp)];

    private static ValidationIssue[] FindingsOfText(string body) => Findings(ReportTextReader.Read(Title + body + Closing).Report!);

    /// <summary>A report whose first section holds the total (when given) and the parts, in that order, as one breakdown.</summary>
    private static AnnualReport Report(Quantity? total, Quantity[] parts, BreakdownCompleteness completeness)
    {
        Quantity[] quantities = total is null ? parts : [total, .. parts];
        var offset = total is null ? 0 : 1;
        var section = new Section("一、", 1, "主要举措和成效", quantities: [.. quantities]);
        var breakdown = new QuantityBreakdown(
            total is null ? null : "Sections[0].Quantities[0]",
            [.. parts.Select((_, i) => FormattableString.Invariant($"Sections[0].Quantities[{i + offset}]"))],
            completeness);
        return new AnnualReport(Base.Subject, Base.Year, Base.Title, [section], breakdowns: [breakdown]);
    }

    private static Quantity Count(decimal value, QuantityQualifier qualifier = QuantityQualifier.Exact) => new(value, "件", QuantityKind.Count, qualifier);

    private static Quantity Share(decimal value) => new(value, "%", QuantityKind.Percent, role: QuantityRole.Share);

    private static Quantity Fraction(long part, long whole)
    {
        var fraction = Rate.Of(part, whole);
        return new(fraction.ToExactPercent()!.Value, "%", QuantityKind.Percent, role: QuantityRole.Share, fraction: fraction);
    }

    [Theory]
    [InlineData("城市居民占42.1%、农村居民占57.9%。")]
    [InlineData("一审案件占33.3%、二审案件占33.3%、再审案件占33.3%。")]
    [InlineData("一审案件占33.4%、二审案件占33.4%、再审案件占33.3%。")]
    [InlineData("一审案件占33%、二审案件占33%、再审案件占33%。")]
    public void Validate_SharesThatRoundTo99Point9Or100Point1_Pass(string body)
    {
        Assert.Empty(FindingsOfText(body));
    }

    [Theory]
    [InlineData("城市居民占三分之一、农村居民占三分之二。")]
    [InlineData("一审案件占三分之一、二审案件占三分之一、再审案件占三分之一。")]
    [InlineData("一审案件占1/4、二审案件占1/4、再审案件占二分之一。")]
    public void Validate_FractionSharesOfOneWhole_Pass(string body)
    {
        var result = ReportTextReader.Read(Title + body + Closing);

        Assert.NotEmpty(result.Report!.Breakdowns);
        Assert.Empty(Findings(result.Report!));
    }

    [Fact]
    public void Validate_FractionSharesShortOfTheWhole_ReportTheLastShare()
    {
        var issue = Assert.Single(FindingsOfText("城市居民占四分之一、农村居民占二分之一。"));

        Assert.Equal(("Sections[0].Quantities[1]", "75%"), (issue.Path, issue.ValueOf("sum")));
    }

    [Fact]
    public void Validate_FractionShares_AreTakenExactlyNotAsRoundedFigures()
    {
        // 50% and 49.5% are rounded figures, [49.5, 50.5] and [49.45, 49.55], which can make 100 %; 1/2 and 99/200 are exact and make 99.5 %.
        var exact = Report(null, [Fraction(1, 3), Fraction(2, 3)], BreakdownCompleteness.Exhaustive);
        var fractions = Report(null, [Fraction(1, 2), Fraction(99, 200)], BreakdownCompleteness.Exhaustive);
        var figures = Report(null, [Share(50m), Share(49.5m)], BreakdownCompleteness.Exhaustive);

        Assert.Empty(Findings(exact));
        Assert.Single(Findings(fractions));
        Assert.Empty(Findings(figures));
    }

    [Fact]
    public void Validate_SharesThatAddUpTo98_ReportTheLastShareAndTheShortfall()
    {
        var result = ReportTextReader.Read(Title + "城市居民占49%、农村居民占49%。" + Closing);

        var issue = Assert.Single(Findings(result.Report!));

        Assert.Equal("Sections[0].Quantities[1]", issue.Path);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Equal(("49% + 49%", "98%", "equal to", "100%", "-2%", "1%"), (issue.ValueOf("addends"), issue.ValueOf("sum"), issue.ValueOf("expected"), issue.ValueOf("total"), issue.ValueOf("difference"), issue.ValueOf("beyond")));
    }

    [Fact]
    public void Validate_SomeSharesAddingUpTo98_Pass()
    {
        Assert.Empty(FindingsOfText("全年受理120件，其中城市居民占49%、农村居民占49%。"));
    }

    [Fact]
    public void Validate_ExhaustiveCountsShortOfTheTotal_ReportTheTotal()
    {
        var issue = Assert.Single(FindingsOfText("全年共受理行政复议案件120件，其中维持80件、撤销10件、其他20件。"));

        Assert.Equal("Sections[0].Quantities[0]", issue.Path);
        Assert.Equal(("110件", "120件", "-10件", "8件"), (issue.ValueOf("sum"), issue.ValueOf("total"), issue.ValueOf("difference"), issue.ValueOf("beyond")));
        Assert.Contains("110件", issue.Message, StringComparison.Ordinal);
        Assert.Contains("应等于合计", issue.GetMessage(MessageLanguage.Chinese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年共受理行政复议案件120件，其中维持80件、撤销10件、其他30件。")]
    [InlineData("全年共受理行政复议案件120件，其中维持80件、撤销10件。")]
    [InlineData("全年共受理行政复议案件120件，其中维持80件、撤销40件。")]
    public void Validate_PartsThatMakeUpOrStayWithinTheTotal_Pass(string body)
    {
        Assert.Empty(FindingsOfText(body));
    }

    [Fact]
    public void Validate_SomePartsAboveTheTotal_ReportThePartWhereTheSumPassesIt()
    {
        var issue = Assert.Single(FindingsOfText("全年共受理行政复议案件120件，其中维持80件、撤销50件、确认违法5件。"));

        Assert.Equal("Sections[0].Quantities[2]", issue.Path);
        Assert.Equal(("135件", "at most", "+15件", "13件"), (issue.ValueOf("sum"), issue.ValueOf("expected"), issue.ValueOf("difference"), issue.ValueOf("beyond")));
    }

    [Fact]
    public void Validate_PartsInTenThousands_AreComparedInTheTotalsScale()
    {
        Assert.Empty(FindingsOfText("全区各行政执法单位共办理各类行政执法案件46.6万宗，其中，行政处罚7960宗，行政强制1655宗。"));
        var issue = Assert.Single(FindingsOfText("共办理各类行政执法案件4.6万宗，其中，行政处罚39600宗，行政强制7655宗。"));
        Assert.Equal("+0.1255万宗", issue.ValueOf("difference"));
    }

    [Theory]
    [InlineData(QuantityQualifier.MoreThan, false)]
    [InlineData(QuantityQualifier.AtLeast, false)]
    [InlineData(QuantityQualifier.LessThan, true)]
    [InlineData(QuantityQualifier.AtMost, true)]
    [InlineData(QuantityQualifier.About, false)]
    [InlineData(QuantityQualifier.AboutMoreThan, false)]
    public void Validate_QualifiedTotal_BoundsOnlyTheSideItStates(QuantityQualifier qualifier, bool flagged)
    {
        var report = Report(Count(100m, qualifier), [Count(80m), Count(30m)], BreakdownCompleteness.Exhaustive);

        Assert.Equal(flagged, Findings(report).Length == 1);
    }

    [Fact]
    public void Validate_QualifiedParts_BoundTheirSumFromBelow()
    {
        Assert.Empty(Findings(Report(Count(120m), [Count(80m, QuantityQualifier.AtLeast), Count(30m)], BreakdownCompleteness.Exhaustive)));
        Assert.Single(Findings(Report(Count(100m), [Count(80m, QuantityQualifier.MoreThan), Count(30m)], BreakdownCompleteness.Partial)));
        Assert.Empty(Findings(Report(Count(100m), [Count(90m, QuantityQualifier.About), Count(30m)], BreakdownCompleteness.Partial)));
    }

    [Fact]
    public void Validate_RuleSwitchedOff_ReportsNothing()
    {
        var report = Report(Count(120m), [Count(80m), Count(50m)], BreakdownCompleteness.Partial);
        var ruleSet = RuleSet.National.Disable(ValidationCodes.PartsDoNotAddUp);

        Assert.DoesNotContain(Validators.Later(ruleSet).Validate(report).Issues, i => i.Code == ValidationCodes.PartsDoNotAddUp);
        Assert.Single(Findings(report));
    }

    [Fact]
    public void Serialize_ReportWithBreakdowns_RoundTrips()
    {
        var report = Report(Count(120m), [Count(80m), Count(50m)], BreakdownCompleteness.Partial);

        var json = RuleOfLawJson.Report.Serialize(report);

        Assert.Contains("\"completeness\": \"partial\"", json, StringComparison.Ordinal);
        Assert.Equal(report, RuleOfLawJson.Report.Deserialize(json));
    }

    [Fact]
    public void Constructor_BreakdownNamingNoQuantityOrMixingUnits_Throws()
    {
        var section = new Section("一、", 1, "主要举措和成效", quantities: [Count(120m), new Quantity(80m, "项"), Share(40m)]);

        Assert.Throws<ArgumentException>(() => new AnnualReport(Base.Subject, Base.Year, Base.Title, [section], breakdowns: [new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[9]"], BreakdownCompleteness.Partial)]));
        Assert.Throws<ArgumentException>(() => new AnnualReport(Base.Subject, Base.Year, Base.Title, [section], breakdowns: [new QuantityBreakdown("Sections[0].Quantities[0]", ["Sections[0].Quantities[1]"], BreakdownCompleteness.Partial)]));
        Assert.Throws<ArgumentException>(() => new AnnualReport(Base.Subject, Base.Year, Base.Title, [section], breakdowns: [new QuantityBreakdown(null, ["Sections[0].Quantities[0]"], BreakdownCompleteness.Partial)]));
        Assert.Single(new AnnualReport(Base.Subject, Base.Year, Base.Title, [section], breakdowns: [new QuantityBreakdown(null, ["Sections[0].Quantities[2]"], BreakdownCompleteness.Partial)]).Breakdowns);
    }

    public static Arbitrary<(int Decimals, MidpointRounding Mode, BreakdownCompleteness Completeness, int[] Parts)> RoundedParts() =>
        Gen.Choose(0, 3).SelectMany(
                decimals => Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven).SelectMany(
                    mode => Gen.Elements(BreakdownCompleteness.Exhaustive, BreakdownCompleteness.Partial).SelectMany(
                        completeness => Gen.Choose(1, 2_000_000).ArrayOf().Where(a => a.Length is >= 1 and <= 8),
                        (completeness, parts) => (completeness, parts)),
                    (mode, rest) => (mode, rest.completeness, rest.parts)),
                (decimals, t) => (decimals, t.mode, t.completeness, t.parts))
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(BreakdownSumRuleTests) }, MaxTest = 300)]
    public bool Validate_PartsAndTotalRoundedFromExactValues_NeverFail((int Decimals, MidpointRounding Mode, BreakdownCompleteness Completeness, int[] Parts) sample)
    {
        var (decimals, mode, completeness, mantissas) = sample;
        var exact = mantissas.Select(m => new decimal(m, 0, 0, false, 4)).ToArray();
        var total = Count(Math.Round(exact.Sum(), decimals, mode));

        var report = Report(total, [.. exact.Select(v => Count(Math.Round(v, decimals, mode)))], completeness);

        return Findings(report).Length == 0;
    }

    [Property(Arbitrary = new[] { typeof(BreakdownSumRuleTests) }, MaxTest = 300)]
    public bool Validate_SharesRoundedFromCounts_NeverFail((int Decimals, MidpointRounding Mode, BreakdownCompleteness Completeness, int[] Parts) sample)
    {
        var (decimals, mode, completeness, counts) = sample;
        var whole = counts.Sum(c => (decimal)c);

        var report = Report(null, [.. counts.Select(c => Share(Math.Round(100m * c / whole, decimals, mode)))], completeness);

        return Findings(report).Length == 0;
    }

    public static Arbitrary<(int Decimals, int[] Parts, int Perturbed, int Units, BreakdownCompleteness Completeness)> PerturbedParts() =>
        Gen.Choose(0, 3).SelectMany(
                decimals => Gen.Choose(100, 1_000_000).ArrayOf().Where(a => a.Length is >= 1 and <= 8).SelectMany(
                    parts => Gen.Choose(0, parts.Length - 1).SelectMany(
                        perturbed => Gen.Choose(-(parts.Length + 4), parts.Length + 4).SelectMany(
                            units => Gen.Elements(BreakdownCompleteness.Exhaustive, BreakdownCompleteness.Partial),
                            (units, completeness) => (units, completeness)),
                        (perturbed, rest) => (perturbed, rest.units, rest.completeness)),
                    (parts, rest) => (parts, rest.perturbed, rest.units, rest.completeness)),
                (decimals, t) => (decimals, t.parts, t.perturbed, t.units, t.completeness))
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(BreakdownSumRuleTests) }, MaxTest = 500)]
    public bool Validate_OnePartMovedByWholeUnits_FailsExactlyWhenBeyondTheRoundingOfEveryFigure((int Decimals, int[] Parts, int Perturbed, int Units, BreakdownCompleteness Completeness) sample)
    {
        var (decimals, mantissas, perturbed, units, completeness) = sample;
        var printed = mantissas.Select(m => new decimal(m, 0, 0, false, (byte)decimals)).ToArray();
        var total = Count(printed.Sum());
        var unit = new decimal(1, 0, 0, false, (byte)decimals);
        printed[perturbed] += units * unit;

        var findings = Findings(Report(total, [.. printed.Select(v => Count(v))], completeness));

        // Each of the n parts and the total stands for ± half a unit, so the sum may miss the total by (n + 1) / 2 units.
        var beyond = 2 * Math.Abs(units) > mantissas.Length + 1;
        var expected = completeness == BreakdownCompleteness.Exhaustive ? beyond : beyond && units > 0;
        var pointsRight = findings.Length == 0
            || (units > 0 ? findings[0].Path != "Sections[0].Quantities[0]" : findings[0].Path == "Sections[0].Quantities[0]");
        return (findings.Length == 1) == expected && findings.Length <= 1 && pointsRight;
    }
}
