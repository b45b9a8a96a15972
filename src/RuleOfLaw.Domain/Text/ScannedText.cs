using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Text;

/// <summary>
/// The reader's first phase, complete and immutable: what the scanners found in one text (header, outline tree with
/// paths, quantities with the section each sits in, rate mentions, parts) and the public <see cref="ReportSyntax"/>
/// made from it. The mappers of the second phase read only this.
/// </summary>
internal sealed class ScannedText
{
    /// <summary>The owner of a quantity in the preamble.</summary>
    public const int PreambleOwner = -1;

    /// <summary>The owner of a quantity in the header lines, before the content.</summary>
    public const int HeaderOwner = -2;

    /// <summary>The owner of a quantity in the closing (the signature and after).</summary>
    public const int ClosingOwner = -3;

    private readonly ImmutableArray<ImmutableArray<int>> _children;

    private ScannedText(string text, ReportHeader header, ImmutableArray<OutlineEntry> outline, QuantityScan scan, ImmutableArray<RateMention> rates, ImmutableArray<TableBreakdown> tables)
    {
        Text = text;
        Header = header;
        Outline = outline;
        Quantities = scan.Quantities;
        Unclassified = scan.Unclassified;
        IllFormed = scan.IllFormed;
        Rates = rates;
        Parts = PartClassifier.Map(text, outline, header.ReportYear);
        PartsOf = PartsOfEntries(Parts.Assignments, outline.Length);
        (Parents, _children, Paths) = Tree(outline);
        var start = Math.Min(header.ContentStart, text.Length);
        var end = outline.Length > 0 ? TextChars.LineStart(text, outline[0].MarkerSpan.Start, 64) : header.ContentEnd;
        Preamble = TextSpans.Trim(text, start, Math.Max(start, Math.Min(end, text.Length)));
        // Quantities and headings are both in order of position: one sweep finds the last heading before each quantity.
        var owners = new int[Quantities.Length];
        var after = 0;
        for (var i = 0; i < owners.Length; i++)
        {
            while (after < outline.Length && outline[after].MarkerSpan.Start <= Quantities[i].Start)
            {
                after++;
            }

            owners[i] = OwnerOf(Quantities[i], after);
        }

        Owners = ImmutableCollectionsMarshal.AsImmutableArray(owners);
        Breakdowns = WithTables(BreakdownScanner.Scan(text, Quantities), tables);
        Syntax = BuildSyntax();
    }

    public string Text { get; }

    public ReportHeader Header { get; }

    /// <summary>The outline entries in document order; an entry's index is its id below.</summary>
    public ImmutableArray<OutlineEntry> Outline { get; }

    /// <summary>The parent of each entry, or -1 for a top-level one.</summary>
    public ImmutableArray<int> Parents { get; }

    /// <summary>The path of each entry: <c>Sections[0].Children[2]</c>, the same in the syntax and in the report.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <summary>The parts each entry covers, without repeats, in the order found.</summary>
    public ImmutableArray<ImmutableArray<ReportPart>> PartsOf { get; }

    public ImmutableArray<QuantityMatch> Quantities { get; }

    /// <summary>Where each quantity sits: the index of the innermost entry whose heading or body holds it, or one of the owner constants.</summary>
    public ImmutableArray<int> Owners { get; }

    /// <summary>The path of a quantity in the syntax, <c>Quantities[3]</c>: spelled out for the breakdowns that name it, kept in parts by the spans.</summary>
    public static string QuantityName(int quantity) => Mapping.SpanNote.PathOf(null, Mapping.SpanStep.Quantities, quantity);

    public ImmutableArray<SourceSpan> Unclassified { get; }

    /// <summary>Gets the Chinese numeral runs before a unit that spell no one value; no quantity was read from them.</summary>
    public ImmutableArray<SourceSpan> IllFormed { get; }

    public ImmutableArray<RateMention> Rates { get; }

    /// <summary>The totals with their parts and the runs of shares of one whole, as indexes into <see cref="Quantities"/>.</summary>
    public ImmutableArray<BreakdownMatch> Breakdowns { get; }

    public PartMap Parts { get; }

    /// <summary>The preamble: the content before the first heading, trimmed; empty when there is none.</summary>
    public SourceSpan Preamble { get; }

