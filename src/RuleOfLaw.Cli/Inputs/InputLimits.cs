using System;
using System.CommandLine;
using System.Globalization;
using RuleOfLaw.Domain.Documents;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>How much one input may be and how long it may take: <c>--size-limit</c> and <c>--time-limit</c>.</summary>
/// <param name="MaxBytes">The largest input read, in bytes; larger inputs are refused rather than read into memory.</param>
/// <param name="TimeLimit">The longest one input may take to read and check; then the tool gives up on it.</param>
internal sealed record InputLimits(long MaxBytes, TimeSpan TimeLimit)
{
    /// <summary>The default size limit in MiB: PDF and Word reports run to tens of MiB; a text report is well under 1 MiB.</summary>
    public const int DefaultSizeMiB = 32;

    /// <summary>The default time limit in seconds: a real report reads and checks in well under a second.</summary>
    public const int DefaultTimeSeconds = 60;

    /// <summary>Gets the defaults: <see cref="DefaultSizeMiB"/> MiB and <see cref="DefaultTimeSeconds"/> s.</summary>
    public static InputLimits Default { get; } = new(DefaultSizeMiB * 1024L * 1024, TimeSpan.FromSeconds(DefaultTimeSeconds));

    /// <summary>
    /// Gets the options the document loader runs with: files up to <see cref="MaxBytes"/>, texts up to an eighth of it in
    /// characters (4,194,304 at the default, about the loader's own default), so <c>--size-limit</c> raises both.
    /// </summary>
    public DocumentLoadOptions DocumentOptions => new()
    {
        MaxInputBytes = MaxBytes,
        MaxTextLength = (int)Math.Min(MaxBytes / 8, int.MaxValue / 2),
    };

    /// <summary>Says the size limit for a message, with the flag that raises it.</summary>
    public string SizeLimitText => string.Create(CultureInfo.InvariantCulture,
        $"the size limit is {MaxBytes} bytes ({MaxBytes / (1024.0 * 1024):0.##} MiB); give --size-limit MIB to read larger inputs");

    /// <summary>Says the size limit for a message in Chinese, with the flag that raises it.</summary>
    public string SizeLimitTextInChinese => string.Create(CultureInfo.InvariantCulture,
        $"大小上限为 {MaxBytes} 字节（{MaxBytes / (1024.0 * 1024):0.##} MiB）；可用 --size-limit MIB 读取更大的输入");

    /// <summary>Says the time limit for a message in Chinese, with the flag that raises it.</summary>
    public string TimeLimitTextInChinese => string.Create(CultureInfo.InvariantCulture,
        $"{TimeLimit.TotalSeconds:0.###} 秒后放弃（时间上限）；可用 --time-limit SECONDS 放宽");

    /// <summary>Says the time limit for a message, with the flag that raises it.</summary>
    public string TimeLimitText => string.Create(CultureInfo.InvariantCulture,
        $"gave up after {TimeLimit.TotalSeconds:0.###} s (the time limit); give --time-limit SECONDS to allow longer");
}

/// <summary>The flags that bound each input: <c>--size-limit MIB</c> and <c>--time-limit SECONDS</c>.</summary>
internal sealed class LimitFlags
{
    private readonly Option<int> _size;
    private readonly Option<double> _time;

    /// <summary>Creates the flags, described and checked in the language of <paramref name="words"/>.</summary>
    public LimitFlags(Output.Words words)
    {
        _size = new("--size-limit")
        {
            Description = words.SizeLimitDescription(InputLimits.DefaultSizeMiB),
            DefaultValueFactory = _ => InputLimits.DefaultSizeMiB,
        };
        _time = new("--time-limit")
        {
            Description = words.TimeLimitDescription(InputLimits.DefaultTimeSeconds),
            DefaultValueFactory = _ => InputLimits.DefaultTimeSeconds,
        };
        _size.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 2048)
            {
                result.AddError(words.SizeLimitOutOfRange(value));
            }
        });
        _time.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<double>();
            if (!(value > 0 && value <= 86_400))
            {
                result.AddError(words.TimeLimitOutOfRange(value));
            }
        });
    }

    /// <summary>Adds the flags to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_size);
        command.Options.Add(_time);
    }

    /// <summary>The limits the flags give (validated by the parser).</summary>
    public InputLimits Limits(ParseResult result) =>
        new(result.GetValue(_size) * 1024L * 1024, TimeSpan.FromSeconds(result.GetValue(_time)));
}
