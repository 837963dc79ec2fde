using Sailplan.Core.Strategy;
using static Sailplan.Core.Tests.Strategy.CharterSamples;

namespace Sailplan.Core.Tests.Strategy;

public class CharterDiffTests
{
    private readonly Charter founded = Founded();

    [Fact]
    public void A_superseded_principle_is_listed_with_before_after_and_the_words_that_changed()
    {
        var amended = CharterAmendment.Propose(founded, founded.With(principles: founded.Reworded(1, "Handle time is managed, never capped.")),
            Rationale, Owner, Day1).Approve(founded, Sponsor, true, false, null, Day2)!;

        var change = Assert.Single(CharterDiff.Between(founded, amended));

        Assert.Equal(("principles[1]", "Principle 2", true, ClauseChangeKind.Superseded), (change.Clause, change.Label, change.Core, change.Kind));
        Assert.Equal(founded.Principles[1].Id, change.ClauseId);
        Assert.Equal(("Handle time is kept short.", "Handle time is managed, never capped."), (change.Before, change.After));
        Assert.Equal(
            [(WordChangeKind.Same, "Handle time is "), (WordChangeKind.Deleted, "kept short"), (WordChangeKind.Inserted, "managed, never capped"), (WordChangeKind.Same, ".")],
            change.Words.Select(w => (w.Kind, w.Text)));
    }

    [Fact]
    public void Across_several_revisions_it_lists_refreshed_added_and_achieved_clauses_and_leaves_out_the_unchanged()
    {
        var refreshed = founded.Refresh(founded.With(mission: "One contact is enough.",
            milestones: founded.WithMilestone(0, m => m with { Status = MilestoneStatus.Achieved, StatusNote = "Live" })), Owner, "Progress", Day1);
        var amended = CharterAmendment.Propose(refreshed, refreshed.With(principles: [.. refreshed.Principles, Principle.New("Be kind.")]),
            Rationale, Owner, Day1).Approve(refreshed, Sponsor, true, false, null, Day2)!;

        var changes = CharterDiff.Between(founded, amended);

        Assert.Equal(
            [("mission", ClauseChangeKind.Refreshed, false), ("principles[3]", ClauseChangeKind.Added, true), ("milestones[0].status", ClauseChangeKind.Achieved, true)],
            changes.Select(c => (c.Clause, c.Kind, c.Core)));
        Assert.Equal(("Open", "Achieved: Live"), (changes[2].Before, changes[2].After));
        Assert.Null(changes[1].Before);
    }

    [Fact]
    public void The_same_revision_has_no_changes_and_a_later_one_cannot_come_first()
    {
        var refreshed = founded.Refresh(founded.With(vision: "New"), Owner, "Vision", Day1);

        Assert.Empty(CharterDiff.Between(refreshed, refreshed));
        Assert.Equal("from", Assert.Throws<DomainException>(() => CharterDiff.Between(refreshed, founded)).Field);
    }

    [Fact]
    public void A_new_order_of_the_principles_is_reported_once()
    {
        var content = founded.With(principles: [founded.Principles[2], founded.Principles[0], founded.Principles[1]]);
        var amended = CharterAmendment.Propose(founded, content, Rationale, Owner, Day1).Approve(founded, Sponsor, true, false, null, Day2)!;

        var change = Assert.Single(CharterDiff.Between(founded, amended));

        Assert.Equal(ClauseChangeKind.Reordered, change.Kind);
        Assert.StartsWith("1. Tell customers before they ask.", change.After, StringComparison.Ordinal);
    }
}
