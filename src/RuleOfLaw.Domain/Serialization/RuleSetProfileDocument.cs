using System.Collections.Immutable;
using System.Text.Json.Serialization;
using RuleOfLaw.Domain.Cases;
using RuleOfLaw.Domain.Internal;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Validation;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>A rule set profile as a JSON file states it; <see cref="ToProfile"/> builds the <see cref="RuleSetProfile"/>.</summary>
/// <remarks>
/// <c>{"schemaVersion":1,"name":"my-province","description":"…","extends":"national","overlays":["department-submission-deadline"],
/// "warningsAsErrors":false,"rules":[{"code":"ROL0008","severity":"error"},{"code":"ROL0010","enabled":false}],
/// "acceptedRounding":["halfAwayFromZero","truncation"],"consultationCounting":"bothEndsIncluded"}</c>. Applied in that
/// order: the base profile, the overlays, warnings as errors, the rules in order (a later rule for a code wins), then
/// the parameters. Every name and code is checked when the file is read.
/// </remarks>
internal sealed class RuleSetProfileDocument
{
    [JsonConstructor]
    public RuleSetProfileDocument(
        string name,
        string? description = null,
        string extends = "national",
        ImmutableArray<string> overlays = default,
        bool warningsAsErrors = false,
        ImmutableArray<RuleSettingDocument> rules = default,
        ImmutableArray<RoundingModes> acceptedRounding = default,
        PeriodCounting? consultationCounting = null)
    {
        Name = Guard.NotBlank(name, nameof(name));
        if (description is not null)
        {
            Guard.NotBlank(description, nameof(description));
        }

        Description = description;
        Guard.That(RuleSetProfiles.Find(extends) is not null, nameof(extends), Message.ExtendsBuiltInProfile, extends, Names());
        Extends = extends;
        Overlays = Sequences.NoNulls(overlays, nameof(overlays));
        foreach (var overlay in Overlays)
        {
            Guard.That(RuleSetProfiles.FindOverlay(overlay) is not null, nameof(overlays), Message.OverlayMustBeSample, overlay, OverlayNames());
        }

        WarningsAsErrors = warningsAsErrors;
        Rules = Sequences.NoNulls(rules, nameof(rules));
        AcceptedRounding = acceptedRounding.IsDefault ? ImmutableArray<RoundingModes>.Empty : acceptedRounding;
        foreach (var mode in AcceptedRounding)
        {
            Guard.That(mode != RoundingModes.None && (mode & ~RoundingModes.All) == 0, nameof(acceptedRounding), Message.AcceptedRoundingNames, mode);
        }

        if (consultationCounting is { } counting)
        {
            Guard.Defined(counting, nameof(consultationCounting));
        }

        ConsultationCounting = consultationCounting;
    }

    public string Name { get; }

    public string? Description { get; }

    public string Extends { get; }

    public ImmutableArray<string> Overlays { get; }

    public bool WarningsAsErrors { get; }

    public ImmutableArray<RuleSettingDocument> Rules { get; }

    public ImmutableArray<RoundingModes> AcceptedRounding { get; }

    public PeriodCounting? ConsultationCounting { get; }

    public RuleSetProfile ToProfile()
    {
        var set = RuleSetProfiles.Find(Extends)!.RuleSet;
        foreach (var name in Overlays)
        {
            set = set.With(RuleSetProfiles.FindOverlay(name)!);
        }

        if (WarningsAsErrors)
        {
            set = set.WithWarningsAsErrors();
        }

        foreach (var rule in Rules)
        {
            set = rule.ApplyTo(set);
        }

        if (!AcceptedRounding.IsEmpty)
        {
            var accepted = RoundingModes.None;
            foreach (var mode in AcceptedRounding)
            {
                accepted |= mode;
            }

            set = set.WithAcceptedRounding(accepted);
        }

        if (ConsultationCounting is { } counting)
        {
            set = set.WithConsultationCounting(counting);
        }

        return new RuleSetProfile(Name, Description ?? "Rule set profile " + Name + ", based on " + Extends + ".", set);
    }

    private static string Names() => string.Join(", ", System.Linq.Enumerable.Select(RuleSetProfiles.All, profile => profile.Name));

    private static string OverlayNames() => string.Join(", ", System.Linq.Enumerable.Select(RuleSetProfiles.Overlays, RuleSetProfiles.NameOf));
}

/// <summary>One rule of a profile file: a code switched on or off, its severity overridden, or both.</summary>
internal sealed class RuleSettingDocument
{
    [JsonConstructor]
    public RuleSettingDocument(string code, bool? enabled = null, Severity? severity = null)
    {
        Code = ValidationCodes.Describe(code).Code;
        Guard.That(enabled is not null || severity is not null, nameof(code), Message.RuleSettingEmpty, code);
        if (severity is { } value)
        {
            Guard.Defined(value, nameof(severity));
        }

        Enabled = enabled;
        Severity = severity;
    }

    public string Code { get; }

    public bool? Enabled { get; }

    public Severity? Severity { get; }

    public RuleSet ApplyTo(RuleSet set)
    {
        if (Enabled is false)
        {
            set = set.Disable(Code);
        }
        else if (Enabled is true)
        {
            set = set.Enable(Code);
        }

        return Severity is { } severity ? set.WithSeverity(Code, severity) : set;
    }
}
