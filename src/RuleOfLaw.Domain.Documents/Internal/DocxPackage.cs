using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// The parts of a Word .docx package (ECMA-376 Part 2, Open Packaging Conventions) that the reader needs, found through
/// the package's and the main part's relationships, each parsed as XML with no DTD, no resolver and the expansion limit.
/// Transitional and strict namespaces are both accepted.
/// </summary>
internal sealed class DocxPackage
{
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly HashSet<string> WordNamespaces = new(StringComparer.Ordinal)
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    };

    private readonly Dictionary<string, ZipArchiveEntry> entries;
    private readonly XmlReaderSettings settings;

    public DocxPackage(ZipArchive archive, DocumentLoadOptions options)
    {
        // Part names compare without case (ECMA-376 Part 2, §9.1.1.1); a ZIP's entry names do not.
        entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in archive.Entries)
        {
            entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxExpandedBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var main = Target(string.Empty, "officeDocument") ?? "word/document.xml";
        MainPath = main;
    }

    /// <summary>Gets the path of the main document part, normally <c>word/document.xml</c>.</summary>
    public string MainPath { get; }

    /// <summary>Gets whether an element is in the WordprocessingML namespace (transitional or strict) and has a local name.</summary>
    public static bool IsWord(XElement element, string localName) =>
        element.Name.LocalName == localName && WordNamespaces.Contains(element.Name.NamespaceName);

    /// <summary>Gets a WordprocessingML attribute (<c>w:val</c>, <c>w:id</c>) of an element, or null.</summary>
    public static string? Attribute(XElement? element, string localName) =>
        element?.Attributes().FirstOrDefault(a => a.Name.LocalName == localName && WordNamespaces.Contains(a.Name.NamespaceName))?.Value;

    /// <summary>Gets the first WordprocessingML child of an element with a local name, or null.</summary>
    public static XElement? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => IsWord(e, localName));

    /// <summary>Gets the <c>w:val</c> of a child element, such as <c>w:numFmt w:val="chineseCounting"</c>.</summary>
    public static string? ValueOf(XElement? element, string childName) => Attribute(Child(element, childName), "val");

    /// <summary>Gets the <c>w:val</c> of a child as a number, or null when absent or not a number.</summary>
    public static int? NumberOf(XElement? element, string childName) =>
        int.TryParse(ValueOf(element, childName), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Gets whether an on/off property (<c>w:vanish</c>, <c>w:isLgl</c>) is present and not switched off.</summary>
    public static bool IsOn(XElement? element, string childName) =>
        Child(element, childName) is { } property && Attribute(property, "val") is not ("false" or "0" or "off");

    /// <summary>Parses a part as XML, or returns null when the package has no such part.</summary>
    public XDocument? Load(string? path)
    {
        if (path is null || !entries.TryGetValue(path, out var entry))
        {
            return null;
        }

        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader);
    }

    /// <summary>Gets the part the main document part relates to by a relationship type, such as <c>numbering</c>, or null.</summary>
    public XDocument? Related(string type) => Load(Target(MainPath, type));

    /// <summary>Gets every part the main document part relates to by a relationship type, such as <c>header</c>.</summary>
    public IEnumerable<XDocument> AllRelated(string type)
    {
        foreach (var path in Targets(MainPath, type))
        {
            if (Load(path) is { } part)
            {
                yield return part;
            }
        }
    }

    /// <summary>Gets the path of the first part a source part (empty for the package) relates to by a type, or null.</summary>
    public string? Target(string source, string type) => Targets(source, type).FirstOrDefault();

    private IEnumerable<string> Targets(string source, string type)
    {
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : string.Empty;
        var name = source[folder.Length..];
        if (Load(folder + "_rels/" + name + ".rels")?.Root is not { } root)
        {
            yield break;
        }

        foreach (var relationship in root.Elements(XName.Get("Relationship", Relationships)))
        {
            // Types end in the same word in transitional (schemas.openxmlformats.org) and strict (purl.oclc.org) packages.
            var kind = (string?)relationship.Attribute("Type") ?? string.Empty;
            if (!kind.EndsWith("/" + type, StringComparison.Ordinal) || (string?)relationship.Attribute("TargetMode") == "External"
                || (string?)relationship.Attribute("Target") is not { Length: > 0 } target)
            {
                continue;
            }

            yield return Resolve(folder, Uri.UnescapeDataString(target));
        }
    }

    private static string Resolve(string folder, string target)
    {
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
