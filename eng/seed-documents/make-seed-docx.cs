#:package DocumentFormat.OpenXml
#:property TargetFramework=net10.0
#:property Nullable=enable
#:property ImplicitUsings=enable
#:property PublishAot=false

// Writes a report's plain text as a Word .docx the way an office drafts it: headings numbered by Word's automatic
// list numbering (一、 / (一) / 1. from one multi-level list in numbering.xml, not typed), body paragraphs with a
// first-line indent, a page header repeating the title and a footer with the page number (both to be left out by the
// reader), and the title and times in the document properties.
//
//   dotnet run eng/seed-documents/make-seed-docx.cs -- <report.txt> <out.docx> <created, ISO 8601 UTC>
//
// Input lines: the first three are the breadcrumb, the title and the 信息来源/发布时间 line; a line starting with
// 一、 (一) or 1. is a list paragraph at level 0, 1 or 2, its typed marker removed; other lines are paragraphs.
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: make-seed-docx.cs <report.txt> <out.docx> <created>");
    return 2;
}

var lines = File.ReadAllLines(args[0]).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
var created = DateTime.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
var level0 = new Regex(@"^[一二三四五六七八九十]+、");
var level1 = new Regex(@"^\([一二三四五六七八九十]+\)");
var level2 = new Regex(@"^[0-9]+\.");

using (var document = WordprocessingDocument.Create(args[1], WordprocessingDocumentType.Document))
{
    var main = document.AddMainDocumentPart();
    main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            ListLevel(0, NumberFormatValues.ChineseCounting, "%1、"),
            ListLevel(1, NumberFormatValues.ChineseCounting, "(%2)"),
            ListLevel(2, NumberFormatValues.Decimal, "%3."))
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

    var header = main.AddNewPart<HeaderPart>();
    header.Header = new Header(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new Text(lines[1]))));
    var footer = main.AddNewPart<FooterPart>();
    footer.Footer = new Footer(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
        new Run(new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));

    var body = new Body();
    body.Append(Plain(lines[0], JustificationValues.Left, 0));
    body.Append(Plain(lines[1], JustificationValues.Center, 0, bold: true, size: 44));
    body.Append(Plain(lines[2], JustificationValues.Center, 0));
    foreach (var line in lines.Skip(3))
    {
        if (level0.Match(line) is { Success: true } m0)
        {
            body.Append(Numbered(line[m0.Length..], 0));
        }
        else if (level1.Match(line) is { Success: true } m1)
        {
            body.Append(Numbered(line[m1.Length..], 1));
        }
        else if (level2.Match(line) is { Success: true } m2)
        {
            body.Append(Numbered(line[m2.Length..], 2));
        }
        else
        {
            body.Append(Plain(line, JustificationValues.Both, 640));
        }
    }

    body.Append(new SectionProperties(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
        new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
    main.Document = new Document(body);

    document.PackageProperties.Title = lines[1];
    document.PackageProperties.Creator = "user";
    document.PackageProperties.Created = created;
    document.PackageProperties.Modified = created;
}

return 0;

static Level ListLevel(int index, NumberFormatValues format, string text) => new(
    new StartNumberingValue { Val = 1 },
    new NumberingFormat { Val = format },
    new LevelText { Val = text },
    new LevelSuffix { Val = LevelSuffixValues.Nothing },
    new LevelJustification { Val = LevelJustificationValues.Left },
    new PreviousParagraphProperties(new Indentation { FirstLine = "640" }))
{ LevelIndex = index };

static Paragraph Plain(string text, JustificationValues justification, int firstLine, bool bold = false, int size = 32)
{
    var runProperties = new RunProperties(new RunFonts { EastAsia = "仿宋" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    if (bold)
    {
        runProperties.PrependChild(new Bold());
    }

    return new Paragraph(
        new ParagraphProperties(new Justification { Val = justification }, new Indentation { FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
        new Run(runProperties, new Text(text)));
}

static Paragraph Numbered(string text, int level) => new(
    new ParagraphProperties(
        new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 }),
        new Justification { Val = JustificationValues.Both }),
    new Run(new RunProperties(new RunFonts { EastAsia = level == 0 ? "黑体" : "仿宋" }, new FontSize { Val = "32" }), new Text(text)));
