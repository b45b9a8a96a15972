using NodaTime;
using NodaTime.Text;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes a <see cref="LocalDate"/> as an ISO date string, <c>"2025-03-28"</c>, and reads it back.</summary>
internal sealed class LocalDateJsonConverter : IsoPatternJsonConverter<LocalDate>
{
    /// <summary>Initializes a new instance of the <see cref="LocalDateJsonConverter"/> class.</summary>
    public LocalDateJsonConverter()
        : base(LocalDatePattern.Iso, date => date.Calendar)
    {
    }
}
