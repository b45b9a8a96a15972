using NodaTime;
using NodaTime.Text;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Writes an <see cref="OffsetDateTime"/> as an RFC 3339 string, <c>"2025-03-28T09:30:00+08:00"</c>, and reads it back.</summary>
internal sealed class OffsetDateTimeJsonConverter : IsoPatternJsonConverter<OffsetDateTime>
{
    /// <summary>Initializes a new instance of the <see cref="OffsetDateTimeJsonConverter"/> class.</summary>
    public OffsetDateTimeJsonConverter()
        : base(OffsetDateTimePattern.Rfc3339, time => time.Calendar)
    {
    }
}
