using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Strategy;

public class TreeShapeTests
{
    [Theory]
    [InlineData(NodeKind.Mission, null)]
    [InlineData(NodeKind.Goal, NodeKind.Mission)]
    [InlineData(NodeKind.Objective, NodeKind.Mission)]
    [InlineData(NodeKind.Strategy, NodeKind.Goal)]
    [InlineData(NodeKind.Strategy, NodeKind.Objective)]
    [InlineData(NodeKind.Action, NodeKind.Strategy)]
    public void Allowed_shapes_have_no_problem(NodeKind kind, NodeKind? parent) => Assert.Null(TreeShape.Problem(kind, parent));

    [Theory]
    [InlineData(NodeKind.Action, NodeKind.Goal, "An action cannot stand under a goal; it belongs under a strategy.")]
    [InlineData(NodeKind.Strategy, null, "A strategy cannot stand at the top; it belongs under a goal or an objective.")]
    [InlineData(NodeKind.Strategy, NodeKind.Mission, "A strategy cannot stand under a mission; it belongs under a goal or an objective.")]
    [InlineData(NodeKind.Goal, null, "A goal cannot stand at the top; it belongs under a mission.")]
    [InlineData(NodeKind.Objective, NodeKind.Objective, "An objective cannot stand under an objective; it belongs under a mission.")]
    [InlineData(NodeKind.Action, NodeKind.Action, "An action cannot stand under an action; it belongs under a strategy.")]
    [InlineData(NodeKind.Mission, NodeKind.Goal, "A mission cannot stand under a goal; it belongs under nothing (it is the root).")]
    public void Other_shapes_say_where_the_kind_belongs(NodeKind kind, NodeKind? parent, string problem) =>
        Assert.Equal(problem, TreeShape.Problem(kind, parent));

    [Fact]
    public void Every_kind_but_the_mission_is_rejected_at_the_top() =>
        Assert.Equal([NodeKind.Goal, NodeKind.Objective, NodeKind.Strategy, NodeKind.Action],
            Enum.GetValues<NodeKind>().Where(k => TreeShape.Problem(k, null) is not null));
}
