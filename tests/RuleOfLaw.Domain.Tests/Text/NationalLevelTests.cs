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
    [InlineData("某某区市场监督管理局", AdministrativeLevel.County)] // 市场 is a market, not a city
    [InlineData("某某区住房和城乡建设局", AdministrativeLevel.County)] // 城乡 is town and country, not a township
    [InlineData("某某市乡村振兴局", AdministrativeLevel.City)]
    [InlineData("某某市城市管理局", AdministrativeLevel.City)]
    [InlineData("某某区社区矫正管理局", AdministrativeLevel.County)]
    [InlineData("某某自治州生态环境局", AdministrativeLevel.City)]
    [InlineData("州生态环境局", AdministrativeLevel.City)] // a prefecture's department as its own title abbreviates it
    [InlineData("某某盟行政公署", AdministrativeLevel.City)]
    [InlineData("某某州某某市人民政府", AdministrativeLevel.County)] // a county-level city under a prefecture
    [InlineData("某某市某某市人民政府", AdministrativeLevel.County)]
    [InlineData("某某省某某市人民政府", AdministrativeLevel.City)]
    [InlineData("北京市某某区人民政府", AdministrativeLevel.County)]
    [InlineData("天津市市场监督管理委员会", AdministrativeLevel.Province)]
    [InlineData("某某自治区人民政府", AdministrativeLevel.Province)]
    [InlineData("某某自治县人民政府", AdministrativeLevel.County)]
    [InlineData("某某县某某乡人民政府", AdministrativeLevel.Township)]
    [InlineData("某某区某某街道办事处", AdministrativeLevel.Township)]
    [InlineData("区司法局", AdministrativeLevel.County)]
    [InlineData("省教育厅", AdministrativeLevel.Province)]
    public void SubjectNamed_CentralBodyOrLastPlaceWordThatNamesAPlace_GivesTheLevel(string name, AdministrativeLevel level)
    {
        Assert.Equal(level, ReportTextReader.SubjectNamed(name).Level);
    }

    [Theory]
    [InlineData("办公室")]
    [InlineData("某单位")]
    [InlineData("市场监督管理局")] // 市 only inside 市场
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
