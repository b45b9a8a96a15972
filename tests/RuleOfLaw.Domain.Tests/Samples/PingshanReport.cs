using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Testing.Builders;

namespace RuleOfLaw.Domain.Tests.Samples;

/// <summary>
/// The Pingshan 2020 report (Samples/pingshan-2020.txt) built by hand through the public API and the builders, not by
/// parsing: the outline, every measure with its quantities, the shortcoming, the plan, the rates, publication and sign-off.
/// </summary>
/// <remarks>
/// Measure headings are the gold titles; bodies are the text after the heading (after its full stop when it has one).
/// Task areas are our reading of the 2015–2020 outline, not the report's. The report states no cause for its one
/// shortcoming, so the shortcoming has none. The set phrase 三大 in plan item (三) is not a result and is not modelled.
/// </remarks>
public static class PingshanReport
{
    public const string TextPath = "Samples/pingshan-2020.txt";
    public const string GoldPath = "Samples/pingshan-2020.gold.json";

    public const string ShortcomingText = "在行政执法水平、执法队伍、法治服务、普法等方面需要进一步提升和强化";

    // 1.加强领导,扎实履行推进法…
    private static readonly Measure Functions1 = AMeasure.Titled("加强领导,扎实履行推进法治建设第一责任人职责")
        .Describing("召开区委全面依法治区委员会第二次和第三次会议,传达学习习近平总书记在中央全面依法治国委员会第三次会议上的重要讲话精神、习近平总书记在中央全面依法治国工作会议上的重要讲话精神,听取全面依法治区2019年及2020年度工作报告,研究我区贯彻落实意见,成立规范性文件、执法、司法、守法普法协调小组,高位推动全面依法治区,印发2020年度全面依法治区工作要点,将各部门党政主要负责人专项听取部门法治建设工作情况和年终述法纳入区绩效考核。")
        .Build();

    // 2.简政放权,持续深入推进服…
    private static readonly Measure Functions2 = AMeasure.Titled("简政放权,持续深入推进服务型政府建设")
        .Describing("推行“一件事导办”,推出111项主题式场景服务。创新编制公共信用信息政务公开事项标准目录,公布25个试点领域政务公开事项标准目录。在2020深圳政府政务公开“金秤砣”社会评议中获得“一金一银”,成为全市获奖最多的区。")
        .InArea(Area(1))
        .WithResults(
            AQuantity.Of(111m, "项").PrintedAs("111项"),
            AQuantity.Of(25m, "个").PrintedAs("25个"),
            AQuantity.Of(1m, "金").PrintedAs("一金"),
            AQuantity.Of(1m, "银").PrintedAs("一银"))
        .Build();

    // 3.完善制度,努力营造稳定公…
    private static readonly Measure Functions3 = AMeasure.Titled("完善制度,努力营造稳定公平透明、可预期的法治化营商环境")
        .Describing("编制2020年度重大行政决策事项目录5项和听证事项目录2项。强化公众参与和公平竞争审查,全年制定区规范性文件11件,部门规范性文件15件,并开展规范性文件集中和专项清理。")
        .InArea(Area(2), Area(3))
        .WithResults(
            AQuantity.Of(5m, "项").PrintedAs("5项"),
            AQuantity.Of(2m, "项").PrintedAs("2项"),
            AQuantity.Of(11m, "件").PrintedAs("11件"),
            AQuantity.Of(15m, "件").PrintedAs("15件"))
        .Build();

    // 4.整合资源,推进政府法律顾…
    private static readonly Measure Functions4 = AMeasure.Titled("整合资源,推进政府法律顾问改革")
        .Describing("强化对全区法律顾问工作的统筹、指导,统一准入门槛、明确服务标准、强化考核监督,优化和完善法律顾问的组织形式、组织模式和管理方式,建立符合我区实际需求的专业法律顾问队伍。")
        .InArea(Area(3))
        .Build();

