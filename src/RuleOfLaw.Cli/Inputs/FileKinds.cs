using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>What a path names, as far as reading it goes.</summary>
internal enum FileKind
{
    /// <summary>Nothing (or a link to nothing).</summary>
    Missing,

    /// <summary>A regular file: the only kind that is read.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A FIFO (named pipe): opening it for reading waits for a writer.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c>.</summary>
    CharacterDevice,

    /// <summary>A block device.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Any other kind the system reports.</summary>
    Other,
}

/// <summary>
/// The kind of a file (regular, folder, FIFO, device, socket) without opening it, and the real path of a folder
/// (every symbolic link resolved). .NET reports FIFOs and devices as ordinary files, and opening a FIFO blocks, so
/// on Unix the kind comes from <c>stat</c> through the runtime's own native shim.
/// </summary>
internal static class FileKinds
{
    // The runtime's FileStatus (pal_io.h) begins with int32 Flags, int32 Mode on every version; the rest of the
    // struct has grown over releases, so the buffer is generously larger than any of them and only Mode is read.
    private const int StatusBufferBytes = 512;
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;

    /// <summary>Says what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Folder
                : File.Exists(path) ? (File.GetAttributes(path).HasFlag(FileAttributes.Device) ? FileKind.CharacterDevice : FileKind.Regular)
                : FileKind.Missing;
        }

        var buffer = new byte[StatusBufferBytes];
        return NativeMethods.Stat(path, buffer) == 0 ? FromMode(BitConverter.ToInt32(buffer, ModeOffset)) : FileKind.Missing;
    }

    /// <summary>Says what standard input (file descriptor 0) is, or null where that cannot be asked (Windows) or it is not open.</summary>
    public static FileKind? OfStandardInput()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var buffer = new byte[StatusBufferBytes];
        return NativeMethods.FStat(IntPtr.Zero, buffer) == 0 ? FromMode(BitConverter.ToInt32(buffer, ModeOffset)) : null;
    }

    /// <summary>Says what a kind is, in a few words for a message: <c>a FIFO (named pipe)</c>.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "nothing",
        FileKind.Regular => "a regular file",
        FileKind.Folder => "a folder",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    /// <summary>Names a kind of file system entry in Chinese, as <see cref="Describe"/> does in English.</summary>
    public static string DescribeInChinese(FileKind kind) => kind switch
    {
        FileKind.Missing => "不存在的路径",
        FileKind.Regular => "普通文件",
        FileKind.Folder => "文件夹",
        FileKind.Fifo => "命名管道（FIFO）",
        FileKind.CharacterDevice => "字符设备",
        FileKind.BlockDevice => "块设备",
        FileKind.Socket => "套接字",
        _ => "非普通文件",
    };

    /// <summary>
    /// Gets the real path of <paramref name="path"/>: absolute, with every symbolic link on the way resolved and
    /// <c>.</c> and <c>..</c> applied after resolving (as <c>realpath</c> does), or null for a link chain that does not end.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var remaining = new LinkedList<string>(Components(full[root.Length..]));
        var current = root;
        var links = 0;
        while (remaining.First is { } first)
        {
            var part = first.Value;
            remaining.RemoveFirst();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            // 40 is the SYMLOOP_MAX of Linux: a chain longer than that is a loop.
            if (++links > 40)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = target[Path.GetPathRoot(target)!.Length..];
            }

            var parts = Components(target);
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                remaining.AddFirst(parts[i]);
            }
        }

        return current;
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);

    private static FileKind FromMode(int mode) => (mode & TypeMask) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Folder,
        0x1000 => FileKind.Fifo,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        0xC000 => FileKind.Socket,
        _ => FileKind.Other,
    };

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA2101:Specify marshaling for P/Invoke string arguments", Justification = "The path is marshalled as UTF-8 explicitly (LPUTF8Str), as System.Native expects; no character set applies.")]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int FStat(IntPtr fileDescriptor, [Out] byte[] status);
    }
}
