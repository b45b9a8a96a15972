using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing;

/// <summary>A report the national rule set accepts with no finding: what <see cref="DomainArbitraries.NationallyValidReports"/> yields.</summary>
/// <remarks>
/// A type of its own, so that registering <see cref="DomainArbitraries"/> with FsCheck gives a parameter of this type
/// nationally valid reports and one of type <see cref="AnnualReport"/> any constructible report
/// (<see cref="DomainArbitraries.AnnualReports"/>). Only the package's generators make instances.
/// </remarks>
public sealed record NationallyValidReport
{
    internal NationallyValidReport(AnnualReport report) => Report = report;

    /// <summary>Gets the report.</summary>
    public AnnualReport Report { get; }
}