    // 5.优化服务,以“大服务”完…
    private static readonly Measure Functions5 = AMeasure.Titled("优化服务,以“大服务”完善公共法律服务")
        .Describing("围绕区公共法律服务中心构建“一公里法治服务圈”。深化社区法律顾问改革,实现从“有没有”到“好不好”的质变。在全市首创设立区级商事调解院,受理纠纷3宗(涉及标的额1.12亿元),成功化解1宗历时16年的纠纷。实施“援调对接”全过程工作模式,为群众挽回损失497.6万元,受到司法部宣传推广。")
        .InArea(Area(6))
        .WithResults(
            AQuantity.Of(3m, "宗").PrintedAs("3宗"),
            AQuantity.Of(1.12m, "元").OfKind(QuantityKind.Money).Scaled(ScaleWord.HundredMillion).PrintedAs("1.12亿元"),
            AQuantity.Of(1m, "宗").PrintedAs("1宗"),
            AQuantity.Of(16m, "年").OfKind(QuantityKind.Duration).PrintedAs("16年"),
            AQuantity.Of(497.6m, "元").OfKind(QuantityKind.Money).Scaled(ScaleWord.TenThousand).PrintedAs("497.6万元"))
        .Build();

    // 6.全民普法,以“大普法”推…
    private static readonly Measure Functions6 = AMeasure.Titled("全民普法,以“大普法”推动法治意识提升")
        .Describing("组织领导干部专题学习民法典。在全区范围内开展民法典宣传超过100场,短视频作品100余个。坪山实验学校创建为省级青少年法治教育基地,坪环社区成功申报2020年“全国民主法治示范社区”。学法考试参考率、优秀率均为100%,连续两年位居全市各区第一名。创新普法履职评议活动,邀请学校代表、来深建设者和企业代表参加评议。")
        .InArea(Area(7))
        .WithResults(
            AQuantity.Of(100m, "场").Qualified(QuantityQualifier.MoreThan).PrintedAs("超过100场"),
            AQuantity.Of(100m, "个").Qualified(QuantityQualifier.MoreThan).PrintedAs("100余个"),
            AQuantity.Of(100m, "%").OfKind(QuantityKind.Percent).PrintedAs("100%"),
            AQuantity.Of(2m, "年").OfKind(QuantityKind.Duration).PrintedAs("两年"),
            AQuantity.Of(1m, "名").OfKind(QuantityKind.Rank).PrintedAs("第一名"))
        .Build();

    // 7.督察自查,发现并及时督促…
    private static readonly Measure Functions7 = AMeasure.Titled("督察自查,发现并及时督促整改落实")
        .Describing("开展党政主要负责人履行推进法治建设第一责任人职责及法治政府建设督察自查活动,发出法治政府建设督察通报1次,重大行政决策、行政执法专项督察通报2次。")
        .InArea(Area(5))
        .WithResults(
            AQuantity.Of(1m, "次").PrintedAs("1次"),
            AQuantity.Of(2m, "次").PrintedAs("2次"))
        .Build();

    // 1.依法抗疫,为打赢疫情防控…
    private static readonly Measure Enforcement1 = AMeasure.Titled("依法抗疫,为打赢疫情防控阻击战提供法治保障")
        .Describing("组建防疫法律服务专项小组,出台指引文件5份,在全市率先编制《疫情防控期间重点执法领域案例指导》《关于新型冠状病毒感染的肺炎防控相关规定汇编》,为依法防疫开具法治“良方”。成立“支持企业复工复产律师服务团”,编制指导案例30余件和复工复产法律14问答,开展线上法律讲座2场,“线上+线下”法律咨询300余次,调解纠纷36宗。建立“区监联动”联防联控机制,协助深圳监狱完成4次约220余名刑释人员的释放工作。依法抗疫法律服务保障工作得到了省司法厅的通报表彰,是全省唯一获此殊荣的区级单位。")
        .InArea(Area(6))
        .WithResults(
            AQuantity.Of(5m, "份").PrintedAs("5份"),
            AQuantity.Of(30m, "件").Qualified(QuantityQualifier.MoreThan).PrintedAs("30余件"),
            AQuantity.Of(14m, "问答").PrintedAs("14问答"),
            AQuantity.Of(2m, "场").PrintedAs("2场"),
            AQuantity.Of(300m, "次").Qualified(QuantityQualifier.MoreThan).PrintedAs("300余次"),
            AQuantity.Of(36m, "宗").PrintedAs("36宗"),
            AQuantity.Of(4m, "次").PrintedAs("4次"),
            AQuantity.Of(220m, "名").Qualified(QuantityQualifier.AboutMoreThan).PrintedAs("约220余名"))
        .Build();

