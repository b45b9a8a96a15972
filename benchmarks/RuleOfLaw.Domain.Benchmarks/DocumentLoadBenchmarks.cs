using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using RuleOfLaw.Domain.Documents;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Domain.Benchmarks;

/// <summary>
/// Loading the seed report (about 8.9 KB of UTF-8 text, 3,000 characters) from each container the Documents package
/// reads: UTF-8 text (the baseline), GBK text, a GBK government CMS page, the committed .docx with automatic numbering
/// and the committed PDF exported from it by LibreOffice (5 pages). Reading the plain text with the reader is shown
/// for scale: the loaders run before it.
/// </summary>
[MemoryDiagnoser]
public class DocumentLoadBenchmarks
{
    private byte[] _utf8 = [];
    private byte[] _gbk = [];
    private byte[] _gbkPage = [];
    private byte[] _docx = [];
    private byte[] _pdf = [];
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        _text = File.ReadAllText(Find("src", "RuleOfLaw.Domain.Testing", "Samples", "district-report-2020.txt"));
        _utf8 = Encoding.UTF8.GetBytes(_text);
        _gbk = gbk.GetBytes(_text.Replace('\u00A0', ' '));
        _gbkPage = gbk.GetBytes(Page(_text.Replace('\u00A0', ' ')));
        _docx = File.ReadAllBytes(Find("tests", "RuleOfLaw.Domain.Documents.Tests", "Samples", "pingshan-2020.docx"));
        _pdf = File.ReadAllBytes(Find("tests", "RuleOfLaw.Domain.Documents.Tests", "Samples", "pingshan-2020.pdf"));
    }

    [Benchmark(Baseline = true)]
    public ReportDocument LoadUtf8Text() => ReportDocument.Load(_utf8, "report.txt");

    [Benchmark]
    public ReportDocument LoadGbkText() => ReportDocument.Load(_gbk, "report.txt");

    [Benchmark]
    public ReportDocument LoadGbkHtml() => ReportDocument.Load(_gbkPage, "report.html");

    [Benchmark]
    public ReportDocument LoadDocx() => ReportDocument.Load(_docx, "report.docx");

    [Benchmark]
    public ReportDocument LoadPdf() => ReportDocument.Load(_pdf, "report.pdf");

    [Benchmark]
    public ReportReadResult ReadPlainText() => ReportTextReader.Read(_text);

    /// <summary>The seed as a government CMS article page, as the Documents tests build it.</summary>
    private static string Page(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var page = new StringBuilder("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">");
        page.Append("<meta name=\"ArticleTitle\" content=\"").Append(WebUtility.HtmlEncode(lines[1])).Append("\"><title>").Append(WebUtility.HtmlEncode(lines[1])).Append("</title></head><body>");
        page.Append("<div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"article\"><h1>").Append(WebUtility.HtmlEncode(lines[1])).Append("</h1><div id=\"zoom\">");
        foreach (var line in lines.Skip(2))
        {
            page.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        }

        return page.Append("</div></div><div class=\"footer\">版权所有</div></body></html>").ToString();
    }

    private static string Find(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("sample not found above " + AppContext.BaseDirectory, Path.Combine(parts));
    }
}
