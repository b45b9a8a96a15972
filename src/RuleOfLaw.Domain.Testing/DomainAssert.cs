using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Testing;

/// <summary>
/// Assertions on validation results and reports that work in any test framework: a failure throws
/// <see cref="DomainAssertionException"/> with a message naming what was expected and what was found.
/// </summary>
public static class DomainAssert
{
    private const int MaxDepth = 32;

    /// <summary>Asserts that a result has at least one finding with a code, and, when <paramref name="path"/> is given, at that path.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="code">The code, e.g. <see cref="ValidationCodes.PublishedLate"/>.</param>
    /// <param name="path">The path the finding must have, or <see langword="null"/> for any path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in <see cref="ValidationCodes.All"/> (a misspelt code would never be found).</exception>
    /// <exception cref="DomainAssertionException">No such finding; the message lists the findings there are.</exception>
    public static void HasFinding(ValidationResult result, string code, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        KnownCode(code);
        if (path is null ? result.Has(code) : result.Has(code, path))
        {
            return;
        }

        throw new DomainAssertionException(string.Create(CultureInfo.InvariantCulture, $"expected a finding {Describe(code, path)} but found {List(result)}"));
    }

    /// <summary>Asserts that a result has no finding with a code, and, when <paramref name="path"/> is given, none at that path.</summary>
    /// <param name="result">The validation result.</param>
    /// <param name="code">The code.</param>
    /// <param name="path">The path, or <see langword="null"/> for any path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in <see cref="ValidationCodes.All"/> (a misspelt code would always pass).</exception>
    /// <exception cref="DomainAssertionException">There is such a finding; the message lists the findings there are.</exception>
    public static void LacksFinding(ValidationResult result, string code, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        KnownCode(code);
        if (!(path is null ? result.Has(code) : result.Has(code, path)))
        {
            return;
        }

        throw new DomainAssertionException(string.Create(CultureInfo.InvariantCulture, $"expected no finding {Describe(code, path)} but found {List(result)}"));
    }

    /// <summary>Asserts that a result has no error (warnings and notes are allowed), whether it is of a report, a framework or case records.</summary>
    /// <param name="result">The validation result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="DomainAssertionException">
    /// The result has an error; the message lists every finding with its severity, code and path, e.g.
    /// <c>expected no error but found Error ROL0002 at Publication.PublishedAt</c>.
    /// </exception>
    public static void IsValid(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            var findings = string.Join("; ", result.Issues.Select(issue => issue.Severity + " " + issue.Code + " at " + issue.Path));
            throw new DomainAssertionException("expected no error but found " + findings);
        }
    }

    /// <summary>Asserts that two reports are equal; when they are not, the message names the first differing member path.</summary>
    /// <param name="expected">The expected report.</param>
    /// <param name="actual">The actual report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> or <paramref name="actual"/> is null.</exception>
    /// <exception cref="DomainAssertionException">The reports differ, e.g. <c>Sections[1].Children[0].Heading: expected "…" but was "…"</c>.</exception>
    public static void Equal(AnnualReport expected, AnnualReport actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Equals(actual))
        {
            return;
        }

        throw new DomainAssertionException(FirstDifference(expected, actual) ?? "expected equal reports but they differ in no public member");
    }

    /// <summary>Finds the first public member path at which two values differ, walking public instance properties and sequences.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <returns>A line such as <c>Sections[1].Heading: expected "a" but was "b"</c>, or <see langword="null"/> when no member differs.</returns>
    /// <remarks>Strings, numbers, enums and types outside this library (NodaTime values, URIs) are compared with <see cref="object.Equals(object?)"/>; everything else member by member.</remarks>
    public static string? FirstDifference(object? expected, object? actual) => Diff(expected, actual, string.Empty, 0);

    private static string? Diff(object? expected, object? actual, string path, int depth)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : Mismatch(path, expected, actual);
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return Mismatch(path, expected, actual);
        }

        if (IsLeaf(type) || depth > MaxDepth)
        {
            return Equals(expected, actual) ? null : Mismatch(path, expected, actual);
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
            {
                var difference = Diff(left[i], right[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), depth + 1);
                if (difference is not null)
                {
                    return difference;
                }
            }

            return left.Count == right.Count
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{Name(path)}: expected {left.Count} items but was {right.Count}");
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var member = path.Length == 0 ? property.Name : path + "." + property.Name;
            var difference = Diff(property.GetValue(expected), property.GetValue(actual), member, depth + 1);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type.Namespace is null || !type.Namespace.StartsWith("RuleOfLaw.Domain", StringComparison.Ordinal) && !IsSequence(type);

    private static bool IsSequence(Type type) => typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string);

    private static string Mismatch(string path, object? expected, object? actual) =>
        string.Create(CultureInfo.InvariantCulture, $"{Name(path)}: expected {Show(expected)} but was {Show(actual)}");

    private static string Name(string path) => path.Length == 0 ? "(root)" : path;

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => "\"" + text + "\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static void KnownCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!ValidationCodes.TryDescribe(code, out _))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"code (\"{code}\") must be a validation code from {ValidationCodes.All[0].Code} to {ValidationCodes.All[^1].Code}"), nameof(code));
        }
    }

    private static string Describe(string code, string? path) => path is null ? code : code + " at " + path;

    private static string List(ValidationResult result) =>
        result.Issues.IsEmpty ? "no findings" : string.Join("; ", result.Issues.Select(issue => issue.Code + " at " + issue.Path));
}
