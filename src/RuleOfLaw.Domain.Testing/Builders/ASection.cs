using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Testing.Builders;

/// <summary>Builds sections: <c>ASection.Numbered("一、").Titled("总结").Covering(ReportPart.MeasuresAndResults).Build()</c>.</summary>
/// <remarks>
/// <para>The default heading is 工作总结 with an empty body. The level follows the marker's family; unknown markers default to level 1 unless <see cref="AtLevel"/> says otherwise.</para>
/// <para>
/// Each step changes this builder and returns it: use one builder per section, since a builder kept and reused carries
/// every earlier step. A builder is not thread-safe. <see cref="Build"/> may be called more than once; each call
/// returns a section of the builder's current state, and so does the implicit conversion to <see cref="Section"/>.
/// </para>
/// </remarks>
public sealed class ASection
{
    private readonly string _marker;
    private int _level;
    private string _heading = "工作总结";
    private string _body = string.Empty;
    private readonly List<Section> _children = new();
    private readonly List<ReportPart> _parts = new();
    private bool _uncertain;

    private ASection(string marker)
    {
        _marker = marker;
        _level = Section.LevelOfMarker(marker) ?? 1;
    }

    /// <summary>Starts a section with an outline marker such as 一、 or （一）.</summary>
    /// <param name="marker">The marker.</param>
    /// <returns>The builder.</returns>
    public static ASection Numbered(string marker) => new(marker);

    /// <summary>Sets the outline level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public ASection AtLevel(int level)
    {
        _level = level;
        return this;
    }

    /// <summary>Sets the heading.</summary>
    /// <param name="heading">The heading.</param>
    /// <returns>This builder.</returns>
    public ASection Titled(string heading)
    {
        _heading = heading;
        return this;
    }

    /// <summary>Sets the body text.</summary>
    /// <param name="body">The body.</param>
    /// <returns>This builder.</returns>
    public ASection WithBody(string body)
    {
        _body = body;
        return this;
    }

    /// <summary>Adds the required parts the section carries.</summary>
    /// <param name="parts">The parts.</param>
    /// <returns>This builder.</returns>
    public ASection Covering(params ReportPart[] parts)
    {
        _parts.AddRange(parts);
        return this;
    }

    /// <summary>Adds child sections.</summary>
    /// <param name="children">The children.</param>
    /// <returns>This builder.</returns>
    public ASection Containing(params ASection[] children)
    {
        _children.AddRange(children.Select(child => child.Build()));
        return this;
    }

    /// <summary>Marks the heading boundary as uncertain.</summary>
    /// <returns>This builder.</returns>
    public ASection WithUncertainHeadingBoundary()
    {
        _uncertain = true;
        return this;
    }

    /// <summary>Builds the section.</summary>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentException">A value breaks an invariant of <see cref="Section"/>.</exception>
    public Section Build() => new(_marker, _level, _heading, _body, _children.ToImmutableArray(), _parts.ToImmutableArray(), _uncertain);

    /// <summary>Builds the section.</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static implicit operator Section(ASection builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
