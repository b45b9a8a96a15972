using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>Builds reporting subjects; the default is a county-level district government (某市某区人民政府) with a division code.</summary>
/// <remarks>
/// <para>
/// Each step changes this builder and returns it: use one builder per subject, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns a subject of the builder's current state, and so does the implicit conversion to <see cref="ReportingSubject"/>.
/// </para>
/// </remarks>
public sealed class AReportingSubject
{
    private string _fullName = "某市某区人民政府";
    private string _shortName = "某区";
    private AdministrativeLevel _level = AdministrativeLevel.County;
    private SubjectKind _kind = SubjectKind.Government;
    private string? _divisionCode = "440310";
    private bool _isDemonstrationArea;
    private bool _isDesignation;

    private AReportingSubject()
    {
    }

    /// <summary>Starts the default district government.</summary>
    /// <returns>The builder.</returns>
    public static AReportingSubject District() => new();

    /// <summary>Starts a district government with the given names.</summary>
    /// <param name="fullName">The full name, e.g. 某市某区人民政府.</param>
    /// <param name="shortName">The short name, e.g. 某区.</param>
    /// <returns>The builder.</returns>
    public static AReportingSubject Named(string fullName, string shortName) => new() { _fullName = fullName, _shortName = shortName };

    /// <summary>Sets the administrative level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public AReportingSubject AtLevel(AdministrativeLevel level)
    {
        _level = level;
        return this;
    }

    /// <summary>Sets the kind of subject.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This builder.</returns>
    public AReportingSubject OfKind(SubjectKind kind)
    {
        _kind = kind;
        return this;
    }

    /// <summary>Sets or clears the administrative division code.</summary>
    /// <param name="code">The code, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public AReportingSubject WithDivisionCode(string? code)
    {
        _divisionCode = code;
        return this;
    }

    /// <summary>Marks the subject as a national rule-of-law government demonstration area.</summary>
    /// <returns>This builder.</returns>
    public AReportingSubject AsNationalDemonstrationArea()
    {
        _isDemonstrationArea = true;
        return this;
    }

    /// <summary>Marks the full name as only the text's designation of its author (我局, 区政府), which names no particular body.</summary>
    /// <returns>This builder.</returns>
    public AReportingSubject AsDesignation()
    {
        _isDesignation = true;
        return this;
    }

    /// <summary>Builds the subject.</summary>
    /// <returns>The subject.</returns>
    /// <exception cref="System.ArgumentException">A value breaks an invariant of <see cref="ReportingSubject"/>.</exception>
    public ReportingSubject Build() => new(_fullName, _shortName, _level, _kind, _divisionCode, _isDemonstrationArea, _isDesignation);

    /// <summary>Builds the subject.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator ReportingSubject(AReportingSubject builder)
    {
        System.ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
