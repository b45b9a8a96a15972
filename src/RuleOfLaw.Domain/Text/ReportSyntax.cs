using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>What a report text says, as the reader's scanners found it, each fact with its span and nothing inferred.</summary>
/// <remarks>
/// This is the first of the reader's two phases; it is complete whether or not a report could be built from it. Every
/// header field is optional. Equality compares every property, collections in order; there is no order.
/// </remarks>
public sealed record ReportSyntax
{
    [JsonConstructor]
    internal ReportSyntax(
        ImmutableArray<string> breadcrumb,
        SourceSpan? breadcrumbSpan,
        TextFact<string>? title,
        TextFact<int>? year,
        TextFact<string>? informationSource,
        TextFact<OffsetDateTime>? publishedAt,
        TextFact<string>? issuer,
        TextFact<LocalDate>? signedOn,
        SourceSpan? preamble,
        ImmutableArray<OutlineNode> outline,
        ImmutableArray<QuantityFact> quantities,
        ImmutableArray<RateFact> rates)
    {
        Breadcrumb = Sequences.OrEmpty(breadcrumb);
        BreadcrumbSpan = breadcrumbSpan;
        Title = title;
        Year = year;
        InformationSource = informationSource;
        PublishedAt = publishedAt;
        Issuer = issuer;
        SignedOn = signedOn;
        Preamble = preamble;
        Outline = Sequences.OrEmpty(outline);
        Quantities = Sequences.OrEmpty(quantities);
        Rates = Sequences.OrEmpty(rates);
    }

    /// <summary>Gets the segments of the breadcrumb line (首页 > 政务公开 > …), empty when there is none.</summary>
    public ImmutableArray<string> Breadcrumb { get; }

    /// <summary>Gets where the breadcrumb line is, or null.</summary>
    public SourceSpan? BreadcrumbSpan { get; }

    /// <summary>Gets the title line, or null when the text has none.</summary>
    public TextFact<string>? Title { get; }

    /// <summary>Gets the report year the title names, or null.</summary>
    public TextFact<int>? Year { get; }

    /// <summary>Gets the publishing office after 信息来源 / 来源 / 文章来源, else after 发布机构, else the name on an unlabelled date line; or null.</summary>
    public TextFact<string>? InformationSource { get; }

    /// <summary>
    /// Gets the publication time the page prints (发布时间 / 发布日期, else 更新时间, else 日期 / 时间, else an unlabelled
    /// date line under the title), Beijing time (UTC+8), or null. Where a page prints an update time or a document date
    /// too (<see cref="UpdatedAt"/>, <see cref="DocumentDate"/>), the deadline rules use this one; where it prints only an
    /// update time, this is that time, and the read's notes say so.
    /// </summary>
    public TextFact<OffsetDateTime>? PublishedAt { get; }

    /// <summary>Gets the issuer named in the closing signature, else the signer of a cover letter before the report; or null.</summary>
    public TextFact<string>? Issuer { get; }

    /// <summary>Gets the date under the signature, or null.</summary>
    public TextFact<LocalDate>? SignedOn { get; }

    /// <summary>
    /// Gets the date the document was written: 成文日期 in the page's metadata, else the date under a cover letter before the
    /// report; or null. It is kept beside <see cref="PublishedAt"/>; the deadline rules use the publication time, not this.
    /// </summary>
    [JsonInclude]
    public TextFact<LocalDate>? DocumentDate { get; internal init; }

    /// <summary>
    /// Gets the update time the page prints (更新时间 / 更新日期), Beijing time (UTC+8), or null. It is kept beside
    /// <see cref="PublishedAt"/>; the deadline rules use the publication time, not this.
    /// </summary>
    [JsonInclude]
    public TextFact<OffsetDateTime>? UpdatedAt { get; internal init; }

    /// <summary>Gets where the preamble is (the text between the header and the first heading), or null when it is empty.</summary>
    public SourceSpan? Preamble { get; }

    /// <summary>Gets the top-level headings of the outline, each with its subsections.</summary>
    public ImmutableArray<OutlineNode> Outline { get; }

    /// <summary>Gets every quantity in the text, in order, each with the section it sits in.</summary>
    public ImmutableArray<QuantityFact> Quantities { get; }

    /// <summary>Gets every named rate in the text, in order.</summary>
    public ImmutableArray<RateFact> Rates { get; }

    /// <summary>
    /// Gets the totals printed with their parts (合计与分项: <c>共受理120件，其中维持80件、撤销10件</c>) and the runs of shares of
    /// one whole (<c>…占42.1%、…占57.9%</c>), in order, each naming its quantities by their index here: <c>Quantities[3]</c>.
    /// </summary>
    [JsonInclude]
    public ImmutableArray<QuantityBreakdown> Breakdowns { get; internal init; } = [];

