using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>Strict reading: every failure is a <see cref="JsonException"/> whose message starts with the JSON path and states the rule.</summary>
public sealed partial class RuleOfLawJsonTests
{
    private static JsonObject PingshanNode() => JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.PingshanReport)))!.AsObject();

    private static JsonObject MinimalNode() => JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.MinimalReport)))!.AsObject();

    private static string Fails(string json) => Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(json)).Message;

    private static string Fails(JsonNode node) => Fails(node.ToJsonString());

    [Fact]
    public void DeserializeAnnualReport_NumeratorAboveDenominator_NamesPathAndRule()
    {
        var node = PingshanNode();
        node["indicatorValues"]![3]!["numerator"] = 9;

        Assert.Equal("$.indicatorValues[3].numerator: numerator (9) must not exceed denominator (8)", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_NumeratorEqualToDenominator_Reads()
    {
        var node = PingshanNode();
        node["indicatorValues"]![3]!["numerator"] = 8;

        var report = RuleOfLawJson.Report.Deserialize(node.ToJsonString());

        Assert.Equal(8, report.IndicatorValues[3].Numerator);
    }

    [Theory]
    [InlineData(108, true)]
    [InlineData(109, false)]
    public void DeserializeAnnualReport_ShortcomingStatement_MustLieInsideItsSectionsBody(int length, bool reads)
    {
        const string section = "Sections[0].Children[0].Children[1]";
        var node = PingshanNode();
        var shortcoming = node["shortcomings"]![0]!;
        shortcoming["description"] = string.Empty;
        shortcoming["section"] = section;
        shortcoming["statement"] = new JsonObject { ["start"] = 0, ["length"] = length };

        if (reads)
        {
            var report = RuleOfLawJson.Report.Deserialize(node.ToJsonString());
            Assert.Equal(report.SectionAt(section)!.Body, report.Shortcomings[0].DescriptionIn(report.SectionAt(section)));
        }
        else
        {
            Assert.Equal("$.shortcomings: shortcomings[0].statement [0..109) must lie inside the body of section " + section + " (108 characters)", Fails(node));
        }
    }

    [Fact]
    public void DeserializeAnnualReport_PlanTargetPathNamingNoQuantity_NamesPlan()
    {
        var node = PingshanNode();
        node["plan"]!["items"]![0]!["targetPath"] = "Sections[0].Children[0].Children[1].Quantities[0]";

        Assert.Equal("$.plan: plan.Items[0] names target Sections[0].Children[0].Children[1].Quantities[0], which the outline does not have", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_PlanForWrongYear_NamesPlan()
    {
        var node = PingshanNode();
        node["plan"]!["year"] = 2022;

        Assert.Equal("$.plan: plan year (2022) must be the report year (2020) + 1", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_YearOutOfRange_NamesYear()
    {
        var node = MinimalNode();
        node["year"] = 1989;

        Assert.Equal("$.year: year (1989) must be between 1990 and 2100", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_BlankHeadingDeepInOutline_NamesNestedPath()
    {
        var node = PingshanNode();
        node["sections"]![0]!["children"]![1]!["children"]![2]!["heading"] = " ";

        Assert.Equal("$.sections[0].children[1].children[2].heading: heading (\" \") must not be empty or white space", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_NegativeQuantity_NamesValue()
    {
        var node = PingshanNode();
        node["measures"]![1]!["results"]![0]!["value"] = -1;

        Assert.StartsWith("$.measures[1].results[0].value: value (-1) must be between 0 and ", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_BadIndicatorCode_NamesIndicator()
    {
        var node = PingshanNode();
        node["indicatorValues"]![0]!["indicator"] = "Bad-Code";

        Assert.StartsWith("$.indicatorValues[0].indicator: indicator code (\"Bad-Code\") must be lower-case snake case", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_UnknownMember_IsRejected()
    {
        var node = MinimalNode();
        node["subject"]!["nickname"] = "x";

        Assert.StartsWith("$.subject", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_DuplicateMember_IsRejected()
    {
        var json = MinimalNode().ToJsonString().Replace("\"title\":", "\"title\":\"x\",\"title\":", StringComparison.Ordinal);

        Assert.StartsWith("$", Fails(json), StringComparison.Ordinal);
        Assert.Contains("title", Fails(json), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_MissingRequiredMember_IsRejected()
    {
        var node = MinimalNode();
        node.Remove("title");

        Assert.Contains("title", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_MissingOptionalMember_TakesDefault()
    {
        var node = MinimalNode();
        node.Remove("sections");
        node.Remove("preamble");

        var report = RuleOfLawJson.Report.Deserialize(node.ToJsonString());

        Assert.Equal(Golden.Minimal(), report);
    }

    [Fact]
    public void DeserializeAnnualReport_NullForNonNullableMember_IsRejected()
    {
        var node = MinimalNode();
        node["title"] = null;

        Assert.StartsWith("$.title", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_NullItemInCollection_NamesCollection()
    {
        var node = PingshanNode();
        node["measures"]!.AsArray().Add(null);

        Assert.Equal("$.measures: measures must not contain null (item 13 is null)", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_MissingSchemaVersion_IsRejected()
    {
        var node = MinimalNode();
        node.Remove("schemaVersion");

        Assert.Contains("schemaVersion", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_OtherSchemaVersion_IsRejected()
    {
        var node = MinimalNode();
        node["schemaVersion"] = 2;

        Assert.Equal("$.schemaVersion: schemaVersion (2) must be 1, the only version this library reads", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_EnumAsNumber_IsRejected()
    {
        var node = MinimalNode();
        node["subject"]!["level"] = 2;

        Assert.StartsWith("$.subject.level", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_UnknownEnumName_IsRejected()
    {
        var node = MinimalNode();
        node["subject"]!["level"] = "galaxy";

        Assert.StartsWith("$.subject.level", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_NumberAsString_IsRejected()
    {
        var node = MinimalNode();
        node["year"] = "2023";

        Assert.StartsWith("$.year: a year must be a whole number", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_BadDate_NamesDate()
    {
        var node = PingshanNode();
        node["signOff"]!["date"] = "2021-02-30";

        Assert.StartsWith("$.signOff.date", Fails(node), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_RelativeUrl_NamesUrl()
    {
        var node = PingshanNode();
        node["publication"]!["url"] = "reports/2020.html";

        Assert.Equal("$.publication.url: url (\"reports/2020.html\") must be an absolute address", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_NullDocument_IsRejected()
    {
        Assert.Equal("$: a report must be an object, not null", Fails("null"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\":1}")]
    [InlineData("{} {}")]
    public void DeserializeAnnualReport_MalformedDocument_ThrowsJsonExceptionWithPath(string json)
    {
        Assert.StartsWith("$", Fails(json), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_InvalidUtf8_ThrowsJsonException()
    {
        var text = File.ReadAllText(Path.Combine(Golden.Folder, Golden.MinimalReport));
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Encoding.UTF8.GetByteCount(text[..text.IndexOf("某县2023", StringComparison.Ordinal)])] = 0xFF;

        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.Report.Deserialize(bytes));

        Assert.StartsWith("$.title: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_LoneSurrogateInString_ThrowsJsonException()
    {
        var json = File.ReadAllText(Path.Combine(Golden.Folder, Golden.MinimalReport)).Replace("某县人民政府", "某县\uD800人民政府", StringComparison.Ordinal);

        Assert.StartsWith("$: the text must be valid Unicode", Fails(json), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_EscapedLoneSurrogate_ThrowsJsonException()
    {
        var json = File.ReadAllText(Path.Combine(Golden.Folder, Golden.MinimalReport)).Replace("某县人民政府", "某县\\uD800人民政府", StringComparison.Ordinal);

        Assert.StartsWith("$.subject.fullName", Fails(json), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeAnnualReport_NestingDeeperThanMaximum_ThrowsJsonException()
    {
        var json = "{\"schemaVersion\":1,\"sections\":" + string.Concat(Enumerable.Repeat("[", RuleOfLawJson.MaxDepth + 1)) + string.Concat(Enumerable.Repeat("]", RuleOfLawJson.MaxDepth + 1)) + "}";

        Assert.StartsWith("$", Fails(json), StringComparison.Ordinal);
    }

    [Fact]
    public void DeserializeIndicatorFramework_RootsDeeperThanDeclared_NamesRoots()
    {
        var node = JsonNode.Parse(File.ReadAllText(Path.Combine(Golden.Folder, Golden.IndicatorFramework)))!;
        node["declaredLevelCounts"]!.AsArray().RemoveAt(2);

        var exception = Assert.Throws<JsonException>(() => RuleOfLawJson.Framework.Deserialize(node.ToJsonString()));

        Assert.Equal("$.roots: roots are 3 levels deep; the framework declares 2", exception.Message);
    }

    [Fact]
    public void DeserializeAnnualReport_BenchmarkScopeWithoutLevel_NamesScope()
    {
        var node = PingshanNode();
        node["indicatorValues"]![2]!["scope"]!.AsObject().Remove("level");

        Assert.Equal("$.indicatorValues[2].scope: level must be given for a benchmark scope", Fails(node));
    }

    [Fact]
    public void DeserializeAnnualReport_PublishedFigureWithTooManyDecimals_NamesPublished()
    {
        var node = PingshanNode();
        node["indicatorValues"]![0]!["published"] = JsonNode.Parse("18.12345678901");

        Assert.StartsWith("$.indicatorValues[0].published: ", Fails(node), StringComparison.Ordinal);
    }
}
