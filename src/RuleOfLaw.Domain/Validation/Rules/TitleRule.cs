using System;
using System.Globalization;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Validation.Rules;

/// <summary>V9: the title names 法治政府建设 and the report year.</summary>
/// <remarks>
/// Source: provincial guidelines on the title. The year may be written in Arabic digits (2020) or in Chinese numerals
/// (二〇二〇 or 二零二零). Titles vary otherwise: 某区2020年法治政府建设年度报告, 关于2024年法治政府建设情况的报告.
/// </remarks>
internal sealed class TitleRule : IValidationRule<AnnualReport>
{
    private const string Subject = "法治政府建设";
    private const string Digits = "〇一二三四五六七八九";

    private static readonly DiagnosticDescriptor Incomplete = ValidationCodes.Describe(ValidationCodes.TitleIncomplete);

    public bool IsEnabledIn(RuleSet ruleSet) => ruleSet.IsEnabled(Incomplete);

    public void Check(AnnualReport subject, ValidationContext context)
    {
        var title = subject.Title;
        var namesSubject = title.Contains(Subject, StringComparison.Ordinal);
        var namesYear = NamesYear(title, subject.Year.Year);
        if (namesSubject && namesYear)
        {
            return;
        }

        var year = subject.Year.Year.ToString(CultureInfo.InvariantCulture);
        var missing = namesSubject ? "the year " + year : namesYear ? Subject : Subject + " or the year " + year;
        context.Report(Incomplete, "Title", title, missing);
    }

    internal static bool NamesYear(string title, int year)
    {
        var digits = year.ToString(CultureInfo.InvariantCulture);
        if (title.Contains(digits, StringComparison.Ordinal))
        {
            return true;
        }

        Span<char> chinese = stackalloc char[digits.Length];
        for (var i = 0; i < digits.Length; i++)
        {
            chinese[i] = Digits[digits[i] - '0'];
        }

        if (title.AsSpan().IndexOf(chinese) >= 0)
        {
            return true;
        }

        chinese.Replace('〇', '零');
        return title.AsSpan().IndexOf(chinese) >= 0;
    }
}
