using System;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Reports;

/// <summary>The government or department that writes a report (报告主体), such as a district people's government.</summary>
/// <remarks>
/// The division code, when given, is the six-digit administrative division code (行政区划代码, GB/T 2260).
/// The level is <see langword="null"/> when it is not known (a name read from a text that names no place word): rules
/// that depend on the level leave such a subject out rather than guess. A subject read from a text that names its author
/// only by a designation (我局, 我镇, 区政府, 本厅) carries that designation as its name and
/// <see cref="IsDesignation"/>: many bodies print the same one, so such a name tells no subject from another, and a
/// <see cref="Comparison.ReportSet"/> groups its report with no other. Equality compares every property; there is no
/// order.
/// </remarks>
public sealed record ReportingSubject
{
    /// <summary>Creates a reporting subject.</summary>
    /// <param name="fullName">The full official name, such as 某市某区人民政府.</param>
    /// <param name="shortName">The short name used in running text, such as 某区.</param>
    /// <param name="level">The administrative level, or <see langword="null"/> when it is not known.</param>
    /// <param name="kind">The kind of body.</param>
    /// <param name="divisionCode">
    /// The administrative division code in one of its official forms, or <see langword="null"/>: six digits for a county
    /// and above (GB/T 2260, 行政区划代码), nine for a township (GB/T 10114: the county's code and a three-digit
    /// township number), or twelve (统计用区划代码, the statistical division code, which extends the nine with three more).
    /// </param>
    /// <param name="isNationalDemonstrationArea">Whether the subject is a national demonstration area (全国法治政府建设示范地区).</param>
    /// <param name="isDesignation">
    /// Whether <paramref name="fullName"/> is only the designation the text gives its author (我局, 区政府), which other
    /// bodies print too, rather than a name of its own.
    /// </param>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">A name is blank, or <paramref name="divisionCode"/> is not 6, 9 or 12 ASCII digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> or <paramref name="kind"/> is not a defined value.</exception>
    [JsonConstructor]
    public ReportingSubject(string fullName, string shortName, AdministrativeLevel? level, SubjectKind kind, string? divisionCode = null, bool isNationalDemonstrationArea = false, bool isDesignation = false)
    {
        FullName = Guard.NotBlank(fullName, nameof(fullName));
        ShortName = Guard.NotBlank(shortName, nameof(shortName));
        if (level is { } known)
        {
            Guard.Defined(known, nameof(level));
        }

        Guard.Defined(kind, nameof(kind));
        if (divisionCode is not null)
        {
            Guard.That(IsDivisionCode(divisionCode), nameof(divisionCode), Message.DivisionCodeDigits, divisionCode);
        }

        Level = level;
        Kind = kind;
        DivisionCode = divisionCode;
        IsNationalDemonstrationArea = isNationalDemonstrationArea;
        IsDesignation = isDesignation;
    }

    /// <summary>Gets the full official name.</summary>
    public string FullName { get; }

    /// <summary>Gets the short name used in running text.</summary>
    public string ShortName { get; }

    /// <summary>Gets the administrative level, or <see langword="null"/> when it is not known.</summary>
    public AdministrativeLevel? Level { get; }

    /// <summary>Gets the kind of body.</summary>
    public SubjectKind Kind { get; }

    /// <summary>Gets the administrative division code (6, 9 or 12 digits), if known; its first six digits name the county-level division.</summary>
    public string? DivisionCode { get; }

    /// <summary>Gets the code of the province-level division the subject is in, or <see langword="null"/> without a division code.</summary>
    /// <remarks>
    /// The first two digits of a GB/T 2260 code name the province, autonomous region or municipality: the region is
    /// those digits followed by <c>0000</c> (<c>440310</c> → <c>440000</c>). Pooled rates are grouped by it
    /// (<see cref="Comparison.PooledRate.Region"/>).
    /// </remarks>
    public string? Region => DivisionCode is { } code ? string.Concat(code.AsSpan(0, 2), "0000") : null;

    /// <summary>Gets a value indicating whether the subject is a national demonstration area.</summary>
    public bool IsNationalDemonstrationArea { get; }

    /// <summary>
    /// Gets a value indicating whether the full name is only the designation the text gives its author (我局, 我镇, 区政府,
    /// 本厅), which names no particular body; on the wire only when true.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsDesignation { get; }

    /// <summary>Returns the full name.</summary>
    /// <returns>The full official name.</returns>
    public override string ToString() => FullName;

    private static bool IsDivisionCode(string text)
    {
        if (text.Length is not (6 or 9 or 12))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
