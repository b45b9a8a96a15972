using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using RuleOfLaw.Domain.Measures;

namespace RuleOfLaw.Domain.Text;

/// <summary>A column of a table read as a total and its parts: the cell of the 合计 (or a 小计) row and the cells of the rows it sums.</summary>
/// <param name="Total">The total's cell.</param>
/// <param name="Parts">The parts' cells, row by row (group by group in a wrapped table; the 小计 cells for a 合计 over subtotals).</param>
internal sealed record TableBreakdown(QuantityMatch Total, ImmutableArray<QuantityMatch> Parts);

/// <summary>What the tables of a text add: the quantities of their cells that no scanner read, and the columns read as totals with their parts.</summary>
/// <param name="Cells">The new quantities, in order of position.</param>
/// <param name="Breakdowns">The columns read, in order of position.</param>
internal sealed record TableScan(ImmutableArray<QuantityMatch> Cells, ImmutableArray<TableBreakdown> Breakdowns);

/// <summary>
/// Reads the columns of plain-text tables whose rows hold a 合计 (总计, 共计) row as totals with their parts (合计与分项), as
/// the document loaders emit tables: cells separated by <c>|</c> (a web page's or a Word table's rows, a Markdown pipe
/// table), by tabs, or by runs of two or more spaces (a PDF's text layer).
/// </summary>
/// <remarks>
/// <para>
/// A table is a run of consecutive lines of one kind with two cells or more each. It is read only when its shape leaves no
/// doubt: exactly one total row (合计, 总计, 共计), first after the headings or last; no row labelled 其中 (sub-items of the
/// row above); every other row with as many cells as the headings (the total row too, unless the table is wrapped).
/// Subtotal rows (小计, in the total's label column) close groups of rows: each 小计 is read as the total of the rows since
/// the one before it, and the 合计, which must then be the last row, as the total of the 小计 rows and of any rows after the
/// last of them; a 小计 that closes no row, or 小计 rows in a wrapped table, leave a doubt. A wrapped table repeats its group of headings across the line (省份 | 数量 | 省份 | 数量),
/// its rows continue in the next group, and its total row fills the first group only: each column of the group is then one
/// column of all groups. Heading rows are the leading rows with no number (the first may hold years only), and a row
/// that repeats them is skipped.
/// </para>
/// <para>
/// A column right of the total's label is read when its total cell and every other cell hold one number, its heading
/// names no rate, average, change, rank or serial number (率, 平均, 同比, 增, 降, 排名, 序号 …), and its cells agree in unit: the
/// unit of the quantities already read there (12件), else the one its heading states in parentheses (<c>金额（万元）</c>,
/// <c>占比(%)</c>), else the table caption's (<c>单位：件</c>), else the heading itself (数量), which then stands for what is
/// counted. A percentage column is read only when its total is 100. Parts of a table are all of its total
/// (<see cref="BreakdownCompleteness.Exhaustive"/>).
/// </para>
/// <para>The scan is linear in the text: each line is split once and each table's cells are looked at a bounded number of times.</para>
/// </remarks>
internal static class TableScanner
{
    /// <summary>The longest number a cell is read as: more digits are an identifier, not a count.</summary>
    private const int MaxDigits = 18;

    /// <summary>The longest unit taken from a heading's parentheses or a caption.</summary>
    private const int MaxUnitLength = 4;

    /// <summary>How many lines before a table its caption (单位：件) is looked for.</summary>
    private const int CaptionLines = 2;

    /// <summary>The characters a table's line must hold: a separator, or a blank that may start a run of them.</summary>
    private static readonly SearchValues<char> SeparatorChars = SearchValues.Create("|\t \u3000");

    private static readonly string[] TotalLabels = ["合计", "总计", "共计", "总数"];

    private static readonly string[] SubtotalLabels = ["小计"];

    private static readonly string[] SubItemLabels = ["其中"];

