using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Text;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Review.Model;

/// <summary>What a highlighted place in the text is.</summary>
public enum MarkKind
{
    /// <summary>A quantity the reader found (a count, an amount, a percentage).</summary>
    Quantity,

    /// <summary>A rate the report states (an indicator value).</summary>
    Rate,

    /// <summary>A validation finding located at this place.</summary>
    Finding,

    /// <summary>A reading note the text reader left here.</summary>
    Note,
}

/// <summary>One highlighted place in a report's text.</summary>
/// <param name="Id">The mark's number within its report (its element id in the page is built from it).</param>
/// <param name="Kind">What it marks.</param>
/// <param name="Span">Where, in UTF-16 offsets of the text.</param>
/// <param name="Title">A one-line description (shown as the tooltip).</param>
/// <param name="Severity">The finding's severity, for <see cref="MarkKind.Finding"/>.</param>
/// <param name="Quantity">The quantity as read, for <see cref="MarkKind.Quantity"/>.</param>
public sealed record TextMark(int Id, MarkKind Kind, SourceSpan Span, string Title, Severity? Severity = null, Quantity? Quantity = null)
{
    /// <summary>Gets the CSS class of the mark.</summary>
    public string CssClass => Kind switch
    {
        MarkKind.Finding => "hl-finding " + Texts.CssClass(Severity ?? Domain.Validation.Severity.Info),
        MarkKind.Rate => "hl-rate",
        MarkKind.Quantity => Quantity?.Kind is QuantityKind.Percent ? "hl-rate" : "hl-quantity",
        _ => "hl-note",
    };

    /// <summary>Gets how strongly the mark shows where marks overlap: findings above rates above quantities above notes.</summary>
    public int Precedence => Kind switch
    {
        MarkKind.Finding => 10 + (int)(Severity ?? Domain.Validation.Severity.Info),
        MarkKind.Quantity => 3,
        MarkKind.Rate => 2,
        _ => 1,
    };
}
