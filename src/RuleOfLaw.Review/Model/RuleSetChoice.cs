using System;
using System.Collections.Immutable;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>A rule set the reviewer can pick: the national rules, or the national rules with one of the library's overlays.</summary>
/// <param name="Key">The value of the choice in the page (the overlay's name, or <c>national</c>).</param>
/// <param name="Label">What the page shows.</param>
/// <param name="Source">Where the overlay comes from, or the national rules' description.</param>
/// <param name="RuleSet">The rule set itself.</param>
public sealed record RuleSetChoice(string Key, string Label, string Source, RuleSet RuleSet)
{
    /// <summary>Gets the national rules: the default choice.</summary>
    public static RuleSetChoice National { get; } = new("national", "全国规则", "国家层面的规则(默认)", RuleSet.National);

    /// <summary>Gets every choice: the national rules first, then each overlay of <see cref="RuleSetOverlays"/> over them.</summary>
    public static ImmutableArray<RuleSetChoice> All { get; } =
    [
        National,
        Overlay(RuleSetOverlays.ProvincialGuideline),
        Overlay(RuleSetOverlays.DepartmentSubmissionDeadline),
        Overlay(RuleSetOverlays.DemonstrationAreaReporting),
        Overlay(RuleSetOverlays.PrincipalLeaderSignOff),
    ];

    /// <summary>Finds a choice by its key; unknown keys give the national rules.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The choice.</returns>
    public static RuleSetChoice Find(string? key)
    {
        foreach (var choice in All)
        {
            if (string.Equals(choice.Key, key, StringComparison.Ordinal))
            {
                return choice;
            }
        }

        return National;
    }

    private static RuleSetChoice Overlay(RuleSetOverlay overlay) =>
        new(overlay.Name, "全国规则 + " + overlay.Name, overlay.Source, RuleSet.National.With(overlay));
}
