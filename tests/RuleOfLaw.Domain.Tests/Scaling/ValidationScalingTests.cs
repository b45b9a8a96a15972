using System.Linq;
using System.Text;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing.Builders;
using RuleOfLaw.Domain.Tests.Validation.Rules;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Scaling;

/// <summary>
/// Validation with the national rule set, and reading plus validation as <c>rol check</c> does it, grow linearly:
/// 4× the input takes well under 16× (quadratic) the time. Fastest of 3 runs per size, bound 8 for a loaded 2-core machine.
/// </summary>
[Collection(LinearityGroup.Name)]
public sealed class ValidationScalingTests
{
    // Quadratic work gives ≈ 16; 10 leaves room for a loaded 2-core machine (8.6 was seen with four builds running).
    private const double Bound = 10.0;
    private const int Runs = 5;

    private static readonly IndicatorCode[] Codes =
    {
        IndicatorCode.Parse("reconsideration_correction_rate"), IndicatorCode.Parse("litigation_head_appearance_rate"),
        IndicatorCode.Parse("enforcement_platform_coverage_rate"), IndicatorCode.Parse("legal_exam_participation_rate"),
    };

    private static readonly string[] Figures = { "18.2", "18.18", "18", "35.1", "100", "0", "42.86" };

    /// <summary>
    /// Indicator values of every kind the printing and count checks meet, in few groups (4 indicators × 2 scopes ×
    /// 2 years) so that each group holds many printings: agreeing and conflicting figures, consistent, inconsistent,
    /// impossible and one-count figures.
    /// </summary>
    internal static IndicatorValue[] MixedValues(int count)
    {
        var city = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);
        var values = new IndicatorValue[count];
        for (var i = 0; i < count; i++)
        {
            var code = Codes[i % Codes.Length];
            var scope = (i / 4) % 2 == 0 ? IndicatorScope.Subject : city;
            var year = ReportYear.Of(2023 + ((i / 8) % 2));
            var figure = PublishedFigure.Parse(Figures[(i / 16) % Figures.Length]);
            values[i] = (i % 5) switch
            {
                0 => new IndicatorValue(code, scope, year, 2, 11, published: figure), // 18.18…%: agrees with some
                1 => new IndicatorValue(code, scope, year, 7, null, published: figure),
                2 => new IndicatorValue(code, scope, year, null, 3, published: figure),
                3 => new IndicatorValue(code, scope, year, 0, 0, published: figure),
                _ => new IndicatorValue(code, scope, year, published: figure),
            };
        }

        return values;
    }

    [Fact]
    public void MixedValues_MeetEveryPrintingAndCountFinding()
    {
        var codes = Validators.Later().Validate(AnAnnualReport.For(2024).WithIndicatorValues(MixedValues(2_000)).Build())
            .Issues.Select(issue => issue.Code).ToHashSet();

        Assert.Contains(ValidationCodes.PublishedFigureConflict, codes);
        Assert.Contains(ValidationCodes.PublishedRateInconsistent, codes);
        Assert.Contains(ValidationCodes.FigureForInapplicableRate, codes);
        Assert.Contains(ValidationCodes.PublishedRateImpossible, codes);
    }

    /// <summary>National rules over 2,000 and 8,000 mixed indicator values: the pairwise rule took about 16× as long.</summary>
    [Fact]
    public void NationalValidation_ScalesLinearlyInIndicatorValues()
    {
        var validator = Validators.Later();
        var small = AnAnnualReport.For(2024).WithIndicatorValues(MixedValues(2_000)).Build();
        var large = AnAnnualReport.For(2024).WithIndicatorValues(MixedValues(8_000)).Build();

        Linearity.AssertLinear("mixed indicator values", () => validator.Validate(small), () => validator.Validate(large), Runs, Bound);
    }

    /// <summary>Reading a text full of rate mentions and validating what it holds (<c>rol check</c>'s work): 64 KB and 256 KB.</summary>
    [Fact]
    public void ReadAndValidate_ScalesLinearlyInRateMentions()
    {
        var validator = Validators.Later();
        var small = RateMentionReport(64 * 1024);
        var large = RateMentionReport(256 * 1024);
        Assert.True(ReportTextReader.Read(small).Report!.IndicatorValues.Length > 1_000);

        Linearity.AssertLinear(
            "text of rate mentions",
            () => validator.Validate(ReportTextReader.Read(small).Report!),
            () => validator.Validate(ReportTextReader.Read(large).Report!),
            Runs,
            Bound);
    }

    /// <summary>A minimal report whose first part repeats rate mentions (agreeing, conflicting, with counts) to about <paramref name="utf8Bytes"/> bytes of UTF-8.</summary>
    internal static string RateMentionReport(int utf8Bytes)
    {
        string[] lines =
        {
            "　　行政复议纠错率为18.2%，\n",
            "　　行政复议纠错率为35.1%，\n",
            "　　全年受理行政复议案件35件，纠错率18.75%。\n",
        };
        var text = new StringBuilder("青禾县2023年度法治政府建设情况报告\n\n　　一、主要举措和成效\n\n");
        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        for (var i = 0; bytes < utf8Bytes; i++)
        {
            var line = lines[i % lines.Length];
            text.Append(line);
            bytes += Encoding.UTF8.GetByteCount(line);
        }

        return text.Append("""

            　　二、存在的不足和原因

            　　执法队伍建设有待加强。

            　　三、党政主要负责人履行推进法治建设第一责任人职责情况

            　　主要负责人专题研究法治工作。

            　　四、2024年工作安排

            　　继续推进依法行政。

            """).ToString();
    }
}
