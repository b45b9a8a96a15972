using System;
using System.Collections.Immutable;
using System.IO;
using NodaTime;
using RuleOfLaw.Domain.Documents.Internal;

namespace RuleOfLaw.Domain.Documents;

/// <summary>
/// A report as a file holds it: the text for <see cref="Text.ReportTextReader"/>, and what the container itself states
/// (title, publication time, source, encoding, format), each with where it states it.
/// </summary>
/// <remarks>
/// <see cref="Load(byte[], string?, DocumentLoadOptions?)"/> recognises the format by the file's bytes (the name only
/// breaks ties, such as plain text against HTML), refuses what it cannot read with one line saying what the file is, and
/// stays within the limits of <see cref="DocumentLoadOptions"/>. Lines of <see cref="Text"/> end in <c>\n</c>;
/// paragraphs are separated by an empty line, as in a published report's plain text.
/// </remarks>
public sealed partial class ReportDocument
{
    internal ReportDocument(
        string text,
        ContainerFormat format,
        DocumentEncoding? encoding,
        ContainerFact<string>? title,
        ContainerFact<LocalDateTime>? publishedAt,
        ContainerFact<string>? source,
        ContainerFact<string>? author,
        ImmutableArray<DocumentNote> notes,
        ContainerFact<Instant>? createdAt = null,
        ContainerFact<Instant>? modifiedAt = null)
    {
        Text = text;
        Format = format;
        Encoding = encoding;
        Title = title;
        PublishedAt = publishedAt;
        Source = source;
        Author = author;
        Notes = notes.IsDefault ? ImmutableArray<DocumentNote>.Empty : notes;
        CreatedAt = createdAt;
        ModifiedAt = modifiedAt;
    }

    /// <summary>Gets the report's text, ready for <see cref="Text.ReportTextReader.Read(string?)"/>.</summary>
    public string Text { get; }

    /// <summary>Gets the format the file was read as.</summary>
    public ContainerFormat Format { get; }

    /// <summary>Gets the character encoding a text or HTML file was decoded with, or <see langword="null"/> for .docx and PDF, whose text is not in a byte encoding of the file.</summary>
    public DocumentEncoding? Encoding { get; }

    /// <summary>Gets the title the container states (HTML article meta tag or page heading, Word or PDF document properties).</summary>
    public ContainerFact<string>? Title { get; }

    /// <summary>Gets the publication time the container states (HTML <c>PubDate</c> meta tag), Beijing local time as printed.</summary>
    public ContainerFact<LocalDateTime>? PublishedAt { get; }

    /// <summary>Gets the publishing office the container states (HTML <c>ContentSource</c> meta tag, 信息来源).</summary>
    public ContainerFact<string>? Source { get; }

    /// <summary>Gets the author the document properties name (Word <c>dc:creator</c>, PDF <c>/Author</c>), often a clerk's account name rather than the issuer.</summary>
    public ContainerFact<string>? Author { get; }

    /// <summary>Gets when the file says it was created (Word <c>dcterms:created</c>, PDF <c>/CreationDate</c>): the drafting tool's clock, not the publication time.</summary>
    public ContainerFact<Instant>? CreatedAt { get; }

    /// <summary>Gets when the file says it was last modified (Word <c>dcterms:modified</c>, PDF <c>/ModDate</c>).</summary>
    public ContainerFact<Instant>? ModifiedAt { get; }

    /// <summary>Gets what the loader noticed: replaced bytes, a guessed body, dropped page furniture, disagreeing metadata.</summary>
    public ImmutableArray<DocumentNote> Notes { get; }

    /// <summary>Loads a report document from a file's bytes.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="fileName">The file's name, if known: its extension breaks ties between plain text and HTML and names .wps files.</param>
    /// <param name="options">The limits; <see cref="DocumentLoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentLoadException">The file cannot be read as a report document; the message says why in one line.</exception>
#pragma warning disable RS0026 // Two overloads (bytes, stream) with the same optional parameters, as File.ReadAllText-style APIs do.
    public static ReportDocument Load(byte[] bytes, string? fileName = null, DocumentLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return DocumentLoader.Load(bytes, fileName, options ?? DocumentLoadOptions.Default);
    }

    /// <summary>Loads a report document from a stream, reading at most <see cref="DocumentLoadOptions.MaxInputBytes"/> bytes of it.</summary>
    /// <param name="stream">The file's content, read from its current position to its end; it is not disposed.</param>
    /// <param name="fileName">The file's name, if known.</param>
    /// <param name="options">The limits; <see cref="DocumentLoadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentLoadException">The stream holds more than the limit, or cannot be read as a report document.</exception>
    /// <exception cref="IOException">Reading the stream failed.</exception>
    public static ReportDocument Load(Stream stream, string? fileName = null, DocumentLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DocumentLoadOptions.Default;
        return DocumentLoader.Load(BoundedRead.ReadAll(stream, options.MaxInputBytes), fileName, options);
    }
#pragma warning restore RS0026

    /// <summary>Describes what was read, in one line: the format and, for text and HTML, the encoding and how it was chosen.</summary>
    /// <returns>Such as <c>HTML, GB18030 (declared charset=gbk)</c> or <c>PDF</c>.</returns>
    public string Describe() => Describe(MessageLanguage.English);

    /// <summary>Gets what the file was read as, for a person, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example <c>HTML, GB18030 (declared charset=gbk)</c> or <c>网页（HTML），GB18030（声明charset=gbk）</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Describe(MessageLanguage language)
    {
        if (DocumentDisplayNames.IsChinese(language))
        {
            var name = DocumentDisplayNames.Of(Format, language);
            return Encoding is null ? name : name + "，" + Encoding.Describe(language);
        }

        var format = Format switch
        {
            ContainerFormat.PlainText => "text",
            ContainerFormat.Html => "HTML",
            ContainerFormat.Docx => "Word .docx",
            _ => "PDF",
        };
        return Encoding is null ? format : $"{format}, {Encoding}";
    }
}
