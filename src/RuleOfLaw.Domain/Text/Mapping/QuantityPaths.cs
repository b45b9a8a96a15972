namespace RuleOfLaw.Domain.Text.Mapping;

/// <summary>
/// The path of each quantity in the model (<c>Sections[0].Quantities[1]</c>, <c>PreambleQuantities[2]</c>), spelled out
/// when asked for: the spans keep them in parts, and only the few that a breakdown or a plan target names become strings.
/// </summary>
internal sealed class QuantityPaths
{
    private readonly ScannedText _scanned;

    // The index of each quantity among its section's quantities, or among the preamble's.
    private readonly int[] _slots;

    public QuantityPaths(ScannedText scanned, int[] slots) => (_scanned, _slots) = (scanned, slots);

    /// <summary>Gets the path of a quantity, or null for one that neither a section nor the preamble holds.</summary>
    public string? this[int quantity] => _scanned.Owners[quantity] switch
    {
        >= 0 and var owner => SpanNote.PathOf(_scanned.Paths[owner], SpanStep.SectionQuantities, _slots[quantity]),
        ScannedText.PreambleOwner => SpanNote.PathOf(null, SpanStep.PreambleQuantities, _slots[quantity]),
        _ => null,
    };
}
