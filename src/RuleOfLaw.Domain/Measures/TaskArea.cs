using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A task area of a national outline that measures are sorted into (纲要的任务领域), such as 依法全面履行政府职能.</summary>
/// <remarks>
/// Areas belong to a versioned catalogue (<see cref="TaskAreaCatalog"/>), because the outline changes every five
/// years. Equality compares catalogue id, number and both names; there is no order beyond <see cref="Number"/>.
/// </remarks>
public sealed record TaskArea
{
    /// <summary>Creates a task area.</summary>
    /// <param name="catalogId">The id of the catalogue the area belongs to, such as <c>outline-2021-2025</c>.</param>
    /// <param name="number">The area's position in its catalogue, from 1.</param>
    /// <param name="chineseName">The official Chinese name.</param>
    /// <param name="englishName">The English name.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">A text argument is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is below 1.</exception>
    [JsonConstructor]
    public TaskArea(string catalogId, int number, string chineseName, string englishName)
    {
        CatalogId = Guard.NotBlank(catalogId, nameof(catalogId));
        Guard.InRange(number, 1, int.MaxValue, nameof(number));
        Number = number;
        ChineseName = Guard.NotBlank(chineseName, nameof(chineseName));
        EnglishName = Guard.NotBlank(englishName, nameof(englishName));
    }

    /// <summary>Gets the id of the catalogue the area belongs to.</summary>
    public string CatalogId { get; }

    /// <summary>Gets the area's position in its catalogue, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets the official Chinese name.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Returns the catalogue id, number and English name, such as <c>outline-2021-2025/5 law enforcement</c>.</summary>
    /// <returns>A short invariant description.</returns>
    public override string ToString() => Invariant.Format("{0}/{1} {2}", CatalogId, Number, EnglishName);
}
