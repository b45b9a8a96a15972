using System.IO;
using System.Text;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>The report <c>rol check</c> reads when given no PATH: a real district report for 2020, embedded in the tool.</summary>
internal static class BuiltInSample
{
    /// <summary>The name the sample is shown under.</summary>
    public const string Name = "(built-in sample)";

    public static ReportInput Load()
    {
        using var stream = typeof(BuiltInSample).Assembly.GetManifestResourceStream("RuleOfLaw.Cli.BuiltInSample.txt")
            ?? throw new InputException("the built-in sample is missing from the tool", "工具中缺少内置示例报告");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new ReportInput(Name, InputFormat.Text, reader.ReadToEnd());
    }
}
