using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// A JSON writer whose text goes to a <see cref="TextWriter"/> in pieces of about 64 KiB, so the document of a batch
/// of 100,000 reports is never held whole (twice, as bytes and as text) before it is printed.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private const int PieceBytes = 1 << 16;

    /// <summary>The options of every JSON document <c>rol</c> prints: indented, non-ASCII text unescaped.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(PieceBytes * 2);
    private readonly TextWriter _output;

    public JsonOutput(TextWriter output)
    {
        _output = output;
        Writer = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Gets the writer to write the document with.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Passes on what is written so far once it is a piece's worth; call it between elements of a long array.</summary>
    public void Pass()
    {
        if (Writer.BytesPending + _buffer.WrittenCount >= PieceBytes)
        {
            Drain();
        }
    }

    /// <summary>Passes on the rest of the document and ends it with a line break.</summary>
    public void Dispose()
    {
        Drain();
        Writer.Dispose();
        _output.WriteLine();
    }

    private void Drain()
    {
        // After a flush the buffer ends on a token's end, so it holds whole characters.
        Writer.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
