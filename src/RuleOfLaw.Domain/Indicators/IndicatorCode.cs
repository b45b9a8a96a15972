using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>The stable identifier of an indicator (指标), such as <c>reconsideration_correction_rate</c>.</summary>
/// <remarks>
/// <para>
/// A code is lower-case ASCII snake case: a letter, then letters and digits in groups joined by single
/// underscores, at most <see cref="MaxLength"/> characters. Codes are English words, never pinyin, and never carry
/// a scope: the city-wide benchmark of a rate is the same code with another scope on the value.
/// </para>
/// <para>
/// A rate or share whose name no catalogue defines (执法协同响应率, 其他公文占比) gets a code of its own namespace from its
/// printed name (<see cref="ForUnlistedName(string)"/>): <see cref="UnlistedPrefix"/> and the first 16 hexadecimal digits
/// of the SHA-256 of the name's UTF-8. The same name gives the same code in every report and every version, so values of
/// one unlisted rate can be compared across years; the name itself travels with the value
/// (<see cref="IndicatorValue.Name"/>). No definition may use the prefix (<see cref="IndicatorDefinition"/> refuses it),
/// so an unlisted code never collides with a catalogue code.
/// </para>
/// <para>Equality is ordinal on the text; there is no order. There is no default: create codes with
/// <see cref="Parse(string)"/>, <see cref="TryParse(string?, out IndicatorCode?)"/> or <see cref="ForUnlistedName(string)"/>.</para>
/// </remarks>
public sealed record IndicatorCode
{
    /// <summary>The longest code allowed.</summary>
    public const int MaxLength = 64;

    /// <summary>The prefix of the codes of rates and shares that no catalogue lists, made from their printed names.</summary>
    public const string UnlistedPrefix = "unlisted_";

    private const int UnlistedHashBytes = 8;

    /// <summary>The longest name, in bytes of UTF-8, hashed from the stack rather than from a pooled array.</summary>
    private const int MaxStackedNameBytes = 256;

    private IndicatorCode(string value) => Value = value;

    /// <summary>Gets the code's text.</summary>
    public string Value { get; }

    /// <summary>Gets a value indicating whether this is the code of a name no catalogue lists (it starts with <see cref="UnlistedPrefix"/>).</summary>
    public bool IsUnlisted => Value.StartsWith(UnlistedPrefix, StringComparison.Ordinal);

    /// <summary>Creates the code of a rate or share that no catalogue lists, from its printed name.</summary>
    /// <param name="printedName">The name as printed, such as 执法协同响应率; compared as given, ordinal (no normalisation).</param>
    /// <returns>A code such as <c>unlisted_3f2a9c0e5b7d1a44</c>: the prefix and 16 hexadecimal digits of the name's SHA-256.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="printedName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="printedName"/> is empty or white space.</exception>
    public static IndicatorCode ForUnlistedName(string printedName)
    {
        Guard.NotBlank(printedName, nameof(printedName));
        // The name's UTF-8 on the stack when it is short (a printed name is), the hash's first eight bytes as one
        // big-endian number printed in 16 hexadecimal digits: one string made, the code's own.
        var length = Encoding.UTF8.GetByteCount(printedName);
        byte[]? rented = null;
        Span<byte> utf8 = length <= MaxStackedNameBytes ? stackalloc byte[MaxStackedNameBytes] : (rented = ArrayPool<byte>.Shared.Rent(length));
        utf8 = utf8[..Encoding.UTF8.GetBytes(printedName, utf8)];
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8, hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return new IndicatorCode(string.Create(CultureInfo.InvariantCulture, $"{UnlistedPrefix}{BinaryPrimitives.ReadUInt64BigEndian(hash[..UnlistedHashBytes]):x16}"));
    }

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
