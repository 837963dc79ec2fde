using Sailplan.Core.Strategy;
using static Sailplan.Core.Tests.Strategy.CharterSamples;

namespace Sailplan.Core.Tests.Strategy;

public class CharterAmendmentTests
{
    private readonly Charter founded = Founded();

    private CharterAmendment ProposeNewWording() =>
        CharterAmendment.Propose(founded, founded.With(principles: founded.Reworded(1, "Handle time is managed, never capped.")), Rationale, Owner, Day1);

    [Fact]
    public void The_sponsor_approves_and_the_amendment_becomes_the_next_revision_with_its_rationale()
    {
        var amendment = ProposeNewWording();

        var amended = amendment.Approve(founded, Sponsor, isExecutiveSponsor: true, secondApproverRequired: false, "Agreed", Day2);

        Assert.NotNull(amended);
        Assert.Equal((2, founded.Id, RevisionKind.Amendment, amendment.Id), (amended.Revision, amended.SupersedesId, amended.Kind, amended.AmendmentId));
        Assert.Equal((Rationale, "Jonas Hartmann"), (amended.Reason, amended.AuthorName));
        Assert.Equal("Katrin Vogel", Assert.Single(amended.ApprovedBy).ApproverName);
        Assert.Equal((AmendmentStatus.Approved, (int?)2, (DateTimeOffset?)Day2), (amendment.Status, amendment.ResultingRevision, amendment.ClosedAt));
    }

    [Fact]
    public void Superseding_a_principle_keeps_its_clause_id_and_its_earlier_wording_stays_in_the_history()
    {
        var amended = ProposeNewWording().Approve(founded, Sponsor, true, false, null, Day2)!;

        Assert.Equal(founded.Principles[1].Id, amended.Principles[1].Id);
        Assert.Equal("Handle time is managed, never capped.", amended.Principles[1].Text);
        var history = CharterDiff.HistoryOf(amended.Principles[1].Id, [amended, founded]);
        Assert.Equal([(1, "Handle time is kept short."), (2, "Handle time is managed, never capped.")], history.Select(w => (w.Revision, w.Text)));
        Assert.Equal(Rationale, history[1].Reason);
    }

    [Fact]
    public void An_amendment_may_add_a_principle_and_retire_a_milestone_with_a_reason()
    {
        var content = founded.With(
            principles: [.. founded.Principles, Principle.New("Vulnerable customers get a named owner.")],
            milestones: founded.WithMilestone(1, m => m with { Status = MilestoneStatus.Retired, StatusNote = "Replaced by the app launch" }));

        var amended = CharterAmendment.Propose(founded, content, Rationale, Owner, Day1).Approve(founded, Sponsor, true, false, null, Day2)!;

        Assert.Equal(4, amended.Principles.Count);
        Assert.Equal(MilestoneStatus.Retired, amended.Milestones[1].Status);
    }

    [Fact]
    public void The_proposer_cannot_approve_their_own_amendment()
    {
        var amendment = ProposeNewWording();

        var error = Assert.Throws<DomainException>(() => amendment.Approve(founded, Actor.Named(" jonas hartmann "), true, false, null, Day2));

        Assert.Equal("approver", error.Field);
        Assert.Contains("proposed this amendment", error.Message, StringComparison.Ordinal);
        Assert.Equal(AmendmentStatus.Proposed, amendment.Status);
        Assert.Empty(amendment.Approvals);
    }

    [Fact]
    public void The_same_user_id_is_the_same_person_whatever_the_name()
    {
        var user = Guid.NewGuid();
        var amendment = CharterAmendment.Propose(founded, founded.With(purpose: "New purpose"), Rationale, new Actor(user, "J. Hartmann"), Day1);

        var error = Assert.Throws<DomainException>(() => amendment.Approve(founded, new Actor(user, "Jonas"), true, false, null, Day2));

        Assert.Equal("approver", error.Field);
    }

