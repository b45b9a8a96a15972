using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>Guards the conventions of STYLE.md by reflection over every public type of the package.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(Rate).Assembly;

    public static TheoryData<Type> PublicTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Library.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Library_HasPublicTypes()
    {
        Assert.NotEmpty(Library.GetExportedTypes());
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicStruct_IsReadOnly(Type type)
    {
        if (type.IsValueType && !type.IsEnum)
        {
            Assert.True(type.IsDefined(typeof(IsReadOnlyAttribute), false), $"{type.FullName} must be a readonly struct");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicClass_IsSealedOrStatic(Type type)
    {
        if (type.IsClass && !typeof(Delegate).IsAssignableFrom(type))
        {
            Assert.True(type.IsSealed, $"{type.FullName} must be sealed (or static)");
        }
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void Equatable_HasEqualityOperators(Type type)
    {
        var equatable = type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GetGenericArguments()[0] == type);
        if (!equatable)
        {
            return;
        }

        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, new[] { type, type }));
        Assert.NotNull(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, new[] { type, type }));
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicProperty_HasNoPublicSetterOrInit(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ToArray();

        Assert.True(settable.Length == 0, $"{type.FullName} has public setters: {string.Join(", ", settable)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicSignature_UsesNoDateTimeOrDateTimeOffset(Type type)
    {
        var offenders = SignatureTypes(type)
            .Where(pair => Mentions(pair.Type, typeof(DateTime)) || Mentions(pair.Type, typeof(DateTimeOffset)))
            .Select(pair => pair.Member)
            .ToArray();

        Assert.True(offenders.Length == 0, $"{type.FullName} exposes DateTime/DateTimeOffset in: {string.Join(", ", offenders)}");
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsDocumented(Type type)
    {
        var documented = DocumentedMembers.Value;

        Assert.Contains("T:" + type.FullName!.Replace('+', '.'), documented);
    }

    [Fact]
    public void Checks_DetectViolations()
    {
        Assert.True(Mentions(typeof(List<DateTime?>), typeof(DateTime)));
        Assert.False(Mentions(typeof(List<int>), typeof(DateTime)));
        Assert.Contains(SignatureTypes(typeof(Offender)), pair => pair.Type == typeof(DateTimeOffset));
        Assert.False(typeof(Offender).IsDefined(typeof(IsReadOnlyAttribute), false));
    }

    private static readonly Lazy<HashSet<string>> DocumentedMembers = new(() =>
    {
        var path = Path.ChangeExtension(Library.Location, ".xml");
        Assert.True(File.Exists(path), $"XML documentation not found at {path}");
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Element("summary") is { } summary && !string.IsNullOrWhiteSpace(summary.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
    });

    private static IEnumerable<(string Member, Type Type)> SignatureTypes(Type type)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(Flags))
        {
            yield return (property.Name, property.PropertyType);
        }

        foreach (var field in type.GetFields(Flags))
        {
            yield return (field.Name, field.FieldType);
        }

        foreach (var method in type.GetMethods(Flags).Cast<MethodBase>().Concat(type.GetConstructors(Flags)))
        {
            if (method is MethodInfo info)
            {
                yield return (method.Name, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return (method.Name + "(" + parameter.Name + ")", parameter.ParameterType);
            }
        }
    }

    private static bool Mentions(Type candidate, Type forbidden)
    {
        if (candidate == forbidden)
        {
            return true;
        }

        if (candidate.HasElementType)
        {
            return Mentions(candidate.GetElementType()!, forbidden);
        }

        return candidate.IsGenericType && candidate.GetGenericArguments().Any(argument => Mentions(argument, forbidden));
    }

    private struct Offender
    {
        public DateTimeOffset When { get; set; }
    }
}
