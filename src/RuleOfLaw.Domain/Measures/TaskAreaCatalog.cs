using System;
using System.Collections.Immutable;
using System.Linq;
using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Measures;

/// <summary>A versioned catalogue of task areas: the main tasks of one edition of the national outline (法治政府建设实施纲要).</summary>
/// <remarks>
/// <para>
/// The catalogues are data, not enums, because each edition of the outline replaces the areas of the last.
/// Two editions ship: <see cref="Outline2015To2020"/> and <see cref="Outline2021To2025"/>; callers may build others.
/// </para>
/// <para>Equality compares id, titles, years and the areas in order; there is no order.</para>
/// </remarks>
public sealed record TaskAreaCatalog
{
    /// <summary>Creates a catalogue.</summary>
    /// <param name="id">A stable id, such as <c>outline-2021-2025</c>.</param>
    /// <param name="title">The document's title as published.</param>
    /// <param name="firstYear">The first year the document covers.</param>
    /// <param name="lastYear">The last year the document covers.</param>
    /// <param name="areas">The areas, numbered 1, 2, … in order, each carrying this catalogue's id.</param>
    /// <exception cref="ArgumentNullException">A text argument is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, an area is null, belongs to another catalogue or is numbered out of order.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public TaskAreaCatalog(string id, string title, int firstYear, int lastYear, ImmutableArray<TaskArea> areas)
    {
        Id = Guard.NotBlank(id, nameof(id));
        Title = Guard.NotBlank(title, nameof(title));
        Guard.InRange(lastYear, firstYear, int.MaxValue, nameof(lastYear));
        Areas = Sequences.NoNulls(areas, nameof(areas));
        for (var i = 0; i < Areas.Length; i++)
        {
            Guard.That(Areas[i].CatalogId == id, nameof(areas), Message.AreaOfOtherCatalogue, i, Areas[i].CatalogId, id);
            Guard.That(Areas[i].Number == i + 1, nameof(areas), Message.AreasOutOfOrder, i, Areas[i].Number);
        }

        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>
    /// Gets the seven main tasks of 《法治政府建设实施纲要（2015—2020年）》, issued by the CPC Central Committee and the
    /// State Council in December 2015 (中发〔2015〕36号).
    /// </summary>
    public static TaskAreaCatalog Outline2015To2020 { get; } = Create(
        "outline-2015-2020",
        "法治政府建设实施纲要（2015—2020年）",
        2015,
        2020,
        ("依法全面履行政府职能", "performing government functions fully by law"),
        ("完善依法行政制度体系", "the system of administrative rules"),
        ("推进行政决策科学化、民主化、法治化", "scientific, democratic and lawful decision-making"),
        ("坚持严格规范公正文明执法", "strict, fair and civil law enforcement"),
        ("强化对行政权力的制约和监督", "checks on administrative power"),
        ("依法有效化解社会矛盾纠纷", "resolving social disputes by law"),
        ("全面提高政府工作人员法治思维和依法行政能力", "raising officials' capacity to act by law"));

    /// <summary>
    /// Gets the ten sections of 《法治政府建设实施纲要（2021—2025年）》, issued by the CPC Central Committee and the State
    /// Council in August 2021.
    /// </summary>
    public static TaskAreaCatalog Outline2021To2025 { get; } = Create(
        "outline-2021-2025",
        "法治政府建设实施纲要（2021—2025年）",
        2021,
        2025,
        ("深入学习贯彻习近平法治思想，努力实现法治政府建设全面突破", "studying Xi Jinping Thought on the Rule of Law"),
        ("健全政府机构职能体系，推动更好发挥政府作用", "the system of government functions"),
        ("健全依法行政制度体系，加快推进政府治理规范化程序化法治化", "the system of administrative rules"),
        ("健全行政决策制度体系，不断提升行政决策公信力和执行力", "decision-making"),
        ("健全行政执法工作体系，全面推进严格规范公正文明执法", "law enforcement"),
        ("健全突发事件应对体系，依法预防处置重大突发事件", "emergencies"),
        ("健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义", "preventing and resolving disputes"),
        ("健全行政权力制约和监督体系，促进行政权力规范透明运行", "checks and supervision of power"),
        ("健全法治政府建设科技保障体系，全面建设数字法治政府", "digital rule-of-law government"),
        ("加强党的领导，完善法治政府建设推进机制", "Party leadership and the mechanism that drives the work"));

    /// <summary>Gets the catalogue's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the document's title as published.</summary>
    public string Title { get; }

    /// <summary>Gets the first year the document covers.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year the document covers.</summary>
    public int LastYear { get; }

    /// <summary>Gets the areas in order.</summary>
    public ImmutableArray<TaskArea> Areas { get; }

    /// <summary>Gets an area by its number.</summary>
    /// <param name="number">The area's number, from 1.</param>
    /// <returns>The area.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not the number of an area of this catalogue.</exception>
    public TaskArea this[int number]
    {
        get
        {
            Guard.InRange(number, 1, Areas.Length, nameof(number));
            return Areas[number - 1];
        }
    }

    /// <inheritdoc/>
    public bool Equals(TaskAreaCatalog? other) =>
        other is not null && Id == other.Id && Title == other.Title && FirstYear == other.FirstYear
        && LastYear == other.LastYear && Sequences.Equal(Areas, other.Areas);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, FirstYear, LastYear, Sequences.Hash(Areas));

    private static TaskAreaCatalog Create(string id, string title, int firstYear, int lastYear, params (string Chinese, string English)[] names) =>
        new(id, title, firstYear, lastYear, names.Select((name, i) => new TaskArea(id, i + 1, name.Chinese, name.English)).ToImmutableArray());

    /// <summary>Writes the members for <c>ToString()</c>, each list with its first items rather than its type's name.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder) => RuleOfLaw.Domain.Internal.RecordText.Members(builder, ("Id", Id), ("Title", Title), ("FirstYear", FirstYear), ("LastYear", LastYear), ("Areas", Areas));
}
