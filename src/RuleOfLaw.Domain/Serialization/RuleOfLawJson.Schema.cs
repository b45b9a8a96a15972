using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <content>The JSON Schemas of the root documents.</content>
public static partial class RuleOfLawJson
{
    /// <summary>Gets the JSON Schema (draft 2020-12) of an annual report document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package as <c>schema/annual-report.schema.json</c>.</returns>
    public static string GetAnnualReportSchema() => JsonSchemas.Export(typeof(AnnualReport), "annual-report");

    /// <summary>Gets the JSON Schema (draft 2020-12) of an indicator framework document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package as <c>schema/indicator-framework.schema.json</c>.</returns>
    public static string GetIndicatorFrameworkSchema() => JsonSchemas.Export(typeof(IndicatorFramework), "indicator-framework");

    /// <summary>Gets the JSON Schema (draft 2020-12) of a validation result document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package as <c>schema/validation-result.schema.json</c>.</returns>
    public static string GetValidationResultSchema() => JsonSchemas.Export(typeof(ValidationResult), "validation-result");

    /// <summary>Gets the JSON Schema (draft 2020-12) of a case records document.</summary>
    /// <returns>The schema as indented JSON text; the same text ships in the package as <c>schema/case-records.schema.json</c>.</returns>
    public static string GetCaseRecordsSchema() => JsonSchemas.Export(typeof(CaseRecords), "case-records");
}
