using System;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>Reads a document fast when it is in its canonical form, or returns null so that the metadata path reads it.</summary>
/// <typeparam name="T">The root document's type.</typeparam>
/// <param name="utf8Json">The document in UTF-8.</param>
internal delegate T? FastJsonRead<T>(ReadOnlySpan<byte> utf8Json)
    where T : class;

/// <summary>
/// A hand-written reader of report documents over <see cref="Utf8JsonReader"/>, for JSON Lines in bulk (#21, #18): the
/// serializer's path through parameterized constructors (argument buffers, boxing, a lookup per member) costs about
/// three times a plain parse, and a batch spends most of its time there.
/// </summary>
/// <remarks>
/// <para>
/// It takes only what the library itself writes, and a little more: the members of the metadata in any order, unescaped
/// member names, enumeration members in their camel-case spelling, no <c>null</c> where the model allows none. On
/// anything else (an unknown, repeated or missing member, a wrong token, a rule a constructor refuses, a malformed
/// document) it returns null and the caller reads the same bytes with the source-generated metadata, so that every
/// failure is found, located and worded in one place, <see cref="JsonReading"/>.
/// </para>
/// <para>
/// Every value goes through the same validating constructor, and every custom value through the same converter, as on
/// the metadata path; a missing optional member takes the constructor's default. A property test checks that both paths
/// give equal reports or the same error for generated and mutated documents.
/// </para>
/// </remarks>
internal static partial class AnnualReportJsonReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = RuleOfLawJson.MaxDepth };
    private static readonly ReportYearJsonConverter YearConverter = new();
    private static readonly IndicatorCodeJsonConverter CodeConverter = new();
    private static readonly IndicatorScopeJsonConverter ScopeConverter = new();
    private static readonly PublishedFigureJsonConverter FigureConverter = new();
    private static readonly LocalDateJsonConverter DateConverter = new();
    private static readonly OffsetDateTimeJsonConverter TimeConverter = new();
    private static readonly RatioJsonConverter RatioConverter = new();
    private static readonly RateJsonConverter FractionConverter = new();

    private delegate T ElementReader<T>(ref Utf8JsonReader reader);

    /// <summary>Reads a report in its canonical form.</summary>
    /// <param name="utf8Json">The document in UTF-8.</param>
    /// <returns>The report, equal to what the metadata path reads; or null when the document is anything unusual, valid or not.</returns>
    public static AnnualReport? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        try
        {
            Advance(ref reader);
            var report = Report(ref reader);
            return reader.Read() ? null : report;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidOperationException or OverflowException)
        {
            // Bad input, or input only the metadata path reads: that path reads it again and words any failure.
            return null;
        }
    }

    private static AnnualReport Report(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        ReportingSubject? subject = null;
        ReportYear year = default;
        string? title = null;
        ImmutableArray<Section> sections = default;
        ImmutableArray<Measures.Measure> measures = default;
        ImmutableArray<Shortcoming> shortcomings = default;
        Plans.Plan? plan = null;
        ImmutableArray<IndicatorValue> indicatorValues = default;
        Publication? publication = null;
        PublicationExemption? exemption = null;
        ImmutableArray<Submission> submissions = default;
        SignOff? signOff = null;
        var preamble = string.Empty;
        ImmutableArray<Measures.Quantity> preambleQuantities = default;
        var documentKind = DocumentKind.AnnualReport;
        ImmutableArray<Measures.QuantityBreakdown> breakdowns = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("schemaVersion"u8))
            {
                Once(ref seen, 1 << 0);
                Advance(ref reader);
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != RuleOfLawJson.SchemaVersion)
                {
                    throw Unusual();
                }
            }
            else if (name.SequenceEqual("subject"u8))
            {
                Once(ref seen, 1 << 1);
                subject = Object(ref reader, Subject);
            }
            else if (name.SequenceEqual("year"u8))
            {
                Once(ref seen, 1 << 2);
                year = Year(ref reader);
            }
            else if (name.SequenceEqual("title"u8))
            {
                Once(ref seen, 1 << 3);
                title = Text(ref reader);
            }
            else if (name.SequenceEqual("preamble"u8))
            {
                Once(ref seen, 1 << 4);
                preamble = Text(ref reader);
            }
            else if (name.SequenceEqual("preambleQuantities"u8))
            {
                Once(ref seen, 1 << 5);
                preambleQuantities = Collection(ref reader, Quantity);
            }
            else if (name.SequenceEqual("sections"u8))
            {
                Once(ref seen, 1 << 6);
                sections = Collection(ref reader, Section);
            }
            else if (name.SequenceEqual("measures"u8))
            {
                Once(ref seen, 1 << 7);
                measures = Collection(ref reader, Measure);
            }
            else if (name.SequenceEqual("shortcomings"u8))
            {
                Once(ref seen, 1 << 8);
                shortcomings = Collection(ref reader, Shortcoming);
            }
            else if (name.SequenceEqual("plan"u8))
            {
                Once(ref seen, 1 << 9);
                plan = NullableObject(ref reader, Plan);
            }
            else if (name.SequenceEqual("indicatorValues"u8))
            {
                Once(ref seen, 1 << 10);
                indicatorValues = Collection(ref reader, IndicatorValue);
            }
            else if (name.SequenceEqual("publication"u8))
            {
                Once(ref seen, 1 << 11);
                publication = NullableObject(ref reader, Publication);
            }
            else if (name.SequenceEqual("exemption"u8))
            {
                Once(ref seen, 1 << 12);
                exemption = NullableObject(ref reader, Exemption);
            }
            else if (name.SequenceEqual("submissions"u8))
            {
                Once(ref seen, 1 << 13);
                submissions = Collection(ref reader, Submission);
            }
            else if (name.SequenceEqual("signOff"u8))
            {
                Once(ref seen, 1 << 14);
                signOff = NullableObject(ref reader, SignOff);
            }
            else if (name.SequenceEqual("documentKind"u8))
            {
                Once(ref seen, 1 << 15);
                documentKind = Enumerated<DocumentKind>(ref reader);
            }
            else if (name.SequenceEqual("breakdowns"u8))
            {
                Once(ref seen, 1 << 16);
                breakdowns = Collection(ref reader, Breakdown);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1111);
        return new AnnualReport(subject!, year, title!, sections, measures, shortcomings, plan, indicatorValues, publication, exemption, submissions, signOff, preamble, preambleQuantities, documentKind, breakdowns);
    }

    /// <summary>The failure that sends a document to the metadata path; never seen by a caller.</summary>
    private static JsonException Unusual() => new();

    /// <summary>Moves to the next token; the end of the input inside a document is unusual (the reader throws first).</summary>
    private static void Advance(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Unusual();
        }
    }

    private static void Start(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Unusual();
        }
    }

    /// <summary>Moves to the next member of an object; false at its end. Escaped names are unusual.</summary>
    private static bool NextMember(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.PropertyName && !reader.ValueIsEscaped)
        {
            name = reader.ValueSpan;
            return true;
        }

        name = default;
        return reader.TokenType == JsonTokenType.EndObject ? false : throw Unusual();
    }

    private static void Once(ref int seen, int member)
    {
        if ((seen & member) != 0)
        {
            throw Unusual();
        }

        seen |= member;
    }

    /// <summary>Fails unless every required member (the low bits) was seen.</summary>
    private static void Require(int seen, int required)
    {
        if ((seen & required) != required)
        {
            throw Unusual();
        }
    }

    private static string Text(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unusual();
    }

    private static string? NullableText(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw Unusual(),
        };
    }

    private static string TextElement(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unusual();

    private static int WholeNumber(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw Unusual();
    }

    private static long? NullableInt64(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value) ? value : throw Unusual();
    }

    private static decimal Number(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) ? value : throw Unusual();
    }

    private static bool Flag(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unusual(),
        };
    }

    private static TEnum Enumerated<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Advance(ref reader);
        return EnumeratedElement<TEnum>(ref reader);
    }

    private static TEnum? NullableEnumerated<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : EnumeratedElement<TEnum>(ref reader);
    }

    private static TEnum EnumeratedElement<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? CamelCaseNames<TEnum>.Find(reader.ValueSpan) : throw Unusual();

    private static ReportYear Year(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return Converted(YearConverter, ref reader);
    }

    private static LocalDate Date(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return Converted(DateConverter, ref reader);
    }

    private static T Object<T>(ref Utf8JsonReader reader, ElementReader<T> read)
        where T : class
    {
        Advance(ref reader);
        return read(ref reader);
    }

    private static T? NullableObject<T>(ref Utf8JsonReader reader, ElementReader<T> read)
        where T : class
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : read(ref reader);
    }

    private static ImmutableArray<T> Collection<T>(ref Utf8JsonReader reader, ElementReader<T> read)
    {
        Advance(ref reader);
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Unusual();
        }

        Advance(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return ImmutableArray<T>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<T>();
        do
        {
            items.Add(read(ref reader));
            Advance(ref reader);
        }
        while (reader.TokenType != JsonTokenType.EndArray);
        return items.DrainToImmutable();
    }

    /// <summary>Reads a value with the converter the metadata path uses; null, and a converter that stops elsewhere than at the value's end, are unusual.</summary>
    private static T Converted<T>(JsonConverter<T> converter, ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        var depth = reader.CurrentDepth;
        if (token == JsonTokenType.Null)
        {
            throw Unusual();
        }

        var value = converter.Read(ref reader, typeof(T), JsonStrictness.Compact);
        var end = token switch
        {
            JsonTokenType.StartObject => JsonTokenType.EndObject,
            JsonTokenType.StartArray => JsonTokenType.EndArray,
            _ => token,
        };
        return reader.CurrentDepth == depth && reader.TokenType == end && value is not null ? value : throw Unusual();
    }

    /// <summary>The members of an enumeration as the wire spells them, found by their UTF-8 bytes.</summary>
    private static class CamelCaseNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly TEnum[] Values = System.Enum.GetValues<TEnum>();
        private static readonly byte[][] Names = System.Array.ConvertAll(System.Enum.GetNames<TEnum>(), n => Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(n)));

        public static TEnum Find(ReadOnlySpan<byte> name)
        {
            for (var i = 0; i < Names.Length; i++)
            {
                if (name.SequenceEqual(Names[i]))
                {
                    return Values[i];
                }
            }

            throw Unusual();
        }
    }

    private static JsonConverter<Uri?> UriConverter => JsonMetadataServices.UriConverter;
}
