using System;
using System.Collections.Immutable;
using System.Globalization;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;

namespace RuleOfLaw.Domain.Validation;

/// <summary>Which validation codes are on and how severe each is: the national set, with overlays composed on top.</summary>
/// <remarks>
/// <para>
/// A rule set is immutable and safe to share between threads; every change returns a new set. <see cref="National"/>
/// switches on every code of <see cref="ValidationRuleScope.National"/> scope at its default severity; overlay codes
/// (V4, V6, V10) are off until an overlay or <see cref="Enable(string)"/> switches them on.
/// </para>
/// <para>
/// Equality compares the accepted rounding, the consultation counting and the effective switch and severity of every code; the names of the overlays applied are kept
/// for display (<see cref="Overlays"/>) but do not take part.
/// </para>
/// </remarks>
public sealed class RuleSet : IEquatable<RuleSet>
{
    private readonly ImmutableArray<bool> _enabled;
    private readonly ImmutableArray<Severity> _severities;

    private RuleSet(ImmutableArray<bool> enabled, ImmutableArray<Severity> severities, ImmutableArray<string> overlays, RoundingModes acceptedRounding, PeriodCounting consultationCounting) =>
        (_enabled, _severities, Overlays, AcceptedRounding, ConsultationCounting) = (enabled, severities, overlays, acceptedRounding, consultationCounting);

    /// <summary>Gets the rounding rules a published rate may have been rounded with (<see cref="RateCheck"/>).</summary>
    /// <remarks>
    /// Nationally <see cref="RoundingModes.Nearest"/>: half away from zero (四舍五入, everyday practice) or half to even
    /// (GB/T 8170-2008). Truncation is accepted only where a rule set says so (<see cref="WithAcceptedRounding"/>), and a
    /// figure that agrees only by truncation is then reported as such.
    /// </remarks>
    public RoundingModes AcceptedRounding { get; }

    /// <summary>Gets how the days of a public consultation are counted for V14 (<see cref="ValidationCodes.ConsultationTooShort"/>).</summary>
    /// <remarks>Nationally <see cref="PeriodCounting.FirstDayExcluded"/>, as 《民法典》 art. 201 counts periods: 1–30 June is 29 days.</remarks>
    public PeriodCounting ConsultationCounting { get; }

    /// <summary>Gets the national rule set: every national code on at its default severity, every overlay code off.</summary>
    public static RuleSet National { get; } = CreateNational();

    /// <summary>Gets the names of the overlays applied, in order.</summary>
    public ImmutableArray<string> Overlays { get; }

    /// <summary>Gets the descriptors of the codes that are on, ordered by code.</summary>
    public ImmutableArray<DiagnosticDescriptor> EnabledRules
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
            foreach (var descriptor in ValidationCodes.All)
            {
                if (_enabled[descriptor.Index])
                {
                    builder.Add(descriptor);
                }
            }

