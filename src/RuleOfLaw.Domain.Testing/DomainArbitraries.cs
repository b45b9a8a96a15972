using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing;

/// <summary>
/// FsCheck arbitraries and generators that yield only values the domain's constructors accept; register the class with
/// FsCheck (e.g. <c>[Property(Arbitrary = new[] { typeof(DomainArbitraries) })]</c>), pass an arbitrary to
/// <c>Prop.ForAll</c>, or use the <c>Gen</c> members directly.
/// </summary>
/// <remarks>
/// <para>
/// Registered, the class gives each type one arbitrary, and no two of its arbitraries share a type: a parameter of type
/// <see cref="AnnualReport"/> gets any constructible report (<see cref="AnnualReports"/>), one of type
/// <see cref="NationallyValidReport"/> a report the national rule set accepts (<see cref="NationallyValidReports"/>);
/// <see cref="ConsistentFigure"/>, <see cref="InconsistentFigure"/> and <see cref="ChineseNumeral"/> have types of their
/// own for the same reason, so that registering the class takes over no tuple or other type of the caller's.
/// </para>
/// <para>
/// "Valid" here means constructible: <see cref="AnnualReports"/> yields reports of any content, which the validator may
/// well flag; <see cref="NationallyValidReports"/> yields reports the national rule set accepts. Arbitraries that shrink say
/// so and how; their shrinks keep every promise of the generator (constructible, consistent, inconsistent, nationally
/// valid), so a failing case shrinks to a smaller case of the same kind, never to an invalid value. The other
/// arbitraries do not shrink: a failing case is reported as generated.
/// </para>
/// </remarks>
public static partial class DomainArbitraries
{
    private static readonly MidpointRounding[] Modes = Enum.GetValues<MidpointRounding>();

