using System;
using NodaTime;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>The signature block at the end of a report: who issued it and the date printed (落款).</summary>
/// <remarks>Equality compares signer and date; there is no order.</remarks>
public sealed record SignOff
{
    /// <summary>Creates a sign-off.</summary>
    /// <param name="signer">The issuer as printed, such as 某区人民政府.</param>
    /// <param name="date">The date printed under the signature.</param>
    /// <exception cref="ArgumentNullException"><paramref name="signer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="signer"/> is blank.</exception>
    public SignOff(string signer, LocalDate date)
    {
        Signer = Guard.NotBlank(signer, nameof(signer));
        Date = date;
    }

    /// <summary>Gets the issuer as printed.</summary>
    public string Signer { get; }

    /// <summary>Gets the date printed under the signature.</summary>
    public LocalDate Date { get; }
}
