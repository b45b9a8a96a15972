using System.CommandLine;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Cli.Output;
using RuleOfLaw.Domain;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Cli.Checking;

/// <summary>The flags that give the reader what a text lacks: <c>--year</c>, <c>--subject</c>, <c>--title</c>.</summary>
internal sealed class ReadFlags
{
    private readonly Option<int?> _year;
    private readonly Option<string?> _subject;
    private readonly Option<string?> _title;

    /// <summary>Creates the flags, described in the language of <paramref name="words"/>.</summary>
    public ReadFlags(Words words)
    {
        _year = new("--year") { Description = words.YearDescription };
        _subject = new("--subject") { Description = words.SubjectDescription };
        _title = new("--title") { Description = words.TitleDescription };
    }

    /// <summary>Adds the flags to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_year);
        command.Options.Add(_subject);
        command.Options.Add(_title);
    }

    /// <summary>The read options the flags give; throws <see cref="InputException"/> for a value the model refuses.</summary>
    public ReadOptions Options(ParseResult result)
    {
        var year = result.GetValue(_year);
        if (year is { } y && y is < ReportYear.MinYear or > ReportYear.MaxYear)
        {
            throw new InputException(
                $"--year: {y} is not a report year from {ReportYear.MinYear} to {ReportYear.MaxYear}",
                $"--year：{y} 不是 {ReportYear.MinYear} 至 {ReportYear.MaxYear} 之间的报告年度");
        }

        var subject = result.GetValue(_subject);
        if (subject is not null && string.IsNullOrWhiteSpace(subject))
        {
            throw new InputException("--subject: the name is blank", "--subject：名称为空");
        }

        var title = result.GetValue(_title);
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new InputException("--title: the title is blank", "--title：标题为空");
        }

        return new ReadOptions(
            year: year is { } value ? ReportYear.Of(value) : null,
            subject: subject is null ? null : ReportTextReader.SubjectNamed(subject),
            title: title);
    }
}
