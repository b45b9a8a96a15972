using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Conventions;

/// <summary>
/// One catalogue of argument rules: every refusal states a template of <c>Internal.Message</c>. The guard takes its
/// rule only as a catalogue message or a rule filled from one (never as a string), only the catalogue creates the
/// messages and the rules (checked in the compiled IL), and no two messages word the same rule.
/// </summary>
public sealed partial class RuleCatalogueTests
{
    // The string parameters a guard may take: the names it quotes and the value it checks.
    private static readonly ImmutableArray<string> NameParameters = ["parameterName", "maximumName", "value"];

    [Fact]
    public void Guard_TakesItsRulesOnlyFromTheCatalogue()
    {
        Assert.Empty(StringRules(typeof(Guard)));
    }

    [Fact]
    public void Check_FindsAStringRuleInADeliberatelyBadGuard()
    {
        Assert.Equal(["Argument(rule)", "That(template)"], StringRules(typeof(StringRuleGuard)));
    }

    [Fact]
    public void Library_OnlyTheCatalogueCreatesMessagesAndRules()
    {
        var users = Creators(AssemblyReferences.Of(typeof(Rate).Assembly)).Select(reference => reference.User).Distinct().ToImmutableArray();

        // The check sees the catalogue itself, so it looks at the right thing.
        Assert.Equal([typeof(Message).FullName!], users);
    }

    [Fact]
    public void Check_FindsARuleBuiltInADeliberatelyBadType()
    {
        var references = AssemblyReferences.Of(typeof(RuleCatalogueTests).Assembly)
            .Where(reference => reference.User.StartsWith(typeof(InlineRuleOffender).FullName!, StringComparison.Ordinal))
            .ToImmutableArray();

        Assert.Equal([nameof(InlineRuleOffender.Inline)], Creators(references).Select(reference => reference.Site).Distinct());
    }

    [Fact]
    public void Catalogue_WordsEachRuleOnceWithNumberedPlaceholders()
    {
        var messages = Messages();
        Assert.True(messages.Length > 80, "the catalogue should hold every rule of the library");

        var repeated = messages.GroupBy(message => message.Template).Where(group => group.Count() > 1).Select(group => group.Key).ToImmutableArray();
        Assert.True(repeated.IsEmpty, "two messages word the same rule:\n" + string.Join("\n", repeated));

        foreach (var message in messages)
        {
            var numbers = Placeholder().Matches(message.Template).Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order().ToImmutableArray();
            Assert.True(numbers.SequenceEqual(Enumerable.Range(0, numbers.Length)), $"\"{message.Template}\" must number its placeholders 0, 1, … without a gap");

            var values = Enumerable.Range(0, numbers.Length).Select(i => (object?)("v" + i)).ToArray();
            var text = message.Format(values).Text;
            Assert.DoesNotContain('{', text);
            Assert.DoesNotContain('}', text);
        }
    }

    private static ImmutableArray<Message> Messages() =>
        typeof(Message).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(Message))
            .Select(field => (Message)field.GetValue(null)!)
            .ToImmutableArray();

    private static ImmutableArray<string> StringRules(Type guard) =>
        guard.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .SelectMany(method => method.GetParameters()
                .Where(parameter => parameter.ParameterType == typeof(string) && !NameParameters.Contains(parameter.Name!))
                .Select(parameter => $"{method.Name}({parameter.Name})"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();

    private static ImmutableArray<AssemblyReferences.Reference> Creators(ImmutableArray<AssemblyReferences.Reference> references) =>
        references.Where(reference => reference.Member == ".ctor" && reference.Types.Length > 0
            && (reference.Types[0] == typeof(Message).FullName || reference.Types[0] == typeof(Rule).FullName)).ToImmutableArray();

    [GeneratedRegex(@"(?<!\{)\{(\d+)\}")]
    private static partial Regex Placeholder();

    private static class StringRuleGuard
    {
        public static ArgumentException Argument(string rule, string parameterName) => new(rule, parameterName);

        public static void That(bool condition, string parameterName, string template)
        {
            if (!condition)
            {
                throw new ArgumentException(template, parameterName);
            }
        }

        public static void NotNull(object? value, string parameterName) => Guard.NotNull(value, parameterName);
    }

    private static class InlineRuleOffender
    {
        public static Rule Inline() => new("count must be small");

        public static Rule FromTheCatalogue() => Message.MustNotBeNull.Format("count");
    }
}
