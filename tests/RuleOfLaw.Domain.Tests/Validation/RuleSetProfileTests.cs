using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Serialization;
using RuleOfLaw.Domain.Tests.Json;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class RuleSetProfileTests
{
    private const string SchemaFile = "rule-set-profile.schema.json";

    private static string ExampleFile => Path.Combine(Golden.SchemaFolder, "..", "docs", "profiles", "example-province.json");

    private static string Fails(string json) => Assert.Throws<JsonException>(() => RuleOfLawJson.DeserializeRuleSetProfile(json)).Message;

    [Fact]
    public void WithWarningsAsErrors_RaisesEveryWarning_AndLeavesErrorsInformationAndSwitches()
    {
        var strict = RuleSet.National.WithWarningsAsErrors();

        foreach (var descriptor in ValidationCodes.All)
        {
            var national = RuleSet.National.SeverityOf(descriptor.Code);
            Assert.Equal(national == Severity.Warning ? Severity.Error : national, strict.SeverityOf(descriptor.Code));
            Assert.Equal(RuleSet.National.IsEnabled(descriptor.Code), strict.IsEnabled(descriptor.Code));
        }

        Assert.Contains(ValidationCodes.All, descriptor => descriptor.DefaultSeverity == Severity.Warning);
        Assert.NotEqual(RuleSet.National, strict);
    }

    [Fact]
    public void BuiltInProfiles_HaveDistinctNames_AndAreFoundInAnyCase()
    {
        Assert.Equal(RuleSetProfiles.All.Length, RuleSetProfiles.All.Select(profile => profile.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["national", "strict", "provincial-guideline", "department-submission-deadline", "demonstration-area-reporting", "principal-leader-sign-off"], RuleSetProfiles.All.Select(profile => profile.Name));
        Assert.Same(RuleSetProfiles.Strict, RuleSetProfiles.Find(" STRICT "));
        Assert.Null(RuleSetProfiles.Find("lenient"));
        Assert.Null(RuleSetProfiles.Find(null));
        Assert.Equal(RuleSet.National, RuleSetProfiles.National.RuleSet);
        Assert.Equal(RuleSet.National.With(RuleSetOverlays.DepartmentSubmissionDeadline), RuleSetProfiles.Find("department-submission-deadline")!.RuleSet);
        Assert.Same(RuleSetOverlays.PrincipalLeaderSignOff, RuleSetProfiles.FindOverlay("Principal-Leader-Sign-Off"));
    }

    [Fact]
    public void Profile_GuardsItsArguments()
    {
        Assert.Throws<ArgumentException>(() => new RuleSetProfile(" ", "描述", RuleSet.National));
        Assert.Throws<ArgumentException>(() => new RuleSetProfile("x", "", RuleSet.National));
        Assert.Throws<ArgumentNullException>(() => new RuleSetProfile("x", "描述", null!));
        Assert.Equal(new RuleSetProfile("x", "描述", RuleSet.National), new RuleSetProfile("x", "描述", RuleSet.National));
        Assert.NotEqual(new RuleSetProfile("x", "描述", RuleSet.National), new RuleSetProfile("x", "描述", RuleSet.National.WithWarningsAsErrors()));
    }

    [Fact]
    public void Deserialize_TheExampleFile_BuildsTheRuleSetItStates()
    {
        var profile = RuleOfLawJson.DeserializeRuleSetProfile(File.ReadAllText(ExampleFile));

        var expected = RuleSet.National
            .With(RuleSetOverlays.DepartmentSubmissionDeadline)
            .With(RuleSetOverlays.DemonstrationAreaReporting)
            .WithSeverity(ValidationCodes.ShortcomingWithoutCause, Severity.Error)
            .Enable(ValidationCodes.SignOffMissing)
            .WithAcceptedRounding(RoundingModes.Nearest)
            .WithConsultationCounting(PeriodCounting.BothEndsIncluded);
        Assert.Equal("example-province", profile.Name);
        Assert.StartsWith("示例", profile.Description, StringComparison.Ordinal);
        Assert.Equal(expected, profile.RuleSet);
    }

    [Fact]
    public void Deserialize_OnlyANameAndVersion_IsTheNationalSet()
    {
        var profile = RuleOfLawJson.DeserializeRuleSetProfile("""{"schemaVersion":1,"name":"mine"}""");

        Assert.Equal(RuleSet.National, profile.RuleSet);
        Assert.Equal("Rule set profile mine, based on national.", profile.Description);
    }

    [Fact]
    public void Deserialize_ExtendsStrict_WarningsAsErrors_AndALaterRuleWins()
    {
        var profile = RuleOfLawJson.DeserializeRuleSetProfile("""
            {"schemaVersion":1,"name":"mine","extends":"strict","rules":[
              {"code":"ROL0008","severity":"info"},{"code":"ROL0008","enabled":false},{"code":"ROL0008","enabled":true,"severity":"warning"}],
             "acceptedRounding":["truncation"]}
            """);

        Assert.Equal(Severity.Warning, profile.RuleSet.SeverityOf(ValidationCodes.ShortcomingWithoutCause));
        Assert.True(profile.RuleSet.IsEnabled(ValidationCodes.ShortcomingWithoutCause));
        Assert.Equal(RoundingModes.Truncation, profile.RuleSet.AcceptedRounding);
        Assert.Equal(RuleSet.National.WithWarningsAsErrors().SeverityOf(ValidationCodes.PublishedFigureAllOrNone), profile.RuleSet.SeverityOf(ValidationCodes.PublishedFigureAllOrNone));
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"name":"x","rules":[{"code":"ROL9999","severity":"error"}]}""", "$.rules[0].code", "ROL9999")]
    [InlineData("""{"schemaVersion":1,"name":"x","rules":[{"code":"ROL0008"}]}""", "$.rules[0]", "must set enabled, severity or both")]
    [InlineData("""{"schemaVersion":1,"name":"x","rules":[{"code":"ROL0008","severity":"fatal"}]}""", "$.rules[0].severity", "must be one of the strings \"info\", \"warning\", \"error\"")]
    [InlineData("""{"schemaVersion":1,"name":"x","extends":"lenient"}""", "$.extends", "lenient")]
    [InlineData("""{"schemaVersion":1,"name":"x","overlays":["beijing"]}""", "$.overlays", "beijing")]
    [InlineData("""{"schemaVersion":1,"name":"x","acceptedRounding":["bankers"]}""", "$.acceptedRounding[0]", "must be one of the strings")]
    [InlineData("""{"schemaVersion":1,"name":"x","consultationCounting":"lastDayExcluded"}""", "$.consultationCounting", "must be one of the strings")]
    [InlineData("""{"schemaVersion":1,"name":"x","severity":"error"}""", "$.severity", "")]
    [InlineData("""{"schemaVersion":2,"name":"x"}""", "$.schemaVersion", "2")]
    [InlineData("""{"schemaVersion":1,"name":" "}""", "$.name", "")]
    [InlineData("""{"schemaVersion":1}""", "$", "name")]
    public void Deserialize_BadProfile_NamesThePathAndWhatIsWrong(string json, string path, string named)
    {
        var message = Fails(json);

        Assert.StartsWith(path, message, StringComparison.Ordinal);
        Assert.Contains(named, message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRuleSetProfileSchema_CommittedFile_IsUpToDate()
    {
        Golden.AssertUpToDate(Path.Combine(Golden.SchemaFolder, SchemaFile), RuleOfLawJson.GetRuleSetProfileSchema());
    }

    [Fact]
    public void Schema_AcceptsTheExample_AndRejectsAnUnknownMember()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Golden.SchemaFolder, SchemaFile)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List };

        using var example = JsonDocument.Parse(File.ReadAllText(ExampleFile));
        Assert.True(schema.Evaluate(example.RootElement, options).IsValid);

        var node = JsonNode.Parse(File.ReadAllText(ExampleFile))!.AsObject();
        node["strictness"] = "high";
        using var bad = JsonDocument.Parse(node.ToJsonString());
        Assert.False(schema.Evaluate(bad.RootElement, options).IsValid);
    }
}
