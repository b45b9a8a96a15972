using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>A rule set the reviewer can pick: one of the library's built-in profiles (<see cref="RuleSetProfiles.All"/>).</summary>
/// <param name="Key">The value of the choice in the page: the profile's name, as <c>rol check --rules</c> takes it.</param>
/// <param name="Label">What the page shows, in Chinese.</param>
/// <param name="Source">The profile's description: what it is for and where its rules come from.</param>
/// <param name="RuleSet">The rule set itself.</param>
public sealed record RuleSetChoice(string Key, string Label, string Source, RuleSet RuleSet)
{
    /// <summary>Gets the national profile: the default choice.</summary>
    public static RuleSetChoice National { get; } = Of(RuleSetProfiles.National);

    /// <summary>Gets every choice: one per built-in profile, in the library's order (national, strict, then the national set with each overlay).</summary>
    /// <remarks>The page keeps no list of its own: a profile added to <see cref="RuleSetProfiles.All"/> appears here.</remarks>
    public static ImmutableArray<RuleSetChoice> All { get; } =
        [.. RuleSetProfiles.All.Select(profile => profile == RuleSetProfiles.National ? National : Of(profile))];

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

    /// <summary>The page's label of a profile: the national and strict profiles by their Chinese names, an overlay profile as the national rules plus its name.</summary>
    private static RuleSetChoice Of(RuleSetProfile profile)
    {
        var label = profile.Name switch
        {
            "national" => "全国规则",
            "strict" => "严格:全国规则,警告视为错误",
            _ => "全国规则 + " + profile.Name,
        };
        return new RuleSetChoice(profile.Name, label, profile.Description, profile.RuleSet);
    }
}
