using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// What <c>rol check</c> does with a text: read it and validate the report it holds, on a minimal report whose first
/// part repeats rate mentions (<c>行政复议纠错率为18.2%，</c>, a conflicting 35.1%, and a rate with its counts) to
/// 25 KB and 1 MB of UTF-8 (40×). Linear means the 1 MB run takes about 40× the 25 KB one; the pairwise printing
/// check made 1 MB run past 120 s. The baseline is a plain pass over the text counting its per cent signs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CheckPipelineBenchmarks
{
    private ReportValidator _validator = null!;
    private string _text = string.Empty;

    /// <summary>Gets or sets the size of the text in UTF-8 bytes.</summary>
    [Params(25 * 1024, 1024 * 1024)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _validator = new ReportValidator(RuleSet.National, SystemClock.Instance);
        _text = RateMentionReport(Bytes);
    }

    [Benchmark(Baseline = true)]
    public int CountPercentSigns()
    {
        var count = 0;
        foreach (var c in _text)
        {
            count += c == '%' ? 1 : 0;
        }

        return count;
    }

    [Benchmark]
    public ReportReadResult Read() => ReportTextReader.Read(_text);

    [Benchmark]
    public ValidationResult? ReadAndValidate() => ReportTextReader.Read(_text).Report is { } report ? _validator.Validate(report) : null;

    private static string RateMentionReport(int utf8Bytes)
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

        return text.Append("\n　　二、存在的不足和原因\n\n　　执法队伍建设有待加强。\n\n　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n"
            + "　　主要负责人专题研究法治工作。\n\n　　四、2024年工作安排\n\n　　继续推进依法行政。\n").ToString();
    }
}
