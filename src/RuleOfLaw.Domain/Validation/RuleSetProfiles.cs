using System;
using System.Collections.Immutable;
using System.Text;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Validation;

/// <summary>The built-in rule set profiles: <c>national</c>, <c>strict</c>, and the national set with each sample overlay.</summary>
/// <remarks>
/// The names are what <c>rol check --rules</c> takes and what a profile file's <c>extends</c> and <c>overlays</c> name:
/// lower case with hyphens, compared without regard to case. Overlay profiles are named after their overlay
/// (<c>DepartmentSubmissionDeadline</c> → <c>department-submission-deadline</c>).
/// </remarks>
public static class RuleSetProfiles
{
    /// <summary>Gets the national profile: <see cref="RuleSet.National"/>.</summary>
    public static RuleSetProfile National { get; } = new(
        "national",
        "The national rules (法治政府建设与责任落实督察工作规定 and the national sources of each code), at their default severities; overlay codes off.",
        RuleSet.National);

    /// <summary>Gets the strict profile: the national rules with every warning raised to an error (<see cref="RuleSet.WithWarningsAsErrors"/>).</summary>
    public static RuleSetProfile Strict { get; } = new(
        "strict",
        "The national rules with every warning raised to an error, for offices that accept no report with an open question.",
        RuleSet.National.WithWarningsAsErrors());

    /// <summary>Gets the overlay profiles: the national set with each of <see cref="RuleSetOverlays"/>.</summary>
    public static ImmutableArray<RuleSetOverlay> Overlays { get; } =
    [
        RuleSetOverlays.ProvincialGuideline,
        RuleSetOverlays.DepartmentSubmissionDeadline,
        RuleSetOverlays.DemonstrationAreaReporting,
        RuleSetOverlays.PrincipalLeaderSignOff,
    ];

    /// <summary>Gets every built-in profile: national, strict, then the national set with each overlay.</summary>
    public static ImmutableArray<RuleSetProfile> All { get; } = BuildAll();

    /// <summary>Finds a built-in profile by name.</summary>
    /// <param name="name">A name such as <c>strict</c> or <c>department-submission-deadline</c>, in any case.</param>
    /// <returns>The profile, or <see langword="null"/> when no built-in profile has that name.</returns>
    public static RuleSetProfile? Find(string? name)
    {
        foreach (var profile in All)
        {
            if (string.Equals(profile.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return profile;
            }
        }

        return null;
    }

    /// <summary>Finds a sample overlay by its profile name.</summary>
    /// <param name="name">A name such as <c>department-submission-deadline</c>, in any case.</param>
    /// <returns>The overlay, or <see langword="null"/> when none has that name.</returns>
    public static RuleSetOverlay? FindOverlay(string? name)
    {
        foreach (var overlay in Overlays)
        {
            if (string.Equals(NameOf(overlay), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return overlay;
            }
        }

        return null;
    }

    /// <summary>Gets the profile name of an overlay: its name in lower case with hyphens.</summary>
    /// <param name="overlay">The overlay.</param>
    /// <returns>For example <c>department-submission-deadline</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overlay"/> is null.</exception>
    public static string NameOf(RuleSetOverlay overlay)
    {
        Guard.NotNull(overlay, nameof(overlay));
        var builder = new StringBuilder(overlay.Name.Length + 8);
        foreach (var c in overlay.Name.Trim())
        {
            if (char.IsUpper(c) && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static ImmutableArray<RuleSetProfile> BuildAll()
    {
        var builder = ImmutableArray.CreateBuilder<RuleSetProfile>(2 + Overlays.Length);
        builder.Add(National);
        builder.Add(Strict);
        foreach (var overlay in Overlays)
        {
            builder.Add(new RuleSetProfile(NameOf(overlay), "The national rules plus an overlay: " + overlay.Source + ".", RuleSet.National.With(overlay)));
        }

        return builder.MoveToImmutable();
    }
}
