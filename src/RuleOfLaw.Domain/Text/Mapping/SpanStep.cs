namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>The last step of a noted element's path after its prefix: a member name, or an indexed member.</summary>
internal enum SpanStep : byte
{
    /// <summary>No step: the path is the prefix.</summary>
    None,

    /// <summary><c>Quantities[i]</c>, a quantity of the syntax.</summary>
    Quantities,

    /// <summary><c>.Quantities[i]</c> after a section's path.</summary>
    SectionQuantities,

    /// <summary><c>PreambleQuantities[i]</c>.</summary>
    PreambleQuantities,

    /// <summary><c>.Marker</c> after a section's path.</summary>
    Marker,

    /// <summary><c>.Heading</c> after a section's path.</summary>
    Heading,

    /// <summary><c>.Body</c> after a section's path.</summary>
    Body,

    /// <summary><c>Measures[i]</c>.</summary>
    Measures,

    /// <summary><c>IndicatorValues[i]</c>.</summary>
    IndicatorValues,

    /// <summary><c>.Published</c> after an indicator value's path.</summary>
    Published,

    /// <summary><c>.Numerator</c> after an indicator value's path.</summary>
    Numerator,

    /// <summary><c>.Denominator</c> after an indicator value's path.</summary>
    Denominator,

    /// <summary><c>.Change</c> after an indicator value's path.</summary>
    Change,
}
