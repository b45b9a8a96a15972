using System;
using System.IO;
using System.Linq;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>Opens the process's standard input for <c>-</c>, refusing one that is closed or a folder with one line.</summary>
internal static class StandardInput
{
    /// <summary>The line for a standard input that is not open.</summary>
    public const string ClosedMessage = "-: standard input is closed; pipe a report into it (rol check - < report.txt) or give a file";

    /// <summary>The line for a standard input that is not open, in Chinese.</summary>
    public const string ClosedMessageInChinese = "-：标准输入已关闭；请用管道送入报告（rol check - < report.txt）或给出文件";

    /// <summary>Opens standard input.</summary>
    /// <exception cref="InputException">Standard input is closed or is a folder.</exception>
    public static Stream Open()
    {
        if (OperatingSystem.IsLinux() && WasClosedAtStart())
        {
            throw new InputException(ClosedMessage, ClosedMessageInChinese);
        }

        if (!OperatingSystem.IsWindows())
        {
            switch (FileKinds.OfStandardInput())
            {
                case null:
                    throw new InputException(ClosedMessage, ClosedMessageInChinese);
                case FileKind.Folder:
                    throw new InputException("-: standard input is a folder, not a report", "-：标准输入是文件夹，不是报告");
            }
        }

        return Console.OpenStandardInput();
    }

    /// <summary>
    /// Whether descriptor 0 is a pipe whose writing end this process holds. A process started with standard input
    /// closed gets descriptor 0 reused by the first descriptor the runtime opens, which is the pipe of its own signal
    /// handling: reading it would wait for ever. A real input pipe has its writing end in another process.
    /// </summary>
    private static bool WasClosedAtStart()
    {
        try
        {
            var target = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (target is null || !target.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var name = Path.GetFileName(fd);
                if (name == "0" || new FileInfo(fd).LinkTarget != target)
                {
                    continue;
                }

                var flags = File.ReadLines(Path.Join("/proc/self/fdinfo", name)).FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
                if (flags is not null && (Convert.ToInt32(flags["flags:".Length..].Trim(), 8) & 3) == 1)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A descriptor closed while listing, or no /proc: nothing shows that standard input was closed.
        }

        return false;
    }
}
