using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using NodaTime;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

public sealed class DocxTests
{
    private static readonly int[] Levels = [0, 1, 2, 2, 1, 2, 0];

    [Fact]
    public void Load_SeedDocx_ReadsLikeThePlainText()
    {
        var bytes = SeedSamples.Docx();
        var document = ReportDocument.Load(bytes, "pingshan-2020.docx");

        Assert.Equal(ContainerFormat.Docx, document.Format);
        Assert.Null(document.Encoding);
        Assert.Equal("Word .docx", document.Describe());
        Assert.Equal(new ContainerFact<string>("坪山区2020年法治政府建设年度报告", "docProps/core.xml dc:title"), document.Title);
        Assert.Equal(new ContainerFact<Instant>(Instant.FromUtc(2021, 1, 5, 6, 11, 8), "docProps/core.xml dcterms:created"), document.CreatedAt);
        Assert.Equal("docProps/core.xml dcterms:modified", document.ModifiedAt!.Source);
        Assert.Contains(document.Notes, n => n.Code == DocumentNoteCodes.ContentLeftOut && n.Message.Contains("page headers", StringComparison.Ordinal));
        SeedSamples.AssertReadsLikeThePlainText(document.Text);
    }

    [Fact]
    public void Load_SeedDocx_HasItsHeadingNumbersOnlyInNumberingXml()
    {
        // The committed sample must prove automatic numbering: its body XML has no typed 一、 / (一) markers.
        using var archive = new ZipArchive(new MemoryStream(SeedSamples.Docx()));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var xml = reader.ReadToEnd();

        Assert.DoesNotContain(">一、", xml, StringComparison.Ordinal);
        Assert.DoesNotContain(">(一)", xml, StringComparison.Ordinal);
        Assert.Contains("<w:numId w:val=\"1\" />", xml, StringComparison.Ordinal);
        Assert.Contains("一、2020年法治政府建设工作总结", ReportDocument.Load(SeedSamples.Docx()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MultiLevelList_NumbersAsWordShowsThem()
    {
        var paragraphs = Levels.Concat(Enumerable.Repeat(0, 10)).Select((level, i) => TestDocx.Numbered(1, level, "第" + i + "段")).ToArray();
        var document = ReportDocument.Load(TestDocx.Build(paragraphs, TestDocx.ChineseList(1, "（%2）")));

        var lines = document.Text.Split("\n\n");
        Assert.Equal(["一、第0段", "（一）第1段", "1.第2段", "2.第3段", "（二）第4段", "1.第5段", "二、第6段"], lines[..7]);
        Assert.Equal("十、第14段", lines[14]);
        Assert.Equal("十二、第16段", lines[16]);
    }

    [Fact]
    public void Load_ListRestartedWithStartOverride_CountsFromTheOverride()
    {
        var numbering = TestDocx.ChineseList(1, "(%2)");
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = 1 }, new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 }) { NumberID = 2 });
        var document = ReportDocument.Load(TestDocx.Build([TestDocx.Numbered(1, 0, "甲"), TestDocx.Numbered(1, 0, "乙"), TestDocx.Numbered(2, 0, "丙"), TestDocx.Numbered(2, 1, "丁")], numbering));