    /// <summary>Counts of every size: mostly small ones as reports print them, some near the top of <see cref="long"/>.</summary>
    public static Gen<long> Count =>
        Gen.Frequency(
            (1, Gen.Constant(0L)),
            (6, Gen.Choose(0, 1000).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (1, Gen.Choose(0, int.MaxValue).Select(i => long.MaxValue - i)));

    /// <summary>Valid rates, including 0 of 0 and n of n.</summary>
    /// <returns>The arbitrary. It shrinks towards 0 of 0 by smaller numerator plus denominator, the numerator never above the denominator.</returns>
    public static Arbitrary<Rate> Rates() =>
        Count.SelectMany(
                denominator => Gen.Frequency(
                    (1, Gen.Constant(denominator)),
                    (1, Gen.Constant(0L)),
                    (8, Gen.Choose(0, int.MaxValue).Select(i => denominator == 0 ? 0 : (long)(((Int128)i * denominator) / int.MaxValue)))),
                (denominator, numerator) => Rate.Of(numerator, denominator))
            .ToShrinkingArbitrary(rate => ShrinkRate(rate, leastDenominator: 0));

    /// <summary>Valid report years, 1990–2100.</summary>
    /// <returns>The arbitrary. It shrinks towards 1990.</returns>
    public static Arbitrary<ReportYear> ReportYears() =>
        Gen.Choose(ReportYear.MinYear, ReportYear.MaxYear).Select(ReportYear.Of).ToShrinkingArbitrary(ShrinkYear);

    /// <summary>Valid rounding policies: 0–4 decimals, every midpoint mode.</summary>
    /// <returns>The arbitrary. It shrinks towards 0 decimals and <see cref="MidpointRounding.ToEven"/>.</returns>
    public static Arbitrary<RoundingPolicy> RoundingPolicies() =>
        Gen.Choose(0, RoundingPolicy.MaxDecimals)
            .SelectMany(_ => Gen.Elements(Modes), (decimals, mode) => new RoundingPolicy(decimals, mode))
            .ToShrinkingArbitrary(ShrinkPolicy);

    private static readonly string[] Texts = { "依法行政", "执法队伍力量不足", "全面推进政务公开", "简政放权", "A", "规范性文件备案审查" };
    private static readonly string[][] MarkersByLevel =
    {
        new[] { "一、", "二、", "十一、" },
        new[] { "（一）", "(二)", "（十）" },
        new[] { "1.", "2．", "3、", "１２." },
        new[] { "（1）", "(2)", "（１０）" },
        new[] { "①", "②", "⑳" },
    };

    /// <summary>Null one time in four, otherwise a value of the generator.</summary>
    public static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(value => (T?)value)));

    /// <summary>Null one time in four, otherwise a value of the generator.</summary>
    public static Gen<T?> OrNullReference<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(value => (T?)value)));

    /// <summary>Short non-blank texts: one of six fixed strings, five Chinese and one ASCII (<c>A</c>).</summary>
    /// <remarks>Never yields empty or blank text, long text, line breaks or characters outside the BMP.</remarks>
    public static Gen<string> Text => Gen.Elements(Texts);

    /// <summary>Calendar dates from 1 January 2000 to 24 December 2030.</summary>
    public static Gen<LocalDate> Date =>
        Gen.Choose(0, 31 * 365).Select(days => new LocalDate(2000, 1, 1).PlusDays(days));

    /// <summary>
    /// Valid quantities of every kind, qualifier and scale, with values of at most two decimals, 0 to 100,000; a ratio (kind
    /// Ratio) with both terms, its value the first; some percentages printed as a fraction (up to twelfths), their value its
    /// exact percentage.
    /// </summary>
    /// <remarks>
    /// Kind, unit, qualifier, scale and printed text are chosen independently, so a percentage may come with 件 and the
    /// printed text (none, 约220余名 or 100余个) does not match the value: the quantities are constructible, not coherent.
    /// </remarks>
    public static Arbitrary<Quantity> Quantities() => QuantityGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Quantities"/>.</summary>
    public static Gen<Quantity> QuantityGen =>
        from cents in Gen.Choose(0, 10_000_000)
        from unit in Gen.Elements("件", "项", "元", "%", "年", "名", "个百分点")
        from kind in Gen.Elements(Enum.GetValues<QuantityKind>())
        from qualifier in Gen.Elements(Enum.GetValues<QuantityQualifier>())
        from scale in Gen.Elements(Enum.GetValues<ScaleWord>())
        from printed in Gen.Elements<string?>(null, "约220余名", "100余个")
        from role in Gen.Elements(Enum.GetValues<QuantityRole>())
        from direction in Gen.Elements(Enum.GetValues<ChangeDirection>())
        from basePeriod in Gen.Elements<string?>(null, "同比", "较2020年")
        from isChange in Gen.Elements(false, true)
        from consequentCents in Gen.Choose(1, 1_000_000)
        from isFraction in Gen.Elements(false, true)
        from whole in Gen.Choose(1, 12)
        from part in Gen.Choose(0, 12)
        let ratio = kind == QuantityKind.Ratio ? Ratio.Of(cents / 100m, consequentCents / 100m) : (Ratio?)null
        let fraction = isFraction && kind == QuantityKind.Percent && scale == ScaleWord.None ? Rate.Of(Math.Min(part, whole), whole) : (Rate?)null
        let fittingRole = kind is QuantityKind.Percent or QuantityKind.PercentagePoints || role is QuantityRole.Level or QuantityRole.Target ? role : QuantityRole.Level
        let change = !isChange || kind is QuantityKind.Rank or QuantityKind.Ratio ? null : new QuantityChange(
            kind switch { QuantityKind.Percent => ChangeUnit.Percent, QuantityKind.PercentagePoints => ChangeUnit.PercentagePoints, _ => ChangeUnit.Absolute }, direction, basePeriod)
        select new Quantity(fraction?.ToExactPercent() ?? cents / 100m, kind == QuantityKind.Ratio ? ":" : unit, kind, qualifier, scale, printed, fittingRole, change, ratio, fraction);

    /// <summary>Valid reporting subjects: any level, kind, demonstration flag and designation flag, names from <see cref="Text"/>.</summary>
    /// <remarks>Division codes are none, 440310, 110101 or 000000, not matched to the level; names do not match the kind.</remarks>
    public static Arbitrary<ReportingSubject> ReportingSubjects() => SubjectGen.ToArbitrary();

    /// <summary>The generator behind <see cref="ReportingSubjects"/>.</summary>
    public static Gen<ReportingSubject> SubjectGen =>
        from name in Text
        from shortName in Text
        from level in Gen.Elements(Enum.GetValues<AdministrativeLevel>())
        from kind in Gen.Elements(Enum.GetValues<SubjectKind>())
        from code in Gen.Elements<string?>(null, "440310", "110101", "000000")
        from demonstration in Gen.Elements(true, false)
        from designation in Gen.Elements(false, false, true)
        select new ReportingSubject(name, shortName, level, kind, code, demonstration, designation);

    /// <summary>Valid section trees: markers of every family at their level, unmarked sections, children deeper than parents.</summary>
    public static Arbitrary<Section> Sections() => SectionAt(1, 2).ToArbitrary();

    /// <summary>Sections at a given level with at most <paramref name="depth"/> levels of children.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1–5 or <paramref name="depth"/> is negative.</exception>
    public static Gen<Section> SectionAt(int level, int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, Section.MaxLevel);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        return SectionGen(level, depth);
    }

    private static Gen<Section> SectionGen(int level, int depth) =>
        from marker in Gen.Frequency((4, Gen.Elements(MarkersByLevel[level - 1])), (1, Gen.Constant(string.Empty)))
        from heading in Text
        from body in Gen.Elements(string.Empty, "正文。")
        from parts in Gen.SubListOf(Enum.GetValues<ReportPart>())
        from uncertain in Gen.Elements(true, false)
        from children in level == Section.MaxLevel || depth == 0
            ? Gen.Constant(ImmutableArray<Section>.Empty)
            : Gen.Choose(0, 2).SelectMany(count => Gen.ArrayOf(Gen.Choose(level + 1, Section.MaxLevel).SelectMany(child => SectionGen(child, depth - 1)), count)).Select(a => a.ToImmutableArray())
        select new Section(marker, level, heading, body, children, parts.ToImmutableArray(), uncertain);

    /// <summary>Task areas of the shipped catalogues.</summary>
    public static Arbitrary<TaskArea> TaskAreas() => TaskAreaGen.ToArbitrary();

    /// <summary>The generator behind <see cref="TaskAreas"/>.</summary>
    public static Gen<TaskArea> TaskAreaGen =>
        Gen.Elements(TaskAreaCatalog.Outline2015To2020.Areas.Concat(TaskAreaCatalog.Outline2021To2025.Areas).ToArray());

    /// <summary>The shipped catalogues and small made-up ones.</summary>
    public static Arbitrary<TaskAreaCatalog> TaskAreaCatalogs() =>
        Gen.Frequency(
            (1, Gen.Elements(TaskAreaCatalog.Outline2015To2020, TaskAreaCatalog.Outline2021To2025)),
            (2, Gen.Choose(0, 4).Select(count => new TaskAreaCatalog("made-up", "某纲要", 2020, 2024, Enumerable.Range(1, count).Select(i => new TaskArea("made-up", i, "领域" + i, "area " + i)).ToImmutableArray()))))
        .ToArbitrary();

    /// <summary>Valid measures.</summary>
    /// <returns>The arbitrary. It shrinks to fewer results and task areas and an empty description.</returns>
    public static Arbitrary<Measure> Measures() => MeasureGen.ToShrinkingArbitrary(ShrinkMeasure);

    /// <summary>The generator behind <see cref="Measures"/>.</summary>
    public static Gen<Measure> MeasureGen =>
        from heading in Text
        from description in Gen.Elements(string.Empty, "推出111项主题式场景服务。")
        from areas in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(TaskAreaGen, n))
        from results in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(QuantityGen, n))
        select new Measure(heading, description, areas.ToImmutableArray(), results.ToImmutableArray());

    /// <summary>Valid shortcomings, with and without causes.</summary>
    public static Arbitrary<Shortcoming> Shortcomings() => ShortcomingGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Shortcomings"/>.</summary>
    public static Gen<Shortcoming> ShortcomingGen =>
        from description in Text
        from causes in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Text, n))
        select new Shortcoming(description, causes.ToImmutableArray());

    /// <summary>Valid plan items, with and without a target.</summary>
    public static Arbitrary<PlanItem> PlanItems() => PlanItemGen.ToArbitrary();

    /// <summary>The generator behind <see cref="PlanItems"/>.</summary>
    public static Gen<PlanItem> PlanItemGen =>
        from heading in Text
        from description in Gen.Elements(string.Empty, "加强监督。")
        from target in OrNullReference(QuantityGen)
        select new PlanItem(heading, description, target);

    /// <summary>Valid plans for any year 1991–2100.</summary>
    public static Arbitrary<Plan> Plans() => PlanFor(Gen.Choose(ReportYear.MinYear + 1, ReportYear.MaxYear)).ToArbitrary();

    /// <summary>Plans for the years a generator yields.</summary>
    public static Gen<Plan> PlanFor(Gen<int> years) =>
        from year in years
        from items in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(PlanItemGen, n))
        select new Plan(ReportYear.Of(year), items.ToImmutableArray());

    /// <summary>Valid publications on a <see cref="Date"/>, at any second, at offsets +08:00, +00:00 or −05:00, on every channel.</summary>
    /// <remarks>Sources are none or one fixed office; URLs none or one example address.</remarks>
    public static Arbitrary<Publication> Publications() => PublicationGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Publications"/>.</summary>
    public static Gen<Publication> PublicationGen =>
        from date in Date
        from seconds in Gen.Choose(0, 86_399)
        from offsetHours in Gen.Elements(8, 0, -5)
        from channel in Gen.Elements(Enum.GetValues<PublicationChannel>())
        from source in Gen.Elements<string?>(null, "某区人民政府办公室")
        from url in Gen.Elements<Uri?>(null, new Uri("https://www.example.gov.cn/report.html"))
        select new Publication(date.At(LocalTime.Midnight.PlusSeconds(seconds)).WithOffset(Offset.FromHours(offsetHours)), channel, source, url);

    /// <summary>Valid exemptions.</summary>
    public static Arbitrary<PublicationExemption> PublicationExemptions() =>
        Text.Select(reason => new PublicationExemption(reason)).ToArbitrary();

    /// <summary>Valid submissions to every kind of recipient on a <see cref="Date"/>, with 0–2 copies.</summary>
    /// <remarks>Dates are not tied to any report year, so in a report they may well break V3–V7.</remarks>
    public static Arbitrary<Submission> Submissions() => SubmissionGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Submissions"/>.</summary>
    public static Gen<Submission> SubmissionGen =>
        from recipient in Text
        from kind in Gen.Elements(Enum.GetValues<SubmissionRecipientKind>())
        from date in Date
        from copies in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Text, n))
        select new Submission(recipient, kind, date, copies.ToImmutableArray());

    /// <summary>Valid sign-offs.</summary>
    public static Arbitrary<SignOff> SignOffs() => SignOffGen.ToArbitrary();

    /// <summary>The generator behind <see cref="SignOffs"/>.</summary>
    public static Gen<SignOff> SignOffGen =>
        from signer in Text
        from date in Date
        select new SignOff(signer, date);

    /// <summary>The subject scope and benchmark scopes.</summary>
    public static Arbitrary<IndicatorScope> IndicatorScopes() => ScopeGen.ToArbitrary();

    /// <summary>The generator behind <see cref="IndicatorScopes"/>.</summary>
    public static Gen<IndicatorScope> ScopeGen =>
        Gen.Frequency(
            (1, Gen.Constant(IndicatorScope.Subject)),
            (2, Gen.Elements("全市", "全省", "全国").SelectMany(_ => Gen.Elements(Enum.GetValues<AdministrativeLevel>()), IndicatorScope.Benchmark)));

    /// <summary>Valid indicator values: counts (either may be missing), quantities, printed figures, or nothing.</summary>
    /// <remarks>
    /// Four indicator codes only (one unlisted, with its printed name); counts up to 1,000, with or without a link; figures are one of 18.2, 50 and 6.20 whatever the counts, so a value
    /// is often inconsistent. Use <see cref="ConsistentFigures"/> or <see cref="NationallyValidReports"/> for coherent ones.
    /// </remarks>
    public static Arbitrary<IndicatorValue> IndicatorValues() => IndicatorValueGen.ToArbitrary();

    /// <summary>The generator behind <see cref="IndicatorValues"/>.</summary>
    public static Gen<IndicatorValue> IndicatorValueGen =>
        from code in Gen.Elements(
            IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorCode.Parse("litigation_head_appearance_rate"), IndicatorCode.Parse("hearing_catalogue_items"),
            IndicatorCode.ForUnlistedName("执法协同响应率"))
        from scope in ScopeGen
        from year in ReportYears().Generator
        from denominator in OrNullValue(Gen.Choose(0, 1000).Select(i => (long)i))
        from numerator in OrNullValue(Gen.Choose(0, 1000).Select(i => (long)i)).Select(n => n is { } v && denominator is { } d ? Math.Min(v, d) : n)
        from quantity in numerator is null && denominator is null ? OrNullReference(QuantityGen) : Gen.Constant<Quantity?>(null)
        from published in Gen.Elements<PublishedFigure?>(null, PublishedFigure.Of(18.2m), PublishedFigure.Of(50m), PublishedFigure.Of(6.20m))
        from printed in Gen.Elements<string?>(null, "纠正率18.2%")
        from change in Gen.Elements<PublishedChange?>(null, new PublishedChange(PublishedFigure.Of(-4.7m), ChangeUnit.PercentagePoints), new PublishedChange(PublishedFigure.Of(20.0m), ChangeUnit.Percent))
        from name in code.IsUnlisted ? Gen.Constant<string?>("执法协同响应率") : Gen.Elements<string?>(null, "行政复议纠错率")
        from kind in Gen.Elements<IndicatorKind?>(null, IndicatorKind.Rate, IndicatorKind.Share)
        from numeratorLink in numerator is null ? Gen.Constant<CountLink?>(null) : Gen.Elements<CountLink?>(null, CountLink.SameClause, CountLink.SameSection)
        from denominatorLink in denominator is null ? Gen.Constant<CountLink?>(null) : Gen.Elements<CountLink?>(null, CountLink.SameSentence, CountLink.FitsPrintedFigure)
        select new IndicatorValue(code, scope, year, numerator, denominator, quantity, published, printed, change, name, kind, numeratorLink, denominatorLink);

    /// <summary>Valid framework nodes of depth 1 to 3.</summary>
    public static Arbitrary<IndicatorFrameworkNode> IndicatorFrameworkNodes() => NodeGen(3).ToArbitrary();

    /// <summary>Nodes at most <paramref name="depth"/> levels deep.</summary>
    public static Gen<IndicatorFrameworkNode> NodeGen(int depth) =>
        from name in Text
        from weight in OrNullValue(Gen.Choose(0, 100).Select(i => (decimal)i))
        from children in depth <= 1
            ? Gen.Constant(Array.Empty<IndicatorFrameworkNode>())
            : Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(NodeGen(depth - 1), n))
        select new IndicatorFrameworkNode(name, weight, children.ToImmutableArray());

    /// <summary>Valid frameworks of two or three levels, whose declared counts may or may not match the tree.</summary>
    /// <returns>The arbitrary. It shrinks to fewer roots and declared counts of 0; the number of levels stays.</returns>
    public static Arbitrary<IndicatorFramework> IndicatorFrameworks() =>
        (from levels in Gen.Choose(IndicatorFramework.MinLevels, IndicatorFramework.MaxLevels)
         from roots in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(NodeGen(levels), n))
         from declared in Gen.ArrayOf(Gen.Choose(0, 200), levels)
         from source in Gen.Elements<string?>(null, "某省法治政府建设指标体系")
         select new IndicatorFramework("指标体系", source, declared.ToImmutableArray(), roots.ToImmutableArray()))
        .ToShrinkingArbitrary(ShrinkFramework);

    /// <summary>Valid reports: any content, plan for the following year or none, published, exempt or neither; half of them annual reports, the rest another kind of document.</summary>
    /// <returns>
    /// The arbitrary. It shrinks to reports with fewer sections, measures, shortcomings, indicator values or submissions,
    /// and without plan, publication (or exemption) or sign-off; subject, year and title stay.
    /// </returns>
    public static Arbitrary<AnnualReport> AnnualReports() =>
        (from subject in SubjectGen
         from year in Gen.Choose(ReportYear.MinYear, ReportYear.MaxYear - 1)
         from title in Text
         from sections in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(SectionAt(1, 1), n))
         from measures in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(MeasureGen, n))
         from shortcomings in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(ShortcomingGen, n))
         from plan in OrNullReference(PlanFor(Gen.Constant(year + 1)))
         from values in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(IndicatorValueGen, n))
         from publicationOrExemption in Gen.Choose(0, 2)
         from publication in PublicationGen
         from submissions in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(SubmissionGen, n))
         from signOff in OrNullReference(SignOffGen)
         from kind in Gen.Elements(DocumentKind.AnnualReport, DocumentKind.AnnualReport, DocumentKind.AnnualReport, DocumentKind.Statistics, DocumentKind.InformationDisclosureReport, DocumentKind.Other)
         select new AnnualReport(
             subject,
             ReportYear.Of(year),
             title,
             sections.ToImmutableArray(),
             measures.ToImmutableArray(),
             shortcomings.ToImmutableArray(),
             plan,
             values.ToImmutableArray(),
             publicationOrExemption == 1 ? publication : null,
             publicationOrExemption == 2 ? PublicationExemption.StateSecrets : null,
             submissions.ToImmutableArray(),
             signOff,
             documentKind: kind))
        .ToShrinkingArbitrary(ShrinkReport);
}
