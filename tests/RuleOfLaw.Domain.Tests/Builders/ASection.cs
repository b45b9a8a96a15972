using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Tests.Builders;

/// <summary>Builds sections: <c>ASection.Numbered("一、").Titled("总结").Covering(ReportPart.MeasuresAndResults).Build()</c>.</summary>
/// <remarks>The level follows the marker's family; unknown markers default to level 1 unless <see cref="AtLevel"/> says otherwise.</remarks>
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

    public static ASection Numbered(string marker) => new(marker);

    public ASection AtLevel(int level)
    {
        _level = level;
        return this;
    }

    public ASection Titled(string heading)
    {
        _heading = heading;
        return this;
    }

    public ASection WithBody(string body)
    {
        _body = body;
        return this;
    }

    public ASection Covering(params ReportPart[] parts)
    {
        _parts.AddRange(parts);
        return this;
    }

    public ASection Containing(params ASection[] children)
    {
        _children.AddRange(children.Select(child => child.Build()));
        return this;
    }

    public ASection WithUncertainHeadingBoundary()
    {
        _uncertain = true;
        return this;
    }

    public Section Build() => new(_marker, _level, _heading, _body, _children.ToImmutableArray(), _parts.ToImmutableArray(), _uncertain);

    public static implicit operator Section(ASection builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Build();
    }
}
