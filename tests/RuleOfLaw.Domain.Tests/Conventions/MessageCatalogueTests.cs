using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// One message catalogue for findings: a rule or the reader states a finding only through a descriptor of the catalogue
/// (<c>ValidationCodes</c>, <c>ReadDiagnosticCodes</c>), whose template has its English and Chinese wording, never by
/// building a <see cref="ValidationIssue"/> or a <see cref="ReadDiagnostic"/> from a message of its own. Checked in the
/// compiled IL: only the catalogues construct descriptors, only a descriptor's own factories construct findings (and a
/// finding its own copy, as <see cref="ValidationIssue.WithPath"/> at another path, with the message it came with), and
/// the JSON reader, which rebuilds stored findings with the messages the document holds.
/// </summary>
public sealed class MessageCatalogueTests
{
    private static readonly ImmutableArray<string> Builders =
    [
        typeof(ValidationIssue).FullName!,
        typeof(ReadDiagnostic).FullName!,
        typeof(DiagnosticDescriptor).FullName!,
    ];

    private static readonly ImmutableArray<string> Allowed =
    [
        typeof(ValidationCodes).FullName!,
        typeof(ReadDiagnosticCodes).FullName!,
        typeof(DiagnosticDescriptor).FullName!,
        typeof(ReadDiagnostic).FullName!,
        typeof(ValidationIssue).FullName!,
    ];

    [Fact]
    public void Library_BuildsFindingsOnlyFromTheCatalogue()
    {
        var offenders = FindingBuilders(AssemblyReferences.Of(typeof(Rate).Assembly))
            .Where(reference => !IsAllowed(reference.User))
            .ToImmutableArray();

        Assert.True(offenders.IsEmpty, "builds a finding outside the message catalogue; add a descriptor to ValidationCodes or ReadDiagnosticCodes and report through it:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Library_CataloguesConstructTheDescriptors()
    {
        // The check looks at the right thing: with nothing excluded it finds the catalogues and the descriptor's factory.
        var users = FindingBuilders(AssemblyReferences.Of(typeof(Rate).Assembly)).Select(reference => reference.User).ToImmutableArray();

        Assert.Contains(users, user => user.StartsWith(typeof(ValidationCodes).FullName!, StringComparison.Ordinal));
        Assert.Contains(users, user => user.StartsWith(typeof(ReadDiagnosticCodes).FullName!, StringComparison.Ordinal));
        Assert.Contains(users, user => user == typeof(DiagnosticDescriptor).FullName);
    }

    [Fact]
    public void Check_FindsInlineMessagesInADeliberatelyBadType()
    {
        var references = AssemblyReferences.Of(typeof(MessageCatalogueTests).Assembly)
            .Where(reference => reference.User.StartsWith(typeof(InlineMessageOffender).FullName!, StringComparison.Ordinal))
            .ToImmutableArray();

        var offenders = FindingBuilders(references).Where(reference => !IsAllowed(reference.User)).ToImmutableArray();

        Assert.Equal(
            [nameof(InlineMessageOffender.Diagnostic), nameof(InlineMessageOffender.Issue)],
            offenders.Select(reference => reference.Site).Distinct().Order(StringComparer.Ordinal));
        Assert.DoesNotContain(offenders, reference => reference.Site == nameof(InlineMessageOffender.Text));
    }

    private static bool IsAllowed(string user) =>
        AssemblyReferences.NamespaceOf(user) == "RuleOfLaw.Domain.Serialization"
        || Allowed.Any(type => user == type || user.StartsWith(type + "+", StringComparison.Ordinal));

    private static ImmutableArray<AssemblyReferences.Reference> FindingBuilders(ImmutableArray<AssemblyReferences.Reference> references) =>
        references.Where(reference => reference.Member == ".ctor" && reference.Types.Length > 0 && Builders.Contains(reference.Types[0])).ToImmutableArray();

    private static class InlineMessageOffender
    {
        public static ValidationIssue Issue() => new("ROL0001", Severity.Error, "Parts", "a part is missing", ImmutableArray<ValidationValue>.Empty);

        public static ReadDiagnostic Diagnostic() => new("RD0001", "no title found");

        // Text that is not a finding may be written inline.
        public static string Text() => string.Concat("a ", "note");
    }
}
