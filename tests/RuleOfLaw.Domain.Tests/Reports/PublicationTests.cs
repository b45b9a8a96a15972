using System;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class PublicationTests
{
    private static readonly OffsetDateTime At = new LocalDateTime(2025, 3, 31, 23, 30).WithOffset(Offset.FromHours(8));

    [Fact]
    public void Date_IsTheLocalDateAtThePrintedOffset()
    {
        var publication = new Publication(At);

        Assert.Equal(new LocalDate(2025, 3, 31), publication.Date);
        Assert.Equal(Offset.FromHours(8), publication.PublishedAt.Offset);
    }

    [Fact]
    public void BeijingDate_AtBeijingOffset_IsTheDatePrinted()
    {
        Assert.Equal(new LocalDate(2025, 3, 31), new Publication(At).BeijingDate);
    }

    [Fact]
    public void BeijingDate_AtAnotherOffset_IsTheDateInBeijing_WhichDateIsNot()
    {
        // 31 March 20:00 at UTC-05:00 is 1 April 09:00 in Beijing; 31 March 10:00 at UTC-05:00 is 31 March 23:00 there.
        var lateInBeijing = new Publication(new LocalDateTime(2025, 3, 31, 20, 0).WithOffset(Offset.FromHours(-5)));
        var sameDay = new Publication(new LocalDateTime(2025, 3, 31, 10, 0).WithOffset(Offset.FromHours(-5)));

        Assert.Equal(new LocalDate(2025, 3, 31), lateInBeijing.Date);
        Assert.Equal(new LocalDate(2025, 4, 1), lateInBeijing.BeijingDate);
        Assert.Equal(new LocalDate(2025, 3, 31), sameDay.BeijingDate);
    }

    [Theory]
    [InlineData("9999-12-31T15:59:59+00:00", "9999-12-31")] // 23:59:59 in Beijing
    [InlineData("9999-12-31T16:00:00+00:00", "9999-12-31")] // 10000-01-01 00:00 in Beijing: the last date
    [InlineData("9999-12-31T15:59:59-18:00", "9999-12-31")] // 10000-01-02 in Beijing
    [InlineData("9999-12-30T16:00:00+00:00", "9999-12-31")]
    [InlineData("9999-12-30T15:59:59+00:00", "9999-12-30")]
    [InlineData("0001-01-01T00:00:00+14:00", "0000-12-31")]
    [InlineData("-9998-01-01T00:00:00+18:00", "-9998-01-01")] // before the first date in Beijing: the first date
    [InlineData("-9998-01-01T10:00:00+18:00", "-9998-01-01")]
    public void BeijingDate_AtTheEndsOfTheCalendar_StaysInIt(string publishedAt, string beijingDate)
    {
        var time = OffsetDateTimePattern.ExtendedIso.Parse(publishedAt).GetValueOrThrow();

        Assert.Equal(LocalDatePattern.Iso.Parse(beijingDate).GetValueOrThrow(), new Publication(time).BeijingDate);
    }

    [Property(MaxTest = 2000)]
    public void BeijingDate_IsTheDateOfTheInstantInBeijing(int daySeed, int secondSeed, int offsetSeed)
    {
        var date = new LocalDate(1900, 1, 1).PlusDays((daySeed & int.MaxValue) % 150_000);
        var time = LocalTime.FromSecondsSinceMidnight((secondSeed & int.MaxValue) % 86_400);
        var offset = Offset.FromSeconds(((offsetSeed & int.MaxValue) % ((36 * 3600) + 1)) - (18 * 3600));
        var publishedAt = (date + time).WithOffset(offset);

        Assert.Equal(publishedAt.ToInstant().WithOffset(Offset.FromHours(8)).Date, new Publication(publishedAt).BeijingDate);
    }

    [Fact]
    public void Constructor_AbsoluteUrl_IsAcceptedAndRelativeThrows()
    {
        Assert.NotNull(new Publication(At, url: new Uri("https://www.example.gov.cn/a.html")).Url);

        var exception = Assert.Throws<ArgumentException>(() => new Publication(At, url: new Uri("a.html", UriKind.Relative)));

        Assert.Equal("url", exception.ParamName);
        Assert.StartsWith("url (\"a.html\") must be an absolute address", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankInformationSource_ThrowsButNullIsAccepted()
    {
        Assert.Null(new Publication(At, informationSource: null).InformationSource);
        Assert.Equal("informationSource", Assert.Throws<ArgumentException>(() => new Publication(At, informationSource: " ")).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedChannel_Throws()
    {
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => new Publication(At, (PublicationChannel)5)).ParamName);
    }

    [Fact]
    public void Equality_ComparesOffsetToo()
    {
        var sameInstantOtherOffset = At.WithOffset(Offset.Zero);

        ValueSemantics.Assert(
            new Publication(At, PublicationChannel.Website, "办公室"),
            new Publication(At, PublicationChannel.Website, "办公室"),
            new Publication(sameInstantOtherOffset, PublicationChannel.Website, "办公室"),
            new Publication(At, PublicationChannel.Newspaper, "办公室"),
            new Publication(At, PublicationChannel.Website),
            new Publication(At, PublicationChannel.Website, "办公室", new Uri("https://example.gov.cn/")));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Publication publication)
    {
        var copy = new Publication(publication.PublishedAt, publication.Channel, publication.InformationSource, publication.Url);
        return copy == publication && copy.GetHashCode() == publication.GetHashCode();
    }
}