    // 2.执法监督,促进行政执法规…
    private static readonly Measure Enforcement2 = AMeasure.Titled("执法监督,促进行政执法规范化建设")
        .Describing("强化行政复议对行政执法的监督。2020年,受理复议案件11宗,其中,确认违法2宗,纠正率18.2%。以评查促规范,全年开展案卷评查2次。推进系统外无执法,全区23个执法单位均实现平台的使用或对接。")
        .InArea(Area(4), Area(5))
        .WithResults(
            AQuantity.Of(11m, "宗").PrintedAs("11宗"),
            AQuantity.Of(2m, "宗").PrintedAs("2宗"),
            AQuantity.Of(18.2m, "%").OfKind(QuantityKind.Percent).PrintedAs("18.2%"),
            AQuantity.Of(2m, "次").PrintedAs("2次"),
            AQuantity.Of(23m, "个").PrintedAs("23个"))
        .Build();

    // 3.接受监督,行政权力制约监…
    private static readonly Measure Enforcement3 = AMeasure.Titled("接受监督,行政权力制约监督科学有效")
        .Describing("出台《关于支持检察机关依法开展公益诉讼有关要求的通知》《关于加强法律监督支持检察公益诉讼工作的决定》,建立执法信息共享、案件线索移送等协作机制,开展闲置土地处置专项联动督察,全年无行政公益诉讼案件,区直单位及街道办事处共收到检察建议书8宗,均已完成整改。完善应诉制度,明确应诉责任,全年行政机关负责人出庭应诉16宗,负责人出庭应诉率达50%(全市16.2%)。")
        .InArea(Area(5))
        .WithResults(
            AQuantity.Of(8m, "宗").PrintedAs("8宗"),
            AQuantity.Of(16m, "宗").PrintedAs("16宗"),
            AQuantity.Of(50m, "%").OfKind(QuantityKind.Percent).PrintedAs("50%"),
            AQuantity.Of(16.2m, "%").OfKind(QuantityKind.Percent).PrintedAs("16.2%"))
        .Build();

    // 1.示范创建,推动法治示范城…
    private static readonly Measure Reform1 = AMeasure.Titled("示范创建,推动法治示范城区建设")
        .Describing("制定印发《坪山区“信用+执法监管”改革项目工作方案》,构建“双随机、一公开”、联合执法、重点行业信用分类监管等1+N制度体系,推进“信用+执法监管”模式,实现信用与执法监管融合。")
        .InArea(Area(4))
        .Build();

    // 2.立法保障,以立法推动改革…
    private static readonly Measure Reform2 = AMeasure.Titled("立法保障,以立法推动改革")
        .Describing("及时收集总结改革中存在的制度障碍,确保改革在法治轨道上运行,推动“深圳经济特区智能网联汽车管理若干规定”“深圳市郊野公园管理办法”纳入深圳市2021年立法计划。")
        .InArea(Area(2))
        .Build();

    // 3.依法监管,全面提升城市治…
    private static readonly Measure Reform3 = AMeasure.Titled("依法监管,全面提升城市治理能力现代化")
        .Describing("紧紧围绕“构建房地产市场健康发展长效机制”目标,制定《坪山区房地产项目全过程监管指导意见》及配套工作方案,在全市首创以构建房地产项目全过程、全方位、全覆盖的“三全”监管体系,规范涉及房地产领域的规划、用地、建设、销售、配套等行为,维护房地产市场秩序,促进房地产市场平稳健康发展,保障群众合法权益。首创“远程喊停”监管新模式,采用“线上监控+线下执法”联动方式,实施“点穴式”精准执法,成效显著。")
        .InArea(Area(4))
        .Build();

