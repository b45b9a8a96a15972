using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RuleOfLaw.Domain.Tests;

public sealed class ReadmeTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Samples");

    [Fact]
    public void UsageExample_Runs_AndGivesTheValuesItsCommentsState()
    {
        var result = ReadmeExample.Run();

        Assert.Equal("2021-04-01|True|18.2|18.18|True", result);
    }

    [Fact]
    public void Readme_ShowsTheCompiledExampleVerbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Samples, "README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(Samples, "ReadmeExample.cs.txt"));

        Assert.Contains(Snippet(source, "// begin-snippet", "// end-snippet"), readme, StringComparison.Ordinal);
        Assert.Contains(Snippet(source, "// begin-snippet: pipeline", "// end-snippet: pipeline"), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void PackageReadme_ShowsTheCompiledExamplesVerbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Samples, "Package.README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(Samples, "ReadmeExample.cs.txt"));

        Assert.Contains(Snippet(source, "// begin-snippet", "// end-snippet"), readme, StringComparison.Ordinal);
        Assert.Contains(Snippet(source, "// begin-snippet: pipeline", "// end-snippet: pipeline"), readme, StringComparison.Ordinal);
        Assert.Contains("dotnet add package RuleOfLaw.Domain --version", readme, StringComparison.Ordinal);
        Assert.Contains("--source ", readme, StringComparison.Ordinal);
    }

    /// <summary>nuget.org shows a package's README without its repository, so a relative link there leads nowhere.</summary>
    [Theory]
    [InlineData("Package.README.md")]
    [InlineData("Testing.README.md")]
    [InlineData("Documents.README.md")]
    public void PackageReadmes_LinkOnlyToAbsoluteAddresses(string file)
    {
        var readme = File.ReadAllText(Path.Combine(Samples, file));

        var targets = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)").Select(m => m.Groups["target"].Value).ToArray();
        Assert.All(targets, target => Assert.StartsWith("https://", target, StringComparison.Ordinal));
    }

    [Fact]
    public void TestingReadme_ShowsTheConsumerTestVerbatim()
    {
        var readme = File.ReadAllText(Path.Combine(Samples, "Testing.README.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(Samples, "DistrictExportTests.cs.txt"));

        Assert.Contains(Snippet(source, "// begin-snippet: integrator", "// end-snippet: integrator"), readme, StringComparison.Ordinal);
    }

    [Fact]
    public void PipelineExample_ReadsValidatesAndRoundTripsTheSample()
    {
        var text = File.ReadAllText(Path.Combine(Samples, "pingshan-2020.txt"));

        var result = ReadmeExample.ReadValidateExchange(text);

        Assert.Equal("2020|True|True|False", result);
    }

    [Fact]
    public void Readme_FirstScreen_ShowsTheTestCommand()
    {
        var firstScreen = string.Join("\n", File.ReadAllLines(Path.Combine(Samples, "README.md")).Take(40));

        Assert.Contains("dotnet test", firstScreen, StringComparison.Ordinal);
    }

    private static string Snippet(string source, string begin, string finish)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == begin) + 1;
        var end = Array.FindIndex(lines, l => l.Trim() == finish);
        Assert.True(start > 0 && end > start, "snippet markers not found");
        var body = lines[start..end];
        var indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }
}
