using System;
using System.Collections.Immutable;
using FsCheck.Xunit;
using NodaTime;
using RuleOfLaw.Domain.Testing;
using RuleOfLaw.Domain.Reports;
using RuleOfLaw.Domain.Tests.Contracts;
using Xunit;

namespace RuleOfLaw.Domain.Tests.Reports;

public sealed class SubmissionTests
{
    private static readonly LocalDate Date = new(2021, 3, 15);

    [Fact]
    public void Constructor_NoCopies_IsLegal()
    {
        Assert.Empty(new Submission("区委", SubmissionRecipientKind.PartyCommittee, Date).Copies);
    }

    [Fact]
    public void Constructor_BlankRecipient_Throws()
    {
        Assert.Equal("recipient", Assert.Throws<ArgumentException>(() => new Submission(" ", SubmissionRecipientKind.PartyCommittee, Date)).ParamName);
    }

    [Fact]
    public void Constructor_BlankCopy_Throws()
    {
        Assert.Equal("copies", Assert.Throws<ArgumentException>(() => new Submission("省委", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date, ImmutableArray.Create("中央依法治国办", ""))).ParamName);
    }

    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        Assert.Equal("recipientKind", Assert.Throws<ArgumentOutOfRangeException>(() => new Submission("区委", (SubmissionRecipientKind)42, Date)).ParamName);
    }

    [Fact]
    public void Equality_ComparesCopiesBySequence()
    {
        var copies = ImmutableArray.Create("中央依法治国办");

        ValueSemantics.Assert(
            new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date, copies),
            new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date, Copy.Of(copies)),
            new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date),
            new Submission("党中央、国务院", SubmissionRecipientKind.Other, Date, copies),
            new Submission("党中央、国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date.PlusDays(1), copies),
            new Submission("国务院", SubmissionRecipientKind.PartyCentralCommitteeAndStateCouncil, Date, copies));
    }

    [Property(Arbitrary = new[] { typeof(DomainArbitraries) })]
    public bool Equality_CopyThroughConstructorIsEqual(Submission submission)
    {
        var copy = new Submission(submission.Recipient, submission.RecipientKind, submission.Date, Copy.Of(submission.Copies));
        return copy == submission && copy.GetHashCode() == submission.GetHashCode();
    }
}
