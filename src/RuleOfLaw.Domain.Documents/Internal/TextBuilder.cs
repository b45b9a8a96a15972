using System;
using System.Text;

namespace RuleOfLaw.Domain.Documents.Internal;

/// <summary>
/// Collects the paragraphs a loader finds into report text: each paragraph on one line, an empty line between
/// paragraphs, white space inside a line collapsed, and the whole bounded by <see cref="DocumentLoadOptions.MaxTextLength"/>.
/// </summary>
internal sealed class TextBuilder(DocumentLoadOptions options)
{
    private readonly StringBuilder text = new();

    public int Length => text.Length;

    /// <summary>Adds a paragraph; white space (including no-break and ideographic spaces) at its ends is dropped, runs inside become one space.</summary>
    public void Paragraph(ReadOnlySpan<char> paragraph)
    {
        var line = Clean(paragraph);
        if (line.Length == 0)
        {
            return;
        }

        if (text.Length + line.Length + 2 > options.MaxTextLength)
        {
            throw DocumentLoader.TextTooLong(text.Length + line.Length, options);
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(line);
    }

    /// <summary>Adds text already made of paragraphs, as it is.</summary>
    public void Block(string block)
    {
        if (block.Length == 0)
        {
            return;
        }

        if (text.Length + block.Length + 2 > options.MaxTextLength)
        {
            throw DocumentLoader.TextTooLong(text.Length + block.Length, options);
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(block);
    }

    /// <summary>Collapses white space inside a line and trims it; ideographic spaces inside are kept (they separate names and dates).</summary>
    public static string Clean(ReadOnlySpan<char> paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        var space = false;
        foreach (var c in paragraph)
        {
            if (c is '\u200B' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (c is ' ' or '\t' or '\r' or '\n' or '\f' or '\u00A0')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString().Trim(' ', '\u3000');
    }

    public override string ToString() => text.ToString();
}
