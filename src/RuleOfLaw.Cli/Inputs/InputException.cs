using System;
using RuleOfLaw.Domain;

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

    public InputException(string message, string chineseMessage, Exception? innerException = null)
        : base(message, innerException)
    {
        ChineseMessage = chineseMessage;
    }

    public InputException()
    {
    }

    /// <summary>Gets the message in Chinese, or null when it has English wording only.</summary>
    public string? ChineseMessage { get; }

    /// <summary>Gets the message in a language: the Chinese one when asked for and given, else the English one.</summary>
    public string GetMessage(MessageLanguage language) =>
        language == MessageLanguage.Chinese && ChineseMessage is { } chinese ? chinese : Message;
}
