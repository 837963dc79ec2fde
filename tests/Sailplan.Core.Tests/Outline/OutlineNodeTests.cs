using Sailplan.Core.Outline;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Outline;

public class OutlineNodeTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid Dimension = Guid.NewGuid();

    private static StrategyNode Create(NodeKind kind, StrategyNode? parent, string title, int position, string? description = null) =>
        StrategyNode.Create(Org, kind, parent, new NodeDetails(title, description,
            DimensionId: kind is NodeKind.Goal or NodeKind.Objective ? Dimension : null), position);

    [Fact]
    public void FromNodes_builds_the_tree_and_orders_siblings_by_position_not_by_input_order()
    {
        var mission = Create(NodeKind.Mission, null, "Serve well", 0, "Why we are here");
        var objective = Create(NodeKind.Objective, mission, "Lower cost", 1);
        var goal = Create(NodeKind.Goal, mission, "Fast answers", 0);
        var later = Create(NodeKind.Strategy, goal, "Automate", 2);
        var first = Create(NodeKind.Strategy, goal, "Staff the peaks", 0);
        var action = Create(NodeKind.Action, first, "Hire", 0);

        var roots = OutlineNode.FromNodes([action, later, objective, first, goal, mission]);

        Assert.Equal(
            [
                new OutlineNode(NodeKind.Mission, "Serve well", "Why we are here", 0,
                [
                    new OutlineNode(NodeKind.Goal, "Fast answers", null, 0,
                    [
                        new OutlineNode(NodeKind.Strategy, "Staff the peaks", null, 0, [new OutlineNode(NodeKind.Action, "Hire", null, 0, [])]),
                        new OutlineNode(NodeKind.Strategy, "Automate", null, 0, []),
                    ]),
                    new OutlineNode(NodeKind.Objective, "Lower cost", null, 0, []),
                ]),
            ],
            roots);
    }

    [Fact]
    public void FromNodes_makes_a_node_whose_parent_is_missing_a_root_so_one_branch_can_be_exported()
    {
        var mission = Create(NodeKind.Mission, null, "Serve well", 0);
        var goal = Create(NodeKind.Goal, mission, "Fast answers", 0);
        var strategy = Create(NodeKind.Strategy, goal, "Staff the peaks", 0);

        var roots = OutlineNode.FromNodes([strategy, goal]);

        var root = Assert.Single(roots);
        Assert.Equal(("Fast answers", "Staff the peaks"), (root.Title, Assert.Single(root.Children).Title));
    }

    [Fact]
    public void Flatten_lists_parents_before_children_with_parent_index_position_and_depth()
    {
        var tree = OutlineParser.Parse("""
            Mission: M
              Goal: G
                Strategy: S
                  Action: A
                  Action: B
              Goal: H
            """).Roots;

        var steps = OutlineNode.Flatten(tree);

        Assert.Equal(
            [("M", null, 0, 0), ("G", 0, 0, 1), ("S", 1, 0, 2), ("A", 2, 0, 3), ("B", 2, 1, 3), ("H", 0, 1, 1)],
            steps.Select(s => (s.Node.Title, s.ParentIndex, s.Position, s.Depth)));
        Assert.Equal([0, 1, 2, 3, 4, 5], steps.Select(s => s.Index));
    }

    [Fact]
    public void Nodes_are_equal_by_content_including_children_but_not_by_source_line()
    {
        var a = new OutlineNode(NodeKind.Goal, "G", "d", 3, [new OutlineNode(NodeKind.Strategy, "S", null, 4, [])]);
        var b = new OutlineNode(NodeKind.Goal, "G", "d", 9, [new OutlineNode(NodeKind.Strategy, "S", null, 10, [])]);
        var c = new OutlineNode(NodeKind.Goal, "G", "d", 3, [new OutlineNode(NodeKind.Strategy, "T", null, 4, [])]);
        var d = a with { Description = null };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
    }
}
