using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>Examples of the wire format: golden files, streams, JSON Lines and the failures of strict reading.</summary>
public sealed partial class RuleOfLawJsonTests
{
    public static TheoryData<string> ReportFiles => new() { Golden.PingshanReport, Golden.MinimalReport };

    [Fact]
    public void Serialize_PingshanReport_MatchesGoldenFile()
    {
        var json = RuleOfLawJson.Report.Serialize(Golden.Pingshan());

        Golden.AssertUpToDate(Path.Combine(Golden.Folder, Golden.PingshanReport), json);
    }

    [Fact]
    public void Serialize_PublishedInJulianCalendar_ThrowsNamingTheCalendar()
    {
        var julian = new NodaTime.LocalDateTime(2025, 3, 28, 9, 0, NodaTime.CalendarSystem.Julian).WithOffset(NodaTime.Offset.FromHours(8));
        var report = Golden.Minimal().WithPublication(new Publication(julian));

        var exception = Assert.Throws<System.ArgumentException>(() => RuleOfLawJson.Report.Serialize(report));

        Assert.Contains("ISO calendar", exception.Message, System.StringComparison.Ordinal);
        Assert.Contains("Julian", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MinimalReport_MatchesGoldenFile()
    {
        var json = RuleOfLawJson.Report.Serialize(Golden.Minimal());

        Golden.AssertUpToDate(Path.Combine(Golden.Folder, Golden.MinimalReport), json);
    }

    [Fact]
    public void Serialize_Framework_MatchesGoldenFile()
    {
        var json = RuleOfLawJson.Framework.Serialize(Golden.Framework());

        Golden.AssertUpToDate(Path.Combine(Golden.Folder, Golden.IndicatorFramework), json);
    }

    [Fact]
    public void DeserializeAnnualReport_PingshanGoldenFile_EqualsFixture()
    {
        var json = File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanReport));

        var report = RuleOfLawJson.Report.Deserialize(json);

        Assert.Equal(Golden.Pingshan(), report);
    }

    [Fact]
    public void DeserializeIndicatorFramework_GoldenFile_EqualsFixture()
    {
        var json = File.ReadAllText(Path.Combine(Golden.Folder, Golden.IndicatorFramework));

        var framework = RuleOfLawJson.Framework.Deserialize(json);

        Assert.Equal(Golden.Framework(), framework);
    }

    [Theory]
    [MemberData(nameof(ReportFiles))]
    public void SerializeToUtf8Bytes_DeserializedGoldenReport_IsByteForByteTheSame(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.Folder, name));

        var written = RuleOfLawJson.Report.SerializeToUtf8Bytes(RuleOfLawJson.Report.Deserialize(bytes));

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void SerializeToUtf8Bytes_DeserializedGoldenFramework_IsByteForByteTheSame()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.IndicatorFramework));

        var written = RuleOfLawJson.Framework.SerializeToUtf8Bytes(RuleOfLawJson.Framework.Deserialize(bytes));

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void Resolver_CombinedWithCallersResolverOnCopiedOptions_WritesAndReadsTheWireFormat()
    {
        var options = new JsonSerializerOptions(RuleOfLawJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(RuleOfLawJson.Resolver, new DefaultJsonTypeInfoResolver()),
        };

        var json = JsonSerializer.Serialize(Golden.Pingshan(), options);

        Assert.Equal(RuleOfLawJson.Report.Serialize(Golden.Pingshan()), json);
        Assert.Equal(Golden.Pingshan(), JsonSerializer.Deserialize<AnnualReport>(json, options));
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(RuleOfLawJson.Options.IsReadOnly);
    }
}
