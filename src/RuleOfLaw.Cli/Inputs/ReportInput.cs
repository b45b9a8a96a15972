using System.Text;
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
/// <remarks>
/// JSON read from a file or a JSON Lines record is kept as the UTF-8 bytes it was read as (<see cref="Utf8Json"/>), which
/// the library's reader reads directly: a batch of 100,000 records then decodes no record to text and encodes none
/// back. <see cref="Content"/> decodes such bytes only when asked.
/// </remarks>
internal sealed record ReportInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _content;

    /// <summary>Creates an input from decoded text.</summary>
    /// <param name="name">The path as given, <c>-</c> for standard input, or the name of the built-in sample.</param>
    /// <param name="format">How to read <paramref name="content"/>.</param>
    /// <param name="content">The decoded text of the input.</param>
    public ReportInput(string name, InputFormat format, string content) => (Name, Format, _content) = (name, format, content);

    private ReportInput(string name, byte[] utf8Json) => (Name, Format, Utf8Json) = (name, InputFormat.Json, utf8Json);

    /// <summary>Gets the path as given, <c>-</c> for standard input, or the name of the built-in sample.</summary>
    public string Name { get; }

    /// <summary>Gets how to read the content.</summary>
    public InputFormat Format { get; }

    /// <summary>Gets the decoded text of the input (for JSON kept as bytes, decoded on each call).</summary>
    public string Content => _content ?? StrictUtf8.GetString(Utf8Json!);

    /// <summary>Gets the JSON as UTF-8 bytes (valid UTF-8, no byte order mark, no NUL) when it was kept so, else null.</summary>
    public byte[]? Utf8Json { get; }

    /// <summary>Gets the loaded document a file's text came from (format, encoding, container metadata, notes), or null for JSON, standard input and the built-in sample.</summary>
    public ReportDocument? Document { get; init; }

    /// <summary>Creates a JSON input from bytes already checked to be UTF-8 without a byte order mark or a NUL byte (<see cref="InputLoader.Json"/>).</summary>
    internal static ReportInput OfUtf8Json(string name, byte[] utf8Json) => new(name, utf8Json);
}
