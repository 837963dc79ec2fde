using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Web.Tests;

/// <summary>
/// A small organisation with the whole chain: a charter, then mission, goal, strategy and one action
/// that aims at a driver and a KPI, owned by a person in a unit.
/// </summary>
public sealed record SmallOrganization(Guid OrgId, Guid ActionId, string ActionTitle)
{
    /// <summary>Seeds the organisation, owned by <paramref name="ownerUserId"/> (the tester unless given).</summary>
    public static async Task<SmallOrganization> SeedAsync(AppServer server, string name, Guid? ownerUserId = null) => await server.WithDbAsync(async db =>
    {
        var org = Organization.Create(name, "Europe/Berlin", "EUR");
        var dimension = Dimension.Create(org.Id, "Customer effort", "How easy it is to get help.", 0);
        var phone = Unit.Create(org.Id, "Phone team", UnitKind.Team);
        var owner = Person.Create(org.Id, "Anna Berg", "anna@example.com", "Head of Customer Service", phone.Id);
        var asa = KpiDefinition.Create(org.Id, "asa", new KpiSpec("Average speed of answer", "seconds", 0, null, Direction.LowerIsBetter,
            "total wait of answered contacts / answered contacts", DimensionId: dimension.Id));
        var waiting = Driver.Create(org.Id, "Waiting time", DriverPolarity.Dissatisfaction, dimension.Id, kpiId: asa.Id);
        var charter = Charter.Create(org.Id, new CharterContent("We help households run on clean energy without worrying about it.", null,
            AmbitionLevel.BrandPromise, "Solve every problem at the first contact.", [Principle.New("Fix the cause, not only the case")],
            [Milestone.New("Callback live in all queues", new DateOnly(2099, 1, 31))]), Actor.Named("Anna Berg"), DateTimeOffset.UnixEpoch);
        var mission = StrategyNode.Create(org.Id, NodeKind.Mission, null, new NodeDetails("Effortless service", OwnerId: owner.Id, Status: NodeStatus.Active));
        var goal = StrategyNode.Create(org.Id, NodeKind.Goal, mission, new NodeDetails("One contact is enough", DimensionId: dimension.Id));
        var strategy = StrategyNode.Create(org.Id, NodeKind.Strategy, goal, new NodeDetails("Answer faster", Status: NodeStatus.OnHold));
        var action = StrategyNode.Create(org.Id, NodeKind.Action, strategy, new NodeDetails("Callback instead of queue",
            OwnerId: owner.Id, Status: NodeStatus.Active, StartDate: new DateOnly(2026, 3, 1), DueDate: new DateOnly(2026, 9, 30))
        {
            UnitIds = [phone.Id],
            DriverIds = [waiting.Id],
            KpiIds = [asa.Id],
            Hypothesis = new Hypothesis("Waiting time falls by 20 s", asa.Id, -20m, new DateOnly(2026, 6, 30)),
            Scope = new MeasureScope([phone.Id], ["phone"], ["billing"]),
        });
        db.AddRange(org, dimension, phone, owner, asa, waiting, charter, mission, goal, strategy, action,
            Membership.Create(org.Id, ownerUserId ?? server.TesterId, Role.Owner));
        await db.SaveChangesAsync();
        return new SmallOrganization(org.Id, action.Id, action.Title);
    });

    public string MapPath => $"/orgs/{OrgId}";

    public string ActionEditPath => $"/orgs/{OrgId}/nodes/{ActionId}";
}