    private const string Preamble = "2020年,坪山区坚持以习近平新时代中国特色社会主义思想和习近平法治思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,全面推进法治政府建设主体工程,深入推进依法行政,推进国家治理体系和治理能力现代化,以法治思维和法治方式破解顽症难题,为推动高质量可持续发展的创新坪山提供坚强的法治保障。";

    private const string PlanIntroduction = "2020年,坪山区法治政府建设工作取得了一些成绩,但在行政执法水平、执法队伍、法治服务、普法等方面需要进一步提升和强化。2021年,坪山区将在习近平法治思想指引下,扎实推进法治政府建设,不断推动法治坪山建设在新发展阶段实现更大发展。";

    private static readonly PlanItem PlanItem1 = new(
        "提高政治站位?和认识,高位推动法治政府建设",
        "以学习贯彻习近平法治思想为主线,加强区委对法治政府建设的组织领导,按照中央、省委和市委的部署,扎实履行推进法治建设第一责任人职责,紧抓关键少数,完善法治政府建设体制机制,推动领导干部自觉用法治思维和法治方式解决城市治理顽症难题,在法治轨道上推进改革和创新。");

    private static readonly PlanItem PlanItem2 = new(
        "强化规范和监督,深入推进行政执法规范化建设",
        "按照上级统一部署,统筹街道综合行政执法改革,确保综合执法改革顺利推进。常态化推进行政执法三项制度,继续推动全区执法单位使用全市统一执法系统,确保系统外无案件运行。探索推广利用“互联网+监管”系统加强对管理服务对象的监管,提升事中事后监管水平,加强和创新“双随机、一公开”等监管方式。全面优化涉企执法检查,推进以信用监管为基础的新型监管体制。探索推行行政处罚免罚清单制度。优化行政检查机制,探索行政检查自行申报和承诺告知制度。");

    private static readonly PlanItem PlanItem3 = new(
        "聚集服务和资源,推进法治化营商环境建设",
        "围绕三大主导产业,加快完善知识产权保护体制机制,以引进专业服务机构、拓宽权利救济渠道、提升知识产权保护意识、强化行政执法震慑等方式多举多措保护知识产权。统筹全区公共法律服务资源,联合法院、检察院共同建设“一公里法治服务圈”。多元化化解矛盾纠纷,将深圳市坪山区商事调解院打造成商事领域“一站式”矛盾纠纷综合调解平台和“一站式”“门诊式”综合纠纷化解中心。紧抓国家综合改革试点机遇,推动各类高端法律资源集聚,共同推动“东部法治高地”建设。");

    /// <summary>Gets every measure in document order.</summary>
    public static ImmutableArray<Measure> Measures { get; } = ImmutableArray.Create(
        Functions1, Functions2, Functions3, Functions4, Functions5, Functions6, Functions7,
        Enforcement1, Enforcement2, Enforcement3,
        Reform1, Reform2, Reform3);