    [Fact]
    public void Only_the_executive_sponsor_approves_or_rejects()
    {
        var amendment = ProposeNewWording();

        var approve = Assert.Throws<DomainException>(() => amendment.Approve(founded, Board, isExecutiveSponsor: false, false, null, Day2));
        var reject = Assert.Throws<DomainException>(() => amendment.Reject(Board, isExecutiveSponsor: false, "No", Day2));

        Assert.Contains("executive sponsor", approve.Message, StringComparison.Ordinal);
        Assert.Equal("approver", reject.Field);
    }

    [Fact]
    public void With_a_second_approver_required_it_takes_effect_only_after_a_second_different_person_approves()
    {
        var amendment = ProposeNewWording();

        var afterFirst = amendment.Approve(founded, Sponsor, true, secondApproverRequired: true, "Yes", Day2);
        var again = Assert.Throws<DomainException>(() => amendment.Approve(founded, Sponsor, true, true, "Yes again", Day2));
        var afterSecond = amendment.Approve(founded, Board, true, secondApproverRequired: true, "Yes", Day2.AddHours(1));

        Assert.Null(afterFirst);
        Assert.Contains("second, different approver", again.Message, StringComparison.Ordinal);
        Assert.NotNull(afterSecond);
        Assert.Equal(["Katrin Vogel", "Ruth Adler"], afterSecond.ApprovedBy.Select(a => a.ApproverName));
        Assert.Equal(AmendmentStatus.Approved, amendment.Status);
    }

    [Fact]
    public void An_amendment_written_against_an_older_revision_is_refused_as_stale()
    {
        var amendment = ProposeNewWording();
        var refreshed = founded.Refresh(founded.With(vision: "Another vision"), Owner, "Vision restated", Day2);

        var error = Assert.Throws<DomainException>(() => amendment.Approve(refreshed, Sponsor, true, false, null, Day2));

        Assert.Equal("baseRevision", error.Field);
        Assert.Contains("written against revision 1, but the charter is now at revision 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(AmendmentStatus.Proposed, amendment.Status);
        Assert.True(amendment.SupersedeIfStale(refreshed, Day2));
        Assert.Equal((AmendmentStatus.Superseded, (int?)2), (amendment.Status, amendment.ResultingRevision));
        var superseded = Assert.Throws<DomainException>(() => amendment.Approve(refreshed, Sponsor, true, false, null, Day2));
        Assert.Equal("baseRevision", superseded.Field);
        Assert.Contains("propose it again", superseded.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Because.")]
    public void A_rationale_is_required_and_not_trivial(string rationale)
    {
        var error = Assert.Throws<DomainException>(() =>
            CharterAmendment.Propose(founded, founded.With(purpose: "New purpose"), rationale, Owner, Day1));

        Assert.Equal("rationale", error.Field);
    }

    [Fact]
    public void A_rejection_needs_a_comment_and_closes_the_amendment()
    {
        var amendment = ProposeNewWording();

        var noComment = Assert.Throws<DomainException>(() => amendment.Reject(Sponsor, true, "", Day2));
        amendment.Reject(Sponsor, true, "Not before the bill run.", Day2);
        var late = Assert.Throws<DomainException>(() => amendment.Approve(founded, Sponsor, true, false, null, Day2));

        Assert.Equal("comment", noComment.Field);
        Assert.Equal(AmendmentStatus.Rejected, amendment.Status);
        Assert.Equal(ApprovalDecision.Rejected, Assert.Single(amendment.Approvals).Decision);
        Assert.Equal("status", late.Field);
    }

    [Fact]
    public void Only_the_proposer_withdraws()
    {
        var amendment = ProposeNewWording();

        Assert.Throws<DomainException>(() => amendment.Withdraw(Sponsor, Day2));
        amendment.Withdraw(Owner, Day2);

        Assert.Equal(AmendmentStatus.Withdrawn, amendment.Status);
    }

    [Fact]
    public void An_amendment_that_changes_nothing_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => CharterAmendment.Propose(founded, founded.With(), Rationale, Owner, Day1));

        Assert.Equal("body", error.Field);
    }
}