    /// <summary>Words of a heading whose column is no sum of its rows: rates, averages, changes, ranks, serial numbers.</summary>
    private static readonly string[] NotAddableHeadings =
        ["率", "平均", "均值", "人均", "同比", "环比", "增", "降", "减少", "变化", "幅度", "比上年", "较上年", "排名", "名次", "位次", "序号", "编号"];

    private enum Separator
    {
        None,
        Pipe,
        Tab,
        Spaces,
    }

    /// <summary>Reads the tables of a text; <paramref name="quantities"/> are the quantities already found, in order.</summary>
    /// <remarks>
    /// Lines are looked at one by one and only a line with a separator is split: a line of running text costs one vectorised
    /// search and allocates nothing. A run of such lines of one kind with two cells or more each is a table when it has three.
    /// </remarks>
    public static TableScan Scan(string text, ImmutableArray<QuantityMatch> quantities)
    {
        List<QuantityMatch>? cells = null;
        List<TableBreakdown>? breakdowns = null;
        List<Line>? run = null;
        List<SourceSpan>? scratch = null;
        CellStore? store = null;
        var start = 0;
        while (start <= text.Length)
        {
            var rest = text.AsSpan(start).IndexOfAny(TextChars.LineBreaks);
            var end = rest < 0 ? text.Length : start + rest;
            var kind = KindOf(text.AsSpan(start, end - start));
            var divider = false;
            var isRow = kind != Separator.None && Split(text, start, end, kind, scratch ??= [], out divider);
            if (run is { Count: > 0 } && (!isRow || kind != run[0].Kind))
            {
                // The run is read before its cells' storage is used again.
                ReadRun(text, quantities, run, ref cells, ref breakdowns);
                store!.Clear();
            }

            if (isRow)
            {
                (run ??= []).Add(new Line(start, end, kind, (store ??= new()).Keep(scratch!), divider));
            }

            if (end >= text.Length)
            {
                break;
            }

            start = end + 1;
        }

        if (run is { Count: > 0 })
        {
            ReadRun(text, quantities, run, ref cells, ref breakdowns);
        }

        if (cells is null || breakdowns is null)
        {
            return new TableScan([], []);
        }

        cells.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new TableScan([.. cells], [.. breakdowns]);
    }

    /// <summary>Reads a run of lines of one kind as a table when it has three lines or more, and empties it.</summary>
    private static void ReadRun(string text, ImmutableArray<QuantityMatch> quantities, List<Line> run, ref List<QuantityMatch>? cells, ref List<TableBreakdown>? breakdowns)
    {
        if (run.Count >= 3)
        {
            ReadTable(text, quantities, run, cells ??= [], breakdowns ??= []);
        }

        run.Clear();
    }

    /// <summary>The quantities with the table cells added, in order, and the unclassified numbers less those the cells now hold.</summary>
    public static QuantityScan WithCells(QuantityScan scan, ImmutableArray<QuantityMatch> cells)
    {
        if (cells.IsEmpty)
        {
            return scan;
        }

        // Both runs are in order of position and no cell starts where a quantity does: one merge into an array of their number.
        var (quantities, merged) = (scan.Quantities, new QuantityMatch[scan.Quantities.Length + cells.Length]);
        for (int i = 0, j = 0, k = 0; k < merged.Length; k++)
        {
            merged[k] = j >= cells.Length || (i < quantities.Length && quantities[i].Start < cells[j].Start) ? quantities[i++] : cells[j++];
        }

        var held = new HashSet<int>();
        foreach (var cell in cells)
        {
            held.Add(cell.Number.Start);
        }

        var unclassified = ImmutableArray.CreateBuilder<SourceSpan>(scan.Unclassified.Length);
        foreach (var span in scan.Unclassified)
        {
            if (!held.Contains(span.Start))
            {
                unclassified.Add(span);
            }
        }

        return scan with { Quantities = ImmutableCollectionsMarshal.AsImmutableArray(merged), Unclassified = unclassified.DrainToImmutable() };
    }

