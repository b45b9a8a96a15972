using System;
using System.Diagnostics.CodeAnalysis;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The stable identifier of an indicator (指标), such as <c>reconsideration_correction_rate</c>.</summary>
/// <remarks>
/// <para>
/// A code is lower-case ASCII snake case: a letter, then letters and digits in groups joined by single
/// underscores, at most <see cref="MaxLength"/> characters. Codes are English words, never pinyin, and never carry
/// a scope: the city-wide benchmark of a rate is the same code with another scope on the value.
/// </para>
/// <para>Equality is ordinal on the text; there is no order. There is no default: create codes with
/// <see cref="Parse(string)"/> or <see cref="TryParse(string?, out IndicatorCode?)"/>.</para>
/// </remarks>
public sealed record IndicatorCode
{
    /// <summary>The longest code allowed.</summary>
    public const int MaxLength = 64;

    private IndicatorCode(string value) => Value = value;

    /// <summary>Gets the code's text.</summary>
    public string Value { get; }

    /// <summary>Parses a code.</summary>
    /// <param name="text">The code's text, for example <c>litigation_head_appearance_rate</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not lower-case snake case of at most 64 characters.</exception>
    public static IndicatorCode Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        var problem = Check(text);
        return problem is null ? new IndicatorCode(text) : throw Guard.Format(problem.Value);
    }

    /// <summary>Tries to parse a code.</summary>
    /// <param name="text">The code's text.</param>
    /// <param name="code">The code, or <see langword="null"/> when the text is not a valid code.</param>
    /// <returns><see langword="true"/> when the text is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out IndicatorCode? code)
    {
        code = text is not null && Check(text) is null ? new IndicatorCode(text) : null;
        return code is not null;
    }

    /// <summary>Returns the code's text.</summary>
    /// <returns>The text, for example <c>reconsideration_correction_rate</c>.</returns>
    public override string ToString() => Value;

    private static Rule? Check(string text)
    {
        if (text.Length is 0 or > MaxLength)
        {
            return Message.IndicatorCodeLength.Format(text, MaxLength, text.Length);
        }

        var previous = '_';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is (>= 'a' and <= 'z') || (i > 0 && c is >= '0' and <= '9') || (c == '_' && previous != '_' && i < text.Length - 1);
            if (!ok)
            {
                return Message.IndicatorCodeSnakeCase.Format(text, i, c);
            }

            previous = c;
        }

        return null;
    }
}
