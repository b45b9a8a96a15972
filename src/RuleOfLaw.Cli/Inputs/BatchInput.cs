using System;
using System.Collections.Generic;
using System.IO;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>One input of a batch, not yet loaded: a file, or one record of a JSON Lines file.</summary>
/// <param name="Name">The name its lines and output use: the path, or <c>path:line</c> for a record of a JSON Lines file.</param>
/// <param name="File">The file it is in.</param>
/// <param name="Line">The line of the JSON Lines file it is on, or null for a whole file.</param>
/// <param name="Load">Loads it (on a worker); throws <see cref="InputException"/> for input that cannot be used.</param>
internal sealed record BatchInput(string Name, string File, int? Line, Func<ReportInput> Load)
{
    /// <summary>
    /// Lists the inputs of expanded files lazily, in order: each file as one input, each non-blank line of a JSON Lines
    /// file as one input named <c>path:line</c>. A JSON Lines file that cannot be opened or read is one input that fails.
    /// </summary>
    public static IEnumerable<BatchInput> Of(IEnumerable<string> files, Func<Stream> openStandardInput, InputLimits limits)
    {
        foreach (var file in files)
        {
            if (!JsonLinesFile.IsJsonLines(file))
            {
                var path = file;
                yield return new BatchInput(path, path, null, () => InputLoader.Load(path, openStandardInput, limits));
                continue;
            }

            using var lines = JsonLinesFile.Read(file, limits).GetEnumerator();
            while (true)
            {
                JsonLine line;
                InputException? failure = null;
                try
                {
                    if (!lines.MoveNext())
                    {
                        break;
                    }

                    line = lines.Current;
                }
                catch (InputException e)
                {
                    failure = e;
                    line = null!;
                }

                if (failure is not null)
                {
                    var (message, chinese) = (failure.Message, failure.ChineseMessage);
                    yield return new BatchInput(file, file, null, () => throw (chinese is null ? new InputException(message) : new InputException(message, chinese)));
                    break;
                }

                yield return Record(file, line);
            }
        }
    }

    private static BatchInput Record(string file, JsonLine line)
    {
        var name = file + ":" + line.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new BatchInput(name, file, line.Line, () => line.Problem is { } problem
            ? throw new InputException(name + ": " + problem, name + "：" + (line.ChineseProblem ?? problem))
            : InputLoader.Json(name, line.Utf8!));
    }
}
