using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>Validation results as root documents.</summary>
public sealed partial class RuleOfLawJsonTests
{
    [Fact]
    public void Serialize_PingshanValidation_MatchesGoldenFile()
    {
        var json = RuleOfLawJson.ValidationResult.Serialize(Golden.PingshanValidation());

        Golden.AssertUpToDate(Path.Combine(Golden.Folder, Golden.PingshanValidationFile), json);
    }

    [Fact]
    public void DeserializeValidationResult_GoldenFile_EqualsResultAndRoundTripsByteForByte()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Golden.Folder, Golden.PingshanValidationFile));

        var result = RuleOfLawJson.ValidationResult.Deserialize(bytes);

        Assert.Equal(Golden.PingshanValidation(), result);
        Assert.Equal(Encoding.UTF8.GetString(bytes), RuleOfLawJson.ValidationResult.Serialize(result));
    }

    [Fact]
    public void DeserializeValidationResult_BlankCode_NamesIssueAndCode()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanValidationFile)))!;
        node["issues"]![0]!["code"] = " ";

        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.ValidationResult.Deserialize(node.ToJsonString()));

        Assert.Equal("$.issues[0].code: code (\" \") must not be empty or white space", exception.Message);
    }

    [Fact]
    public void DeserializeValidationResult_OtherSchemaVersion_IsRejected()
    {
        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.ValidationResult.Deserialize("{\"schemaVersion\":2,\"issues\":[]}"));

        Assert.StartsWith("$: schemaVersion (2) must be 1", exception.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeValidationResult_UnknownMember_IsRejected()
    {
        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.ValidationResult.Deserialize("{\"schemaVersion\":1,\"issues\":[],\"extra\":1}"));

        Assert.StartsWith("$: a validation result has only schemaVersion and issues, not extra", exception.Message, System.StringComparison.Ordinal);
    }
}
