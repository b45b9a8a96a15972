using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace RuleOfLaw.Domain.Documents.Tests;

public sealed class DocumentDisplayNamesTests
{
    private static readonly string[] Codes = [.. typeof(DocumentNoteCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void EveryNoteCode_HasAChineseAndAnEnglishTitle_AllDifferent()
    {
        Assert.Equal(10, Codes.Length);
        var chinese = Codes.Select(code => DocumentDisplayNames.NoteTitle(code, MessageLanguage.Chinese)).ToArray();
        var english = Codes.Select(code => DocumentDisplayNames.NoteTitle(code, MessageLanguage.English)).ToArray();
        Assert.All(chinese, title => Assert.Matches(@"^[^A-Za-z]*\p{IsCJKUnifiedIdeographs}", title));
        Assert.All(english, title => Assert.Matches("^[A-Z][a-z ]+", title));
        Assert.Equal(Codes.Length, chinese.Distinct().Count());
        Assert.Equal(Codes.Length, english.Distinct().Count());
    }

    [Fact]
    public void EveryFormatAndFailure_HasNamesInBothLanguages()
    {
        foreach (var format in Enum.GetValues<ContainerFormat>())
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", DocumentDisplayNames.Of(format, MessageLanguage.Chinese));
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", DocumentDisplayNames.Of(format, MessageLanguage.English));
        }

        var failures = Enum.GetValues<DocumentLoadFailure>();
        Assert.Equal(failures.Length, failures.Select(f => DocumentDisplayNames.Of(f, MessageLanguage.Chinese)).Distinct().Count());
        Assert.All(failures, f => Assert.DoesNotMatch("[A-Za-z]{4,}", DocumentDisplayNames.Of(f, MessageLanguage.Chinese)));
    }

    [Fact]
    public void UnknownOrUndefinedValues_Throw()
    {
        Assert.Throws<ArgumentException>("code", () => DocumentDisplayNames.NoteTitle("ROLT001", MessageLanguage.Chinese));
        Assert.Throws<ArgumentNullException>("code", () => DocumentDisplayNames.NoteTitle(null!, MessageLanguage.Chinese));
        Assert.Throws<ArgumentOutOfRangeException>("format", () => DocumentDisplayNames.Of((ContainerFormat)9, MessageLanguage.Chinese));
        Assert.Throws<ArgumentOutOfRangeException>("failure", () => DocumentDisplayNames.Of((DocumentLoadFailure)9, MessageLanguage.Chinese));
        Assert.Throws<ArgumentOutOfRangeException>("language", () => DocumentDisplayNames.Of(ContainerFormat.Pdf, (MessageLanguage)9));
    }
}
