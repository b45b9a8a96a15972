using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <content>
/// Rule set profiles as JSON files, as linters read theirs: a name, a built-in profile to extend, overlays, severity
/// overrides and parameters. Read-only: a profile file is written by hand; its schema is
/// <see cref="GetRuleSetProfileSchema"/>.
/// </content>
public static partial class RuleOfLawJson
{
    private static readonly JsonTypeInfo<RuleSetProfileDocument> ProfileDocument = (JsonTypeInfo<RuleSetProfileDocument>)JsonStrictness.Indented.GetTypeInfo(typeof(RuleSetProfileDocument));

    /// <summary>Reads a rule set profile from a JSON document.</summary>
    /// <param name="json">The JSON text: <c>{"schemaVersion":1,"name":"…","extends":"national",…}</c>.</param>
    /// <returns>The profile, its rule set built from the base profile, the overlays, the rules in order and the parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid profile; the message names the path and the rule broken, for example an unknown code or overlay.</exception>
    public static RuleSetProfile DeserializeRuleSetProfile(string json) => JsonReading.Read(json, ProfileDocument, "a rule set profile").ToProfile();

    /// <summary>Reads a rule set profile from a UTF-8 JSON document.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="JsonException">The bytes are not a valid profile; the message names the path and the rule broken.</exception>
    public static RuleSetProfile DeserializeRuleSetProfile(ReadOnlySpan<byte> utf8Json) => JsonReading.Read(utf8Json, ProfileDocument, "a rule set profile").ToProfile();

    /// <summary>Reads a rule set profile from a UTF-8 JSON stream, to its end.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The stream does not hold a valid profile; the message names the path and the rule broken.</exception>
    public static RuleSetProfile DeserializeRuleSetProfile(Stream utf8Json) => JsonReading.Read(utf8Json, ProfileDocument, "a rule set profile").ToProfile();

    /// <summary>Gets the JSON Schema (draft 2020-12) of a rule set profile file.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string GetRuleSetProfileSchema() => JsonSchemas.Export(typeof(RuleSetProfileDocument), "rule-set-profile");
}
