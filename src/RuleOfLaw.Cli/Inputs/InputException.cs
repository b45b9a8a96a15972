using System;

namespace RuleOfLaw.Cli.Inputs;

/// <summary>An input the tool cannot use; its message names the input and what is wrong, in one line.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }
}
