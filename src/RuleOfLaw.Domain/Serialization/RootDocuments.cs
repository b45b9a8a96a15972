using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The documents that travel on their own and carry a <c>schemaVersion</c>.</summary>
internal static class RootDocuments
{
    public const string SchemaVersionName = "schemaVersion";

    /// <summary>Gets whether a type is a root document whose metadata gets the <c>schemaVersion</c> member.</summary>
    /// <remarks>A <see cref="ValidationResult"/> is a root too, but its converter writes the member itself.</remarks>
    public static bool IsRoot(Type type) => type == typeof(AnnualReport) || type == typeof(IndicatorFramework) || type == typeof(CaseRecords) || type == typeof(Text.ReportReadResult) || type == typeof(RuleSetProfileDocument);

    /// <summary>Gets the members of a value written by a converter, so that failures inside it can be located.</summary>
    public static Type? MemberOfConverted(Type type, string name) =>
        type == typeof(ValidationResult) && name == "issues" ? typeof(ImmutableArray<ValidationIssue>) : null;

    public static void CheckVersion(int version)
    {
        if (version != RuleOfLawJson.SchemaVersion)
        {
            throw JsonRules.Broken("schemaVersion ({0}) must be {1}, the only version this library reads", version, RuleOfLawJson.SchemaVersion);
        }
    }
}