    /// <inheritdoc/>
    public bool Equals(ReportSyntax? other) =>
        other is not null
        && Sequences.Equal(Breadcrumb, other.Breadcrumb)
        && BreadcrumbSpan == other.BreadcrumbSpan
        && Equals(Title, other.Title)
        && Equals(Year, other.Year)
        && Equals(InformationSource, other.InformationSource)
        && Equals(PublishedAt, other.PublishedAt)
        && Equals(Issuer, other.Issuer)
        && Equals(SignedOn, other.SignedOn)
        && Equals(DocumentDate, other.DocumentDate)
        && Equals(UpdatedAt, other.UpdatedAt)
        && Preamble == other.Preamble
        && Sequences.Equal(Outline, other.Outline)
        && Sequences.Equal(Quantities, other.Quantities)
        && Sequences.Equal(Rates, other.Rates)
        && Sequences.Equal(Breakdowns, other.Breakdowns);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Year, PublishedAt, Issuer, Sequences.Hash(Outline), Sequences.Hash(Quantities), Sequences.Hash(Rates));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Breadcrumb", Breadcrumb), ("BreadcrumbSpan", BreadcrumbSpan), ("Title", Title), ("Year", Year), ("InformationSource", InformationSource), ("PublishedAt", PublishedAt), ("Issuer", Issuer), ("SignedOn", SignedOn), ("DocumentDate", DocumentDate), ("UpdatedAt", UpdatedAt), ("Preamble", Preamble), ("Outline", Outline), ("Quantities", Quantities), ("Rates", Rates), ("Breakdowns", Breakdowns));
}

/// <summary>A value printed in a text, with where it is printed.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>Equality compares value and span; there is no order.</remarks>
public sealed record TextFact<T>
    where T : notnull
{
    /// <summary>Creates a fact.</summary>
    /// <param name="value">The value.</param>
    /// <param name="span">Where it is printed.</param>
    public TextFact(T value, SourceSpan span) => (Value, Span) = (value, span);

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets where it is printed.</summary>
    public SourceSpan Span { get; }
}

/// <summary>A numbered heading of a text's outline, with its spans and its subsections.</summary>
/// <remarks>Equality compares every property, subsections in order; there is no order.</remarks>
public sealed record OutlineNode
{
    [JsonConstructor]
    internal OutlineNode(string path, string marker, int level, string title, SourceSpan markerSpan, SourceSpan titleSpan, SourceSpan bodySpan, SourceSpan span, bool isTitleBoundaryUncertain, ImmutableArray<OutlineNode> children)
    {
        Path = path;
        Marker = marker;
        Level = level;
        Title = title;
        MarkerSpan = markerSpan;
        TitleSpan = titleSpan;
        BodySpan = bodySpan;
        Span = span;
        IsTitleBoundaryUncertain = isTitleBoundaryUncertain;
        Children = Sequences.OrEmpty(children);
    }

    /// <summary>Gets the heading's path, the same as its section's in the report: <c>Sections[0].Children[2]</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the marker as printed, such as <c>(一)</c> or <c>1．</c>.</summary>
    public string Marker { get; }

    /// <summary>Gets the outline level: 1 for <c>一、</c> down to 5 for <c>①</c>.</summary>
    public int Level { get; }

    /// <summary>Gets the heading's title, without its marker and the stop that ends it.</summary>
    public string Title { get; }

    /// <summary>Gets where the marker is.</summary>
    public SourceSpan MarkerSpan { get; }

    /// <summary>Gets where the title is.</summary>
    public SourceSpan TitleSpan { get; }

    /// <summary>Gets where the section's own text is, up to the next heading of any level.</summary>
    public SourceSpan BodySpan { get; }

    /// <summary>Gets where the whole section is, from its marker to the end of its last subsection.</summary>
    public SourceSpan Span { get; }

    /// <summary>Gets whether the title runs into its body with no stop, so that its end is a judgement.</summary>
    public bool IsTitleBoundaryUncertain { get; }

    /// <summary>Gets the subsections, in order.</summary>
    public ImmutableArray<OutlineNode> Children { get; }

    /// <inheritdoc/>
    public bool Equals(OutlineNode? other) =>
        other is not null
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && string.Equals(Marker, other.Marker, StringComparison.Ordinal)
        && Level == other.Level
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && MarkerSpan == other.MarkerSpan
        && TitleSpan == other.TitleSpan
        && BodySpan == other.BodySpan
        && Span == other.Span
        && IsTitleBoundaryUncertain == other.IsTitleBoundaryUncertain
        && Sequences.Equal(Children, other.Children);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Marker, Title, Span, Sequences.Hash(Children));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Path", Path), ("Marker", Marker), ("Level", Level), ("Title", Title), ("MarkerSpan", MarkerSpan), ("TitleSpan", TitleSpan), ("BodySpan", BodySpan), ("Span", Span), ("IsTitleBoundaryUncertain", IsTitleBoundaryUncertain), ("Children", Children));
}