    private static void ReadTable(string text, ImmutableArray<QuantityMatch> quantities, List<Line> lines, List<QuantityMatch> cells, List<TableBreakdown> breakdowns)
    {
        var rows = new List<Line>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].IsDivider)
            {
                rows.Add(lines[i]);
            }
        }

        var headings = 0;
        while (headings < rows.Count && IsHeadingRow(text, quantities, rows[headings], yearsAllowed: headings == 0))
        {
            headings++;
        }

        int? totalRow = null;
        var label = -1;
        List<(int Row, int Column)>? subtotals = null;
        for (var r = headings; r < rows.Count; r++)
        {
            var row = rows[r];
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cellText = CellText(text, row.Cells[c]);
                if (StartsWithOneOf(cellText, SubItemLabels))
                {
                    return;
                }

                if (IsOneOf(cellText, SubtotalLabels))
                {
                    (subtotals ??= []).Add((r, c));
                    continue;
                }

                if (IsOneOf(cellText, TotalLabels))
                {
                    if (totalRow is not null)
                    {
                        return;
                    }

                    (totalRow, label) = (r, c);
                }
            }
        }

        if (totalRow is not { } total || (total != headings && total != rows.Count - 1))
        {
            return;
        }

        var width = headings > 0 ? rows[headings - 1].Cells.Count : rows[total].Cells.Count;
        var group = headings > 0 ? GroupWidth(text, rows[headings - 1]) : width;
        var wrapped = group < width;
        if (label >= group || !TotalRowFits(text, rows[total].Cells, width, group, wrapped))
        {
            return;
        }

        if (subtotals is not null && (wrapped || total != rows.Count - 1 || subtotals.Exists(s => s.Column != label)))
        {
            return;
        }

        var data = new List<Line>();
        var groups = new List<(int Total, int From, int To)>();
        var groupStart = 0;
        for (var r = headings; r < rows.Count; r++)
        {
            if (r == total || (headings > 0 && SameCells(text, rows[r], rows[headings - 1])))
            {
                continue;
            }

            if (rows[r].Cells.Count != width)
            {
                return;
            }

            if (subtotals is not null && subtotals.Exists(s => s.Row == r))
            {
                // A 小计 closes the rows since the one before it; one that closes none leaves a doubt.
                if (groupStart == data.Count)
                {
                    return;
                }

                groups.Add((data.Count, groupStart, data.Count));
                groupStart = data.Count + 1;
            }

            data.Add(rows[r]);
        }

        if (data.Count * (width / group) < 2)
        {
            return;
        }

        var caption = CaptionUnit(text, lines[0].Start);
        for (var c = label + 1; c < group; c++)
        {
            ReadColumn(text, quantities, rows, headings, rows[total], data, groups, c, label, group, width, caption, cells, breakdowns);
        }
    }

    private static void ReadColumn(
        string text,
        ImmutableArray<QuantityMatch> quantities,
        List<Line> rows,
        int headings,
        Line totalRow,
        List<Line> data,
        List<(int Total, int From, int To)> subtotals,
        int column,
        int label,
        int group,
        int width,
        Unit? caption,
        List<QuantityMatch> cells,
        List<TableBreakdown> breakdowns)
    {
        var heading = Heading(text, rows, headings, column);
        if (heading is not null && ContainsOneOf(heading, NotAddableHeadings))
        {
            return;
        }

        var spans = new List<SourceSpan> { totalRow.Cells[column] };
        for (var g = 0; g < width; g += group)
        {
            foreach (var row in data)
            {
                var cell = row.Cells[g + column];
                if (group < width && cell.IsEmpty && row.Cells[g + label].IsEmpty)
                {
                    // The last rows of a wrapped table's last group may be empty.
                    continue;
                }

                spans.Add(cell);
            }
        }

        if (spans.Count < 3)
        {
            return;
        }

        var unit = HeadingUnit(heading) ?? caption;
        var read = new QuantityMatch[spans.Count];
        var made = new bool[spans.Count];
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var k = TextSpans.LowerBound(quantities, span.Start, static q => q.Start);
            if (k < quantities.Length && quantities[k].Start < span.End)
            {
                if (quantities[k].Start != span.Start || quantities[k].End != span.End || !IsAddable(quantities[k]))
                {
                    return;
                }

                read[i] = quantities[k];
                continue;
            }

            if (k > 0 && quantities[k - 1].End > span.Start)
            {
                return;
            }

            if (Cell(text, span, unit, heading) is not { } cell)
            {
                return;
            }

            read[i] = cell;
            made[i] = true;
        }

        for (var i = 1; i < read.Length; i++)
        {
            if (read[i].Unit != read[0].Unit || read[i].Kind != read[0].Kind)
            {
                return;
            }
        }

        if (read[0].Kind == QuantityKind.Percent && read[0].ScaledValue != 100m)
        {
            return;
        }

        for (var i = 0; i < read.Length; i++)
        {
            if (made[i])
            {
                cells.Add(read[i]);
            }
        }

        if (subtotals.Count == 0)
        {
            breakdowns.Add(new TableBreakdown(read[0], [.. read.AsSpan(1)]));
            return;
        }

        // The 合计 sums the 小计 rows and the rows after the last of them; each 小计 the rows of its group (read[i + 1] is data[i]).
        var whole = ImmutableArray.CreateBuilder<QuantityMatch>();
        var next = 0;
        foreach (var (subtotal, from, to) in subtotals)
        {
            whole.Add(read[subtotal + 1]);
            if (to - from >= 2)
            {
                breakdowns.Add(new TableBreakdown(read[subtotal + 1], [.. read.AsSpan(from + 1, to - from)]));
            }

            next = subtotal + 1;
        }

        for (var i = next; i < data.Count; i++)
        {
            whole.Add(read[i + 1]);
        }

        if (whole.Count >= 2)
        {
            breakdowns.Add(new TableBreakdown(read[0], whole.ToImmutable()));
        }
    }

    /// <summary>A level a table column may add: a count, a sum of money or a percentage, with no change.</summary>
    private static bool IsAddable(QuantityMatch q) =>
        q.Role is QuantityRole.Level or QuantityRole.Share && q.Change is null && q.Kind is QuantityKind.Count or QuantityKind.Money or QuantityKind.Percent;

    /// <summary>A cell that holds one number (digits, thousands separators, a decimal part, a % sign), as a quantity of the column's unit.</summary>
    private static QuantityMatch? Cell(string text, SourceSpan span, Unit? unit, string? heading)
    {
        if (span.IsEmpty)
        {
            return null;
        }

        var end = span.End;
        var percent = text[end - 1] is '%' or '％';
        var numberEnd = percent ? end - 1 : end;
        if (ParseNumber(text, span.Start, numberEnd) is not { } number)
        {
            return null;
        }

        Unit? own = percent ? new Unit("%", ScaleWord.None, QuantityKind.Percent) : null;
        if (own is not null && unit is not null && unit != own)
        {
            return null;
        }

        var chosen = own ?? unit ?? (heading is { Length: > 0 } ? new Unit(heading, ScaleWord.None, QuantityKind.Count) : (Unit?)null);
        if (chosen is not { } u)
        {
            return null;
        }

        return new QuantityMatch(span.Start, span.Length, text.Substring(span.Start, span.Length), number.Value, number.Decimals, u.Scale, u.Name, QuantityQualifier.Exact, u.Kind, SourceSpan.FromBounds(span.Start, numberEnd));
    }

    /// <summary>Digits with optional thousands separators (1,234) and decimal part, nothing else.</summary>
    private static (decimal Value, int Decimals)? ParseNumber(string text, int start, int end)
    {
        // The digits and the decimal point are counted as written (at most MaxDigits of them), so the value fits a long.
        var written = 0;
        var mantissa = 0L;
        var decimals = -1;
        var sinceGroup = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (++written > MaxDigits)
                {
                    return null;
                }

                mantissa = (mantissa * 10) + (c - '0');
                decimals = decimals >= 0 ? decimals + 1 : -1;
                sinceGroup = sinceGroup >= 0 ? sinceGroup + 1 : -1;
            }
            else if (c == ',' && decimals < 0 && written > 0 && (sinceGroup < 0 ? written <= 3 : sinceGroup == 3))
            {
                sinceGroup = 0;
            }
            else if (c == '.' && decimals < 0 && written > 0 && (sinceGroup < 0 || sinceGroup == 3))
            {
                if (++written > MaxDigits)
                {
                    return null;
                }

                decimals = 0;
                sinceGroup = -1;
            }
            else
            {
                return null;
            }
        }

        if (written == 0 || decimals == 0 || (sinceGroup >= 0 && sinceGroup != 3))
        {
            return null;
        }

        var scale = Math.Max(0, decimals);
        return (new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)scale), scale);
    }

    /// <summary>The unit a heading states in closing parentheses: 件 of <c>受理数（件）</c>, 元 in 万 of <c>金额(万元)</c>, % of <c>占比(%)</c>.</summary>
    private static Unit? HeadingUnit(string? heading)
    {
        if (heading is not { Length: > 2 } || heading[^1] is not (')' or '）'))
        {
            return null;
        }

        var open = heading.LastIndexOfAny(['(', '（']);
        return open < 0 ? null : UnitOf(heading.AsSpan(open + 1, heading.Length - open - 2));
    }

    /// <summary>The unit a caption line before the table states (<c>（单位：件）</c>, <c>单位:万元</c>), in the lines just above it.</summary>
    private static Unit? CaptionUnit(string text, int tableStart)
    {
        // The line before the one starting at tableStart ends at the line break just before it.
        for (int i = 0, end = tableStart - 1; i < CaptionLines && end >= 0; i++)
        {
            var start = text.AsSpan(0, end).LastIndexOfAny(TextChars.LineBreaks) + 1;
            var line = text.AsSpan(start, end - start);
            end = start - 1;
            var at = line.IndexOf("单位", StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = line[(at + 2)..].TrimStart();
            if (rest.Length == 0 || rest[0] is not (':' or '：'))
            {
                continue;
            }

            rest = rest[1..].Trim();
            var close = rest.IndexOfAny(')', '）');
            return UnitOf(close >= 0 ? rest[..close] : rest);
        }

        return null;
    }

    /// <summary>A unit as written: an optional 万 or 亿, then one to four letters or a % sign; kind money for …元, percent for %.</summary>
    private static Unit? UnitOf(ReadOnlySpan<char> written)
    {
        written = written.Trim();
        if (written.StartsWith("单位", StringComparison.Ordinal))
        {
            written = written[2..].TrimStart(":： ");
        }

        if (written is "%" or "％")
        {
            return new Unit("%", ScaleWord.None, QuantityKind.Percent);
        }

        var scale = ScaleWord.None;
        if (written.Length >= 2 && written[0] is '万' or '亿')
        {
            scale = written[0] == '万' ? ScaleWord.TenThousand : ScaleWord.HundredMillion;
            written = written[1..];
        }

        if (written.Length is 0 or > MaxUnitLength)
        {
            return null;
        }

        foreach (var c in written)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return null;
            }
        }

        var name = written.ToString();
        return new Unit(name, scale, name.EndsWith('元') ? QuantityKind.Money : QuantityKind.Count);
    }

    /// <summary>A column's heading: its lowest non-empty heading cell, blanks removed; null without headings.</summary>
    private static string? Heading(string text, List<Line> rows, int headings, int column)
    {
        for (var r = headings - 1; r >= 0; r--)
        {
            if (column < rows[r].Cells.Count && Compact(text, rows[r].Cells[column]) is { Length: > 0 } heading)
            {
                return heading;
            }
        }

        return null;
    }

    /// <summary>Whether a row is a heading row: no cell holds a number or a quantity, or, in the first row, those that do hold years (2022 | 2023).</summary>
    private static bool IsHeadingRow(string text, ImmutableArray<QuantityMatch> quantities, Line row, bool yearsAllowed)
    {
        foreach (var cell in row.Cells)
        {
            var k = TextSpans.LowerBound(quantities, cell.Start, static q => q.Start);
            if (!cell.IsEmpty && k < quantities.Length && quantities[k].Start == cell.Start && quantities[k].End <= cell.End)
            {
                return false;
            }

            var end = cell.End > cell.Start && text[cell.End - 1] is '%' or '％' ? cell.End - 1 : cell.End;
            if (ParseNumber(text, cell.Start, end) is { } number && !(yearsAllowed && cell.Length == 4 && number.Value is >= 1900m and <= 2100m))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The width of the group of headings a row repeats across the line (2 for 省份 | 数量 | 省份 | 数量), or the row's width.</summary>
    private static int GroupWidth(string text, Line headings)
    {
        var width = headings.Cells.Count;
        for (var g = 2; g <= width / 2; g++)
        {
            if (width % g != 0)
            {
                continue;
            }

            var repeats = true;
            for (var i = g; i < width && repeats; i++)
            {
                repeats = SameCompact(CellText(text, headings.Cells[i]), CellText(text, headings.Cells[i % g]), prefix: false);
            }

            if (repeats && !CellText(text, headings.Cells[0]).IsWhiteSpace())
            {
                return g;
            }
        }

        return width;
    }

    /// <summary>Whether the total row has the table's width, or, in a wrapped table, no more cells and none filled beyond the first group.</summary>
    private static bool TotalRowFits(string text, ArraySegment<SourceSpan> cells, int width, int group, bool wrapped)
    {
        if (!wrapped)
        {
            return cells.Count == width;
        }

        if (cells.Count > width)
        {
            return false;
        }

        for (var i = group; i < cells.Count; i++)
        {
            if (!CellText(text, cells[i]).IsWhiteSpace())
            {
                return false;
            }
        }

        return cells.Count >= group;
    }

    private static bool SameCells(string text, Line a, Line b)
    {
        if (a.Cells.Count != b.Cells.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Cells.Count; i++)
        {
            if (!SameCompact(CellText(text, a.Cells[i]), CellText(text, b.Cells[i]), prefix: false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A cell's text without blanks: 合 计 is 合计.</summary>
    private static string Compact(string text, SourceSpan cell)
    {
        var builder = new System.Text.StringBuilder(cell.Length);
        for (var i = cell.Start; i < cell.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private static ReadOnlySpan<char> CellText(string text, SourceSpan cell) => text.AsSpan(cell.Start, cell.Length);

    /// <summary>
    /// Whether the characters of <paramref name="a"/> other than blanks are those of <paramref name="b"/> (or, with
    /// <paramref name="prefix"/>, begin with them): 合 计 is 合计. What <see cref="Compact"/> would give, with no string made.
    /// </summary>
    private static bool SameCompact(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool prefix)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < a.Length && char.IsWhiteSpace(a[i]))
            {
                i++;
            }

            while (j < b.Length && char.IsWhiteSpace(b[j]))
            {
                j++;
            }

            if (j == b.Length)
            {
                return prefix || i == a.Length;
            }

            if (i == a.Length || a[i] != b[j])
            {
                return false;
            }

            (i, j) = (i + 1, j + 1);
        }
    }

    /// <summary>Whether a cell without its blanks is one of the words.</summary>
    private static bool IsOneOf(ReadOnlySpan<char> cell, string[] words)
    {
        foreach (var word in words)
        {
            if (SameCompact(cell, word, prefix: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cell without its blanks begins with one of the words.</summary>
    private static bool StartsWithOneOf(ReadOnlySpan<char> cell, string[] words)
    {
        foreach (var word in words)
        {
            if (SameCompact(cell, word, prefix: true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsOneOf(string value, string[] words)
    {
        foreach (var word in words)
        {
            if (value.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How a line's cells are separated: by <c>|</c>, else by tabs, else by runs of two blanks or an ideographic space; none in running text.</summary>
    private static Separator KindOf(ReadOnlySpan<char> line)
    {
        if (line.IndexOfAny(SeparatorChars) < 0)
        {
            return Separator.None;
        }

        return line.Contains('|') ? Separator.Pipe : line.Contains('\t') ? Separator.Tab : line.IndexOf("  ", StringComparison.Ordinal) >= 0 || line.Contains('\u3000') ? Separator.Spaces : Separator.None;
    }

    /// <summary>
    /// A line's cells (trimmed spans), split into <paramref name="scratch"/>; whether the line can be a table's row: two cells
    /// or more, or a Markdown divider.
    /// </summary>
    private static bool Split(string text, int start, int end, Separator kind, List<SourceSpan> scratch, out bool divider)
    {
        var cells = scratch;
        cells.Clear();
        divider = false;
        if (kind == Separator.Spaces)
        {
            var p = start;
            while (p < end)
            {
                while (p < end && IsBlank(text[p]))
                {
                    p++;
                }

                if (p >= end)
                {
                    break;
                }

                var q = p;
                while (q < end && !(IsBlank(text[q]) && (text[q] == '\u3000' || (q + 1 < end && IsBlank(text[q + 1])))))
                {
                    q++;
                }

                cells.Add(TextSpans.Trim(text, p, q));
                p = q;
            }
        }
        else
        {
            var separator = kind == Separator.Pipe ? '|' : '\t';
            var from = start;
            for (var i = start; i <= end; i++)
            {
                if (i == end || text[i] == separator)
                {
                    cells.Add(TextSpans.Trim(text, from, i));
                    from = i + 1;
                }
            }

            // A leading separator (| a | b |) opens the first cell; a trailing one (a  | b  | ) closes the last.
            if (cells.Count > 1 && cells[^1].IsEmpty)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 1 && cells[0].IsEmpty && text.AsSpan(start, end - start).TrimStart()[0] == separator)
            {
                cells.RemoveAt(0);
            }

            divider = kind == Separator.Pipe && cells.Count > 0;
            for (var i = 0; i < cells.Count && divider; i++)
            {
                divider = IsDividerCell(text, cells[i]);
            }
        }

        return cells.Count >= 2 || divider;
    }

    /// <summary>A Markdown table's divider cell: dashes with optional colons (<c>---</c>, <c>:--:</c>).</summary>
    private static bool IsDividerCell(string text, SourceSpan cell)
    {
        var dashes = 0;
        for (var i = cell.Start; i < cell.End; i++)
        {
            if (text[i] == '-')
            {
                dashes++;
            }
            else if (text[i] != ':')
            {
                return false;
            }
        }

        return dashes > 0;
    }

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\u00A0';

    /// <summary>A column's unit: its name, its scale word and the kind of quantity it makes.</summary>
    private readonly record struct Unit(string Name, ScaleWord Scale, QuantityKind Kind);

    /// <summary>One line: where it is, how its cells are separated, its cells, and whether it is a Markdown divider.</summary>
    private sealed record Line(int Start, int End, Separator Kind, ArraySegment<SourceSpan> Cells, bool IsDivider);

    /// <summary>The cells of the rows of the run being read, side by side in one array used again run after run.</summary>
    private sealed class CellStore
    {
        private SourceSpan[] _items = new SourceSpan[64];
        private int _count;

        /// <summary>A copy of the cells, kept until <see cref="Clear"/>.</summary>
        public ArraySegment<SourceSpan> Keep(List<SourceSpan> cells)
        {
            if (_count + cells.Count > _items.Length)
            {
                // The rows kept so far still hold the old array, with their cells in it.
                (_items, _count) = (new SourceSpan[Math.Max(_items.Length * 2, cells.Count)], 0);
            }

            cells.CopyTo(_items, _count);
            var kept = new ArraySegment<SourceSpan>(_items, _count, cells.Count);
            _count += cells.Count;
            return kept;
        }

        /// <summary>Lets the storage be used again: the rows kept so far are gone.</summary>
        public void Clear() => _count = 0;
    }
}
