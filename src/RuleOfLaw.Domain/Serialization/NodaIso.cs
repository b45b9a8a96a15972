using System;
using System.Globalization;
using NodaTime;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The check NodaTime's converters make before writing a value: the wire format's dates are ISO calendar dates.</summary>
internal static class NodaIso
{
    public static Action<T> Check<T>(Func<T, CalendarSystem> calendar) => value =>
    {
        var system = calendar(value);
        if (system != CalendarSystem.Iso)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"a {typeof(T).Name} must use the ISO calendar to be written as JSON, not {system.Id}"), nameof(value));
        }
    };
}
