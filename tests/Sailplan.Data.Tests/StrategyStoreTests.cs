using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Data.Tests;

public class StrategyStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_measure_round_trips_with_its_hypothesis_scope_and_links(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "Europe/Berlin", "eur");
        var dimension = Dimension.Create(org.Id, "Customer effort", null, 0);
        var unit = Unit.Create(org.Id, "Phone", UnitKind.Team);
        var kpi = KpiDefinition.Create(org.Id, "asa", new KpiSpec("ASA", "seconds", 0, null, Direction.LowerIsBetter, "wait / answered"));
        var driver = Driver.Create(org.Id, "Waiting time", DriverPolarity.Dissatisfaction, dimension.Id, kpiId: kpi.Id);
        var mission = StrategyNode.Create(org.Id, NodeKind.Mission, null, new NodeDetails("Service customers love"));
        var goal = StrategyNode.Create(org.Id, NodeKind.Goal, mission, new NodeDetails("Effortless service", DimensionId: dimension.Id));
        var strategy = StrategyNode.Create(org.Id, NodeKind.Strategy, goal, new NodeDetails("Answer faster"));
        var action = StrategyNode.Create(org.Id, NodeKind.Action, strategy, new NodeDetails("Callback instead of queue",
            Status: NodeStatus.Active, StartDate: new DateOnly(2026, 3, 1), DueDate: new DateOnly(2026, 9, 30))
        {
            UnitIds = [unit.Id],
            DriverIds = [driver.Id],
            KpiIds = [kpi.Id],
            Hypothesis = new Hypothesis("ASA falls by 20 s", kpi.Id, -20m, new DateOnly(2026, 6, 30)),
            Scope = new MeasureScope([unit.Id], ["phone"], ["billing", "moves"]),
        });

        await using (var db = database.Open())
        {
            db.AddRange(org, dimension, unit, kpi, driver, mission, goal, strategy, action);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Open())
        {
            var stored = await db.Nodes.AsNoTracking().SingleAsync(n => n.Id == action.Id);
            Assert.Equal(NodeKind.Action, stored.Kind);
            Assert.Equal(strategy.Id, stored.ParentId);
            Assert.Equal([driver.Id], stored.DriverIds);
            Assert.Equal([kpi.Id], stored.KpiIds);
            Assert.Equal(-20m, stored.Hypothesis!.ExpectedDelta);
            Assert.Equal(new DateOnly(2026, 6, 30), stored.Hypothesis.By);
            Assert.Equal(["billing", "moves"], stored.Scope!.Queues);
            Assert.Equal(new DateOnly(2026, 9, 30), stored.DueDate);
            Assert.Equal("EUR", (await db.Organizations.SingleAsync()).Currency);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_based_on_a_stale_version_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = Organization.Create("Test Co", "UTC", "EUR");
        var dimension = Dimension.Create(org.Id, "Efficiency", "before", 0);
        await using (var db = database.Open())
        {
            db.AddRange(org, dimension);
            await db.SaveChangesAsync();
        }

        await using var first = database.Open();
        await using var second = database.Open();
        var mine = await first.Dimensions.SingleAsync(d => d.Id == dimension.Id);
        var theirs = await second.Dimensions.SingleAsync(d => d.Id == dimension.Id);

        mine.Update("Efficiency", "first edit", 0);
        await first.SaveChangesAsync();
        Assert.Equal(2, mine.Version);

        theirs.Update("Efficiency", "second edit", 0);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.Open();
        Assert.Equal("first edit", (await check.Dimensions.SingleAsync()).Description);
    }
}
