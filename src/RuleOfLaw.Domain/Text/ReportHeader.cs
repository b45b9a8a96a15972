using System.Collections.Immutable;
using NodaTime;

namespace RuleOfLaw.Domain.Text;

/// <summary>What the header and the closing signature of a report text say, with where they say it.</summary>
/// <param name="Breadcrumb">The site path segments (首页 > 政务公开 > …), empty when there is none.</param>
/// <param name="BreadcrumbSpan">Where the breadcrumb line is.</param>
/// <param name="Title">The report's title line.</param>
/// <param name="TitleSpan">Where the title is.</param>
/// <param name="ReportYear">The year the title names.</param>
/// <param name="ReportYearSpan">Where that year is printed.</param>
/// <param name="InformationSource">The publishing office after 信息来源 / 来源 / 文章来源, else 发布机构, else the name on an unlabelled date line.</param>
/// <param name="InformationSourceSpan">Where that value is.</param>
/// <param name="PublishedAt">The publication time (发布时间 / 发布日期, else 更新时间, else 日期 / 时间, else an unlabelled date line), Beijing time (UTC+8); the deadline rules use it.</param>
/// <param name="PublishedAtHasTime">Whether a time of day was printed, not just a date.</param>
/// <param name="PublishedAtSpan">Where that value is.</param>
/// <param name="Issuer">The issuer named in the closing signature, else the signer of a cover letter before the report.</param>
/// <param name="IssuerSpan">Where that name is.</param>
/// <param name="SignedOn">The date under the signature.</param>
/// <param name="SignedOnSpan">Where that date is.</param>
/// <param name="ContentStart">Where the report's content begins, after the header lines.</param>
/// <param name="ContentEnd">Where the content ends: the signature's start, or the text's end.</param>
internal sealed record ReportHeader(
    ImmutableArray<string> Breadcrumb,
    SourceSpan? BreadcrumbSpan,
    string? Title,
    SourceSpan? TitleSpan,
    int? ReportYear,
    SourceSpan? ReportYearSpan,
    string? InformationSource,
    SourceSpan? InformationSourceSpan,
    OffsetDateTime? PublishedAt,
    bool PublishedAtHasTime,
    SourceSpan? PublishedAtSpan,
    string? Issuer,
    SourceSpan? IssuerSpan,
    LocalDate? SignedOn,
    SourceSpan? SignedOnSpan,
    int ContentStart,
    int ContentEnd)
{
    /// <summary>Gets the date the document was written: 成文日期, or the date under a cover letter before the report.</summary>
    public LocalDate? DocumentDate { get; init; }

    /// <summary>Gets where that date is printed.</summary>
    public SourceSpan? DocumentDateSpan { get; init; }

    /// <summary>Gets the update time the page prints (更新时间 / 更新日期), Beijing time (UTC+8); kept beside the publication time.</summary>
    public OffsetDateTime? UpdatedAt { get; init; }

    /// <summary>Gets where that time is printed.</summary>
    public SourceSpan? UpdatedAtSpan { get; init; }

    /// <summary>Gets where the title names the body that wrote it (某区司法局 in 某区司法局关于2020年度…的报告), or null.</summary>
    public SourceSpan? TitleIssuerSpan { get; init; }
}
