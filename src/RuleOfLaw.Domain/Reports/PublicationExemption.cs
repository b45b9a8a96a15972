using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>Why a report is not published: it holds Party or state secrets (涉及党和国家秘密), or another stated reason.</summary>
/// <remarks>
/// The 2019 regulation (厅字〔2019〕28号, art. 24) exempts reports that hold Party or state secrets from publication.
/// An exemption stands instead of a <see cref="Publication"/>. Equality compares the reason; there is no order.
/// </remarks>
public sealed record PublicationExemption
{
    /// <summary>The reason the regulation names: the report holds Party or state secrets.</summary>
    public const string StateSecretsReason = "涉及党和国家秘密";

    /// <summary>Creates an exemption.</summary>
    /// <param name="reason">The reason as stated, such as <see cref="StateSecretsReason"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank.</exception>
    public PublicationExemption(string reason) => Reason = Guard.NotBlank(reason, nameof(reason));

    /// <summary>Gets an exemption for a report that holds Party or state secrets.</summary>
    public static PublicationExemption StateSecrets { get; } = new(StateSecretsReason);

    /// <summary>Gets the reason as stated.</summary>
    public string Reason { get; }
}
