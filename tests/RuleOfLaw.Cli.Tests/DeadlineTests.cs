using System;
using System.Threading;
using RuleOfLaw.Cli.Checking;
using RuleOfLaw.Cli.Inputs;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

public sealed class DeadlineTests
{
    private static readonly InputLimits Short = InputLimits.Default with { TimeLimit = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public void RunInMemory_PastTheLimit_GivesUpInBothLanguages()
    {
        var e = Assert.Throws<InputException>(() => Deadline.RunInMemory<int>("f.jsonl:3", Short, token =>
        {
            token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10));
            token.ThrowIfCancellationRequested();
            return 0;
        }));

        Assert.Equal("f.jsonl:3: " + Short.TimeLimitText, e.Message);
        Assert.Equal("f.jsonl:3：" + Short.TimeLimitTextInChinese, e.ChineseMessage);
    }

    [Fact]
    public void RunInMemory_WithinTheLimit_ReturnsTheWorksResult() =>
        Assert.Equal(42, Deadline.RunInMemory("f.jsonl:1", InputLimits.Default, _ => 42));

    [Fact]
    public void RunInMemory_ACancellationNotOfTheLimit_Propagates() =>
        Assert.Throws<OperationCanceledException>(() => Deadline.RunInMemory<int>("f.jsonl:1", InputLimits.Default, _ => throw new OperationCanceledException(CancellationToken.None)));
}