    public ReportSyntax Syntax { get; }

    /// <summary>Runs the scanners over a text.</summary>
    public static ScannedText Scan(string text)
    {
        var header = ReportHeaderScanner.Scan(text);
        var outline = OutlineScanner.Scan(text, header.ContentStart, header.ContentEnd);
        var titled = 0;
        foreach (var entry in outline)
        {
            titled += string.IsNullOrWhiteSpace(entry.Title) ? 0 : 1;
        }

        if (titled < outline.Length)
        {
            var kept = ImmutableArray.CreateBuilder<OutlineEntry>(titled);
            foreach (var entry in outline)
            {
                if (!string.IsNullOrWhiteSpace(entry.Title))
                {
                    kept.Add(entry);
                }
            }

            outline = kept.MoveToImmutable();
        }

        var scan = QuantityScanner.Default.ScanAll(text);
        var headingStarts = new int[outline.Length];
        for (var k = 0; k < headingStarts.Length; k++)
        {
            headingStarts[k] = outline[k].MarkerSpan.Start;
        }

        var rates = RateMentionScanner.Default.Scan(text, scan.Quantities, ImmutableCollectionsMarshal.AsImmutableArray(headingStarts));

        // Tables are read after the rates, so a rate is never linked to a bare cell of a table.
        var tables = TableScanner.Scan(text, scan.Quantities);
        return new ScannedText(text, header, outline, TableScanner.WithCells(scan, tables.Cells), rates, tables.Breakdowns);
    }

    /// <summary>The breakdowns of the running text with the tables' columns added, as indexes into <see cref="Quantities"/>, in order of their first quantity.</summary>
    private ImmutableArray<BreakdownMatch> WithTables(ImmutableArray<BreakdownMatch> found, ImmutableArray<TableBreakdown> tables)
    {
        if (tables.IsEmpty)
        {
            return found;
        }

        var all = new List<BreakdownMatch>(found.Length + tables.Length);
        all.AddRange(found);
        foreach (var table in tables)
        {
            var parts = new int[table.Parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = IndexOf(table.Parts[i]);
            }

            all.Add(new BreakdownMatch(IndexOf(table.Total), ImmutableCollectionsMarshal.AsImmutableArray(parts), Measures.BreakdownCompleteness.Exhaustive));
        }

        all.Sort(static (a, b) => a.First.CompareTo(b.First));
        return [.. all];
    }

    /// <summary>The index of a quantity in <see cref="Quantities"/>, whose starts are distinct.</summary>
    private int IndexOf(QuantityMatch quantity) => TextSpans.LowerBound(Quantities, quantity.Start, static q => q.Start);

    /// <summary>The parts each entry covers, without repeats, in the order assigned: counted first, then written into arrays of their number.</summary>
    private static ImmutableArray<ImmutableArray<ReportPart>> PartsOfEntries(ImmutableArray<PartAssignment> assignments, int entries)
    {
        // One bit a part for each entry (whether it was met already) and the count of each: pooled scratch, cleared before use.
        var seen = ArrayPool<int>.Shared.Rent(entries);
        var counts = ArrayPool<int>.Shared.Rent(entries);
        Array.Clear(seen, 0, entries);
        Array.Clear(counts, 0, entries);
        foreach (var assignment in assignments)
        {
            if (!Mark(seen, assignment))
            {
                counts[assignment.SectionIndex]++;
            }
        }

        var parts = new ImmutableArray<ReportPart>[entries];
        for (var k = 0; k < entries; k++)
        {
            parts[k] = counts[k] == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(new ReportPart[counts[k]]);
            (seen[k], counts[k]) = (0, 0);
        }

        foreach (var assignment in assignments)
        {
            if (!Mark(seen, assignment))
            {
                ImmutableCollectionsMarshal.AsArray(parts[assignment.SectionIndex])![counts[assignment.SectionIndex]++] = assignment.Part;
            }
        }

        ArrayPool<int>.Shared.Return(seen);
        ArrayPool<int>.Shared.Return(counts);

        return ImmutableCollectionsMarshal.AsImmutableArray(parts);

        static bool Mark(int[] seen, PartAssignment assignment)
        {
            var bit = 1 << (int)assignment.Part;
            var met = (seen[assignment.SectionIndex] & bit) != 0;
            seen[assignment.SectionIndex] |= bit;
            return met;
        }
    }

