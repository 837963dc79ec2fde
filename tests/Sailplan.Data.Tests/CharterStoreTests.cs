using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Data.Tests;

public class CharterStoreTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Owner = Actor.Named("Jonas Hartmann");
    private static readonly Actor Sponsor = Actor.Named("Katrin Vogel");

    private static Charter Founded(Guid orgId) => Charter.Create(orgId, new CharterContent("Why we serve", null, AmbitionLevel.BrandPromise, "Our mission",
        [Principle.New("Fix the cause, not the symptom"), Principle.New("Every contact is a chance")],
        [Milestone.New("Later", new DateOnly(2027, 6, 1)), Milestone.New("Sooner", new DateOnly(2026, 12, 1), "first")]), Owner, Day1);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Revisions_keep_their_clauses_ids_reasons_and_approvals(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "UTC", "EUR");
        var founded = Founded(org.Id);
        var refreshed = founded.Refresh(new CharterContent(founded.Purpose, "A vision", founded.Ambition, founded.Mission, founded.Principles,
            [founded.Milestones[0] with { Status = MilestoneStatus.Achieved, StatusNote = "Done early" }, founded.Milestones[1]]),
            Owner, "Vision written down; first milestone reached.", Day1.AddDays(1));
        List<Principle> reworded = [refreshed.Principles[0] with { Text = "Fix the cause first" }, refreshed.Principles[1]];
        var amendment = CharterAmendment.Propose(refreshed, new CharterContent(refreshed.Purpose, refreshed.Vision, refreshed.Ambition,
            refreshed.Mission, reworded, refreshed.Milestones), "Teams read the old wording as optional; it is not.", Owner, Day1.AddDays(2));
        var amended = amendment.Approve(refreshed, Sponsor, true, false, "Agreed", Day1.AddDays(3))!;
        await using (var db = database.Open())
        {
            db.AddRange(org, founded, refreshed, amendment, amended);
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var stored = await read.Charters.AsNoTracking().Where(c => c.OrganizationId == org.Id).OrderBy(c => c.Revision).ToListAsync();
        Assert.Equal([1, 2, 3], stored.Select(c => c.Revision));
        Assert.Equal([null, stored[0].Id, stored[1].Id], stored.Select(c => c.SupersedesId));
        Assert.Equal([RevisionKind.Founding, RevisionKind.Refresh, RevisionKind.Amendment], stored.Select(c => c.Kind));
        Assert.Equal(["Sooner", "Later"], stored[0].Milestones.Select(m => m.Title));
        Assert.Equal("first", stored[0].Milestones[0].Description);
        Assert.Equal((MilestoneStatus.Achieved, "Done early"), (stored[1].Milestones[0].Status, stored[1].Milestones[0].StatusNote));
        Assert.Equal(founded.Principles.Select(p => p.Id), stored[2].Principles.Select(p => p.Id));
        Assert.Equal(["Fix the cause first", "Every contact is a chance"], stored[2].Principles.Select(p => p.Text));
        Assert.Equal(("Teams read the old wording as optional; it is not.", "Jonas Hartmann", Day1.AddDays(3)),
            (stored[2].Reason, stored[2].AuthorName, stored[2].CreatedAt));
        var approval = Assert.Single(stored[2].ApprovedBy);
        Assert.Equal(("Katrin Vogel", ApprovalDecision.Approved, "Agreed"), (approval.ApproverName, approval.Decision, approval.Comment));
        Assert.Equal(amendment.Id, stored[2].AmendmentId);
        var diff = CharterDiff.Between(stored[0], stored[2]);
        Assert.Equal(["vision", "principles[0]", "milestones[0].status"], diff.Select(c => c.Clause));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_amendment_round_trips_its_proposed_content_and_decisions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "UTC", "EUR");
        org.RequireSecondCharterApprover(true);
        var founded = Founded(org.Id);
        var amendment = CharterAmendment.Propose(founded, new CharterContent(founded.Purpose, founded.Vision, AmbitionLevel.StrategicDifferentiator,
            founded.Mission, [.. founded.Principles, Principle.New("Be proactive")], founded.Milestones),
            "The board wants service to drive sales from next year.", Owner, Day1);
        await using (var db = database.Open())
        {
            db.AddRange(org, founded, amendment);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            var tracked = await db.CharterAmendments.SingleAsync(a => a.Id == amendment.Id);
            var current = await db.Charters.AsNoTracking().SingleAsync(c => c.OrganizationId == org.Id);
            var secondRequired = (await db.Organizations.SingleAsync(o => o.Id == org.Id)).CharterSecondApproverRequired;
            Assert.Null(tracked.Approve(current, Sponsor, true, secondRequired, "Yes, with a second look", Day1.AddDays(1)));
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var stored = await read.CharterAmendments.AsNoTracking().SingleAsync(a => a.Id == amendment.Id);
        Assert.Equal((AmendmentStatus.Proposed, 1, founded.Id, 2), (stored.Status, stored.BaseRevision, stored.BaseCharterId, stored.Version));
        Assert.Equal(AmbitionLevel.StrategicDifferentiator, stored.Proposed.Ambition);
        Assert.Equal(["Fix the cause, not the symptom", "Every contact is a chance", "Be proactive"], stored.Proposed.Principles.Select(p => p.Text));
        Assert.Equal(amendment.Proposed.Principles[2].Id, stored.Proposed.Principles[2].Id);
        Assert.Equal(founded.Milestones.Select(m => m.Id).Order(), stored.Proposed.Milestones.Select(m => m.Id).Order());
        Assert.Equal("Katrin Vogel", Assert.Single(stored.Approvals).ApproverName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stored_revision_is_never_changed_or_deleted_and_two_revisions_of_one_base_collide(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "UTC", "EUR");
        var founded = Founded(org.Id);
        await using (var db = database.Open())
        {
            db.AddRange(org, founded);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            db.Remove(await db.Charters.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var content = new CharterContent(founded.Purpose, "Mine", founded.Ambition, founded.Mission, founded.Principles, founded.Milestones);
        await using (var first = database.Open())
        {
            first.Add(founded.Refresh(content, Owner, "First editor", Day1));
            await first.SaveChangesAsync();
        }

        await using var second = database.Open();
        second.Add(founded.Refresh(content, Actor.Named("Someone else"), "Second editor", Day1));
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_an_organisation_removes_its_whole_charter_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "UTC", "EUR");
        var founded = Founded(org.Id);
        var refreshed = founded.Refresh(new CharterContent(founded.Purpose, "Vision", founded.Ambition, founded.Mission, founded.Principles,
            founded.Milestones), Owner, "Vision written down", Day1);
        var amendment = CharterAmendment.Propose(refreshed, new CharterContent("New purpose", refreshed.Vision, refreshed.Ambition,
            refreshed.Mission, refreshed.Principles, refreshed.Milestones), "The purpose is sharper this way.", Owner, Day1);
        await using (var db = database.Open())
        {
            db.AddRange(org, founded, refreshed, amendment);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            // The audit log does not cascade with its organisation: an operator removes it first, on purpose.
            await db.AuditEntries.ExecuteDeleteAsync();
            await db.Organizations.ExecuteDeleteAsync();
        }

        await using var read = database.Open();
        Assert.Equal(0, await read.Charters.CountAsync());
        Assert.Equal(0, await read.CharterAmendments.CountAsync());
    }
}
