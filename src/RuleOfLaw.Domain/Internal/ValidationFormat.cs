using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RuleOfLaw.Domain.Internal;

/// <summary>Formats the values of validation messages the same way on every machine.</summary>
internal static class ValidationFormat
{
    public const string None = "none";

    private static readonly OffsetDateTimePattern Timestamp = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'sso<m>");

    public static string Format(object? value) => value switch
    {
        null => None,
        string text => text,
        LocalDate date => LocalDatePattern.Iso.Format(date),
        OffsetDateTime timestamp => Timestamp.Format(timestamp),
        DateInterval interval => LocalDatePattern.Iso.Format(interval.Start) + ".." + LocalDatePattern.Iso.Format(interval.End),
        Enum member => member.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? None,
    };
}
