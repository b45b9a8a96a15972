using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Arbitraries;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>
/// Properties of the wire format: every valid value survives a round trip, and no damage to a golden file yields
/// anything but an equal object, a valid different object, or a <see cref="JsonException"/>.
/// </summary>
/// <remarks>14,200 generated cases in all (plus 100 in <see cref="RateJsonConverterTests"/>); the counts are set per property below.</remarks>
public sealed partial class RuleOfLawJsonTests
{
    private static readonly Lazy<byte[]> PingshanBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanReport)));
    private static readonly Lazy<byte[]> MinimalBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.MinimalReport)));
    private static readonly Lazy<byte[]> ValidationBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanValidationFile)));
    private static readonly Lazy<byte[]> FrameworkBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.IndicatorFramework)));
    private static readonly Lazy<byte[]> CaseRecordsBytes = new(() => File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.CaseRecordsFile)));

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1500)]
    public void DeserializeAnnualReport_SerializedReport_EqualsOriginal(AnnualReport report)
    {
        var json = RuleOfLawJson.Report.Serialize(report);

        var read = RuleOfLawJson.Report.Deserialize(json);

        Assert.Equal(report, read);
        Assert.Equal(json, RuleOfLawJson.Report.Serialize(read));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1500)]
    public void DeserializeIndicatorFramework_SerializedFramework_EqualsOriginal(IndicatorFramework framework)
    {
        var bytes = RuleOfLawJson.Framework.SerializeToUtf8Bytes(framework);

        var read = RuleOfLawJson.Framework.Deserialize(bytes);

        Assert.Equal(framework, read);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
    public void DeserializeCaseRecords_SerializedRecords_EqualsOriginal(CaseRecords records)
    {
        var json = RuleOfLawJson.CaseRecords.Serialize(records);

        var read = RuleOfLawJson.CaseRecords.Deserialize(json);

        Assert.Equal(records, read);
        Assert.Equal(json, RuleOfLawJson.CaseRecords.Serialize(read));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
    public void ReadCaseRecordsLinesAsync_WrittenLines_EqualOriginals(CaseRecords[] records)
    {
        using var stream = new MemoryStream();
        RuleOfLawJson.CaseRecords.WriteLinesAsync(stream, records.ToAsyncEnumerable()).GetAwaiter().GetResult();
        stream.Position = 0;

        var read = RuleOfLawJson.CaseRecords.ReadLinesAsync(stream).ToBlockingEnumerable().ToArray();

        Assert.Equal(records, read);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 1000)]
    public void DeserializeAnnualReport_AnyPublishedFigure_KeepsValueScaleAndDecimals(PublishedFigure figure)
    {
        var report = new AnnualReport(
            Golden.Minimal().Subject,
            ReportYear.Of(2023),
            "报告",
            indicatorValues: ImmutableArray.Create(new IndicatorValue(IndicatorCode.Parse("rate"), IndicatorScope.Subject, ReportYear.Of(2023), published: figure)));

        var read = RuleOfLawJson.Report.Deserialize(RuleOfLawJson.Report.Serialize(report)).IndicatorValues[0].Published!.Value;

        Assert.Equal(figure, read);
        Assert.Equal(figure.Value.Scale, read.Value.Scale);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 500)]
    public void DeserializeValidationResult_SerializedResult_EqualsOriginal(ValidationResult result)
    {
        var read = RuleOfLawJson.ValidationResult.Deserialize(RuleOfLawJson.ValidationResult.SerializeToUtf8Bytes(result));

        Assert.Equal(result, read);
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 100)]
    public void ReadAnnualReportLinesAsync_WrittenLines_EqualOriginals(AnnualReport[] reports)
    {
        using var stream = new MemoryStream();
        RuleOfLawJson.Report.WriteLinesAsync(stream, reports.ToAsyncEnumerable()).GetAwaiter().GetResult();
        stream.Position = 0;

        var read = RuleOfLawJson.Report.ReadLinesAsync(stream).ToBlockingEnumerable().ToArray();

        Assert.Equal(reports, read);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 3000)]
    public void DeserializeAnnualReport_DamagedMinimalReport_ReadsValidReportOrThrowsJsonException(JsonMutation mutation)
    {
        ReadsOrRejects(mutation.Apply(MinimalBytes.Value), bytes => RuleOfLawJson.Report.Deserialize(bytes), RuleOfLawJson.Report.SerializeToUtf8Bytes);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 1500)]
    public void DeserializeAnnualReport_DamagedPingshanReport_ReadsValidReportOrThrowsJsonException(JsonMutation mutation)
    {
        ReadsOrRejects(mutation.Apply(PingshanBytes.Value), bytes => RuleOfLawJson.Report.Deserialize(bytes), RuleOfLawJson.Report.SerializeToUtf8Bytes);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 2000)]
    public void DeserializeIndicatorFramework_DamagedFramework_ReadsValidFrameworkOrThrowsJsonException(JsonMutation mutation)
    {
        ReadsOrRejects(mutation.Apply(FrameworkBytes.Value), bytes => RuleOfLawJson.Framework.Deserialize(bytes), RuleOfLawJson.Framework.SerializeToUtf8Bytes);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 500)]
    public void DeserializeValidationResult_DamagedGoldenResult_ReadsValidResultOrThrowsJsonException(JsonMutation mutation)
    {
        ReadsOrRejects(mutation.Apply(ValidationBytes.Value), bytes => RuleOfLawJson.ValidationResult.Deserialize(bytes), RuleOfLawJson.ValidationResult.SerializeToUtf8Bytes);
    }

    [Property(Arbitrary = new[] { typeof(JsonArbitraries) }, MaxTest = 1500)]
    public void DeserializeCaseRecords_DamagedGoldenRecords_ReadsValidRecordsOrThrowsJsonException(JsonMutation mutation)
    {
        ReadsOrRejects(mutation.Apply(CaseRecordsBytes.Value), bytes => RuleOfLawJson.CaseRecords.Deserialize(bytes), RuleOfLawJson.CaseRecords.SerializeToUtf8Bytes);
    }

    private static void ReadsOrRejects<T>(byte[] damaged, Func<byte[], T> read, Func<T, byte[]> write)
        where T : class
    {
        T value;
        try
        {
            value = read(damaged);
        }
        catch (JsonException exception)
        {
            Assert.StartsWith("$", exception.Message, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(value, read(write(value)));
    }
}

/// <summary>Helpers for feeding arrays to the asynchronous API.</summary>
internal static class AsyncSequences
{
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}
