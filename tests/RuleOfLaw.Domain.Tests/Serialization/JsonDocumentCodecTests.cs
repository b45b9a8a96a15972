using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>The one codec type every root document goes through: the members every root now has alike.</summary>
public sealed class JsonDocumentCodecTests
{
    [Fact]
    public void ToString_EachCodec_IsItsSchemaFileName()
    {
        var names = new object[] { RuleOfLawJson.Report, RuleOfLawJson.Framework, RuleOfLawJson.CaseRecords, RuleOfLawJson.ValidationResult, RuleOfLawJson.ReadDocument }
            .Select(codec => codec.ToString() + ".schema.json");

        Assert.Equal(
            [RuleOfLawJsonSchemaTests.ReportSchemaFile, RuleOfLawJsonSchemaTests.FrameworkSchemaFile, RuleOfLawJsonSchemaTests.CaseRecordsSchemaFile, RuleOfLawJsonSchemaTests.ValidationSchemaFile, RuleOfLawJsonSchemaTests.ReadDocumentSchemaFile],
            names);
    }

    [Fact]
    public void Serialize_Utf8JsonWriterWithDocumentIndentation_WritesTheGoldenBytes()
    {
        var golden = File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanReport));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = RuleOfLawJson.Options.Encoder }))
        {
            RuleOfLawJson.Report.Serialize(writer, Golden.Pingshan());
        }

        Assert.Equal(Encoding.UTF8.GetString(golden).TrimEnd('\n'), Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Serialize_NullWriter_Throws()
    {
        var exception = Assert.Throws<System.ArgumentNullException>(() => RuleOfLawJson.Report.Serialize((Utf8JsonWriter)null!, Golden.Pingshan()));

        Assert.Equal("writer", exception.ParamName);
    }

    [Fact]
    public void Deserialize_SerializedReadDocument_WritesTheSameDocumentAgain()
    {
        var read = ReportTextReader.Read(SampleText());
        var json = RuleOfLawJson.ReadDocument.Serialize(read);

        var again = RuleOfLawJson.ReadDocument.Deserialize(json);

        Assert.Equal(json, RuleOfLawJson.ReadDocument.Serialize(again));
        Assert.Equal(read.Report, again.Report);
    }

    [Fact]
    public void Deserialize_ReadDocumentWithUnknownMember_NamesThePath()
    {
        var json = RuleOfLawJson.ReadDocument.Serialize(ReportTextReader.Read(SampleText())).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"extra\": 0", System.StringComparison.Ordinal);

        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.ReadDocument.Deserialize(json));

        Assert.StartsWith("$.extra: ", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadLinesAsync_ValidationResultsWrittenAsLines_ReadBackEqual()
    {
        var results = new[] { Golden.PingshanValidation(), ValidationResult.Empty };
        using var stream = new MemoryStream();
        await RuleOfLawJson.ValidationResult.WriteLinesAsync(stream, results.ToAsyncEnumerable(), TestContext.Current.CancellationToken);
        stream.Position = 0;

        var read = new List<ValidationResult>();
        await foreach (var result in RuleOfLawJson.ValidationResult.ReadLinesAsync(stream, TestContext.Current.CancellationToken))
        {
            read.Add(result);
        }

        Assert.Equal(2, Encoding.UTF8.GetString(stream.ToArray()).Count(c => c == '\n'));
        Assert.Equal(results, read);
    }

    [Fact]
    public void Deserialize_ValidationResultFromStream_EqualsGoldenResult()
    {
        using var stream = new MemoryStream(File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanValidationFile)));

        var result = RuleOfLawJson.ValidationResult.Deserialize(stream);

        Assert.Equal(Golden.PingshanValidation(), result);
    }

    private static string SampleText() => RuleOfLaw.Domain.Testing.SampleDocuments.PublishedReportText;
}
