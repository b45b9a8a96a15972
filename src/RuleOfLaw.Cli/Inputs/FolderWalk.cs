using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>The files a command's PATH arguments name, and what the walk of their folders skipped.</summary>
/// <param name="Files">The inputs in order: the paths given, each folder's report files sorted ordinally; each file once.</param>
/// <param name="Skipped">One line per link or file skipped, naming it and why (a folder already walked, the same file as another).</param>
internal sealed record InputExpansion(IReadOnlyList<string> Files, IReadOnlyList<string> Skipped);

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
        var skipped = new List<string>();
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
                throw new InputException($"{path}: no such file or folder");
            }

            if (kind != FileKind.Folder)
            {
                // A FIFO or device given by name is listed: reading it refuses it with its own line.
                files.Add(new Candidate(path, FileKinds.RealPath(path) ?? path, ViaLink: false, Order: files.Count));
                continue;
            }

            if (FileKinds.RealPath(path) is not { } real)
            {
                skipped.Add($"{path}: skipped: a chain of symbolic links that does not end");
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
                skipped.Add($"{path}: skipped: the folder {real} is already walked");
            }

            while (links.TryDequeue(out var link))
            {
                if (walked.Add(link.Real))
                {
                    Walk(link.Path, link.Real, viaLink: true, link.Depth, isReportFile, walked, folderFiles, links, skipped);
                }
                else
                {
                    skipped.Add($"{link.Path}: skipped: a symbolic link to {link.Real}, a folder already walked");
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
                skipped.Add($"{file.Path}: skipped: the same file as {winner.Path}");
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
        List<string> skipped)
    {
        if (depth > MaxDepth)
        {
            skipped.Add($"{path}: skipped: nested deeper than {MaxDepth} folders");
            return;
        }

        IEnumerable<FileSystemInfo> entries;
        try
        {
            entries = new DirectoryInfo(path).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add($"{path}: skipped: cannot list the folder: {e.Message}");
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
                        skipped.Add($"{entryPath}: skipped: the folder {entryReal} is already walked");
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
                        skipped.Add($"{entryPath}: skipped: a symbolic link to {target}, a folder that contains it (a loop)");
                    }
                    else
                    {
                        links.Enqueue((entryPath, target, depth + 1));
                    }
                }
                else
                {
                    skipped.Add($"{entryPath}: skipped: a chain of symbolic links that does not end");
                }
            }
            else if (isReportFile(entryPath))
            {
                if (kind == FileKind.Missing)
                {
                    skipped.Add($"{entryPath}: skipped: a symbolic link to nothing ({entry.LinkTarget})");
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