    /// <summary>The subsections of an entry, or the top-level entries for -1.</summary>
    public ImmutableArray<int> ChildrenOf(int k) => _children[k < 0 ? Outline.Length : k];

    /// <summary>The bottom-level entries under an entry (the entry itself when it has no subsections), in order.</summary>
    /// <remarks>Entries are in document order and a subtree is a contiguous run of them, so the leaves are the entries of that run with no subsections.</remarks>
    public List<int> Leaves(int k)
    {
        var leaves = new List<int>();
        var end = k + 1;
        while (end < Outline.Length && IsUnder(end, k))
        {
            end++;
        }

        for (var i = k; i < end; i++)
        {
            if (_children[i].IsEmpty)
            {
                leaves.Add(i);
            }
        }

        return leaves;
    }

    private bool IsUnder(int entry, int ancestor)
    {
        for (var p = Parents[entry]; p >= 0; p = Parents[p])
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The whole span of an entry, from its marker to the end of its last subsection, trimmed.</summary>
    public SourceSpan SectionSpan(int k) => TextSpans.Trim(Text, Outline[k].MarkerSpan.Start, Math.Max(Outline[k].MarkerSpan.Start, Outline[k].ContentEnd));

    /// <summary>The indexes of the quantities that lie wholly inside a range, in order.</summary>
    public IEnumerable<int> QuantitiesIn(int start, int end)
    {
        for (var k = TextSpans.LowerBound(Quantities, start, static q => q.Start); k < Quantities.Length && Quantities[k].End <= end; k++)
        {
            yield return k;
        }
    }

    public string Slice(SourceSpan span) => Text.Substring(span.Start, span.Length);

    private static (ImmutableArray<int> Parents, ImmutableArray<ImmutableArray<int>> Children, ImmutableArray<string> Paths) Tree(ImmutableArray<OutlineEntry> outline)
    {
        // Two passes over flat arrays (parents and sibling counts, then the children of each entry in order), no list per entry.
        var parents = new int[outline.Length];
        var paths = new string[outline.Length];
        var counts = ArrayPool<int>.Shared.Rent(outline.Length + 1);
        Array.Clear(counts, 0, outline.Length + 1);
        var stack = new Stack<int>();
        for (var k = 0; k < outline.Length; k++)
        {
            while (stack.Count > 0 && outline[stack.Peek()].Level >= outline[k].Level)
            {
                stack.Pop();
            }

            parents[k] = stack.Count > 0 ? stack.Peek() : -1;
            var slot = parents[k] < 0 ? outline.Length : parents[k];
            paths[k] = parents[k] < 0
                ? string.Create(CultureInfo.InvariantCulture, $"Sections[{counts[slot]}]")
                : string.Create(CultureInfo.InvariantCulture, $"{paths[parents[k]]}.Children[{counts[slot]}]");
            counts[slot]++;
            stack.Push(k);
        }

        // Each entry's children go straight into the array of their number that the immutable array wraps.
        var children = new ImmutableArray<int>[outline.Length + 1];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = counts[i] == 0 ? [] : ImmutableCollectionsMarshal.AsImmutableArray(new int[counts[i]]);
            counts[i] = 0;
        }

        for (var k = 0; k < outline.Length; k++)
        {
            var slot = parents[k] < 0 ? outline.Length : parents[k];
            ImmutableCollectionsMarshal.AsArray(children[slot])![counts[slot]++] = k;
        }

        ArrayPool<int>.Shared.Return(counts);

        return (ImmutableCollectionsMarshal.AsImmutableArray(parents), ImmutableCollectionsMarshal.AsImmutableArray(children), ImmutableCollectionsMarshal.AsImmutableArray(paths));
    }

    /// <summary>What holds a quantity, given how many headings start at or before it: the innermost section whose heading or body holds it, the preamble, the header or the closing.</summary>
    private int OwnerOf(QuantityMatch match, int after)
    {
        for (var k = after - 1; k >= 0; k = Parents[k])
        {
            if (match.End <= Outline[k].ContentEnd)
            {
                return k;
            }
        }

        if (match.Start < Header.ContentStart)
        {
            return HeaderOwner;
        }

        return match.Start >= Header.ContentEnd ? ClosingOwner : PreambleOwner;
    }

