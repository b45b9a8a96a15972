using System;
using RuleOfLaw.Domain.Tests.Contracts;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Validation;

public sealed class ValidationValueTests
{
    [Fact]
    public void Equality_IsOrdinalOnNameAndValue()
    {
        ValueSemantics.Assert(
            new ValidationValue("published", "2021-01-05"),
            new ValidationValue("published", "2021-01-05"),
            new ValidationValue("Published", "2021-01-05"),
            new ValidationValue("published", "2021-01-06"));
    }

    [Fact]
    public void Constructor_BlankName_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new ValidationValue(" ", "x")).ParamName);
    }

    [Fact]
    public void Constructor_NullValue_Throws()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new ValidationValue("x", null!)).ParamName);
    }

    [Fact]
    public void Constructor_EmptyValue_IsAllowed()
    {
        Assert.Equal(string.Empty, new ValidationValue("title", string.Empty).Value);
    }

    [Fact]
    public void ToString_IsNameEqualsValue()
    {
        Assert.Equal("published=2021-01-05", new ValidationValue("published", "2021-01-05").ToString());
    }
}
