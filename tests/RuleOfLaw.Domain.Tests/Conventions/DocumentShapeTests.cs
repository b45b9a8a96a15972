using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// Documents and entities (STYLE.md §2) — every class of the namespaces that hold the report, its parts, the plan, the
/// indicator framework and the case registers — are non-positional sealed records: get-only properties, collections as
/// immutable arrays, and a hand-written <c>Equals</c>/<c>GetHashCode</c> wherever an array is held, because a record
/// compares arrays by reference.
/// </summary>
public sealed class DocumentShapeTests
{
    private static readonly ImmutableArray<string> DocumentNamespaces =
        ["RuleOfLaw.Domain.Cases", "RuleOfLaw.Domain.Indicators", "RuleOfLaw.Domain.Measures", "RuleOfLaw.Domain.Plans", "RuleOfLaw.Domain.Reports"];

    // Computed from a document rather than part of one, and documented as equal by reference.
    private static readonly ImmutableArray<Type> Results = [typeof(RateAssessment)];

    public static TheoryData<Type> Documents() => new(DocumentTypes());

    [Fact]
    public void Documents_CoverTheCaseRegistersAndTheReport()
    {
        var documents = DocumentTypes().ToHashSet();

        Assert.Contains(typeof(CaseRecords), documents);
        Assert.Contains(typeof(EnforcementDisclosure), documents);
        Assert.Contains(typeof(ProcuratorialRecommendation), documents);
        Assert.Contains(typeof(PublicConsultation), documents);
        Assert.Contains(typeof(AnnualReport), documents);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_IsASealedNonPositionalRecordWithGetOnlyArraysComparedBySequence(Type type)
    {
        var problems = Problems(type);

        Assert.True(problems.IsEmpty, $"{type.FullName}: " + string.Join("; ", problems));
    }

    [Fact]
    public void Check_FindsEveryProblemOfDeliberatelyBadDocuments()
    {
        Assert.Equal(["is not a record", "is not sealed"], Problems(typeof(HandEquality)));
        Assert.Equal(["is positional (has Deconstruct)", "Name is settable"], Problems(typeof(Positional)));
        Assert.Equal(["Items is an ImmutableArray but Equals(T) is the compiler's, which compares it by reference", "Items is an ImmutableArray but GetHashCode() is the compiler's"], Problems(typeof(ArrayByReference)));
        Assert.Equal(["Items is System.Collections.Generic.List`1[System.String], not an ImmutableArray"], Problems(typeof(MutableList)));
        Assert.Equal(["Name is settable"], Problems(typeof(InitOnly)));
    }

    [Fact]
    public void Check_AcceptsAWellShapedDocument()
    {
        Assert.Empty(Problems(typeof(WellShaped)));
        Assert.Empty(Problems(typeof(CaseRecords)));
    }

    private static IEnumerable<Type> DocumentTypes() =>
        typeof(Rate).Assembly.GetExportedTypes().Where(IsDocumentCandidate).OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsDocumentCandidate(Type type) =>
        type.IsClass && !(type.IsAbstract && type.IsSealed) && !type.IsNested && DocumentNamespaces.Contains(type.Namespace!) && !Results.Contains(type);

    private static ImmutableArray<string> Problems(Type type)
    {
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var problems = ImmutableArray.CreateBuilder<string>();
        if (type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is null)
        {
            problems.Add("is not a record");
        }

        if (!type.IsSealed)
        {
            problems.Add("is not sealed");
        }

        if (type.GetMethod("Deconstruct", BindingFlags.Public | BindingFlags.Instance) is not null)
        {
            problems.Add("is positional (has Deconstruct)");
        }

        var properties = type.GetProperties(Instance).Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0).ToArray();
        foreach (var property in properties.Where(p => p.SetMethod is not null))
        {
            problems.Add(property.Name + " is settable");
        }

        var arrays = properties.Where(p => IsImmutableArray(p.PropertyType)).Select(p => p.Name).ToArray();
        foreach (var property in properties.Where(p => IsCollection(p.PropertyType) && !IsImmutableArray(p.PropertyType)))
        {
            problems.Add($"{property.Name} is {property.PropertyType}, not an ImmutableArray");
        }

        if (arrays.Length > 0)
        {
            var equals = type.GetMethod("Equals", Instance, [type]);
            if (equals is null || equals.IsDefined(typeof(CompilerGeneratedAttribute)))
            {
                problems.Add($"{arrays[0]} is an ImmutableArray but Equals(T) is the compiler's, which compares it by reference");
            }

            var hash = type.GetMethod("GetHashCode", Instance, Type.EmptyTypes);
            if (hash is null || hash.IsDefined(typeof(CompilerGeneratedAttribute)))
            {
                problems.Add($"{arrays[0]} is an ImmutableArray but GetHashCode() is the compiler's");
            }
        }

        return problems.ToImmutable();
    }

    // A value that happens to be enumerable (a DateInterval enumerates its days) is not a collection the record holds.
    private static bool IsCollection(Type type) =>
        type.IsArray || (typeof(IEnumerable).IsAssignableFrom(type) && (type.Namespace ?? string.Empty).StartsWith("System.Collections", StringComparison.Ordinal));

    private static bool IsImmutableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>);

    // Deliberately badly shaped documents, one problem family each.
#pragma warning disable CA1067, CA1852, CS0659, CS0660, CS0661 // the bad shapes are the point
    private class HandEquality : IEquatable<HandEquality>
    {
        public string Name { get; } = "a";

        public bool Equals(HandEquality? other) => other is not null && Name == other.Name;
    }
#pragma warning restore CA1067, CA1852, CS0659, CS0660, CS0661

    private sealed record Positional(string Name);

    private sealed record ArrayByReference
    {
        public ImmutableArray<string> Items { get; } = [];
    }

    private sealed record MutableList
    {
        public List<string> Items { get; } = [];

        public bool Equals(MutableList? other) => other is not null && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Count;
    }

    private sealed record InitOnly
    {
        public string Name { get; init; } = "a";
    }

    private sealed record WellShaped
    {
        public WellShaped(ImmutableArray<string> items) => Items = items;

        public ImmutableArray<string> Items { get; }

        public int Count => Items.Length;

        public bool Equals(WellShaped? other) => other is not null && Items.SequenceEqual(other.Items);

        public override int GetHashCode() => Items.Length;
    }
}
