using System;

namespace RuleOfLaw.Domain.Documents;

/// <summary>A file that cannot be read as a report document; <see cref="Exception.Message"/> is one line saying what the file is and what is wrong.</summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class.</summary>
    /// <param name="failure">Why the file was refused.</param>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public DocumentLoadException(DocumentLoadFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    public DocumentLoadException()
        : this(DocumentLoadFailure.Damaged, "the document cannot be read")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    /// <param name="message">One line saying what is wrong.</param>
    public DocumentLoadException(string message)
        : this(DocumentLoadFailure.Damaged, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentLoadException"/> class for a damaged file.</summary>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="innerException">The exception that revealed the problem.</param>
    public DocumentLoadException(string message, Exception innerException)
        : this(DocumentLoadFailure.Damaged, message, innerException)
    {
    }

    /// <summary>Gets why the file was refused.</summary>
    public DocumentLoadFailure Failure { get; }
}
