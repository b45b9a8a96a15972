namespace RuleOfLaw.Domain.Text;

/// <summary>The stable codes of <see cref="ReadDiagnostic"/>s.</summary>
/// <remarks>
/// Reading notes say only how the text was read. Retired codes, never reused: ROLT011 (the model rejected what was
/// read; the mappers now check what the model would refuse and say so with one of these); ROLT004 (a missing part),
/// ROLT005 (a merged part) and ROLT008 (an inconsistent rate), facts about the report's content that validation
/// reports as ROL0001, ROL0017 and ROL0011/ROL0022/ROL0023, and that the syntax result keeps for a partial read.
/// </remarks>
public static class ReadDiagnosticCodes
{
    /// <summary>Neither the text nor the read options give a title, a report year from 1990 to 2100 or a reporting subject, so no report could be built.</summary>
    public const string NoTitleOrYear = "ROLT001";

    /// <summary>A heading runs into its body with no stop; where its title ends was judged.</summary>
    public const string UncertainHeadingBoundary = "ROLT002";

    /// <summary>A top-level section's heading names none of the five parts.</summary>
    public const string UnmappedSection = "ROLT003";



    /// <summary>A part is a section nested inside another part, not a top-level section.</summary>
    public const string NestedPart = "ROLT006";

    /// <summary>An Arabic number is neither a quantity with a unit nor a year, date, list number or name.</summary>
    public const string UnclassifiedNumber = "ROLT007";


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
