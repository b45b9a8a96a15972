using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Text;
using SharpFuzz;

namespace RuleOfLaw.Fuzz;

/// <summary>
/// The fuzz targets. <c>json</c>: every JSON root reader; a refusal must be a <see cref="JsonException"/>, and an
/// accepted report must round-trip equal. <c>text</c>: the text reader; it must not throw, every span must lie inside
/// the text, and every report it builds must round-trip through the wire format equal. Anything else that throws is
/// a finding: afl++ records the input as a crash.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length is < 1 or > 2 || args[0] is not ("json" or "text"))
        {
            Console.Error.WriteLine("usage: RuleOfLaw.Fuzz json|text [FOLDER]  (with FOLDER: run every file in it once, without afl++)");
            return 2;
        }

        Action<byte[]> target = args[0] == "json" ? Json : Text;
        if (args.Length == 2)
        {
            return Replay(args[1], target);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }

    /// <summary>Runs every file of a folder through the target once: a check of the seed corpus, or a replay of crashes.</summary>
    private static int Replay(string folder, Action<byte[]> target)
    {
        var failed = 0;
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failed++;
                Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"{files.Length} inputs, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static void Json(byte[] bytes)
    {
        try
        {
            var report = RuleOfLawJson.Report.Deserialize(bytes);
            RoundTrip(report);
        }
        catch (JsonException)
        {
            // A refusal of input that is not a valid report: expected.
        }

        Refused(() => RuleOfLawJson.Framework.Deserialize(bytes));
        Refused(() => RuleOfLawJson.CaseRecords.Deserialize(bytes));
        Refused(() => RuleOfLawJson.DeserializeRuleSetProfile(bytes));
        Refused(() => RuleOfLawJson.ValidationResult.Deserialize(bytes));
    }

    private static void Text(byte[] bytes)
    {
        // Bytes from FF FE on are UTF-16LE code units as they are (lone surrogates included); anything else is UTF-8.
        var text = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE
            ? new string(Enumerable.Range(0, (bytes.Length - 2) / 2).Select(i => (char)(bytes[2 + (2 * i)] | (bytes[3 + (2 * i)] << 8))).ToArray())
            : Encoding.UTF8.GetString(bytes);
        var read = ReportTextReader.Read(text);
        foreach (var element in read.Spans)
        {
            var span = element.Span;
            if (span.Start < 0 || span.Length < 0 || span.Start + span.Length > text.Length)
            {
                throw new InvalidOperationException($"span {element.Path} ({span.Start}, {span.Length}) lies outside the text of {text.Length} code units");
            }
        }

        if (read.Report is { } report)
        {
            RoundTrip(report);
        }
    }

    private static void RoundTrip(AnnualReport report)
    {
        var json = RuleOfLawJson.Report.Serialize(report);
        var back = RuleOfLawJson.Report.Deserialize(json);
        if (!back.Equals(report))
        {
            throw new InvalidOperationException("the report changed in a round trip through the wire format");
        }
    }

    private static void Refused(Func<object> read)
    {
        try
        {
            read();
        }
        catch (JsonException)
        {
            // Expected for input that is not a document of that root.
        }
    }
}
