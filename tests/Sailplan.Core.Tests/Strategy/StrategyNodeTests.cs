using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Strategy;

public class StrategyNodeTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid Dimension = Guid.NewGuid();

    private static readonly StrategyNode Mission = StrategyNode.Create(Org, NodeKind.Mission, null, new NodeDetails("Serve well"));
    private static readonly StrategyNode Goal = StrategyNode.Create(Org, NodeKind.Goal, Mission, new NodeDetails("Fast answers", DimensionId: Dimension));

    [Fact]
    public void A_goal_under_the_mission_takes_its_parent_position_and_dimension()
    {
        var goal = StrategyNode.Create(Org, NodeKind.Goal, Mission, new NodeDetails("  Fewer repeats  ", DimensionId: Dimension), 2);

        Assert.Equal((Mission.Id, 2, "Fewer repeats", Dimension), (goal.ParentId, goal.Position, goal.Title, goal.DimensionId));
    }

    [Theory]
    [InlineData(NodeKind.Goal)]
    [InlineData(NodeKind.Objective)]
    public void A_goal_or_objective_without_a_dimension_is_rejected(NodeKind kind)
    {
        var error = Assert.Throws<DomainException>(() => StrategyNode.Create(Org, kind, Mission, new NodeDetails("Fast answers")));

        Assert.Equal("dimensionId", error.Field);
        Assert.Equal($"The {TreeShape.Label(kind)} 'Fast answers' needs a dimension.", error.Message);
    }

    [Fact]
    public void An_action_directly_under_a_goal_is_rejected_on_the_parent()
    {
        var error = Assert.Throws<DomainException>(() => StrategyNode.Create(Org, NodeKind.Action, Goal, new NodeDetails("Hire")));

        Assert.Equal("parentId", error.Field);
        Assert.Equal("'Hire': An action cannot stand under a goal; it belongs under a strategy.", error.Message);
    }

    [Fact]
    public void A_strategy_without_a_parent_is_rejected_on_the_parent()
    {
        var error = Assert.Throws<DomainException>(() => StrategyNode.Create(Org, NodeKind.Strategy, null, new NodeDetails("Staff the peaks")));

        Assert.Equal("parentId", error.Field);
    }

    [Fact]
    public void A_parent_of_another_organisation_is_rejected()
    {
        var error = Assert.Throws<DomainException>(() =>
            StrategyNode.Create(Guid.NewGuid(), NodeKind.Goal, Mission, new NodeDetails("Fast answers", DimensionId: Dimension)));

        Assert.Equal("parentId", error.Field);
        Assert.Contains("another organisation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_actions_aim_at_kpis()
    {
        var error = Assert.Throws<DomainException>(() =>
            StrategyNode.Create(Org, NodeKind.Strategy, Goal, new NodeDetails("Staff the peaks") { KpiIds = [Guid.NewGuid()] }));

        Assert.Equal("kind", error.Field);
    }
}
