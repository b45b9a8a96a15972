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

    /// <summary>Gets the publishing office after 信息来源, or null.</summary>
    public TextFact<string>? InformationSource { get; }

    /// <summary>Gets the publication time after 发布时间, Beijing time (UTC+8), or null.</summary>
    public TextFact<OffsetDateTime>? PublishedAt { get; }

    /// <summary>Gets the issuer named in the closing signature, or null.</summary>
    public TextFact<string>? Issuer { get; }

    /// <summary>Gets the date under the signature, or null.</summary>
    public TextFact<LocalDate>? SignedOn { get; }

    /// <summary>Gets where the preamble is (the text between the header and the first heading), or null when it is empty.</summary>
    public SourceSpan? Preamble { get; }

    /// <summary>Gets the top-level headings of the outline, each with its subsections.</summary>
    public ImmutableArray<OutlineNode> Outline { get; }

    /// <summary>Gets every quantity in the text, in order, each with the section it sits in.</summary>
    public ImmutableArray<QuantityFact> Quantities { get; }

    /// <summary>Gets every named rate in the text, in order.</summary>
    public ImmutableArray<RateFact> Rates { get; }

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
        && Preamble == other.Preamble
        && Sequences.Equal(Outline, other.Outline)
        && Sequences.Equal(Quantities, other.Quantities)
        && Sequences.Equal(Rates, other.Rates);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Year, PublishedAt, Issuer, Sequences.Hash(Outline), Sequences.Hash(Quantities), Sequences.Hash(Rates));
}

/// <summary>A value printed in a text, with where it is printed.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Span">Where it is printed.</param>
public sealed record TextFact<T>(T Value, SourceSpan Span)
    where T : notnull;

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
}

/// <summary>A quantity found in a text, with where it is and the part of the text it sits in.</summary>
/// <param name="Quantity">The quantity.</param>
/// <param name="Span">Where it is printed, including a qualifier word and the unit.</param>
/// <param name="Path">
/// What it sits in: a heading's path (<c>Sections[0].Children[2]</c>, the innermost section whose heading or body holds it),
/// <c>Preamble</c>, <c>Header</c> (the lines before the content) or <c>Closing</c> (the signature and after).
/// </param>
public sealed record QuantityFact(Quantity Quantity, SourceSpan Span, string Path);

/// <summary>A named rate found in a text, with the figure printed for it and the counts stated next to it.</summary>
/// <param name="Indicator">The indicator as the gold files write it: the code, with <c>@scope</c> for a benchmark.</param>
/// <param name="Code">The indicator code.</param>
/// <param name="Scope">The benchmark scope (<c>city</c>, <c>province</c>, …) of a benchmark figure; null for the report's own.</param>
/// <param name="Span">The rate's name as printed, or the whole statement of an all-of rate.</param>
/// <param name="Figure">The printed percentage, or null.</param>
/// <param name="FigureSpan">Where the percentage is printed, or null.</param>
/// <param name="Numerator">The numerator the text states (the sum of its addends when printed in parts), or null.</param>
/// <param name="Denominator">The denominator the text states, or null.</param>
/// <param name="IsConsistent">Whether the printed figure agrees with the stated counts at the decimals printed; null when either is missing.</param>
public sealed record RateFact(
    string Indicator,
    string Code,
    string? Scope,
    SourceSpan Span,
    decimal? Figure,
    SourceSpan? FigureSpan,
    long? Numerator,
    long? Denominator,
    bool? IsConsistent);
