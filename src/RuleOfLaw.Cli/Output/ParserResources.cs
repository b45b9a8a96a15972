using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;

namespace RuleOfLaw.Cli.Output;

/// <summary>
/// Lets System.CommandLine's own lines (help headings, an unknown command, a missing argument) come from its zh-Hans
/// resources although the tool runs with invariant globalization. There a culture made by name carries its name upper
/// case (<c>zh-HANS</c>), so the runtime looks for the satellite assembly in a folder <c>zh-HANS</c>, which on a
/// case-sensitive file system is not the <c>zh-Hans</c> the SDK writes; this resolves such a request from that folder.
/// </summary>
internal static class ParserResources
{
    private const string Chinese = "zh-Hans";

    private static int _installed;

    /// <summary>Gets the culture whose resources the parser's lines take for a language, or null when the runtime can make none of that name.</summary>
    public static CultureInfo? CultureFor(Words words)
    {
        if (Interlocked.Exchange(ref _installed, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += ResolveSatellite;
        }

        try
        {
            return CultureInfo.GetCultureInfo(words.IsChinese ? Chinese : "en");
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    private static Assembly? ResolveSatellite(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.Name is not { } assembly || !assembly.EndsWith(".resources", StringComparison.Ordinal)
            || !string.Equals(name.CultureName, Chinese, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = Path.Combine(AppContext.BaseDirectory, Chinese, assembly + ".dll");
        return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }
}
