using System;
using NodaTime;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>What a caller knows about a text before it is read: facts that override the text, and hints that fill gaps.</summary>
/// <remarks>
/// <para>
/// <see cref="Year"/>, <see cref="Subject"/> and <see cref="Title"/> are the caller's word: they are used whatever the
/// text says, so that a report can be built from a page that lacks a title line or names its year nowhere.
/// </para>
/// <para>
/// The hints come from the container the text was taken from (an HTML page's <c>&lt;title&gt;</c> and meta tags, a
/// Word file's properties, a PDF's metadata) and are used only where the text itself says nothing; each names where it
/// came from, and the reader leaves a note when it uses one. Equality compares every property; there is no order.
/// </para>
/// </remarks>
public sealed record ReadOptions
{
    /// <summary>Creates read options.</summary>
    /// <param name="year">The report year, used whatever the text says; null to read it from the text.</param>
    /// <param name="subject">The reporting subject, used whatever the text says; null to infer it from the text.</param>
    /// <param name="title">The report's title, used whatever the text says; null to read it from the text.</param>
    /// <param name="titleHint">A title from the text's container, used when the text has no title line.</param>
    /// <param name="publishedAtHint">A publication time from the text's container, used when the text prints none.</param>
    /// <param name="issuerHint">The issuing office from the text's container (author, publisher), used when the text names none.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is blank.</exception>
    public ReadOptions(
        ReportYear? year = null,
        ReportingSubject? subject = null,
        string? title = null,
        ReadHint<string>? titleHint = null,
        ReadHint<OffsetDateTime>? publishedAtHint = null,
        ReadHint<string>? issuerHint = null)
    {
        Year = year;
        Subject = subject;
        Title = title is null ? null : Guard.NotBlank(title, nameof(title));
        TitleHint = titleHint;
        PublishedAtHint = publishedAtHint;
        IssuerHint = issuerHint;
    }

    /// <summary>Gets options that give nothing: the reader uses only the text.</summary>
    public static ReadOptions None { get; } = new();

    /// <summary>Gets the report year, used whatever the text says; null to read it from the text.</summary>
    public ReportYear? Year { get; }

    /// <summary>Gets the reporting subject, used whatever the text says; null to infer it from the text.</summary>
    public ReportingSubject? Subject { get; }

    /// <summary>Gets the report's title, used whatever the text says; null to read it from the text.</summary>
    public string? Title { get; }

    /// <summary>Gets a title from the text's container, used when the text has no title line.</summary>
    public ReadHint<string>? TitleHint { get; }

    /// <summary>Gets a publication time from the text's container, used when the text prints none.</summary>
    public ReadHint<OffsetDateTime>? PublishedAtHint { get; }

    /// <summary>Gets the issuing office from the text's container (author, publisher), used when the text names none.</summary>
    public ReadHint<string>? IssuerHint { get; }
}

/// <summary>A value the container of a text states about it, with where the container states it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>Equality compares value and source; there is no order.</remarks>
public sealed record ReadHint<T>
    where T : notnull
{
    /// <summary>Creates a hint.</summary>
    /// <param name="value">The value.</param>
    /// <param name="source">Where the container states it, such as <c>html:title</c> or <c>docx:core/creator</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank, or <paramref name="value"/> is a blank string.</exception>
    public ReadHint(T value, string source)
    {
        Guard.NotNull(value, nameof(value));
        if (value is string text)
        {
            Guard.NotBlank(text, nameof(value));
        }

        Value = value;
        Source = Guard.NotBlank(source, nameof(source));
    }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets where the container states it.</summary>
    public string Source { get; }
}
