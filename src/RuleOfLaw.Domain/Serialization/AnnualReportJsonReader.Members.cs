using System;
using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using RuleOfLaw.Domain.Indicators;
using RuleOfLaw.Domain.Measures;
using RuleOfLaw.Domain.Plans;
using RuleOfLaw.Domain.Rates;
using RuleOfLaw.Domain.Reports;

namespace RuleOfLaw.Domain.Serialization;

/// <summary>The members of the report's parts, each read as its constructor takes them; the low bits of <c>seen</c> are the required members.</summary>
internal static partial class AnnualReportJsonReader
{
    private static ReportingSubject Subject(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? fullName = null;
        string? shortName = null;
        AdministrativeLevel? level = null;
        SubjectKind kind = default;
        string? divisionCode = null;
        var nationalDemonstrationArea = false;
        var designation = false;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("fullName"u8))
            {
                Once(ref seen, 1 << 0);
                fullName = Text(ref reader);
            }
            else if (name.SequenceEqual("shortName"u8))
            {
                Once(ref seen, 1 << 1);
                shortName = Text(ref reader);
            }
            else if (name.SequenceEqual("level"u8))
            {
                Once(ref seen, 1 << 2);
                level = NullableEnumerated<AdministrativeLevel>(ref reader);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                Once(ref seen, 1 << 3);
                kind = Enumerated<SubjectKind>(ref reader);
            }
            else if (name.SequenceEqual("divisionCode"u8))
            {
                Once(ref seen, 1 << 4);
                divisionCode = NullableText(ref reader);
            }
            else if (name.SequenceEqual("isNationalDemonstrationArea"u8))
            {
                Once(ref seen, 1 << 5);
                nationalDemonstrationArea = Flag(ref reader);
            }
            else if (name.SequenceEqual("isDesignation"u8))
            {
                Once(ref seen, 1 << 6);
                designation = Flag(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1111);
        return new ReportingSubject(fullName!, shortName!, level, kind, divisionCode, nationalDemonstrationArea, designation);
    }