            return builder.ToImmutable();
        }
    }

    /// <summary>Tells whether a code is on.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns><see langword="true"/> when the code is on.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public bool IsEnabled(string code) => _enabled[ValidationCodes.Describe(code).Index];

    /// <summary>Gets the severity the set gives a code, whether or not the code is on.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns>The overridden severity, or the code's default.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public Severity SeverityOf(string code) => _severities[ValidationCodes.Describe(code).Index];

    /// <summary>Returns a set in which a code is on.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns>The changed set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public RuleSet Enable(string code) => Apply(RuleSetting.Enable(code), Overlays);

    /// <summary>Returns a set in which a code is off.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <returns>The changed set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    public RuleSet Disable(string code) => Apply(RuleSetting.Disable(code), Overlays);

    /// <summary>Returns a set in which a code has another severity; whether it is on does not change.</summary>
    /// <param name="code">A code from <see cref="ValidationCodes"/>.</param>
    /// <param name="severity">The severity to give the code.</param>
    /// <returns>The changed set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in the catalogue.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public RuleSet WithSeverity(string code, Severity severity) => Apply(RuleSetting.Override(code, severity), Overlays);

    /// <summary>Returns a set that accepts other rounding rules for published rates.</summary>
    /// <param name="accepted">The accepted rules: at least one of <see cref="RoundingModes.All"/>.</param>
    /// <returns>The changed set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="accepted"/> is empty or holds an undefined flag.</exception>
    public RuleSet WithAcceptedRounding(RoundingModes accepted)
    {
        if (accepted == RoundingModes.None || (accepted & ~RoundingModes.All) != 0)
        {
            throw Guard.OutOfRange(nameof(accepted), accepted, Message.AcceptedRoundingMustNameOne.Format(accepted));
        }

        return new RuleSet(_enabled, _severities, Overlays, accepted, ConsultationCounting);
    }

    /// <summary>Returns a set that counts the days of a public consultation another way (V14).</summary>
    /// <param name="counting">How the days are counted.</param>
    /// <returns>The changed set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counting"/> is not a defined value.</exception>
    public RuleSet WithConsultationCounting(PeriodCounting counting)
    {
        Guard.Defined(counting, nameof(counting));
        return new RuleSet(_enabled, _severities, Overlays, AcceptedRounding, counting);
    }

    /// <summary>Returns a set in which every code that is a warning is an error, as a compiler's <c>-warnaserror</c>.</summary>
    /// <returns>The changed set; codes that are on or off stay so, information stays information.</returns>
    public RuleSet WithWarningsAsErrors()
    {
        var severities = _severities.ToBuilder();
        for (var i = 0; i < severities.Count; i++)
        {
            if (severities[i] == Severity.Warning)
            {
                severities[i] = Severity.Error;
            }
        }

        return new RuleSet(_enabled, severities.MoveToImmutable(), Overlays, AcceptedRounding, ConsultationCounting);
    }

    /// <summary>Returns a set with an overlay's settings applied on top of this one, in order.</summary>
    /// <param name="overlay">The overlay, for example <see cref="RuleSetOverlays.DepartmentSubmissionDeadline"/>.</param>
    /// <returns>The changed set, which lists the overlay's name in <see cref="Overlays"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overlay"/> is null.</exception>
    public RuleSet With(RuleSetOverlay overlay)
    {
        Guard.NotNull(overlay, nameof(overlay));
        var enabled = _enabled.ToBuilder();
        var severities = _severities.ToBuilder();
        foreach (var setting in overlay.Settings)
        {
            Change(enabled, severities, setting);
        }

        return new RuleSet(enabled.MoveToImmutable(), severities.MoveToImmutable(), Overlays.Add(overlay.Name), AcceptedRounding, ConsultationCounting);
    }

    internal bool IsEnabled(DiagnosticDescriptor descriptor) => _enabled[descriptor.Index];

    internal Severity SeverityOf(DiagnosticDescriptor descriptor) => _severities[descriptor.Index];

    /// <inheritdoc/>
    public bool Equals(RuleSet? other) =>
        other is not null && AcceptedRounding == other.AcceptedRounding && ConsultationCounting == other.ConsultationCounting && _enabled.AsSpan().SequenceEqual(other._enabled.AsSpan()) && _severities.AsSpan().SequenceEqual(other._severities.AsSpan());

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RuleSet);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(AcceptedRounding);
        hash.Add(ConsultationCounting);
        for (var i = 0; i < _enabled.Length; i++)
        {
            hash.Add(_enabled[i] ? (int)_severities[i] + 1 : 0);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the overlays applied and how many codes are on.</summary>
    /// <returns>For example <c>National + DepartmentSubmissionDeadline (19 of 21 codes on)</c>.</returns>
    public override string ToString()
    {
        var on = 0;
        foreach (var enabled in _enabled)
        {
            on += enabled ? 1 : 0;
        }

        var name = Overlays.IsEmpty ? "National" : "National + " + string.Join(" + ", Overlays);
        return string.Create(CultureInfo.InvariantCulture, $"{name} ({on} of {_enabled.Length} codes on)");
    }

    /// <inheritdoc/>
    public static bool operator ==(RuleSet? left, RuleSet? right) => left is null ? right is null : left.Equals(right);

    /// <inheritdoc/>
    public static bool operator !=(RuleSet? left, RuleSet? right) => !(left == right);

    private static RuleSet CreateNational()
    {
        var enabled = ImmutableArray.CreateBuilder<bool>(ValidationCodes.All.Length);
        var severities = ImmutableArray.CreateBuilder<Severity>(ValidationCodes.All.Length);
        foreach (var descriptor in ValidationCodes.All)
        {
            enabled.Add(descriptor.Scope == ValidationRuleScope.National);
            severities.Add(descriptor.DefaultSeverity);
        }

        return new RuleSet(enabled.MoveToImmutable(), severities.MoveToImmutable(), ImmutableArray<string>.Empty, RoundingModes.Nearest, PeriodCounting.FirstDayExcluded);
    }

    private static void Change(ImmutableArray<bool>.Builder enabled, ImmutableArray<Severity>.Builder severities, RuleSetting setting)
    {
        var index = ValidationCodes.Describe(setting.Code).Index;
        if (setting.IsEnabled is { } isEnabled)
        {
            enabled[index] = isEnabled;
        }

        if (setting.Severity is { } severity)
        {
            severities[index] = severity;
        }
    }

    private RuleSet Apply(RuleSetting setting, ImmutableArray<string> overlays)
    {
        var enabled = _enabled.ToBuilder();
        var severities = _severities.ToBuilder();
        Change(enabled, severities, setting);
        return new RuleSet(enabled.MoveToImmutable(), severities.MoveToImmutable(), overlays, AcceptedRounding, ConsultationCounting);
    }
}
