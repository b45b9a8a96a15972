using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Serialization;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Serialization;

/// <summary>A rate travels as its raw counts.</summary>
public sealed class RateJsonConverterTests
{
    private static JsonTypeInfo<Rate> Info => (JsonTypeInfo<Rate>)RuleOfLawJson.Options.GetTypeInfo(typeof(Rate));

    [Fact]
    public void Write_Rate_WritesNumeratorAndDenominator()
    {
        var json = JsonSerializer.Serialize(Rate.Of(2, 11), JsonStrictness.Compact.GetTypeInfo(typeof(Rate)));

        Assert.Equal("{\"numerator\":2,\"denominator\":11}", json);
    }

    [Theory]
    [InlineData("{\"numerator\":7,\"denominator\":5}", "numerator (7) must not exceed denominator (5)")]
    [InlineData("{\"numerator\":-1,\"denominator\":5}", "numerator (-1) must not be negative")]
    [InlineData("{\"numerator\":1}", "a rate must have both numerator and denominator")]
    [InlineData("{\"numerator\":1,\"numerator\":1,\"denominator\":2}", "member numerator must not appear twice")]
    [InlineData("{\"numerator\":1,\"denominator\":2,\"value\":0.5}", "a rate has only numerator and denominator, not value")]
    [InlineData("{\"numerator\":1.5,\"denominator\":2}", "numerator must be a whole number, not a number")]
    [InlineData("[1,2]", "a rate must be an object, not an array")]
    public void Read_BrokenRate_ThrowsJsonExceptionStatingTheRule(string json, string rule)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Info));

        Assert.Equal(rule, exception.Message);
    }

    [Fact]
    public void Read_NumeratorEqualToDenominator_Reads()
    {
        Assert.Equal(Rate.Of(5, 5), JsonSerializer.Deserialize("{\"denominator\":5,\"numerator\":5}", Info));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public void Read_WrittenRate_EqualsOriginal(Rate rate)
    {
        Assert.Equal(rate, JsonSerializer.Deserialize(JsonSerializer.Serialize(rate, Info), Info));
    }
}
