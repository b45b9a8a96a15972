using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The strict read loop behind the facade: every failure leaves as a <see cref="JsonException"/> with a path.</summary>
internal static class JsonReading
{
    private const int LineBufferSize = 16 * 1024;

    public static T Read<T>(string json, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        Guard.NotNull(json, nameof(json));
        byte[] utf8;
        try
        {
            utf8 = JsonFailures.StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException exception)
        {
            throw JsonFailures.NotText(exception);
        }

        return Read(utf8, typeInfo, what);
    }

    public static T Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, typeInfo) ?? throw JsonFailures.NullDocument(what);
        }
        catch (JsonException exception)
        {
            throw JsonFailures.Rephrase(exception, root: typeInfo);
        }
        catch (Exception exception) when (JsonFailures.IsInputFailure(exception))
        {
            throw JsonFailures.Locate(utf8Json.ToArray(), typeInfo, exception);
        }
    }

    public static T Read<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        if (utf8Json is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            var position = checked((int)memory.Position);
            memory.Position = memory.Length;
            return Read(buffer.AsSpan(position), typeInfo, what);
        }

        using var copy = new MemoryStream();
        utf8Json.CopyTo(copy);
        return Read(copy.GetBuffer().AsSpan(0, checked((int)copy.Length)), typeInfo, what);
    }

    public static async ValueTask<T> ReadAsync<T>(Stream utf8Json, JsonTypeInfo<T> typeInfo, string what, CancellationToken cancellationToken)
        where T : class
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        using var copy = new MemoryStream();
        await utf8Json.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
        return Read(copy.GetBuffer().AsSpan(0, checked((int)copy.Length)), typeInfo, what);
    }

    public static async IAsyncEnumerable<T> ReadLinesAsync<T>(Stream utf8JsonLines, JsonTypeInfo<T> typeInfo, string what, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        // The buffer holds the unread bytes in [start, end); the first `scanned` of them are known to hold no line break,
        // so each byte is searched once however few bytes each read returns (reading stays linear in the input).
        var buffer = new byte[LineBufferSize];
        var start = 0;
        var end = 0;
        var scanned = 0;
        var line = 0L;
        var atEnd = false;
        while (true)
        {
            var found = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
            var newLine = found >= 0 ? scanned + found : -1;
            if (newLine >= 0 || (atEnd && start < end))
            {
                var length = newLine >= 0 ? newLine : end - start;
                line++;
                var text = new ReadOnlyMemory<byte>(buffer, start, length);
                start += newLine >= 0 ? length + 1 : length;
                scanned = 0;
                if (line == 1 && text.Span.StartsWith(Utf8ByteOrderMark))
                {
                    // Editors on Windows save UTF-8 with a byte order mark; it belongs to the file, not to the first document.
                    text = text[Utf8ByteOrderMark.Length..];
                }

                if (!IsBlank(text.Span))
                {
                    yield return ReadLine(text.Span, typeInfo, what, line);
                }

                continue;
            }

            if (atEnd)
            {
                yield break;
            }

            scanned = end - start;
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, checked(buffer.Length * 2));
            }

            var read = await utf8JsonLines.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            atEnd = read == 0;
            end += read;
        }
    }

    public static async Task WriteLinesAsync<T>(Stream utf8JsonLines, IAsyncEnumerable<T> items, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var newLine = new byte[] { (byte)'\n' };
        var index = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (item is null)
            {
                throw Guard.Null(nameof(items), Message.MustNotContainNull.Format(nameof(items), index));
            }

            await JsonSerializer.SerializeAsync(utf8JsonLines, item, typeInfo, cancellationToken).ConfigureAwait(false);
            await utf8JsonLines.WriteAsync(newLine, cancellationToken).ConfigureAwait(false);
            index++;
        }
    }

    private static T ReadLine<T>(ReadOnlySpan<byte> text, JsonTypeInfo<T> typeInfo, string what, long line)
        where T : class
    {
        if (text.Length > 0 && text[^1] == (byte)'\r')
        {
            text = text[..^1];
        }

        try
        {
            return Read(text, typeInfo, what);
        }
        catch (JsonException exception)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"line {line}: {exception.Message}");
            throw new JsonException(message, exception.Path, line - 1, exception.BytePositionInLine, exception);
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static bool IsBlank(ReadOnlySpan<byte> text) => text.IndexOfAnyExcept(" \t\r"u8) < 0;
}
