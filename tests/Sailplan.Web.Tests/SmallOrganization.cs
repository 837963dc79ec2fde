using Sailplan.Core.Organization;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Web.Tests;

/// <summary>A small organisation with the whole chain: mission, goal, strategy and one action.</summary>
public sealed record SmallOrganization(Guid OrgId, Guid ActionId, string ActionTitle)
{
    public static async Task<SmallOrganization> SeedAsync(AppServer server, string name) => await server.WithDbAsync(async db =>
    {
        var org = Organization.Create(name, "Europe/Berlin", "EUR");
        var dimension = Dimension.Create(org.Id, "Customer effort", "How easy it is to get help.", 0);
        var owner = Person.Create(org.Id, "Anna Berg", $"anna.{Guid.NewGuid():N}@example.com", "Head of Customer Service");
        var mission = StrategyNode.Create(org.Id, NodeKind.Mission, null, new NodeDetails("Effortless service", OwnerId: owner.Id, Status: NodeStatus.Active));
        var goal = StrategyNode.Create(org.Id, NodeKind.Goal, mission, new NodeDetails("One contact is enough", DimensionId: dimension.Id));
        var strategy = StrategyNode.Create(org.Id, NodeKind.Strategy, goal, new NodeDetails("Answer faster"));
        var action = StrategyNode.Create(org.Id, NodeKind.Action, strategy, new NodeDetails("Callback instead of queue",
            OwnerId: owner.Id, Status: NodeStatus.Active, StartDate: new DateOnly(2026, 3, 1), DueDate: new DateOnly(2026, 9, 30))
        {
            Hypothesis = new Hypothesis("Waiting time falls by 20 s"),
        });
        db.AddRange(org, dimension, owner, mission, goal, strategy, action);
        await db.SaveChangesAsync();
        return new SmallOrganization(org.Id, action.Id, action.Title);
    });

    public string MapPath => $"/orgs/{OrgId}";

    public string ActionEditPath => $"/orgs/{OrgId}/nodes/{ActionId}";
}
