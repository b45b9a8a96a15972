using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace RuleOfLaw.Cli.Output.Export;

/// <summary>The file formats of <c>rol export</c>.</summary>
internal enum ExportFormat
{
    /// <summary>Apache Parquet, one file per table, each one row group, Snappy-compressed (Parquet.Net).</summary>
    Parquet,

    /// <summary>CSV (RFC 4180): UTF-8 without a byte-order mark, a header row, comma-separated, CRLF line ends, fields quoted when needed; null is an empty field.</summary>
    Csv,
}

/// <summary>Writes exported tables as files: <c>OUT/reports.parquet</c> or <c>OUT/reports.csv</c>, and so on.</summary>
internal static class TableWriters
{
    /// <summary>Writes each table into the folder (created if missing) and returns the files written.</summary>
    public static IReadOnlyList<string> Write(IEnumerable<ExportTable> tables, ExportFormat format, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var table in tables)
        {
            var path = Path.Combine(folder, table.Name + (format == ExportFormat.Parquet ? ".parquet" : ".csv"));
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                if (format == ExportFormat.Parquet)
                {
                    WriteParquetAsync(table, stream).GetAwaiter().GetResult();
                }
                else
                {
                    WriteCsv(table, stream);
                }
            }

            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes a table as CSV: a header row of the column names, then one row per row, invariant culture.</summary>
    public static void WriteCsv(ExportTable table, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(",", table.Columns.Select(c => Quote(c.Name))));
        var line = new StringBuilder();
        for (var row = 0; row < table.RowCount; row++)
        {
            line.Clear();
            for (var c = 0; c < table.Columns.Length; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                line.Append(Quote(Format(table.Columns[c].Values[row])));
            }

            writer.WriteLine(line.ToString());
        }
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static async Task WriteParquetAsync(ExportTable table, Stream stream)
    {
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var values = table.Columns[c].Values;
            var field = fields[c];
            switch (table.Columns[c].Type)
            {
                case ColumnType.Int32:
                    await group.WriteAsync<int>(field, values.Select(v => (int)v!).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.NullableInt32:
                    await group.WriteAsync<int>(field, values.Select(v => (int?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.NullableInt64:
                    await group.WriteAsync<long>(field, values.Select(v => (long?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.NullableDecimal:
                    await group.WriteAsync<decimal>(field, values.Select(v => (decimal?)v).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Boolean:
                    await group.WriteAsync<bool>(field, values.Select(v => (bool)v!).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.String:
                    await group.WriteAsync(field, values.Select(v => (string?)v).ToArray()!).ConfigureAwait(false);
                    break;
                default:
                    throw new InvalidOperationException("no Parquet writer for " + table.Columns[c].Type);
            }
        }
    }

    private static DataField Field(ExportColumn column) => column.Type switch
    {
        ColumnType.Int32 => new DataField<int>(column.Name),
        ColumnType.NullableInt32 => new DataField<int?>(column.Name),
        ColumnType.NullableInt64 => new DataField<long?>(column.Name),
        ColumnType.NullableDecimal => new DecimalDataField(column.Name, 38, 18, isNullable: true),
        ColumnType.Boolean => new DataField<bool>(column.Name),
        ColumnType.String => new DataField<string>(column.Name, nullable: true),
        _ => throw new InvalidOperationException("no Parquet field for " + column.Type),
    };
}
