using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Text.Json;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Testing;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// Reads the portable PDBs the packages ship and fails when a debugger could not show a source document: every document
/// must be embedded or covered by a Source Link mapping to the repository the project names.
/// </summary>
public sealed class SourceLinkTests
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    private const string RepositoryContent = "https://raw.githubusercontent.com/ruleoflaw-domain/RuleOfLaw.Domain/";

    public static TheoryData<string> PackageAssemblies() => new(
        typeof(Rate).Assembly.Location,
        typeof(DomainAssert).Assembly.Location,
        typeof(Documents.ReportDocument).Assembly.Location);

    [Theory]
    [MemberData(nameof(PackageAssemblies))]
    public void Pdb_LinksOrEmbedsEveryDocument(string assemblyPath)
    {
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        Assert.True(File.Exists(pdbPath), $"{pdbPath} does not exist");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdbPath));
        var pdb = provider.GetMetadataReader();

        var mappings = SourceLinkMappings(pdb);
        Assert.True(mappings.Count > 0, $"{Path.GetFileName(pdbPath)} has no Source Link");
        Assert.All(mappings, m => Assert.StartsWith(RepositoryContent, m.Url, StringComparison.Ordinal));

        var unreachable = new List<string>();
        var documents = 0;
        foreach (var handle in pdb.Documents)
        {
            documents++;
            var name = pdb.GetString(pdb.GetDocument(handle).Name);
            var embedded = pdb.GetCustomDebugInformation(handle)
                .Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == EmbeddedSourceKind);
            var linked = mappings.Any(m => name.StartsWith(m.Prefix, StringComparison.Ordinal));
            if (!embedded && !linked)
            {
                unreachable.Add(name);
            }
        }

        Assert.True(documents > 0, $"{Path.GetFileName(pdbPath)} lists no documents");
        Assert.True(unreachable.Count == 0, $"neither embedded nor linked: {string.Join(", ", unreachable)}");
    }

    private static List<(string Prefix, string Url)> SourceLinkMappings(MetadataReader pdb)
    {
        var result = new List<(string, string)>();
        foreach (var handle in pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var info = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(info.Kind) != SourceLinkKind)
            {
                continue;
            }

            using var json = JsonDocument.Parse(pdb.GetBlobBytes(info.Value));
            foreach (var entry in json.RootElement.GetProperty("documents").EnumerateObject())
            {
                // A Source Link pattern ends in one '*' on both sides; the key's prefix is what a document path must start with.
                result.Add((entry.Name.TrimEnd('*'), entry.Value.GetString()!));
            }
        }

        return result;
    }
}