/// <summary>A quantity found in a text, with where it is and the part of the text it sits in.</summary>
/// <remarks>Equality compares every property; there is no order.</remarks>
public sealed record QuantityFact
{
    /// <summary>Creates a quantity fact.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="span">Where it is printed, including a qualifier word and the unit.</param>
    /// <param name="path">What it sits in; see <see cref="Path"/>.</param>
    public QuantityFact(Quantity quantity, SourceSpan span, string path) => (Quantity, Span, Path) = (quantity, span, path);

    /// <summary>Gets the quantity.</summary>
    public Quantity Quantity { get; }

    /// <summary>Gets where it is printed, including a qualifier word and the unit.</summary>
    public SourceSpan Span { get; }

    /// <summary>
    /// Gets what it sits in: a heading's path (<c>Sections[0].Children[2]</c>, the innermost section whose heading or body
    /// holds it), <c>Preamble</c>, <c>Header</c> (the lines before the content) or <c>Closing</c> (the signature and after).
    /// </summary>
    public string Path { get; }
}

/// <summary>A named rate or share found in a text, with the figure printed for it, the counts stated next to it and why they were taken.</summary>
/// <remarks>Equality compares every property; there is no order.</remarks>
public sealed record RateFact
{
    /// <summary>Creates a rate fact.</summary>
    /// <param name="indicator">The indicator as the gold files write it: the code, with <c>@scope</c> for a benchmark.</param>
    /// <param name="code">The indicator code.</param>
    /// <param name="scope">The benchmark scope (<c>city</c>, <c>province</c>, …) of a benchmark figure; null for the report's own.</param>
    /// <param name="span">The rate's name as printed, or the whole statement of an all-of rate.</param>
    /// <param name="figure">The printed percentage, or null.</param>
    /// <param name="figureSpan">Where the percentage is printed, or null.</param>
    /// <param name="numerator">The numerator the text states (the sum of its addends when printed in parts), or null.</param>
    /// <param name="denominator">The denominator the text states, or null.</param>
    /// <param name="isConsistent">Whether the printed figure agrees with the stated counts at the decimals printed; null when either is missing.</param>
    /// <param name="name">The rate's or share's name as the text prints it (行政复议调解率, 其他公文占比), or null.</param>
    /// <param name="kind">Whether the figure is a rate or a share of a whole.</param>
    /// <param name="numeratorLink">Why the numerator was taken from the text, when one was.</param>
    /// <param name="denominatorLink">Why the denominator was taken from the text, when one was.</param>
    public RateFact(string indicator, string code, string? scope, SourceSpan span, decimal? figure, SourceSpan? figureSpan, long? numerator, long? denominator, bool? isConsistent, string? name = null, Indicators.IndicatorKind kind = Indicators.IndicatorKind.Rate, Indicators.CountLink? numeratorLink = null, Indicators.CountLink? denominatorLink = null)
    {
        Name = name;
        Kind = kind;
        NumeratorLink = numeratorLink;
        DenominatorLink = denominatorLink;
        Indicator = indicator;
        Code = code;
        Scope = scope;
        Span = span;
        Figure = figure;
        FigureSpan = figureSpan;
        Numerator = numerator;
        Denominator = denominator;
        IsConsistent = isConsistent;
    }

    /// <summary>Gets the indicator as the gold files write it: the code, with <c>@scope</c> for a benchmark.</summary>
    public string Indicator { get; }

    /// <summary>Gets the indicator code.</summary>
    public string Code { get; }

    /// <summary>Gets the benchmark scope of a benchmark figure; null for the report's own.</summary>
    public string? Scope { get; }

    /// <summary>Gets the rate's name as printed, or the whole statement of an all-of rate.</summary>
    public SourceSpan Span { get; }

    /// <summary>Gets the printed percentage, or null.</summary>
    public decimal? Figure { get; }

    /// <summary>Gets where the percentage is printed, or null.</summary>
    public SourceSpan? FigureSpan { get; }

    /// <summary>Gets the numerator the text states, or null.</summary>
    public long? Numerator { get; }

    /// <summary>Gets the denominator the text states, or null.</summary>
    public long? Denominator { get; }

    /// <summary>Gets whether the printed figure agrees with the stated counts; null when either is missing.</summary>
    public bool? IsConsistent { get; }

    /// <summary>Gets the rate's or share's name as the text prints it, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets whether the figure is a rate or a share of a whole.</summary>
    public Indicators.IndicatorKind Kind { get; }

    /// <summary>Gets why the numerator was taken from the text (its clause, sentence or section), when one was.</summary>
    public Indicators.CountLink? NumeratorLink { get; }

    /// <summary>Gets why the denominator was taken from the text, when one was.</summary>
    public Indicators.CountLink? DenominatorLink { get; }
}
