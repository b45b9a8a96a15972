using RuleOfLaw.Domain.Internal;

namespace RuleOfLaw.Domain.Text;

/// <summary>A numbered heading found in report text, with the spans of its marker, title and body.</summary>
/// <param name="Marker">The marker as printed, such as <c>(一)</c> or <c>1．</c>.</param>
/// <param name="MarkerSpan">Where the marker is.</param>
/// <param name="Family">The marker's family.</param>
/// <param name="Number">The number the marker counts, 1 for <c>一、</c> and <c>①</c>.</param>
/// <param name="Title">The title: the text after the marker up to, not including, the 。 that ends it.</param>
/// <param name="TitleSpan">Where the title is.</param>
/// <param name="IsTitleBoundaryUncertain">Whether the title runs into its body with no stop, so that its end is a judgement.</param>
/// <param name="BodySpan">The section's own text: after the title (and its 。) up to the next heading of any level.</param>
/// <param name="ContentEnd">The index where the section ends with its subsections: the next heading at its level or above.</param>
/// <param name="Level">The outline level, 1 to 5: the one the marker's family fixes, or the one the text's shape gives (see <see cref="OutlineScanner"/>).</param>
internal sealed record OutlineEntry(
    string Marker,
    SourceSpan MarkerSpan,
    OutlineMarkerFamily Family,
    int Number,
    string Title,
    SourceSpan TitleSpan,
    bool IsTitleBoundaryUncertain,
    SourceSpan BodySpan,
    int ContentEnd,
    int Level);
