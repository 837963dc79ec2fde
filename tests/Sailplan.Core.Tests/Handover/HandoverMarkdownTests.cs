using Sailplan.Core.Handover;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Handover;

public class HandoverMarkdownTests
{
    private static readonly Guid OrgId = Guid.CreateVersion7();
    private static readonly DateOnly AsOf = new(2026, 5, 4);

    private static (HandoverPack Pack, string Markdown) Written()
    {
        var charter = Charter.Create(OrgId, new CharterContent("We keep households warm.", "No customer has to call twice.", AmbitionLevel.BrandPromise,
            "Solve it at the first contact.", [Principle.New("Fix the cause, not only the case")],
            [Milestone.New("Callback live", new DateOnly(2026, 3, 31)), Milestone.New("Self-service for moves", new DateOnly(2026, 12, 31), "40 % in the app")]),
            new Actor(null, "Anna"), new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero), "Agreed at the | kick-off");
        var owner = Guid.CreateVersion7();
        var mission = StrategyNode.Create(OrgId, NodeKind.Mission, null, new NodeDetails("Effortless service", Status: NodeStatus.Active));
        var goal = StrategyNode.Create(OrgId, NodeKind.Goal, mission, new NodeDetails("One contact is enough", DimensionId: Guid.CreateVersion7()));
        var strategy = StrategyNode.Create(OrgId, NodeKind.Strategy, goal, new NodeDetails("Answer faster", Status: NodeStatus.OnHold));
        var done = StrategyNode.Create(OrgId, NodeKind.Action, strategy, new NodeDetails("Queue message shortened", OwnerId: owner, Status: NodeStatus.Done), 0);
        var active = StrategyNode.Create(OrgId, NodeKind.Action, strategy, new NodeDetails("Callback | instead of queue", OwnerId: owner,
            Status: NodeStatus.Active, DueDate: new DateOnly(2026, 9, 30))
        {
            Hypothesis = new Hypothesis("Waiting time falls by 20 s", null, null, null),
        }, 1);
        StrategyNode[] tree = [mission, goal, strategy, done, active];
        var leader = LeadershipRole.Create(OrgId, "Head of Customer Service", owner, new DateOnly(2025, 9, 1),
            [new Deliverable("Self-service rolled out", "Self-service for moves", new DateOnly(2026, 12, 31))]);
        var people = new Dictionary<Guid, string> { [owner] = "Jonas Hartmann" };

        var pack = new HandoverPack("Northwind Energy", AsOf, charter,
            [new CharterRevisionSummary(1, new DateOnly(2026, 1, 15), RevisionKind.Founding, "Anna", charter.Reason)],
            tree,
            HandoverPack.OpenMeasuresOf(tree, people),
            [new Decision(new DateOnly(2026, 2, 1), "Charter amendment approved (revision 2), proposed by Anna", "Katrin Vogel", "Callbacks first")],
            HandoverPack.MilestonesAheadOf(charter, AsOf),
            [new LeaderDeliverables(leader.Title, "Jonas Hartmann", leader.HeldSince, leader.Deliverables)]);
        return (pack, HandoverMarkdown.Write(pack));
    }

    private static string[] Lines(string markdown) => markdown.ReplaceLineEndings("\n").Split('\n');

    [Fact]
    public void The_pack_starts_with_the_organisation_and_the_day()
    {
        var (_, markdown) = Written();

        Assert.StartsWith("# Leadership handover: Northwind Energy\n\nAs of 2026-05-04.", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_charter_shows_its_clauses_and_its_history_with_the_reason_escaped()
    {
        var lines = Lines(Written().Markdown);

        Assert.Contains("- **Ambition:** 4 of 5, " + AmbitionLevels.Describe(AmbitionLevel.BrandPromise), lines);
        Assert.Contains("- **Vision:** No customer has to call twice.", lines);
        Assert.Contains("  1. Fix the cause, not only the case", lines);
        Assert.Contains("| 1 | 2026-01-15 | founding | Anna | Agreed at the \\| kick-off |", lines);
    }

    [Fact]
    public void The_tree_is_nested_with_each_status()
    {
        var lines = Lines(Written().Markdown);

        Assert.Contains("- mission: Effortless service (active)", lines);
        Assert.Contains("  - goal: One contact is enough (draft)", lines);
        Assert.Contains("    - strategy: Answer faster (on hold)", lines);
        Assert.Contains("      - action: Queue message shortened (done)", lines);
        Assert.Contains("      - action: Callback | instead of queue (active)", lines);
    }

    [Fact]
    public void Open_measures_hold_only_the_active_action_with_its_owner_and_pipes_escaped()
    {
        var lines = Lines(Written().Markdown);
        var header = Array.IndexOf(lines, "| Measure | Strategy | Owner | Status | Due | Hypothesis |");
        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToList();

        Assert.Equal(["| Callback \\| instead of queue | Answer faster | Jonas Hartmann | active | 2026-09-30 | Waiting time falls by 20 s |"], rows);
    }

    [Fact]
    public void Decisions_milestones_ahead_and_deliverables_are_listed()
    {
        var lines = Lines(Written().Markdown);

        Assert.Contains("| 2026-02-01 | Charter amendment approved (revision 2), proposed by Anna | Katrin Vogel | Callbacks first |", lines);
        Assert.Contains("- 2026-12-31: Self-service for moves - 40 % in the app", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Callback live", StringComparison.Ordinal));
        Assert.Contains("### Head of Customer Service: Jonas Hartmann", lines);
        Assert.Contains("| Self-service rolled out | Self-service for moves | 2026-12-31 | Open |", lines);
    }
}
