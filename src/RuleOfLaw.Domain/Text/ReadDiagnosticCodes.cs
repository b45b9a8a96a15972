namespace RuleOfLaw.Domain.Text;

/// <summary>The stable codes of <see cref="ReadDiagnostic"/>s.</summary>
/// <remarks>ROLT011 (the model rejected what was read) is retired: the mappers check what the model would refuse and say so with one of these; a code is never reused.</remarks>
public static class ReadDiagnosticCodes
{
    /// <summary>Neither the text nor the read options give a title, a report year from 1990 to 2100 or a reporting subject, so no report could be built.</summary>
    public const string NoTitleOrYear = "ROLT001";

    /// <summary>A heading runs into its body with no stop; where its title ends was judged.</summary>
    public const string UncertainHeadingBoundary = "ROLT002";

    /// <summary>A top-level section's heading names none of the five parts.</summary>
    public const string UnmappedSection = "ROLT003";

    /// <summary>A required part (1 to 4) appears nowhere in the text.</summary>
    public const string MissingPart = "ROLT004";

    /// <summary>A part has no section of its own: it is a sentence inside another part's section.</summary>
    public const string MergedPart = "ROLT005";

    /// <summary>A part is a section nested inside another part, not a top-level section.</summary>
    public const string NestedPart = "ROLT006";

    /// <summary>An Arabic number is neither a quantity with a unit nor a year, date, list number or name.</summary>
    public const string UnclassifiedNumber = "ROLT007";

    /// <summary>A printed rate disagrees with the counts stated next to it, at the decimals printed.</summary>
    public const string InconsistentRate = "ROLT008";

    /// <summary>The counts found for a rate cannot be a rate (the numerator exceeds the denominator), so they were dropped.</summary>
    public const string UnsoundRateCounts = "ROLT009";

    /// <summary>A benchmark's scope could not be expressed in the model (such as 全国), so the benchmark was dropped.</summary>
    public const string UnsupportedBenchmarkScope = "ROLT010";

    /// <summary>A field the model needs was not printed where it belongs and was taken from elsewhere; the note names where.</summary>
    public const string InferredField = "ROLT012";

    /// <summary>A heading's marker belongs to another outline level than the one it sits at (such as <c>一、</c> under <c>一、</c>); the section keeps its level and drops the marker.</summary>
    public const string MarkerOutOfLevel = "ROLT013";

    /// <summary>The reporting subject's name names no place word (省, 市, 区, 县, 乡, 镇, 街道), so its administrative level is unknown.</summary>
    public const string UnknownSubjectLevel = "ROLT014";

    /// <summary>A rate's printed figure has more decimals or digits than a published figure holds, so it was dropped.</summary>
    public const string UnrepresentableFigure = "ROLT015";
}
