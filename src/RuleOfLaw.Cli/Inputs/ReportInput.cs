using RuleOfLaw.Domain.Documents;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>The format a report input is in.</summary>
internal enum InputFormat
{
    /// <summary>Published report text.</summary>
    Text,

    /// <summary>The package's JSON wire format.</summary>
    Json,
}

/// <summary>One report to process: where it came from, its format and its content.</summary>
/// <param name="Name">The path as given, <c>-</c> for standard input, or the name of the built-in sample.</param>
/// <param name="Format">How to read <paramref name="Content"/>.</param>
/// <param name="Content">The decoded text of the input.</param>
internal sealed record ReportInput(string Name, InputFormat Format, string Content)
{
    /// <summary>Gets the loaded document a file's text came from (format, encoding, container metadata, notes), or null for JSON, standard input and the built-in sample.</summary>
    public ReportDocument? Document { get; init; }
}
