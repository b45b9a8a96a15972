using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using RuleOfLaw.Domain.Documents.Internal;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Documents;

/// <content>Reading the document's text with what its container states.</content>
public sealed partial class ReportDocument
{
    /// <summary>Gets read options that hand the container's metadata to the reader as hints: title, publication time (Beijing time), publishing office.</summary>
    /// <param name="given">The caller's options; their year, subject, title and any hint they already give are kept.</param>
    /// <returns>The options with the container's hints, each naming its source.</returns>
    public ReadOptions ToReadOptions(ReadOptions? given = null)
    {
        given ??= ReadOptions.None;
        return new ReadOptions(
            given.Year,
            given.Subject,
            given.Title,
            given.TitleHint ?? (Title is { } title ? new ReadHint<string>(title.Value, title.Source) : null),
            given.PublishedAtHint ?? (PublishedAt is { } published ? new ReadHint<OffsetDateTime>(published.Value.WithOffset(ChinaTime.Offset), published.Source) : null),
            given.IssuerHint ?? (Source is { } source ? new ReadHint<string>(source.Value, source.Source) : null));
    }

    /// <summary>
    /// Reads the document's text with <see cref="ReportTextReader"/>, the container's metadata as hints
    /// (<see cref="ToReadOptions(ReadOptions?)"/>): where the text states nothing the container's word is used; where the
    /// reader would guess (the report year when the text's title names none) the year in the container's title wins;
    /// where the text states a fact differently from the container, the text's is kept and a note says so.
    /// </summary>
    /// <param name="given">The caller's options, which win over both.</param>
    /// <returns>The reader's result with the loader's notes and one note per disagreement.</returns>
    public DocumentReadResult Read(ReadOptions? given = null)
    {
        var options = ToReadOptions(given);
        var notes = ImmutableArray.CreateBuilder<DocumentNote>();
        notes.AddRange(Notes);
        var read = ReportTextReader.Read(Text, options);
        var syntax = read.Syntax;
        if (options.Year is null && syntax.Year is null && Title is { } title && YearIn(title.Value) is { } containerYear
            && read.Report?.Year.Year != containerYear && containerYear is >= ReportYear.MinYear and <= ReportYear.MaxYear)
        {
            var guessed = read.Report?.Year.Year;
            options = new ReadOptions(ReportYear.Of(containerYear), options.Subject, options.Title, options.TitleHint, options.PublishedAtHint, options.IssuerHint);
            read = ReportTextReader.Read(Text, options);
            notes.Add(new DocumentNote(
                DocumentNoteCodes.ContainerDisagrees,
                guessed is { } g
                    ? string.Create(CultureInfo.InvariantCulture, $"the text names no report year in a title; the year {containerYear} from {title.Source} is used instead of {g}, guessed from the text")
                    : string.Create(CultureInfo.InvariantCulture, $"the text names no report year; the year {containerYear} from {title.Source} is used"))
            {
                ChineseMessage = guessed is { } h
                    ? string.Create(CultureInfo.InvariantCulture, $"正文标题中没有报告年度；采用{title.Source}中的{containerYear}年，而不是从正文推测的{h}年")
                    : string.Create(CultureInfo.InvariantCulture, $"正文中没有报告年度；采用{title.Source}中的{containerYear}年"),
            });
        }

        if (Title is { } stated && syntax.Title is { } printed && !SameText(stated.Value, printed.Value))
        {
            notes.Add(new DocumentNote(DocumentNoteCodes.ContainerDisagrees, $"the title in {stated.Source} “{stated.Value}” differs from the text's title “{printed.Value}”; the text's is used")
            {
                ChineseMessage = $"{stated.Source}中的标题“{stated.Value}”与正文标题“{printed.Value}”不同；采用正文的标题",
            });
        }

        if (PublishedAt is { } publishedAt && syntax.PublishedAt is { } printedAt && publishedAt.Value.WithOffset(ChinaTime.Offset) != printedAt.Value)
        {
            notes.Add(new DocumentNote(
                DocumentNoteCodes.ContainerDisagrees,
                string.Create(CultureInfo.InvariantCulture, $"the publication time in {publishedAt.Source} ({publishedAt.Value:uuuu-MM-dd HH:mm:ss}) differs from the text's 发布时间 ({printedAt.Value.LocalDateTime:uuuu-MM-dd HH:mm:ss}); the text's is used"))
            {
                ChineseMessage = string.Create(CultureInfo.InvariantCulture, $"{publishedAt.Source}中的发布时间（{publishedAt.Value:uuuu-MM-dd HH:mm:ss}）与正文的发布时间（{printedAt.Value.LocalDateTime:uuuu-MM-dd HH:mm:ss}）不同；采用正文的时间"),
            });
        }

        if (Source is { } source && syntax.InformationSource is { } printedSource && !SameText(source.Value, printedSource.Value))
        {
            notes.Add(new DocumentNote(DocumentNoteCodes.ContainerDisagrees, $"the publishing office in {source.Source} “{source.Value}” differs from the text's 信息来源 “{printedSource.Value}”; the text's is used")
            {
                ChineseMessage = $"{source.Source}中的发布机关“{source.Value}”与正文的信息来源“{printedSource.Value}”不同；采用正文的",
            });
        }

        return new DocumentReadResult(this, options, read, notes.ToImmutable());
    }

    private static int? YearIn(string title) =>
        YearPattern().Match(title) is { Success: true } match ? int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;

    private static bool SameText(string a, string b) => string.Equals(TextBuilder.Clean(a).Replace(" ", string.Empty, StringComparison.Ordinal), TextBuilder.Clean(b).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

    [GeneratedRegex(@"(?<![0-9])((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex YearPattern();
}
