using System.Globalization;
using System.IO;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>Reads a stream into memory without ever holding more than a limit.</summary>
internal static class BoundedRead
{
    public static byte[] ReadAll(Stream stream, long limit)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > limit)
            {
                throw TooLarge(remaining, limit);
            }
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(buffer.Length + read, limit, atLeast: true);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static DocumentLoadException TooLarge(long size, long limit, bool atLeast = false) =>
        new(
            DocumentLoadFailure.TooLarge,
            string.Create(CultureInfo.InvariantCulture, $"the file is {(atLeast ? "over " : string.Empty)}{size} bytes; the limit is {limit} bytes ({limit / (1024 * 1024)} MiB)"),
            string.Create(CultureInfo.InvariantCulture, $"文件{(atLeast ? "超过" : "为")}{size}字节，上限为{limit}字节（{limit / (1024 * 1024)} MiB）"));
}