        Assert.Equal("一、甲\n\n二、乙\n\n一、丙\n\n(一)丁", document.Text);
    }

    [Fact]
    public void Load_NumberingFromTheParagraphStyle_IsShown()
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), new Run(new WordText("总体情况")));
        var style = new Style(new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })))
        {
            StyleId = "Heading1",
            Type = StyleValues.Paragraph,
        };
        var document = ReportDocument.Load(TestDocx.Build([paragraph], TestDocx.ChineseList(1, "(%2)"), style));

        Assert.Equal("一、总体情况", document.Text);
    }

    [Fact]
    public void Load_UnknownNumberFormat_IsShownAsArabicWithANote()
    {
        var numbering = new Numbering(
            new AbstractNum(new Level(new StartNumberingValue { Val = 3 }, new NumberingFormat { Val = NumberFormatValues.Hebrew1 }, new LevelText { Val = "%1)" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
        var document = ReportDocument.Load(TestDocx.Build([TestDocx.Numbered(1, 0, "条目")], numbering));

        Assert.Equal("3)条目", document.Text);
        Assert.Contains(document.Notes, n => n.Code == DocumentNoteCodes.NumberingFormatApproximated);
    }

    [Fact]
    public void Load_Table_GivesOneLinePerRowWithSeparators()
    {
        var table = new Table(
            new TableRow(TestDocx.Cell("单位"), TestDocx.Cell("案件数")),
            new TableRow(TestDocx.Cell("司法局"), TestDocx.Cell("31392")));
        var document = ReportDocument.Load(TestDocx.Build([TestDocx.Plain("全年办理情况如下表。"), table, TestDocx.Plain("表后正文。")]));

        Assert.Equal("全年办理情况如下表。\n\n单位 | 案件数 |\n\n司法局 | 31392 |\n\n表后正文。", document.Text);
    }

    [Fact]
    public void Load_DeletedHiddenAndFieldCodeText_IsLeftOut()
    {
        var paragraph = new Paragraph(
            new Run(new WordText("保留")),
            new DeletedRun(new Run(new DeletedText("删除"))),
            new InsertedRun(new Run(new WordText("插入"))),
            new Run(new RunProperties(new Vanish()), new WordText("隐藏")),
            new Run(new FieldCode(" PAGE ")),
            new Run(new TabChar(), new WordText("后")));
        var document = ReportDocument.Load(TestDocx.Build([paragraph]));

        Assert.Equal("保留插入 后", document.Text);
    }

    [Fact]
    public void Load_LineBreakInsideAParagraph_EndsALine()
    {
        var document = ReportDocument.Load(TestDocx.Build([new Paragraph(new Run(new WordText("深圳市某区人民政府"), new Break(), new WordText("2021年1月5日")))]));

        Assert.Equal("深圳市某区人民政府\n\n2021年1月5日", document.Text);
    }

    [Fact]
    public void Load_DocxWithNoBodyText_IsRefused()
    {
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(TestDocx.Build([new Paragraph()]), "empty.docx"));

        Assert.Equal(DocumentLoadFailure.NoText, e.Failure);
    }

    [Fact]
    public void Load_TruncatedDocx_IsRefusedAsDamaged()
    {
        var bytes = SeedSamples.Docx();
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes[..(bytes.Length / 2)], "cut.docx"));

        Assert.Equal(DocumentLoadFailure.Damaged, e.Failure);
        Assert.StartsWith("a ZIP file (such as .docx) that is truncated or damaged", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Load_ZipBomb_IsRefusedBeforeInflating()
    {
        var bytes = TestDocx.ZipBomb(100L * 1024 * 1024);
        Assert.True(bytes.Length < 1024 * 1024);

        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, "bomb.docx"));

        Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
        Assert.Contains("ZIP bomb", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExpansionJustWithinTheLimit_IsRead()
    {
        var bytes = TestDocx.Build([TestDocx.Plain("正文内容。")]);
        var expanded = ExpandedSize(bytes);

        Assert.Equal("正文内容。", ReportDocument.Load(bytes, options: new DocumentLoadOptions { MaxExpandedBytes = expanded }).Text);
        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, options: new DocumentLoadOptions { MaxExpandedBytes = expanded - 1 }));
        Assert.Equal(DocumentLoadFailure.TooLarge, e.Failure);
    }

    [Fact]
    public void Load_StrictNamespaces_ReadsTheSameText()
    {
        var transitional = TestDocx.Build([TestDocx.Plain("第一段。"), TestDocx.Plain("第二段。")]);
        var strict = Rewrite(transitional, "word/document.xml", xml => xml.Replace(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main", StringComparison.Ordinal));

        var document = ReportDocument.Load(strict, "strict.docx");

        Assert.Equal(ReportDocument.Load(transitional).Text, document.Text);
        Assert.Equal("第一段。\n\n第二段。", document.Text);
    }

    [Fact]
    public void Load_PartWithADocumentTypeDeclaration_IsRefusedAsDamagedWithoutResolvingIt()
    {
        var bytes = Rewrite(TestDocx.Build([TestDocx.Plain("正文内容。")]), "word/document.xml", xml =>
            xml.Insert(xml.IndexOf("<w:document", StringComparison.Ordinal), "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"http://example.invalid/x\">]>"));

        var e = Assert.Throws<DocumentLoadException>(() => ReportDocument.Load(bytes, "dtd.docx"));

        Assert.Equal(DocumentLoadFailure.Damaged, e.Failure);
    }

    [Fact]
    public void Load_PackageWithoutRelationships_ReadsWordDocumentXml()
    {
        var bytes = Without(TestDocx.Build([TestDocx.Plain("正文内容。")]), "_rels/.rels");

        Assert.Equal("正文内容。", ReportDocument.Load(bytes, "norels.docx").Text);
    }

    private static byte[] Rewrite(byte[] docx, string entryName, Func<string, string> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(entryName)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(entryName).Open());
            writer.Write(change(xml));
        }

        return stream.ToArray();
    }

    private static byte[] Without(byte[] docx, string entryName)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entryName)!.Delete();
        }

        return stream.ToArray();
    }

    private static long ExpandedSize(byte[] bytes)
    {
        using var archive = new ZipArchive(new MemoryStream(bytes));
        return archive.Entries.Sum(e => e.Length);
    }
}