    private static Section Section(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? marker = null;
        var outlineLevel = 0;
        string? heading = null;
        var body = string.Empty;
        ImmutableArray<Section> children = default;
        ImmutableArray<ReportPart> parts = default;
        var headingBoundaryUncertain = false;
        ImmutableArray<Quantity> quantities = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("marker"u8))
            {
                Once(ref seen, 1 << 0);
                marker = Text(ref reader);
            }
            else if (name.SequenceEqual("outlineLevel"u8))
            {
                Once(ref seen, 1 << 1);
                outlineLevel = WholeNumber(ref reader);
            }
            else if (name.SequenceEqual("heading"u8))
            {
                Once(ref seen, 1 << 2);
                heading = Text(ref reader);
            }
            else if (name.SequenceEqual("body"u8))
            {
                Once(ref seen, 1 << 3);
                body = Text(ref reader);
            }
            else if (name.SequenceEqual("children"u8))
            {
                Once(ref seen, 1 << 4);
                children = Collection(ref reader, Section);
            }
            else if (name.SequenceEqual("parts"u8))
            {
                Once(ref seen, 1 << 5);
                parts = Collection(ref reader, EnumeratedElement<ReportPart>);
            }
            else if (name.SequenceEqual("isHeadingBoundaryUncertain"u8))
            {
                Once(ref seen, 1 << 6);
                headingBoundaryUncertain = Flag(ref reader);
            }
            else if (name.SequenceEqual("quantities"u8))
            {
                Once(ref seen, 1 << 7);
                quantities = Collection(ref reader, Quantity);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b111);
        return new Section(marker!, outlineLevel, heading!, body, children, parts, headingBoundaryUncertain, quantities);
    }

    private static Quantity Quantity(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        var value = 0m;
        string? unit = null;
        var kind = QuantityKind.Count;
        var qualifier = QuantityQualifier.Exact;
        var scale = ScaleWord.None;
        string? printed = null;
        var role = QuantityRole.Level;
        QuantityChange? change = null;
        Ratio? ratio = null;
        Rate? fraction = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("value"u8))
            {
                Once(ref seen, 1 << 0);
                value = Number(ref reader);
            }
            else if (name.SequenceEqual("unit"u8))
            {
                Once(ref seen, 1 << 1);
                unit = Text(ref reader);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                Once(ref seen, 1 << 2);
                kind = Enumerated<QuantityKind>(ref reader);
            }
            else if (name.SequenceEqual("qualifier"u8))
            {
                Once(ref seen, 1 << 3);
                qualifier = Enumerated<QuantityQualifier>(ref reader);
            }
            else if (name.SequenceEqual("scale"u8))
            {
                Once(ref seen, 1 << 4);
                scale = Enumerated<ScaleWord>(ref reader);
            }
            else if (name.SequenceEqual("printed"u8))
            {
                Once(ref seen, 1 << 5);
                printed = NullableText(ref reader);
            }
            else if (name.SequenceEqual("role"u8))
            {
                Once(ref seen, 1 << 6);
                role = Enumerated<QuantityRole>(ref reader);
            }
            else if (name.SequenceEqual("change"u8))
            {
                Once(ref seen, 1 << 7);
                change = NullableObject(ref reader, QuantityChange);
            }
            else if (name.SequenceEqual("ratio"u8))
            {
                Once(ref seen, 1 << 8);
                Advance(ref reader);
                ratio = reader.TokenType == JsonTokenType.Null ? null : Converted(RatioConverter, ref reader);
            }
            else if (name.SequenceEqual("fraction"u8))
            {
                Once(ref seen, 1 << 9);
                Advance(ref reader);
                fraction = reader.TokenType == JsonTokenType.Null ? null : Converted(FractionConverter, ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new Quantity(value, unit!, kind, qualifier, scale, printed, role, change, ratio, fraction);
    }

    private static QuantityChange QuantityChange(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        ChangeUnit unit = default;
        ChangeDirection direction = default;
        string? basePeriod = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("unit"u8))
            {
                Once(ref seen, 1 << 0);
                unit = Enumerated<ChangeUnit>(ref reader);
            }
            else if (name.SequenceEqual("direction"u8))
            {
                Once(ref seen, 1 << 1);
                direction = Enumerated<ChangeDirection>(ref reader);
            }
            else if (name.SequenceEqual("basePeriod"u8))
            {
                Once(ref seen, 1 << 2);
                basePeriod = NullableText(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new QuantityChange(unit, direction, basePeriod);
    }

    private static Measure Measure(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? heading = null;
        var description = string.Empty;
        ImmutableArray<TaskArea> taskAreas = default;
        ImmutableArray<Quantity> results = default;
        string? section = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("heading"u8))
            {
                Once(ref seen, 1 << 0);
                heading = Text(ref reader);
            }
            else if (name.SequenceEqual("description"u8))
            {
                Once(ref seen, 1 << 1);
                description = Text(ref reader);
            }
            else if (name.SequenceEqual("taskAreas"u8))
            {
                Once(ref seen, 1 << 2);
                taskAreas = Collection(ref reader, TaskArea);
            }
            else if (name.SequenceEqual("results"u8))
            {
                Once(ref seen, 1 << 3);
                results = Collection(ref reader, Quantity);
            }
            else if (name.SequenceEqual("section"u8))
            {
                Once(ref seen, 1 << 4);
                section = NullableText(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1);
        return new Measure(heading!, description, taskAreas, results, section);
    }

    private static TaskArea TaskArea(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? catalogId = null;
        var number = 0;
        string? chineseName = null;
        string? englishName = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("catalogId"u8))
            {
                Once(ref seen, 1 << 0);
                catalogId = Text(ref reader);
            }
            else if (name.SequenceEqual("number"u8))
            {
                Once(ref seen, 1 << 1);
                number = WholeNumber(ref reader);
            }
            else if (name.SequenceEqual("chineseName"u8))
            {
                Once(ref seen, 1 << 2);
                chineseName = Text(ref reader);
            }
            else if (name.SequenceEqual("englishName"u8))
            {
                Once(ref seen, 1 << 3);
                englishName = Text(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1111);
        return new TaskArea(catalogId!, number, chineseName!, englishName!);
    }

    private static Shortcoming Shortcoming(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? description = null;
        ImmutableArray<string> causes = default;
        string? section = null;
        BodyRange? statement = null;
        ImmutableArray<BodyRange> causeStatements = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("description"u8))
            {
                Once(ref seen, 1 << 0);
                description = Text(ref reader);
            }
            else if (name.SequenceEqual("causes"u8))
            {
                Once(ref seen, 1 << 1);
                causes = Collection(ref reader, TextElement);
            }
            else if (name.SequenceEqual("section"u8))
            {
                Once(ref seen, 1 << 2);
                section = NullableText(ref reader);
            }
            else if (name.SequenceEqual("statement"u8))
            {
                Once(ref seen, 1 << 3);
                Advance(ref reader);
                statement = reader.TokenType == JsonTokenType.Null ? null : BodyRange(ref reader);
            }
            else if (name.SequenceEqual("causeStatements"u8))
            {
                Once(ref seen, 1 << 4);
                causeStatements = Collection(ref reader, BodyRange);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1);
        return new Shortcoming(description!, causes, section, statement, causeStatements);
    }

    private static BodyRange BodyRange(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        var start = 0;
        var length = 0;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("start"u8))
            {
                Once(ref seen, 1 << 0);
                start = WholeNumber(ref reader);
            }
            else if (name.SequenceEqual("length"u8))
            {
                Once(ref seen, 1 << 1);
                length = WholeNumber(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new BodyRange(start, length);
    }

    private static Plan Plan(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        ReportYear year = default;
        ImmutableArray<PlanItem> items = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("year"u8))
            {
                Once(ref seen, 1 << 0);
                year = Year(ref reader);
            }
            else if (name.SequenceEqual("items"u8))
            {
                Once(ref seen, 1 << 1);
                items = Collection(ref reader, PlanItem);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new Plan(year, items);
    }

    private static PlanItem PlanItem(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? heading = null;
        var description = string.Empty;
        Quantity? target = null;
        string? section = null;
        string? targetPath = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("heading"u8))
            {
                Once(ref seen, 1 << 0);
                heading = Text(ref reader);
            }
            else if (name.SequenceEqual("description"u8))
            {
                Once(ref seen, 1 << 1);
                description = Text(ref reader);
            }
            else if (name.SequenceEqual("target"u8))
            {
                Once(ref seen, 1 << 2);
                target = NullableObject(ref reader, Quantity);
            }
            else if (name.SequenceEqual("section"u8))
            {
                Once(ref seen, 1 << 3);
                section = NullableText(ref reader);
            }
            else if (name.SequenceEqual("targetPath"u8))
            {
                Once(ref seen, 1 << 4);
                targetPath = NullableText(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1);
        return new PlanItem(heading!, description, target, section, targetPath);
    }

    private static IndicatorValue IndicatorValue(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        IndicatorCode? indicator = null;
        IndicatorScope? scope = null;
        ReportYear period = default;
        long? numerator = null;
        long? denominator = null;
        Quantity? quantity = null;
        PublishedFigure? published = null;
        string? printedText = null;
        PublishedChange? change = null;
        string? printedName = null;
        IndicatorKind? kind = null;
        CountLink? numeratorLink = null;
        CountLink? denominatorLink = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("indicator"u8))
            {
                Once(ref seen, 1 << 0);
                Advance(ref reader);
                indicator = Converted(CodeConverter, ref reader);
            }
            else if (name.SequenceEqual("scope"u8))
            {
                Once(ref seen, 1 << 1);
                Advance(ref reader);
                scope = Converted(ScopeConverter, ref reader);
            }
            else if (name.SequenceEqual("period"u8))
            {
                Once(ref seen, 1 << 2);
                period = Year(ref reader);
            }
            else if (name.SequenceEqual("numerator"u8))
            {
                Once(ref seen, 1 << 3);
                numerator = NullableInt64(ref reader);
            }
            else if (name.SequenceEqual("denominator"u8))
            {
                Once(ref seen, 1 << 4);
                denominator = NullableInt64(ref reader);
            }
            else if (name.SequenceEqual("quantity"u8))
            {
                Once(ref seen, 1 << 5);
                quantity = NullableObject(ref reader, Quantity);
            }
            else if (name.SequenceEqual("published"u8))
            {
                Once(ref seen, 1 << 6);
                published = NullableFigure(ref reader);
            }
            else if (name.SequenceEqual("printedText"u8))
            {
                Once(ref seen, 1 << 7);
                printedText = NullableText(ref reader);
            }
            else if (name.SequenceEqual("change"u8))
            {
                Once(ref seen, 1 << 8);
                change = NullableObject(ref reader, PublishedChange);
            }
            else if (name.SequenceEqual("name"u8))
            {
                Once(ref seen, 1 << 9);
                printedName = NullableText(ref reader);
            }
            else if (name.SequenceEqual("kind"u8))
            {
                Once(ref seen, 1 << 10);
                kind = NullableEnumerated<IndicatorKind>(ref reader);
            }
            else if (name.SequenceEqual("numeratorLink"u8))
            {
                Once(ref seen, 1 << 11);
                numeratorLink = NullableEnumerated<CountLink>(ref reader);
            }
            else if (name.SequenceEqual("denominatorLink"u8))
            {
                Once(ref seen, 1 << 12);
                denominatorLink = NullableEnumerated<CountLink>(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b111);
        return new IndicatorValue(indicator!, scope!, period, numerator, denominator, quantity, published, printedText, change, printedName, kind, numeratorLink, denominatorLink);
    }

    private static PublishedFigure? NullableFigure(ref Utf8JsonReader reader)
    {
        Advance(ref reader);
        return reader.TokenType == JsonTokenType.Null ? null : Converted(FigureConverter, ref reader);
    }

    private static PublishedChange PublishedChange(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        PublishedFigure figure = default;
        ChangeUnit unit = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("figure"u8))
            {
                Once(ref seen, 1 << 0);
                Advance(ref reader);
                figure = Converted(FigureConverter, ref reader);
            }
            else if (name.SequenceEqual("unit"u8))
            {
                Once(ref seen, 1 << 1);
                unit = Enumerated<ChangeUnit>(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new PublishedChange(figure, unit);
    }

    private static Publication Publication(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        OffsetDateTime publishedAt = default;
        PublicationChannel? channel = null;
        string? informationSource = null;
        Uri? url = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("publishedAt"u8))
            {
                Once(ref seen, 1 << 0);
                Advance(ref reader);
                publishedAt = Converted(TimeConverter, ref reader);
            }
            else if (name.SequenceEqual("channel"u8))
            {
                Once(ref seen, 1 << 1);
                channel = NullableEnumerated<PublicationChannel>(ref reader);
            }
            else if (name.SequenceEqual("informationSource"u8))
            {
                Once(ref seen, 1 << 2);
                informationSource = NullableText(ref reader);
            }
            else if (name.SequenceEqual("url"u8))
            {
                Once(ref seen, 1 << 3);
                Advance(ref reader);
                url = reader.TokenType == JsonTokenType.Null ? null : Converted(UriConverter, ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1);
        return new Publication(publishedAt, channel, informationSource, url);
    }

    private static PublicationExemption Exemption(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? reason = null;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("reason"u8))
            {
                Once(ref seen, 1 << 0);
                reason = Text(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b1);
        return new PublicationExemption(reason!);
    }

    private static Submission Submission(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? recipient = null;
        SubmissionRecipientKind recipientKind = default;
        LocalDate date = default;
        ImmutableArray<string> copies = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("recipient"u8))
            {
                Once(ref seen, 1 << 0);
                recipient = Text(ref reader);
            }
            else if (name.SequenceEqual("recipientKind"u8))
            {
                Once(ref seen, 1 << 1);
                recipientKind = Enumerated<SubmissionRecipientKind>(ref reader);
            }
            else if (name.SequenceEqual("date"u8))
            {
                Once(ref seen, 1 << 2);
                date = Date(ref reader);
            }
            else if (name.SequenceEqual("copies"u8))
            {
                Once(ref seen, 1 << 3);
                copies = Collection(ref reader, TextElement);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b111);
        return new Submission(recipient!, recipientKind, date, copies);
    }

    private static SignOff SignOff(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? signer = null;
        LocalDate date = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("signer"u8))
            {
                Once(ref seen, 1 << 0);
                signer = Text(ref reader);
            }
            else if (name.SequenceEqual("date"u8))
            {
                Once(ref seen, 1 << 1);
                date = Date(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b11);
        return new SignOff(signer!, date);
    }

    private static QuantityBreakdown Breakdown(ref Utf8JsonReader reader)
    {
        Start(ref reader);
        string? total = null;
        ImmutableArray<string> parts = default;
        BreakdownCompleteness completeness = default;
        var seen = 0;
        while (NextMember(ref reader, out var name))
        {
            if (name.SequenceEqual("total"u8))
            {
                Once(ref seen, 1 << 0);
                total = NullableText(ref reader);
            }
            else if (name.SequenceEqual("parts"u8))
            {
                Once(ref seen, 1 << 1);
                parts = Collection(ref reader, TextElement);
            }
            else if (name.SequenceEqual("completeness"u8))
            {
                Once(ref seen, 1 << 2);
                completeness = Enumerated<BreakdownCompleteness>(ref reader);
            }
            else
            {
                throw Unusual();
            }
        }

        Require(seen, 0b111);
        return new QuantityBreakdown(total, parts, completeness);
    }
}
