using System.CommandLine;
using RuleOfLaw.Cli.Inputs;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Text;

namespace RuleOfLaw.Cli.Checking;

/// <summary>The flags that give the reader what a text lacks: <c>--year</c>, <c>--subject</c>, <c>--title</c>.</summary>
internal sealed class ReadFlags
{
    private readonly Option<int?> _year = new("--year") { Description = "The report year, when the text names none or names it wrongly." };
    private readonly Option<string?> _subject = new("--subject") { Description = "The reporting subject's full name (such as 某区人民政府), when the text names none." };
    private readonly Option<string?> _title = new("--title") { Description = "The report's title, when the text has no title line." };

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
            throw new InputException($"--year: {y} is not a report year from {ReportYear.MinYear} to {ReportYear.MaxYear}");
        }

        var subject = result.GetValue(_subject);
        if (subject is not null && string.IsNullOrWhiteSpace(subject))
        {
            throw new InputException("--subject: the name is blank");
        }

        var title = result.GetValue(_title);
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new InputException("--title: the title is blank");
        }

        return new ReadOptions
        {
            Year = year is { } value ? ReportYear.Of(value) : null,
            Subject = subject is null ? null : ReportTextReader.SubjectNamed(subject),
            Title = title,
        };
    }
}
