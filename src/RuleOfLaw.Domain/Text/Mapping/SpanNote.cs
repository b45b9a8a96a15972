using System.Globalization;

namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// Where one element of a read is, with its path kept in parts (a prefix, a step, an index) until the spans are asked
/// for: a read of a long text notes tens of thousands of spans, and most callers never look at their paths.
/// </summary>
/// <remarks>The prefix is the path up to the step (a section's path, an indicator value's, or the whole path when the step is <see cref="SpanStep.None"/>), null for a top-level indexed step.</remarks>
internal readonly struct SpanNote
{
    private static readonly string[] Names =
        [string.Empty, "Quantities", ".Quantities", "PreambleQuantities", ".Marker", ".Heading", ".Body", "Measures", "IndicatorValues", ".Published", ".Numerator", ".Denominator", ".Change"];

    public SpanNote(string? prefix, SpanStep step, int index, SourceSpan span) => (Prefix, Step, Index, Span) = (prefix, step, index, span);

    public string? Prefix { get; }

    public SpanStep Step { get; }

    public int Index { get; }

    public SourceSpan Span { get; }

    /// <summary>The path of an indexed step under a prefix, <c>Sections[1].Quantities[3]</c>: how the notes spell it and how a model path refers to it.</summary>
    public static string PathOf(string? prefix, SpanStep step, int index) => step switch
    {
        SpanStep.None => prefix!,
        SpanStep.Quantities or SpanStep.SectionQuantities or SpanStep.PreambleQuantities or SpanStep.Measures or SpanStep.IndicatorValues =>
            string.Create(CultureInfo.InvariantCulture, $"{prefix}{Names[(int)step]}[{index}]"),
        _ => string.Concat(prefix, Names[(int)step]),
    };

    /// <summary>The element span with its path spelled out.</summary>
    public ElementSpan ToElementSpan() => new(PathOf(Prefix, Step, Index), Span);
}
