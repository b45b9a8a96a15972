namespace RuleOfLaw.Domain.Text;

/// <summary>The stable codes of <see cref="ReadDiagnostic"/>s.</summary>
public static class ReadDiagnosticCodes
{
    /// <summary>Neither the text nor the read options give a title and a report year from 1990 to 2100, so no report could be built.</summary>
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

    /// <summary>The reader built no report from the text because the model rejected what was found.</summary>
    public const string ModelRejected = "ROLT011";

    /// <summary>A field the model needs was not printed where it belongs and was taken from elsewhere; the note names where.</summary>
    public const string InferredField = "ROLT012";
}
