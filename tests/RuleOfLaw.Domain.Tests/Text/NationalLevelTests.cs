using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Text;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Text;

/// <summary>The national level: central bodies named without a place word, and national benchmarks (全国).</summary>
public sealed class NationalLevelTests
{
    private const string Heading = "某区2022年法治政府建设年度报告\n一、主要举措和成效\n";

    [Theory]
    [InlineData("司法部", AdministrativeLevel.National)]
    [InlineData("中华人民共和国教育部", AdministrativeLevel.National)]
    [InlineData("国务院办公厅", AdministrativeLevel.National)]
    [InlineData("国家税务总局", AdministrativeLevel.National)]
    [InlineData("海关总署", AdministrativeLevel.National)]
    [InlineData("国家税务总局上海市税务局", AdministrativeLevel.City)]
    [InlineData("某县委宣传部", AdministrativeLevel.County)]
    [InlineData("某区司法局", AdministrativeLevel.County)]
    [InlineData("上海市教育委员会", AdministrativeLevel.Province)]
    [InlineData("重庆市梁平区司法局", AdministrativeLevel.County)]
    [InlineData("某市司法局", AdministrativeLevel.City)]
    public void SubjectNamed_CentralBodyWithoutAPlaceWord_IsNational(string name, AdministrativeLevel level)
    {
        Assert.Equal(level, ReportTextReader.SubjectNamed(name).Level);
    }

    [Theory]
    [InlineData("办公室")]
    [InlineData("某单位")]
    public void SubjectNamed_NameWithNeitherPlaceNorCentralWord_HasNoLevel(string name)
    {
        Assert.Null(ReportTextReader.SubjectNamed(name).Level);
    }

    [Fact]
    public void Read_NationalBenchmarkBesideARate_IsKeptAtTheNationalLevel()
    {
        var text = Heading + "行政诉讼案件32件，负责人出庭应诉16件，负责人出庭应诉率达50%（全国41.8%）。\n";

        var result = ReportTextReader.Read(text);

        var benchmark = Assert.Single(result.Report!.IndicatorValues, v => v.Scope.Kind == IndicatorScopeKind.Benchmark);
        Assert.Equal(IndicatorScope.Benchmark("全国", AdministrativeLevel.National), benchmark.Scope);
        Assert.Equal(41.8m, benchmark.Published!.Value.Value);
    }
}
