using System;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>One way of defining a rate's denominator (分母), named so that a report's choice can be recorded where official definitions differ.</summary>
/// <remarks>
/// For example, the reconsideration correction rate is taken over cases concluded by decision or, by some publishers,
/// over all concluded cases. Equality compares the name and both definitions, ordinally; there is no order and no default.
/// </remarks>
public sealed record DenominatorOption
{
    /// <summary>Creates a denominator option.</summary>
    /// <param name="name">A short stable name in lower-case snake case, such as <c>concluded_by_decision</c>.</param>
    /// <param name="chinese">The definition in Chinese.</param>
    /// <param name="english">The definition in English.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not lower-case snake case.</exception>
    public DenominatorOption(string name, string chinese, string english)
    {
        Name = IndicatorCode.TryParse(Guard.NotBlank(name, nameof(name)), out _)
            ? name
            : throw Guard.Format(Message.DenominatorNameSnakeCase.Format(name));
        Chinese = Guard.NotBlank(chinese, nameof(chinese));
        English = Guard.NotBlank(english, nameof(english));
    }

    /// <summary>Gets the option's stable name, such as <c>concluded_by_decision</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the definition in Chinese.</summary>
    public string Chinese { get; }

    /// <summary>Gets the definition in English.</summary>
    public string English { get; }

    /// <summary>Returns the name and the English definition.</summary>
    /// <returns>For example <c>concluded_by_decision: accepted cases concluded by a decision</c>.</returns>
    public override string ToString() => Name + ": " + English;
}
