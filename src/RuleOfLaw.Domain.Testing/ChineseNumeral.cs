namespace RuleOfLaw.Domain.Testing;

/// <summary>A Chinese numeral in the ordinary counting form and its value, e.g. 一百二十 and 120: what <see cref="DomainArbitraries.ChineseNumerals"/> yields.</summary>
/// <remarks>
/// A type of its own, not a <c>(string, long)</c> tuple, so that registering <see cref="DomainArbitraries"/> with FsCheck
/// gives numerals only to parameters of this type. Only the package's generators make instances.
/// </remarks>
public sealed record ChineseNumeral
{
    internal ChineseNumeral(string text, long value)
    {
        Text = text;
        Value = value;
    }

    /// <summary>Gets the numeral as written, e.g. 一千零五.</summary>
    public string Text { get; }

    /// <summary>Gets its value, e.g. 1005.</summary>
    public long Value { get; }

    /// <summary>Deconstructs into the text and the value: <c>var (text, value) = numeral;</c>.</summary>
    /// <param name="text">The numeral as written.</param>
    /// <param name="value">Its value.</param>
    public void Deconstruct(out string text, out long value) => (text, value) = (Text, Value);
}
