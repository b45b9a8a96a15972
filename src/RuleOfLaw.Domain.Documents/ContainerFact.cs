using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>A value the container states about the report (not guessed from its text), with where it states it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed record ContainerFact<T>
    where T : notnull
{
    /// <summary>Initializes a new instance of the <see cref="ContainerFact{T}"/> class.</summary>
    /// <param name="value">The value.</param>
    /// <param name="source">Where the container states it, such as <c>&lt;meta name="ArticleTitle"&gt;</c> or <c>docProps/core.xml dc:title</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is empty or white space.</exception>
    public ContainerFact(T value, string source)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Value = value;
        Source = source;
    }

    /// <summary>Gets the value.</summary>
    public T Value { get; }

    /// <summary>Gets where the container states the value.</summary>
    public string Source { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Value} ({Source})";
}
