using System;
using System.Collections;
using System.Globalization;
using System.Text;

namespace RuleOfLaw.Domain.Internal;

/// <summary>
/// Writes the members of a record for its <c>ToString()</c>, as the compiler would, except that a list shows its items
/// (the first three, then how many there are in all) instead of its type's name (<c>ImmutableArray`1[…]</c>).
/// </summary>
internal static class RecordText
{
    private const int ItemsShown = 3;

    /// <summary>Gets <c>TypeName { Name = value, … }</c>, as a record's <c>ToString()</c> reads, for a class that is not a record.</summary>
    public static string Format(string typeName, params (string Name, object? Value)[] members)
    {
        var builder = new StringBuilder(typeName).Append(" { ");
        if (Members(builder, members))
        {
            builder.Append(' ');
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Appends <c>Name = value, …</c> for each member; returns true, as a record's <c>PrintMembers</c> does when it wrote something.</summary>
    public static bool Members(StringBuilder builder, params (string Name, object? Value)[] members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(members[i].Name).Append(" = ");
            Value(builder, members[i].Value);
        }

        return members.Length > 0;
    }

    private static void Value(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                builder.Append(text);
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                List(builder, items);
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static void List(StringBuilder builder, IEnumerable items)
    {
        builder.Append('[');
        var count = 0;
        foreach (var item in items)
        {
            if (count < ItemsShown)
            {
                builder.Append(count == 0 ? " " : ", ");
                Value(builder, item);
            }

            count++;
        }

        if (count > ItemsShown)
        {
            builder.Append(CultureInfo.InvariantCulture, $", … {count} in all");
        }

        builder.Append(count == 0 ? "]" : " ]");
    }
}
