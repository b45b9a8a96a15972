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
internal sealed record ReportInput(string Name, InputFormat Format, string Content);
