using Sailplan.Core.Strategy;
using static Sailplan.Core.Tests.Strategy.CharterSamples;

namespace Sailplan.Core.Tests.Strategy;

public class CharterTests
{
    private readonly Charter founded = Founded();

    [Fact]
    public void The_first_charter_is_revision_1_with_an_id_for_every_clause_and_milestones_by_date()
    {
        Assert.Equal((1, RevisionKind.Founding, (Guid?)null), (founded.Revision, founded.Kind, founded.SupersedesId));
        Assert.Equal(Charter.FoundingReason, founded.Reason);
        Assert.Equal(("Jonas Hartmann", Day1), (founded.AuthorName, founded.CreatedAt));
        Assert.All(founded.Principles, p => Assert.NotEqual(Guid.Empty, p.Id));
        Assert.All(founded.Milestones, m => Assert.NotEqual(Guid.Empty, m.Id));
        Assert.Equal(["Single customer view", "Bill redesign"], founded.Milestones.Select(m => m.Title));
    }

    [Fact]
    public void A_refresh_of_vision_and_mission_is_a_new_revision_and_leaves_the_old_one_as_it_was()
    {
        var refreshed = founded.Refresh(founded.With(vision: "The supplier people recommend.", mission: "One contact is enough."),
            Owner, "New head of service restates the vision.", Day2);

        Assert.NotEqual(founded.Id, refreshed.Id);
        Assert.Equal((2, founded.Id, RevisionKind.Refresh), (refreshed.Revision, refreshed.SupersedesId, refreshed.Kind));
        Assert.Equal(("The supplier people recommend.", "New head of service restates the vision.", Day2), (refreshed.Vision, refreshed.Reason, refreshed.CreatedAt));
        Assert.Equal("The easiest supplier to deal with.", founded.Vision);
        Assert.Equal(founded.Principles, refreshed.Principles);
        Assert.Empty(refreshed.ApprovedBy);
    }

    public static TheoryData<Func<Charter, CharterContent>, string> CoreChanges => new()
    {
        { c => c.With(purpose: "Service is a cost to keep low."), "purpose" },
        { c => c.With(ambition: AmbitionLevel.NecessaryCost), "ambition" },
        { c => c.With(principles: c.Reworded(1, "Handle time is capped at five minutes.")), "principles[1]" },
        { c => c.With(principles: [.. c.Principles, Principle.New("Be kind.")]), "principles[3]" },
        { c => c.With(principles: [c.Principles[1], c.Principles[0], c.Principles[2]]), "principles" },
        { c => c.With(milestones: c.WithMilestone(1, m => m with { Date = new DateOnly(2028, 1, 1) })), "milestones[1]" },
        { c => c.With(milestones: [.. c.Milestones, Milestone.New("App launch", new DateOnly(2026, 6, 1))]), "milestones[2]" },
        { c => c.With(milestones: c.WithMilestone(0, m => m with { Status = MilestoneStatus.Retired, StatusNote = "Dropped" })), "milestones[0].status" },
    };

    [Theory]
    [MemberData(nameof(CoreChanges))]
    public void A_refresh_that_touches_a_core_clause_is_refused_naming_it_and_asking_for_an_amendment(Func<Charter, CharterContent> change, string field)
    {
        var error = Assert.Throws<DomainException>(() => founded.Refresh(change(founded), Owner, "Trying a refresh", Day2));

        Assert.Equal(field, error.Field);
        Assert.Contains("amendment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refresh_can_record_a_milestone_as_achieved_with_a_note()
    {
        var content = founded.With(milestones: founded.WithMilestone(0, m => m with { Status = MilestoneStatus.Achieved, StatusNote = "Live in all teams" }));

        var refreshed = founded.Refresh(content, Owner, "Single customer view is live.", Day2);

        Assert.Equal((MilestoneStatus.Achieved, "Live in all teams"), (refreshed.Milestones[0].Status, refreshed.Milestones[0].StatusNote));
        Assert.Equal(founded.Milestones[0].Id, refreshed.Milestones[0].Id);
    }

    [Fact]
    public void Achieving_or_retiring_a_milestone_needs_a_note()
    {
        var content = founded.With(milestones: founded.WithMilestone(0, m => m with { Status = MilestoneStatus.Achieved }));

        var error = Assert.Throws<DomainException>(() => founded.Refresh(content, Owner, "Done", Day2));

        Assert.Equal("milestones[0].statusNote", error.Field);
    }

    [Fact]
    public void Deleting_a_principle_is_refused_naming_it_even_in_an_amendment()
    {
        var content = founded.With(principles: [founded.Principles[0], founded.Principles[2]]);

        var refresh = Assert.Throws<DomainException>(() => founded.Refresh(content, Owner, "Shorter list", Day2));
        var amendment = Assert.Throws<DomainException>(() => CharterAmendment.Propose(founded, content, Rationale, Owner, Day2));

        Assert.Equal("principles[1]", refresh.Field);
        Assert.Equal("principles[1]", amendment.Field);
        Assert.Contains("\u201cHandle time is kept short.\u201d", amendment.Message, StringComparison.Ordinal);
        Assert.Contains("never deleted", amendment.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_milestone_is_refused_naming_it()
    {
        var content = founded.With(milestones: [founded.Milestones[1]]);

        var error = Assert.Throws<DomainException>(() => CharterAmendment.Propose(founded, content, Rationale, Owner, Day2));

        Assert.Equal("milestones[0]", error.Field);
        Assert.Contains("Single customer view", error.Message, StringComparison.Ordinal);
        Assert.Contains("never removed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Emptying_the_purpose_is_refused_as_deleting_a_core_clause(string purpose)
    {
        var content = founded.With(purpose: purpose);

        var error = Assert.Throws<DomainException>(() => CharterAmendment.Propose(founded, content, Rationale, Owner, Day2));

        Assert.Equal("purpose", error.Field);
        Assert.Contains("never emptied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refresh_needs_a_reason_and_a_change()
    {
        var noReason = Assert.Throws<DomainException>(() => founded.Refresh(founded.With(vision: "New"), Owner, " ", Day2));
        var noChange = Assert.Throws<DomainException>(() => founded.Refresh(founded.With(), Owner, "Nothing really", Day2));

        Assert.Equal("reason", noReason.Field);
        Assert.Equal("body", noChange.Field);
        Assert.Contains("Nothing changed", noChange.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clause_id_given_twice_is_refused()
    {
        var content = founded.With(principles: [.. founded.Principles, founded.Principles[0] with { Text = "Copy" }]);

        var error = Assert.Throws<DomainException>(() => CharterAmendment.Propose(founded, content, Rationale, Owner, Day2));

        Assert.Equal("principles[3]", error.Field);
    }

    [Fact]
    public void The_author_needs_a_name()
    {
        var error = Assert.Throws<DomainException>(() => founded.Refresh(founded.With(vision: "New"), Actor.Named(""), "Reason", Day2));

        Assert.Equal("author", error.Field);
    }
}
