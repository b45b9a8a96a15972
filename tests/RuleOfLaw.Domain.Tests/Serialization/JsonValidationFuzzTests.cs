using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Testing;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// A deterministic JSON fuzz of the four roots (report, framework, case records, validation result): the golden files
/// damaged one to three times each, by the structural mutations of <see cref="JsonMutation"/> and by dates and
/// date-times moved to the ends of the calendar (0001-01-01, 9999-12-31 and their neighbours). The strict reader
/// either refuses a document with a <see cref="JsonException"/> or accepts it; every accepted report, framework and
/// set of case records is validated with the national rules, which must not throw, and every accepted validation
/// result survives a round trip. The seeds are fixed so that a failure replays; the case named in the message is the
/// seed and index.
/// </summary>
public sealed partial class JsonValidationFuzzTests
{
    private const int CasesPerSeed = 600;

    private static readonly string[] Dates =
    [
        "9999-12-31", "9999-12-30", "9999-12-17", "9999-12-16", "9999-12-15", "9999-11-01", "9999-10-31", "9999-10-30",
        "0001-01-01", "0001-01-02", "0001-12-31", "2026-12-31", "2027-01-01", "2018-12-31", "2019-01-01", "2024-02-29",
    ];

    private static readonly string[] DateTimes =
    [
        "9999-12-31T23:59:59+08:00", "9999-12-31T23:59:59-12:00", "9999-12-31T16:00:00Z", "9999-12-31T15:59:59-18:00",
        "0001-01-01T00:00:00+08:00", "0001-01-01T00:00:00+14:00", "0001-01-01T07:59:59+18:00", "2027-01-01T00:00:00+08:00",
    ];

    private static readonly ReportValidator Validator = new(RuleSet.National, new FakeClock(Instant.FromUtc(2026, 6, 1, 0, 0)));

    /// <summary>A validator whose today is the last day in Beijing that the clock can tell without leaving the calendar.</summary>
    private static readonly ReportValidator LateValidator = new(RuleSet.National, new FakeClock(Instant.FromUtc(9999, 12, 31, 15, 0)));

    public enum Root
    {
        Report,
        MinimalReport,
        Framework,
        CaseRecords,
        ValidationResult,
    }

    [Theory]
    [InlineData(Root.Report, 23_01)]
    [InlineData(Root.MinimalReport, 23_02)]
    [InlineData(Root.Framework, 23_03)]
    [InlineData(Root.CaseRecords, 23_04)]
    [InlineData(Root.CaseRecords, 23_05)]
    [InlineData(Root.CaseRecords, 23_06)]
    [InlineData(Root.ValidationResult, 23_07)]
    public void MutatedDocuments_TheReaderAccepts_AreValidatedWithoutThrowing(Root root, int seed)
    {
        var golden = File.ReadAllBytes(Path.Combine(Golden.Folder, FileOf(root)));
        var random = new Random(seed);
        var accepted = 0;
        var extreme = 0;
        for (var i = 0; i < CasesPerSeed; i++)
        {
            var document = golden;
            var mutations = 1 + random.Next(3);
            var final = false;
            for (var m = 0; m < mutations && !final; m++)
            {
                (document, final) = Mutate(document, random);
            }

            var what = $"{root} seed {seed} case {i}: {Encoding.UTF8.GetString(document)}";
            if (!TryRead(root, document, what, out var read))
            {
                continue;
            }

            accepted++;
            extreme += ExtremeDate().IsMatch(Encoding.UTF8.GetString(document)) ? 1 : 0;
            var error = Record.Exception(() => Use(read!));
            Assert.True(error is null, $"{what}\nthrew {error}");
        }

        // The fuzz reaches the validator, and for the roots that hold dates with dates at the calendar's ends.
        Assert.True(accepted >= CasesPerSeed / 5, $"{root} seed {seed}: only {accepted} of {CasesPerSeed} accepted");
        Assert.True(root is not (Root.Report or Root.CaseRecords) || extreme >= CasesPerSeed / 20, $"{root} seed {seed}: only {extreme} accepted documents hold an extreme date");
    }

