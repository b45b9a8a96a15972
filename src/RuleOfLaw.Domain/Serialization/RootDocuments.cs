using System;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The documents that travel on their own and carry a <c>schemaVersion</c>.</summary>
internal static class RootDocuments
{
    public const string SchemaVersionName = "schemaVersion";

    public static bool IsRoot(Type type) => type == typeof(AnnualReport) || type == typeof(IndicatorFramework);

    public static void CheckVersion(int version)
    {
        if (version != RuleOfLawJson.SchemaVersion)
        {
            throw JsonRules.Broken("schemaVersion ({0}) must be {1}, the only version this library reads", version, RuleOfLawJson.SchemaVersion);
        }
    }
}
