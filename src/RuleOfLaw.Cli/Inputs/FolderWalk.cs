using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>The files a command's PATH arguments name, and what the walk of their folders skipped.</summary>
/// <param name="Files">The inputs in order: the paths given, each folder's report files sorted ordinally; each file once.</param>
/// <param name="Skipped">One line per link or file skipped, naming it and why (a folder already walked, the same file as another).</param>
internal sealed record InputExpansion(IReadOnlyList<string> Files, IReadOnlyList<SkippedPath> Skipped);

/// <summary>A path the walk skipped, and why, in English and in Chinese.</summary>
/// <param name="English">The line in English: <c>path: skipped: why</c>.</param>
/// <param name="Chinese">The line in Chinese.</param>
internal sealed record SkippedPath(string English, string Chinese)
{
    /// <summary>Gets the line in a language.</summary>
    public string In(Domain.MessageLanguage language) => language == Domain.MessageLanguage.Chinese ? Chinese : English;
}

/// <summary>
/// Walks folders for report files without ever following a symbolic link into a folder already walked: the real
/// tree first, links to folders after it (so a link never displaces the folder it points to), each real folder once.
/// A file reached twice (by a link, or a folder given twice) is listed once, under its path without a link.
/// </summary>
internal static class FolderWalk
{
    /// <summary>The deepest folder nesting walked; deeper folders are skipped with a line (no real report tree is this deep).</summary>
    public const int MaxDepth = 64;

    /// <summary>Expands paths into the files to read (see <see cref="InputExpansion"/>).</summary>
    /// <exception cref="InputException">A path names nothing.</exception>
    public static InputExpansion Expand(IEnumerable<string> paths, Func<string, bool> isReportFile)
    {
        var skipped = new List<SkippedPath>();
        var walked = new HashSet<string>(PathComparer);
        var files = new List<Candidate>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new Candidate(path, "-", ViaLink: false, Order: files.Count));
                continue;
            }

            var kind = FileKinds.Of(path);
            if (kind == FileKind.Missing)
            {
                throw new InputException($"{path}: no such file or folder", $"{path}：没有这个文件或文件夹");
            }

            if (kind != FileKind.Folder)
            {
                // A FIFO or device given by name is listed: reading it refuses it with its own line.
                files.Add(new Candidate(path, FileKinds.RealPath(path) ?? path, ViaLink: false, Order: files.Count));
                continue;
            }

            if (FileKinds.RealPath(path) is not { } real)
            {
                skipped.Add(new($"{path}: skipped: a chain of symbolic links that does not end", $"{path}：已跳过：符号链接链没有终点"));
                continue;
            }

            var folderFiles = new List<Candidate>();
            var links = new Queue<(string Path, string Real, int Depth)>();
            if (walked.Add(real))
            {
                Walk(path, real, viaLink: false, depth: 0, isReportFile, walked, folderFiles, links, skipped);
            }
            else
            {
                skipped.Add(new($"{path}: skipped: the folder {real} is already walked", $"{path}：已跳过：文件夹 {real} 已遍历"));
            }

            while (links.TryDequeue(out var link))
            {
                if (walked.Add(link.Real))
                {
                    Walk(link.Path, link.Real, viaLink: true, link.Depth, isReportFile, walked, folderFiles, links, skipped);
                }
                else
                {
                    skipped.Add(new($"{link.Path}: skipped: a symbolic link to {link.Real}, a folder already walked", $"{link.Path}：已跳过：指向 {link.Real} 的符号链接，该文件夹已遍历"));
                }
            }

            var sorted = folderFiles.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
            var first = files.Count;
            files.AddRange(sorted.Select((f, i) => f with { Order = first + i }));
        }

        // Each real file once: the first path without a link wins, else the first path.
        var kept = files.GroupBy(f => f.Real, PathComparer)
            .ToDictionary(g => g.Key, g => g.OrderBy(f => f.ViaLink).ThenBy(f => f.Order).First(), PathComparer);
        var result = new List<string>();
        foreach (var file in files)
        {
            var winner = kept[file.Real];
            if (winner == file)
            {
                result.Add(file.Path);
            }
            else
            {
                skipped.Add(new($"{file.Path}: skipped: the same file as {winner.Path}", $"{file.Path}：已跳过：与 {winner.Path} 是同一文件"));
            }
        }

        return new InputExpansion(result, skipped);
    }

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static void Walk(
        string path,
        string real,
        bool viaLink,
        int depth,
        Func<string, bool> isReportFile,
        HashSet<string> walked,
        List<Candidate> files,
        Queue<(string Path, string Real, int Depth)> links,
        List<SkippedPath> skipped)
    {
        if (depth > MaxDepth)
        {
            skipped.Add(new($"{path}: skipped: nested deeper than {MaxDepth} folders", $"{path}：已跳过：文件夹嵌套超过 {MaxDepth} 层"));
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new($"{path}: skipped: cannot list the folder: {e.Message}", $"{path}：已跳过：无法列出文件夹：{e.Message}"));
            return;
        }

        foreach (var entry in entries)
        {
            var entryPath = Path.Join(path, entry.Name);
            var isLink = entry.LinkTarget is not null;
            if (!isLink)
            {
                var entryReal = Path.Join(real, entry.Name);
                if (entry is DirectoryInfo)
                {
                    if (walked.Add(entryReal))
                    {
                        Walk(entryPath, entryReal, viaLink, depth + 1, isReportFile, walked, files, links, skipped);
                    }
                    else
                    {
                        // Only a walk through a link comes back to a real folder.
                        skipped.Add(new($"{entryPath}: skipped: the folder {entryReal} is already walked", $"{entryPath}：已跳过：文件夹 {entryReal} 已遍历"));
                    }
                }
                else if (isReportFile(entryPath))
                {
                    files.Add(new Candidate(entryPath, entryReal, viaLink, files.Count));
                }

                continue;
            }

            var kind = FileKinds.Of(entryPath);
            if (kind == FileKind.Folder)
            {
                if (FileKinds.RealPath(entryPath) is { } target)
                {
                    if (Contains(target, real))
                    {
                        skipped.Add(new($"{entryPath}: skipped: a symbolic link to {target}, a folder that contains it (a loop)", $"{entryPath}：已跳过：指向 {target} 的符号链接，该文件夹包含此链接（循环）"));
                    }
                    else
                    {
                        links.Enqueue((entryPath, target, depth + 1));
                    }
                }
                else
                {
                    skipped.Add(new($"{entryPath}: skipped: a chain of symbolic links that does not end", $"{entryPath}：已跳过：符号链接链没有终点"));
                }
            }
            else if (isReportFile(entryPath))
            {
                if (kind == FileKind.Missing)
                {
                    skipped.Add(new($"{entryPath}: skipped: a symbolic link to nothing ({entry.LinkTarget})", $"{entryPath}：已跳过：指向不存在目标的符号链接（{entry.LinkTarget}）"));
                }
                else
                {
                    files.Add(new Candidate(entryPath, FileKinds.RealPath(entryPath) ?? entryPath, ViaLink: true, files.Count));
                }
            }
        }
    }

    /// <summary>Whether <paramref name="folder"/> is <paramref name="path"/> or one of the folders it lies in (both real paths).</summary>
    private static bool Contains(string folder, string path)
    {
        var comparison = PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(trimmed, comparison)
            || (path.StartsWith(trimmed, comparison) && (path[trimmed.Length] == Path.DirectorySeparatorChar || trimmed.Length == Path.GetPathRoot(trimmed)?.Length));
    }

    private sealed record Candidate(string Path, string Real, bool ViaLink, int Order);
}
