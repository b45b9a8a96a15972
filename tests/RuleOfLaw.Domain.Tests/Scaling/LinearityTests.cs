using Xunit;
using Xunit.Sdk;

namespace RuleOfLaw.Domain.Tests.Scaling;

/// <summary>The linearity check itself fails on quadratic work and passes linear work, so a pass of the scaling tests means something.</summary>
[Collection(LinearityGroup.Name)]
public sealed class LinearityTests
{
    private static readonly int[] Small = new int[1_500];
    private static readonly int[] Large = new int[Small.Length * 4];

    [Fact]
    public void AssertLinear_QuadraticWork_Fails() =>
        Assert.Throws<TrueException>(() => Linearity.AssertLinear("pairs", () => Pairs(Small), () => Pairs(Large), runs: 3, bound: 9.0));

    [Fact]
    public void AssertLinear_LinearWork_Passes()
    {
        // Both inputs exist before the clock starts (a new array per run timed its zeroing and page faults too), and the
        // clock is processor time, which other processes on a loaded machine do not inflate.
        var fourTimes = new int[Large.Length * 4];
        Linearity.AssertLinear("sum", () => Sum(Large), () => Sum(fourTimes), runs: 3, bound: 9.0, processorTime: true);
    }

    private static long Pairs(int[] values)
    {
        long count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            for (var j = i + 1; j < values.Length; j++)
            {
                count += values[i] ^ values[j] ^ j;
            }
        }

        return count;
    }

    private static long Sum(int[] values)
    {
        long sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i] ^ i;
        }

        return sum;
    }
}
