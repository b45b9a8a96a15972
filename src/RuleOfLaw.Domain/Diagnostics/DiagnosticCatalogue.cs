using System;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Diagnostics;

/// <summary>The one catalogue of every code the library can say: validation findings (<c>ROL</c>) and reading notes
/// (<c>ROLT</c>), each described once.</summary>
/// <remarks>
/// <para>
/// <see cref="All"/> is <see cref="ValidationCodes.All"/> followed by <see cref="ReadDiagnosticCodes.All"/>, ordered by
/// code. <c>docs/rules.md</c> is generated from it and checked by a test; <c>rol rules</c> prints it.
/// </para>
/// <para>
/// Codes never change meaning and numbers are never reused. A retired code (<see cref="RetiredCodes"/>) is not in the
/// catalogue and never comes back: ROLT004, ROLT005 and ROLT008 were facts about the report's content that validation
/// reports (ROL0001, ROL0017, ROL0011/ROL0022/ROL0023), and ROLT011 (the model rejected what was read) gave way to
/// notes that say what the model would refuse.
/// </para>
/// </remarks>
public static class DiagnosticCatalogue
{
    /// <summary>Gets every descriptor, validation codes then reading codes, each ordered by code.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [.. ValidationCodes.All, .. ReadDiagnosticCodes.All];

    /// <summary>Gets the retired codes, in order: never said again, and their numbers never reused.</summary>
    public static ImmutableArray<string> RetiredCodes { get; } = [.. ReadDiagnosticCodes.Retirements.Keys.Order(StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode =
        All.ToFrozenDictionary(static descriptor => descriptor.Code, StringComparer.Ordinal);

    /// <summary>Gets the descriptor of a code, of either category.</summary>
    /// <param name="code">A code such as <see cref="ValidationCodes.PublishedLate"/> or <see cref="ReadDiagnosticCodes.InferredField"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue (a retired code is not).</exception>
    public static DiagnosticDescriptor Describe(string code)
    {
        Guard.NotNull(code, nameof(code));
        if (ByCode.TryGetValue(code, out var descriptor))
        {
            return descriptor;
        }

        throw Guard.Argument(
            ReadDiagnosticCodes.Retirements.TryGetValue(code, out var reason)
                ? Message.CodeIsRetired.Format(code, reason)
                : Message.CodeMustBeCatalogued.Format(code, ValidationCodes.All[^1].Code, ReadDiagnosticCodes.All[^1].Code),
            nameof(code));
    }

    /// <summary>Tries to get the descriptor of a code, of either category.</summary>
    /// <param name="code">A code, possibly unknown.</param>
    /// <param name="descriptor">The descriptor, or <see langword="null"/> when the code is not in the catalogue.</param>
    /// <returns><see langword="true"/> when the code is in the catalogue.</returns>
    public static bool TryDescribe(string? code, out DiagnosticDescriptor? descriptor)
    {
        descriptor = null;
        return code is not null && ByCode.TryGetValue(code, out descriptor);
    }

    /// <summary>Gets whether a code is retired: it was once said, is said no more, and its number is not reused.</summary>
    /// <param name="code">A code, possibly unknown.</param>
    /// <returns><see langword="true"/> for a retired code such as <c>ROLT004</c>.</returns>
    public static bool IsRetired(string? code) => code is not null && ReadDiagnosticCodes.Retirements.ContainsKey(code);
}