    /// <summary>Builds the whole report.</summary>
    public static AnnualReport Build()
    {
        var year = ReportYear.Of(2020);
        var beijing = Offset.FromHours(8);
        var city = IndicatorScope.Benchmark("全市", AdministrativeLevel.City);
        var subject = AReportingSubject.Named("深圳市坪山区人民政府", "坪山区")
            .AtLevel(AdministrativeLevel.County)
            .OfKind(SubjectKind.Government)
            .WithDivisionCode("440310")
            .Build();

        var summary = ASection.Numbered("一、").Titled("2020年法治政府建设工作总结").Covering(ReportPart.MeasuresAndResults).Containing(
            ASection.Numbered("(一)").Titled("全面依法履行政府职能,优化法治化营商环境").Containing(
                MeasureSection("1.", Functions1, uncertain: true, ReportPart.FirstResponsiblePersonDuties),
                MeasureSection("2.", Functions2),
                MeasureSection("3.", Functions3),
                MeasureSection("4.", Functions4, uncertain: true),
                MeasureSection("5.", Functions5, uncertain: true),
                MeasureSection("6.", Functions6),
                MeasureSection("7.", Functions7)),
            ASection.Numbered("(二)").Titled("严格规范公正文明执法,建设“东部法治高地”").Containing(
                MeasureSection("1.", Enforcement1, uncertain: true),
                MeasureSection("2.", Enforcement2, uncertain: true),
                MeasureSection("3.", Enforcement3)),
            ASection.Numbered("(三)").Titled("补短板强弱项,以法治思维法治方式解决改革过程中的顽症难疾").Containing(
                MeasureSection("1.", Reform1),
                MeasureSection("2.", Reform2),
                MeasureSection("3.", Reform3)));

        var plan = ASection.Numbered("二、").Titled("2021年工作计划").WithBody(PlanIntroduction)
            .Covering(ReportPart.NextYearArrangements, ReportPart.ShortcomingsAndCauses)
            .Containing(
                ASection.Numbered("(一)").Titled(PlanItem1.Heading).WithBody(PlanItem1.Description),
                ASection.Numbered("(二)").Titled(PlanItem2.Heading).WithBody(PlanItem2.Description),
                ASection.Numbered("(三)").Titled(PlanItem3.Heading).WithBody(PlanItem3.Description));

        return AnAnnualReport.For(year.Year)
            .By(subject)
            .Titled("坪山区2020年法治政府建设年度报告")
            .WithPreamble(Preamble)
            .WithSections(summary, plan)
            .WithMeasures(Measures.ToArray())
            .WithShortcomings(new Shortcoming(ShortcomingText))
            .WithPlan(new Plan(ReportYear.Of(year.FollowingYear), ImmutableArray.Create(PlanItem1, PlanItem2, PlanItem3)))
            .WithIndicatorValues(
                new IndicatorValue(Code("reconsideration_correction_rate"), IndicatorScope.Subject, year, numerator: 2, denominator: 11, published: PublishedFigure.Of(18.2m), printedText: "受理复议案件11宗,其中,确认违法2宗,纠正率18.2%"),
                new IndicatorValue(Code("litigation_head_appearance_rate"), IndicatorScope.Subject, year, numerator: 16, published: PublishedFigure.Of(50m), printedText: "行政机关负责人出庭应诉16宗,负责人出庭应诉率达50%"),
                new IndicatorValue(Code("litigation_head_appearance_rate"), city, year, published: PublishedFigure.Of(16.2m), printedText: "(全市16.2%)"),
                new IndicatorValue(Code("procuratorial_recommendation_rectification_rate"), IndicatorScope.Subject, year, numerator: 8, denominator: 8, printedText: "共收到检察建议书8宗,均已完成整改"),
                new IndicatorValue(Code("enforcement_platform_coverage_rate"), IndicatorScope.Subject, year, numerator: 23, denominator: 23, printedText: "全区23个执法单位均实现平台的使用或对接"),
                new IndicatorValue(Code("legal_exam_participation_rate"), IndicatorScope.Subject, year, published: PublishedFigure.Of(100m), printedText: "学法考试参考率、优秀率均为100%"),
                new IndicatorValue(Code("legal_exam_excellence_rate"), IndicatorScope.Subject, year, published: PublishedFigure.Of(100m), printedText: "学法考试参考率、优秀率均为100%"))
            .PublishedAt(new LocalDateTime(2021, 1, 5, 14, 11, 8).WithOffset(beijing), PublicationChannel.Website, "坪山区人民政府办公室")
            .SubmittedTo()
            .SignedOffBy("深圳市坪山区人民政府", new LocalDate(2021, 1, 5))
            .Build();
    }

    private static ASection MeasureSection(string marker, Measure measure, bool uncertain = false, params ReportPart[] parts)
    {
        var section = ASection.Numbered(marker).Titled(measure.Heading).WithBody(measure.Description).Covering(parts);
        return uncertain ? section.WithUncertainHeadingBoundary() : section;
    }

    private static TaskArea Area(int number) => TaskAreaCatalog.Outline2015To2020[number];

    private static IndicatorCode Code(string text) => IndicatorCode.Parse(text);
}
