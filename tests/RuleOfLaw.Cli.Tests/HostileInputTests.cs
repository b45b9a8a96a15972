using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Xunit;

namespace RuleOfLaw.Cli.Tests;

/// <summary>
/// Inputs that are not ordinary report files (#23): link loops, FIFOs and devices, closed or undecodable standard
/// input, unknown options, inputs over the size or time limit. Each ends in one line and an exit code, never a hang.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rol-hostile-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Check_FolderWithLinkLoops_ChecksEachFileOnceAndNamesEachSkippedLink()
    {
        SkipWithoutSymbolicLinks();
        var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        File.WriteAllText(Path.Combine(reports, "a.txt"), CheckCommandTests.SampleText());
        Directory.CreateSymbolicLink(Path.Combine(reports, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(reports, "self"), ".");
        var nested = Directory.CreateDirectory(Path.Combine(reports, "nested")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(nested, "back"), reports);

        var result = CliRunner.Run("check", reports, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var checkedPaths = json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToArray();
        Assert.Equal([Path.Join(reports, "a.txt")], checkedPaths);
        var skipped = SkippedLines(result);
        Assert.Equal(3, skipped.Length);
        Assert.Contains($"rol: {Path.Join(reports, "up")}: skipped: a symbolic link to {_folder}, a folder that contains it (a loop)", skipped);
        Assert.Contains($"rol: {Path.Join(reports, "self")}: skipped: a symbolic link to {reports}, a folder that contains it (a loop)", skipped);
        Assert.Contains($"rol: {Path.Join(nested, "back")}: skipped: a symbolic link to {reports}, a folder that contains it (a loop)", skipped);
    }

    [Fact]
    public void Check_FolderWithALinkToItsOwnFile_ChecksTheFileOnce()
    {
        SkipWithoutSymbolicLinks();
        var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        File.WriteAllText(Path.Combine(reports, "b.txt"), CheckCommandTests.SampleText());
        File.CreateSymbolicLink(Path.Combine(reports, "a-link.txt"), "b.txt");

        var result = CliRunner.Run("check", reports, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var checkedPaths = json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToArray();
        Assert.Equal([Path.Join(reports, "b.txt")], checkedPaths);
        Assert.Equal([$"rol: {Path.Join(reports, "a-link.txt")}: skipped: the same file as {Path.Join(reports, "b.txt")}"], SkippedLines(result));
    }

    [Fact]
    public void Check_FolderWithALinkToAFolderOutsideIt_FollowsTheLink()
    {
        SkipWithoutSymbolicLinks();
        var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        var elsewhere = Directory.CreateDirectory(Path.Combine(_folder, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(reports, "a.txt"), CheckCommandTests.SampleText());
        File.WriteAllText(Path.Combine(elsewhere, "b.txt"), CheckCommandTests.SampleText().Replace("2020", "2019", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(reports, "more"), elsewhere);

        var result = CliRunner.Run("check", reports, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var checkedPaths = json.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("source").GetString()).ToArray();
        Assert.Equal([Path.Join(reports, "a.txt"), Path.Join(reports, "more", "b.txt")], checkedPaths);
        Assert.Empty(SkippedLines(result));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("read")]
    public void Fifo_IsRefusedWithOneLineWithoutOpeningIt(string command)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs in the file system are a Unix thing.");
        var fifo = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // With the reader blocked in open(), the test would hang; the time limit makes that a failure instead.
        var result = CliRunner.Run(command, fifo, "--time-limit", "20");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"rol: {fifo}: a FIFO (named pipe), not a regular file; only regular files are read", result.Error.Trim());
    }

    [Fact]
    public void Check_CharacterDevice_IsRefusedWithOneLine()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "/dev/zero is a Unix device.");

        var result = CliRunner.Run("check", "/dev/zero", "--time-limit", "20");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("rol: /dev/zero: a character device, not a regular file; only regular files are read", result.Error.Trim());
    }

    [Fact]
    public void Check_FifoInAFolder_IsRefusedAndTheOtherFilesChecked()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs in the file system are a Unix thing.");
        var reports = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        File.WriteAllText(Path.Combine(reports, "a.txt"), CheckCommandTests.SampleText());
        var fifo = Path.Combine(reports, "b.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var result = CliRunner.Run("check", reports, "--format", "json", "--time-limit", "20");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var reportsChecked = json.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(2, reportsChecked.Length);
        Assert.Contains("a FIFO (named pipe), not a regular file", reportsChecked[1].GetRawText(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reportsChecked[0].GetProperty("title").GetString())); // a batch names each report by its title
    }

    [Fact]
    public void Check_InvalidUtf8OnStandardInput_IsRefusedLikeTheSameBytesInAFile()
    {
        var bytes = Encoding.UTF8.GetBytes("深圳市坪山区2020年法治政府建设年度报告\n").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var path = Path.Combine(_folder, "bad.txt");
        File.WriteAllBytes(path, bytes);

        var fromFile = CliRunner.Run("check", path);
        var fromStandardInput = CliRunner.RunWithInputBytes(bytes, "check", "-");

        Assert.Equal(ExitCodes.InputError, fromFile.ExitCode);
        Assert.Equal(ExitCodes.InputError, fromStandardInput.ExitCode);
        Assert.Equal(fromFile.Error.Trim()[$"rol: {path}: ".Length..], fromStandardInput.Error.Trim()["rol: -: ".Length..]);
        Assert.Contains("invalid byte at offset", fromStandardInput.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InvalidUtf8JsonOnStandardInput_IsRefusedNamingTheOffset()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"title\": \"").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

        var result = CliRunner.RunWithInputBytes(bytes, "check", "-");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("rol: -: not UTF-8 text (invalid byte at offset 31)", result.Error.Trim());
    }

    [Fact]
    public async System.Threading.Tasks.Task Check_StandardInputClosed_ExitsTwoWithOneLine()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Closing a descriptor with <&- needs a Unix shell.");

        // The real tool in a real process: a test double could not show what the runtime does with a closed descriptor 0.
        var result = await CliRunner.RunProcessAsync(new ProcessStartInfo("/bin/sh", ["-c", "exec \"$0\" check - --time-limit 20 <&-", CliRunner.ToolPath]));

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("rol: " + Inputs.StandardInput.ClosedMessage, result.Error.Trim());
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("read")]
    public void StandardInputThatCannotBeRead_ExitsTwoWithOneLine(string command)
    {
        var result = CliRunner.RunWithInputStream(() => new ThrowingStream(new UnauthorizedAccessException("Access to the path is denied.")), command, "-");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("rol: -: cannot read standard input: Access to the path is denied.", result.Error.Trim());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("read")]
    public void UnknownOption_IsAUsageErrorNotAMissingFile(string command)
    {
        var result = CliRunner.Run(command, "--bogus");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.StartsWith("rol: unknown option '--bogus'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", result.Error, StringComparison.Ordinal);
        Assert.Contains("rol --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileWhoseNameBeginsWithADash_IsReadGivenWithItsFolder()
    {
        var path = Path.Combine(_folder, "--bogus.txt");
        File.WriteAllText(path, CheckCommandTests.SampleText());

        var result = CliRunner.Run("check", path);

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("法治政府建设年度报告", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileOverTheSizeLimit_IsRefusedNamingTheLimitAndTheFlag()
    {
        var path = Path.Combine(_folder, "big.txt");
        File.WriteAllBytes(path, new byte[(1024 * 1024) + 1]);

        var result = CliRunner.Run("check", path, "--size-limit", "1");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal($"rol: {path}: file is 1048577 bytes; the size limit is 1048576 bytes (1 MiB); give --size-limit MIB to read larger inputs", result.Error.Trim());
    }

    [Fact]
    public void Check_TextLongerThanTheSizeLimitAllows_IsRefusedNamingTheFlag()
    {
        // 1 MiB allows 131,072 characters of text: 200,000 characters in 600,000 bytes pass the byte limit, not the text one.
        var path = Path.Combine(_folder, "long.txt");
        File.WriteAllText(path, new string('法', 200_000), new UTF8Encoding(false));

        var result = CliRunner.Run("check", path, "--size-limit", "1");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        var line = Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("131072", line, StringComparison.Ordinal);
        Assert.EndsWith("; give --size-limit MIB to raise the limits", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileAtTheSizeLimit_IsRead()
    {
        var text = CheckCommandTests.SampleText();
        var path = Path.Combine(_folder, "sample.txt");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var size = new FileInfo(path).Length;

        var result = CliRunner.Run("check", path, "--size-limit", "1");

        Assert.True(size < 1024 * 1024);
        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
    }

    [Fact]
    public void Check_StandardInputOverTheSizeLimit_IsRefusedNamingTheLimit()
    {
        var result = CliRunner.RunWithInputBytes(Encoding.UTF8.GetBytes(new string('法', 400_000)), "check", "-", "--size-limit", "1");

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Equal("rol: -: input is more than 1048576 bytes; the size limit is 1048576 bytes (1 MiB); give --size-limit MIB to read larger inputs", result.Error.Trim());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("4096")]
    public void SizeLimitOutOfRange_IsAUsageError(string value)
    {
        var result = CliRunner.Run("check", "--size-limit", value);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("--size-limit", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("read")]
    public void StandardInputThatNeverEnds_IsGivenUpAtTheTimeLimitNamingIt(string command)
    {
        using var release = new ManualResetEventSlim();
        try
        {
            var result = CliRunner.RunWithInputStream(() => new BlockingStream(release), command, "-", "--time-limit", "0.5");

            Assert.Equal(ExitCodes.InputError, result.ExitCode);
            Assert.Equal("rol: -: gave up after 0.5 s (the time limit); give --time-limit SECONDS to allow longer", result.Error.Trim());
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void Check_InputThatEndsWithinTheTimeLimit_IsChecked()
    {
        var result = CliRunner.RunWithInput(CheckCommandTests.SampleText(), "check", "-", "--time-limit", "120");

        Assert.True(result.ExitCode is ExitCodes.Success or ExitCodes.Findings, result.Error);
        Assert.Contains("Findings:", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("NaN")]
    public void TimeLimitOutOfRange_IsAUsageError(string value)
    {
        var result = CliRunner.Run("check", "--time-limit", value);

        Assert.Equal(ExitCodes.InputError, result.ExitCode);
        Assert.Contains("--time-limit", result.Error, StringComparison.Ordinal);
    }

    private static string[] SkippedLines(CliResult result) =>
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains(": skipped: ", StringComparison.Ordinal)).ToArray();

    private static void SkipWithoutSymbolicLinks() =>
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Creating symbolic links on Windows needs developer mode or elevation.");

    /// <summary>A standard input whose every read fails, as a descriptor that was reused for something unreadable.</summary>
    private sealed class ThrowingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw failure;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A standard input that gives a few bytes and then waits (a pipe whose writer never writes or closes) until released.</summary>
    private sealed class BlockingStream(ManualResetEventSlim release) : Stream
    {
        private bool _gaveStart;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!_gaveStart)
            {
                _gaveStart = true;
                return Encoding.UTF8.GetBytes("2020年", 0, 5, buffer, offset);
            }

            release.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
