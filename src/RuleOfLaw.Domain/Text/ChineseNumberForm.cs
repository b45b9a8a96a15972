namespace RuleOfLaw.Domain.Text;

/// <summary>How a number is written: a plain number, a percentage or a fraction.</summary>
public enum ChineseNumberForm
{
    /// <summary>A plain number: <c>一百二十</c>, <c>1.8万亿</c>, <c>壹佰贰拾</c>.</summary>
    Number = 0,

    /// <summary>A percentage: <c>百分之十八点二</c>, <c>18.2%</c>; the value is the number of percent.</summary>
    Percent = 1,

    /// <summary>A fraction: <c>三分之二</c>, <c>千分之五</c>, <c>3/5</c>; the value is the numerator over the denominator.</summary>
    Fraction = 2,
}
