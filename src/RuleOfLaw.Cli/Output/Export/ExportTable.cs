using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace RuleOfLaw.Cli.Output.Export;

/// <summary>The type of a column of an exported table, as Parquet stores it and as <c>docs/export.md</c> documents it.</summary>
internal enum ColumnType
{
    /// <summary>A 32-bit integer, never null (INT32).</summary>
    Int32,

    /// <summary>A 32-bit integer or null (INT32, optional).</summary>
    NullableInt32,

    /// <summary>A 64-bit integer or null (INT64, optional).</summary>
    NullableInt64,

    /// <summary>An exact decimal or null (DECIMAL(38,18), optional): quantities and percentages, never rounded to binary.</summary>
    NullableDecimal,

    /// <summary>A UTF-8 string or null (BYTE_ARRAY UTF8, optional).</summary>
    String,

    /// <summary>A boolean, never null (BOOLEAN).</summary>
    Boolean,
}

/// <summary>One column of an exported table: its stable name, its type and its values, one per row.</summary>
/// <param name="Name">The column's snake_case name, stable across versions.</param>
/// <param name="Type">The column's type.</param>
internal sealed record ExportColumn(string Name, ColumnType Type)
{
    /// <summary>Gets the values, one per row; each is null or of the CLR type <see cref="Type"/> names.</summary>
    public List<object?> Values { get; } = [];
}

/// <summary>A flat table the export writes: one file per table, named after it.</summary>
internal sealed class ExportTable
{
    private readonly Dictionary<string, ExportColumn> _byName;

    public ExportTable(string name, params (string Name, ColumnType Type)[] columns)
    {
        Name = name;
        Columns = [.. Array.ConvertAll(columns, c => new ExportColumn(c.Name, c.Type))];
        _byName = new Dictionary<string, ExportColumn>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            _byName.Add(column.Name, column);
        }
    }

    /// <summary>Gets the table's name (<c>reports</c>, <c>quantities</c> …), the stem of its file's name.</summary>
    public string Name { get; }

    /// <summary>Gets the columns, in their stable order.</summary>
    public ImmutableArray<ExportColumn> Columns { get; }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => Columns[0].Values.Count;

    /// <summary>Adds a row: one value per column, in the columns' order, each of the column's type or null.</summary>
    /// <exception cref="ArgumentException">The row has another number of values, or a value of the wrong type (a bug in the caller).</exception>
    public void Add(params object?[] values)
    {
        if (values.Length != Columns.Length)
        {
            throw new ArgumentException($"a row of {Name} has {Columns.Length} values, not {values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!Fits(Columns[i].Type, values[i]))
            {
                throw new ArgumentException($"{Name}.{Columns[i].Name} ({Columns[i].Type}) cannot hold {values[i]?.GetType().Name ?? "null"}", nameof(values));
            }

            Columns[i].Values.Add(values[i]);
        }
    }

    /// <summary>Gets a column by name.</summary>
    public ExportColumn this[string name] => _byName[name];

    private static bool Fits(ColumnType type, object? value) => type switch
    {
        ColumnType.Int32 => value is int,
        ColumnType.NullableInt32 => value is null or int,
        ColumnType.NullableInt64 => value is null or long,
        ColumnType.NullableDecimal => value is null or decimal,
        ColumnType.String => value is null or string,
        ColumnType.Boolean => value is bool,
        _ => false,
    };
}
