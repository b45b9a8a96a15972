using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>
/// What the reader mapped from a text from which no report could be built (it lacks a title, a year or a subject): the
/// header fields it did settle (title, year, subject, each given, printed or inferred with a note naming its source), the
/// sections with their quantities, the preamble with its own, the measures and shortcomings, the named rates and shares
/// (when the year is known) and the totals with their parts, as a report would hold them.
/// </summary>
/// <remarks>
/// Paths are the same as in a report (<c>Sections[0].Children[2]</c>, <c>PreambleQuantities[1]</c>), so
/// <see cref="ReportReadResult.Spans"/> locates these elements too. Equality compares every property, collections in
/// order; there is no order.
/// </remarks>
public sealed record PartialReport
{
    [JsonConstructor]
    internal PartialReport(
        string? title,
        ReportYear? year,
        ReportingSubject? subject,
        ImmutableArray<Section> sections,
        string preamble,
        ImmutableArray<Quantity> preambleQuantities,
        ImmutableArray<Measure> measures,
        ImmutableArray<Shortcoming> shortcomings,
        ImmutableArray<IndicatorValue> indicatorValues = default,
        ImmutableArray<QuantityBreakdown> breakdowns = default)
    {
        Title = string.IsNullOrWhiteSpace(title) ? null : title;
        Year = year;
        Subject = subject;
        Sections = Sequences.NoNulls(sections, nameof(sections));
        Guard.NotNull(preamble, nameof(preamble));
        Preamble = preamble;
        PreambleQuantities = Sequences.NoNulls(preambleQuantities, nameof(preambleQuantities));
        Measures = Sequences.NoNulls(measures, nameof(measures));
        Shortcomings = Sequences.NoNulls(shortcomings, nameof(shortcomings));
        IndicatorValues = Sequences.NoNulls(indicatorValues, nameof(indicatorValues));
        Breakdowns = Sequences.NoNulls(breakdowns, nameof(breakdowns));
    }

    /// <summary>Gets the title (given, printed, or taken from the container with a note), or null when none was found.</summary>
    public string? Title { get; }

    /// <summary>Gets the report year (given, printed in the title, or inferred with a note naming where from), or null when none was found.</summary>
    public ReportYear? Year { get; }

    /// <summary>Gets the reporting subject (given, or inferred with a note naming where from), or null when none was found.</summary>
    public ReportingSubject? Subject { get; }

    /// <summary>Gets the top-level sections, each with its subsections and the quantities of its own heading and body.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Gets the introductory text before the first section; may be empty.</summary>
    public string Preamble { get; }

    /// <summary>Gets the quantities printed in the preamble, in order.</summary>
    public ImmutableArray<Quantity> PreambleQuantities { get; }

    /// <summary>Gets the measures, each referring to its section.</summary>
    public ImmutableArray<Measure> Measures { get; }

    /// <summary>Gets the shortcomings, each referring to its section.</summary>
    public ImmutableArray<Shortcoming> Shortcomings { get; }

    /// <summary>
    /// Gets the named rates and shares the text states, with their counts, as <see cref="AnnualReport.IndicatorValues"/>
    /// holds them; empty when no year was found, since a value is a value for a year.
    /// </summary>
    public ImmutableArray<IndicatorValue> IndicatorValues { get; }

    /// <summary>Gets the totals stated with their parts, as <see cref="AnnualReport.Breakdowns"/> holds them.</summary>
    public ImmutableArray<QuantityBreakdown> Breakdowns { get; }

    /// <summary>Gets the section a path names, such as <c>Sections[0].Children[2]</c>.</summary>
    /// <param name="path">A section path, as <see cref="Measure.Section"/> holds.</param>
    /// <returns>The section, or <see langword="null"/> when the path is null, malformed or names no section.</returns>
    public Section? SectionAt(string? path) => SectionLookup.Resolve(Sections, path);

    /// <inheritdoc/>
    public bool Equals(PartialReport? other) =>
        other is not null && Title == other.Title && Year == other.Year && Equals(Subject, other.Subject) && Preamble == other.Preamble && Sequences.Equal(Sections, other.Sections) && Sequences.Equal(PreambleQuantities, other.PreambleQuantities)
        && Sequences.Equal(Measures, other.Measures) && Sequences.Equal(Shortcomings, other.Shortcomings) && Sequences.Equal(IndicatorValues, other.IndicatorValues) && Sequences.Equal(Breakdowns, other.Breakdowns);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Year, Subject, Preamble, Sequences.Hash(Sections), Sequences.Hash(PreambleQuantities), Sequences.Hash(Measures), HashCode.Combine(Sequences.Hash(Shortcomings), Sequences.Hash(IndicatorValues), Sequences.Hash(Breakdowns)));

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Title", Title), ("Year", Year), ("Subject", Subject), ("Sections", Sections), ("Preamble", Preamble), ("PreambleQuantities", PreambleQuantities), ("Measures", Measures), ("Shortcomings", Shortcomings), ("IndicatorValues", IndicatorValues), ("Breakdowns", Breakdowns));
}