    private static string FileOf(Root root) => root switch
    {
        Root.Report => Golden.PingshanReport,
        Root.MinimalReport => Golden.MinimalReport,
        Root.Framework => Golden.IndicatorFramework,
        Root.CaseRecords => Golden.CaseRecordsFile,
        _ => Golden.PingshanValidationFile,
    };

    private static bool TryRead(Root root, byte[] document, string what, out object? read)
    {
        try
        {
            read = root switch
            {
                Root.Report or Root.MinimalReport => RuleOfLawJson.Report.Deserialize(document),
                Root.Framework => RuleOfLawJson.Framework.Deserialize(document),
                Root.CaseRecords => RuleOfLawJson.CaseRecords.Deserialize(document),
                _ => RuleOfLawJson.ValidationResult.Deserialize(document),
            };
            return true;
        }
        catch (JsonException)
        {
            // The documented refusal: one message naming the path.
            read = null;
            return false;
        }
        catch (Exception error)
        {
            Assert.Fail($"{what}\nthe reader threw {error.GetType().Name} instead of JsonException: {error}");
            throw;
        }
    }

    private static void Use(object read)
    {
        switch (read)
        {
            case AnnualReport report:
                _ = Validator.Validate(report);
                _ = LateValidator.Validate(report);
                break;
            case IndicatorFramework framework:
                _ = Validator.Validate(framework);
                break;
            case CaseRecords records:
                _ = Validator.Validate(records);
                _ = LateValidator.Validate(records);
                break;
            case ValidationResult result:
                Assert.Equal(result, RuleOfLawJson.ValidationResult.Deserialize(RuleOfLawJson.ValidationResult.Serialize(result)));
                break;
        }
    }

    /// <summary>
    /// One damage: a third of the time a structural mutation, otherwise a date or date-time moved or two dates swapped.
    /// A damage after which the text is no longer well-formed, valid UTF-8 JSON without repeated names is the last.
    /// </summary>
    private static (byte[] Document, bool Final) Mutate(byte[] document, Random random)
    {
        var choice = random.Next(3);
        if (choice == 0)
        {
            var kinds = Enum.GetValues<JsonMutationKind>();
            var mutation = new JsonMutation(kinds[random.Next(kinds.Length)], random.Next(int.MaxValue), random.Next(int.MaxValue));
            var damaged = mutation.Apply(document);
            return (damaged, mutation.Kind is JsonMutationKind.Truncate or JsonMutationKind.InjectInvalidUtf8 or JsonMutationKind.DuplicateMember or JsonMutationKind.DeepNesting);
        }

        var root = JsonNode.Parse(document)!;
        var dates = Strings(root).Where(v => DateLike().IsMatch(v.GetValue<string>())).ToList();
        if (dates.Count == 0)
        {
            return (document, false);
        }

        var target = dates[random.Next(dates.Count)];
        var isDateTime = target.GetValue<string>().Contains('T', StringComparison.Ordinal);
        if (choice == 1)
        {
            target.ReplaceWith(JsonValue.Create(isDateTime ? DateTimes[random.Next(DateTimes.Length)] : Dates[random.Next(Dates.Length)]));
        }
        else
        {
            // Swap two dates: an answer or disclosure may come to lie before its receipt or decision.
            var other = dates[random.Next(dates.Count)];
            if (ReferenceEquals(other, target))
            {
                return (document, false);
            }

            var (a, b) = (target.GetValue<string>(), other.GetValue<string>());
            target.ReplaceWith(JsonValue.Create(b));
            other.ReplaceWith(JsonValue.Create(a));
        }

        return (Encoding.UTF8.GetBytes(root.ToJsonString()), false);
    }

    private static List<JsonValue> Strings(JsonNode root)
    {
        var found = new List<JsonValue>();
        var pending = new Stack<JsonNode>([root]);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    found.Add(value);
                    break;
            }
        }

        return found;
    }

    [GeneratedRegex(@"^-?\d{4}-\d{2}-\d{2}(T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    [GeneratedRegex(@"""(9999-1[0-2]|0001-\d{2})-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex ExtremeDate();
}