    private string PathOf(int owner) => owner switch
    {
        >= 0 => Paths[owner],
        PreambleOwner => "Preamble",
        HeaderOwner => "Header",
        _ => "Closing",
    };

    private ReportSyntax BuildSyntax()
    {
        var h = Header;
        var facts = ImmutableArray.CreateBuilder<QuantityFact>(Quantities.Length);
        for (var i = 0; i < Quantities.Length; i++)
        {
            var match = Quantities[i];
            facts.Add(new QuantityFact(match.Quantity, new SourceSpan(match.Start, match.Length), PathOf(Owners[i])));
        }

        var rates = new RateFact[Rates.Length];
        for (var i = 0; i < rates.Length; i++)
        {
            var m = Rates[i];
            rates[i] = new RateFact(
                m.Indicator,
                m.Code,
                m.Scope,
                m.Span,
                m.Figure?.Value,
                m.Figure is { } f ? new SourceSpan(f.Start, f.Length) : null,
                m.NumeratorValue,
                m.DenominatorValue,
                m.IsConsistent,
                m.Name,
                m.ValueKind,
                m.NumeratorValue is null ? null : m.NumeratorLink,
                m.DenominatorValue is null ? null : m.DenominatorLink);
        }

        return new ReportSyntax(
            h.Breadcrumb,
            h.BreadcrumbSpan,
            Fact(h.Title, h.TitleSpan),
            h.ReportYear is { } year && h.ReportYearSpan is { } yearSpan ? new TextFact<int>(year, yearSpan) : null,
            Fact(h.InformationSource, h.InformationSourceSpan),
            h.PublishedAt is { } published && h.PublishedAtSpan is { } publishedSpan ? new TextFact<NodaTime.OffsetDateTime>(published, publishedSpan) : null,
            Fact(h.Issuer, h.IssuerSpan),
            h.SignedOn is { } signed && h.SignedOnSpan is { } signedSpan ? new TextFact<NodaTime.LocalDate>(signed, signedSpan) : null,
            Preamble.IsEmpty ? null : Preamble,
            OutlineNodesOf(-1),
            facts.MoveToImmutable(),
            ImmutableCollectionsMarshal.AsImmutableArray(rates))
        {
            DocumentDate = h.DocumentDate is { } written && h.DocumentDateSpan is { } writtenSpan ? new TextFact<NodaTime.LocalDate>(written, writtenSpan) : null,
            UpdatedAt = h.UpdatedAt is { } updated && h.UpdatedAtSpan is { } updatedSpan ? new TextFact<NodaTime.OffsetDateTime>(updated, updatedSpan) : null,
            Breakdowns = SyntaxBreakdowns(),
        };
    }

    private ImmutableArray<Measures.QuantityBreakdown> SyntaxBreakdowns()
    {
        var breakdowns = new Measures.QuantityBreakdown[Breakdowns.Length];
        for (var i = 0; i < breakdowns.Length; i++)
        {
            var b = Breakdowns[i];
            var parts = new string[b.Parts.Length];
            for (var j = 0; j < parts.Length; j++)
            {
                parts[j] = QuantityName(b.Parts[j]);
            }

            breakdowns[i] = new Measures.QuantityBreakdown(b.Total >= 0 ? QuantityName(b.Total) : null, ImmutableCollectionsMarshal.AsImmutableArray(parts), b.Completeness);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(breakdowns);
    }

    private static TextFact<string>? Fact(string? value, SourceSpan? span) =>
        value is not null && span is { } at ? new TextFact<string>(value, at) : null;

    private ImmutableArray<OutlineNode> OutlineNodesOf(int parent)
    {
        var children = ChildrenOf(parent);
        if (children.IsEmpty)
        {
            return [];
        }

        var nodes = new OutlineNode[children.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var k = children[i];
            var entry = Outline[k];
            nodes[i] = new OutlineNode(Paths[k], entry.Marker, entry.Level, entry.Title, entry.MarkerSpan, entry.TitleSpan, entry.BodySpan, SectionSpan(k), entry.IsTitleBoundaryUncertain, OutlineNodesOf(k));
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(nodes);
    }
}
