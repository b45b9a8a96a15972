using System;

namespace RuleOfLaw.Domain.Testing;

/// <summary>Thrown by <see cref="DomainAssert"/> when an assertion fails; every test framework reports it as a failure.</summary>
public sealed class DomainAssertionException : Exception
{
    /// <summary>Initializes a new instance with no message.</summary>
    public DomainAssertionException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public DomainAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public DomainAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
