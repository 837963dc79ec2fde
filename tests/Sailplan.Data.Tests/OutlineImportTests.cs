using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Data.Outline;

namespace Sailplan.Data.Tests;

public class OutlineImportTests
{
    private const string Outline = """
        Customer Service Mission: Every customer leaves a contact better off than they came
          • Goal 1: Increase customer satisfaction [Customer satisfaction]
            • Strategy: Improve service experience
              • Be responsive and courteous
              • Offer channel choice
            • Strategy: Improve self-service
              • Offer how-to guides
          • Objective: Serve at lower cost [Efficiency]
            • Strategy: Fix root causes
              • Monthly root-cause review
        """;

    private static async Task<(TestDatabase Database, Guid Org)> EmptyOrganizationAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Outline Co", "UTC", "EUR");
        await using var db = database.Open();
        db.Add(org);
        db.AddStarterCatalogue(org.Id);
        await db.SaveChangesAsync();
        return (database, org.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_outline_imports_exports_and_round_trips(DatabaseProvider provider)
    {
        var (database, org) = await EmptyOrganizationAsync(provider);
        await using var _ = database;

        await using (var db = database.Open())
        {
            var plan = await OutlineImport.PlanAsync(db, org, Outline);
            Assert.Empty(plan.Problems);
            Assert.Equal(10, await OutlineImport.SaveAsync(db, plan));
        }

        string exported;
        await using (var db = database.Open())
        {
            var efficiency = await db.Dimensions.SingleAsync(d => d.Name == "Efficiency");
            var objective = await db.Nodes.SingleAsync(n => n.Kind == NodeKind.Objective);
            Assert.Equal("Serve at lower cost", objective.Title);
            Assert.Equal(efficiency.Id, objective.DimensionId);
            Assert.Equal(4, await db.Nodes.CountAsync(n => n.Kind == NodeKind.Action));
            exported = await OutlineImport.ExportAsync(db, org);
        }

        var (copy, copyOrg) = await EmptyOrganizationAsync(provider);
        await using var __ = copy;
        await using (var db = copy.Open())
        {
            await OutlineImport.SaveAsync(db, await OutlineImport.PlanAsync(db, copyOrg, exported));
        }

        await using (var db = copy.Open())
        {
            Assert.Equal(exported, await OutlineImport.ExportAsync(db, copyOrg));
        }

        Assert.Contains("- Goal: Increase customer satisfaction [Customer satisfaction]", exported);
        Assert.Contains("      - Action: Offer channel choice", exported);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_malformed_outline_is_refused_with_line_and_reason_and_nothing_is_saved(DatabaseProvider provider)
    {
        var (database, org) = await EmptyOrganizationAsync(provider);
        await using var _ = database;
        const string malformed = """
            Mission: Effortless service
              - Goal: Fewer repeat contacts [Customer effort]
                - Action: Train agents
              - Goal: Be liked [Happiness]
            """;

        await using (var db = database.Open())
        {
            var plan = await OutlineImport.PlanAsync(db, org, malformed);

            Assert.False(plan.CanImport);
            Assert.Contains(plan.Problems, p => p.Line == 3 && p.Reason.Contains("under a goal", StringComparison.Ordinal));
            Assert.Contains(plan.Problems, p => p.Line == 4 && p.Reason.Contains("no dimension 'Happiness'", StringComparison.Ordinal));
            var refused = await Assert.ThrowsAsync<DomainException>(() => OutlineImport.SaveAsync(db, plan));
            Assert.Equal("text", refused.Field);
        }

        await using var read = database.Open();
        Assert.Equal(0, await read.Nodes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Goals_without_a_mission_line_join_the_existing_mission_after_its_goals(DatabaseProvider provider)
    {
        var (database, org) = await EmptyOrganizationAsync(provider);
        await using var _ = database;
        await using (var db = database.Open())
        {
            await OutlineImport.SaveAsync(db, await OutlineImport.PlanAsync(db, org, Outline));
        }

        await using (var db = database.Open())
        {
            var again = await OutlineImport.PlanAsync(db, org, Outline);
            Assert.Contains(again.Problems, p => p.Line == 1 && p.Reason.Contains("already has the mission", StringComparison.Ordinal));

            var plan = await OutlineImport.PlanAsync(db, org, "- Goal: Engaged agents [Employee engagement]\n  - Strategy: Coach weekly\n");
            Assert.Empty(plan.Problems);
            await OutlineImport.SaveAsync(db, plan);
        }

        await using var read = database.Open();
        var goal = await read.Nodes.SingleAsync(n => n.Title == "Engaged agents");
        var mission = await read.Nodes.SingleAsync(n => n.Kind == NodeKind.Mission);
        Assert.Equal(mission.Id, goal.ParentId);
        Assert.Equal(2, goal.Position);
    }
}
