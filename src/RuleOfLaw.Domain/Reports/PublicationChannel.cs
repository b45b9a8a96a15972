namespace RuleOfLaw.Domain.Reports;

/// <summary>Where a report was published to the public (公开渠道).</summary>
public enum PublicationChannel
{
    /// <summary>A government website (政府网站).</summary>
    Website = 0,

    /// <summary>A newspaper or other print media (报刊).</summary>
    Newspaper = 1,

    /// <summary>Any other channel.</summary>
    Other = 2,
}
