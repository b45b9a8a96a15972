using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Indicators;

/// <summary>Where an indicator's definition comes from, and whether that basis has been checked against its text.</summary>
/// <remarks>
/// <para>
/// A <see cref="Verified(string)"/> source is a citation: a document in force whose text defines or governs what the
/// indicator counts. An <see cref="Unverified(string)"/> source describes a basis that no checked document fixes
/// (local practice, a convention that varies by place); it is never a citation, so <see cref="Citation"/> is
/// <see langword="null"/> for it and <see cref="ToString"/> marks it 未核实.
/// </para>
/// <para>Equality compares the text and the status.</para>
/// </remarks>
public sealed record IndicatorSource
{
    private IndicatorSource(string text, bool isVerified) => (Text, IsVerified) = (text, isVerified);

    /// <summary>Gets the citation or the description of the basis, as written.</summary>
    public string Text { get; }

    /// <summary>Gets a value indicating whether the basis has been checked against the cited document.</summary>
    public bool IsVerified { get; }

    /// <summary>Gets the citation when the source is verified; <see langword="null"/> when it is not, so an unverified
    /// basis is never presented as one.</summary>
    public string? Citation => IsVerified ? Text : null;

    /// <summary>Creates a verified source: a citation of a document in force.</summary>
    /// <param name="citation">The citation, such as 《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）.</param>
    /// <returns>The source.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="citation"/> is null, empty or white space.</exception>
    public static IndicatorSource Verified(string citation) => new(Guard.NotBlank(citation, nameof(citation)), isVerified: true);

    /// <summary>Creates an unverified source: a description of a basis that no checked document fixes.</summary>
    /// <param name="description">The description, such as 地方做法（口径不统一）.</param>
    /// <returns>The source.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="description"/> is null, empty or white space.</exception>
    public static IndicatorSource Unverified(string description) => new(Guard.NotBlank(description, nameof(description)), isVerified: false);

    /// <summary>Returns the citation, or the description marked 未核实 (unverified).</summary>
    /// <returns>For example <c>未核实：地方做法</c>.</returns>
    public override string ToString() => IsVerified ? Text : "未核实：" + Text;
}
