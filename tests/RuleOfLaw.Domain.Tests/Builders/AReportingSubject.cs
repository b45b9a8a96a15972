using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>Builds reporting subjects; the default is a district government with a division code.</summary>
public sealed class AReportingSubject
{
    private string _fullName = "某市某区人民政府";
    private string _shortName = "某区";
    private AdministrativeLevel _level = AdministrativeLevel.County;
    private SubjectKind _kind = SubjectKind.Government;
    private string? _divisionCode = "440310";
    private bool _isDemonstrationArea;

    private AReportingSubject()
    {
    }

    public static AReportingSubject District() => new();

    public static AReportingSubject Named(string fullName, string shortName) => new() { _fullName = fullName, _shortName = shortName };

    public AReportingSubject AtLevel(AdministrativeLevel level)
    {
        _level = level;
        return this;
    }

    public AReportingSubject OfKind(SubjectKind kind)
    {
        _kind = kind;
        return this;
    }

    public AReportingSubject WithDivisionCode(string? code)
    {
        _divisionCode = code;
        return this;
    }

    public AReportingSubject AsNationalDemonstrationArea()
    {
        _isDemonstrationArea = true;
        return this;
    }

    public ReportingSubject Build() => new(_fullName, _shortName, _level, _kind, _divisionCode, _isDemonstrationArea);
}
