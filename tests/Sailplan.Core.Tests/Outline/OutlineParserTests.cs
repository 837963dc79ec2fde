using Sailplan.Core.Outline;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Outline;

public class OutlineParserTests
{
    // A trimmed copy of the worked example in background article 002 (mission shortened), as pasted
    // from the web page: the mission unbulleted, the levels below with "•" bullets.
    internal const string ArticleOutline = """
        Customer Service Mission: We treat every customer like family, with respect and courtesy, in person, on the phone and online.

          • Goal 1: Increase Customer Satisfaction
            • Strategy: Improve Service Experience
              • Be responsive and courteous
              • Offer Chanel Choice
              • Remove or reduce problematic metrics (AHT, FCR)
            • Strategy: Improve Self-Service
              • Offer How-to guides
              • Increase use of Video
            • Strategy: Focus on Product In-Use Experience
              • Facilitate online community
              • Incent to contribute, engage further 1:1
          • Goal 2: Increased Loyalty and Retention
            • Strategy: Create Passionate Customers
              • Offer extra value to repeat customers
              • Train Customer Service Reps as brand advocates
            • Strategy: Facilitate Organic growth
              • Encourage customers to share brand stories
              • Recognize Super-users
          • Goal 3: Meet Customer Expectations
            • Strategy: Manage expectations
              • Publish response time service levels
              • Hit response targets
            • Strategy: Service with a smile
              • Empower agents to make decisions
              • Remove robotic scripts
          • Goal 4: Bring Social into the Process fold
            • Strategy: Operational Efficiency
              • Web-Self-service, let people help themselves (WSS is the doorway to SCS)
              • Decide on the Proper Process for Social Contacts
            • Strategy: Offer Channel Choice
              • Deflection as an outcome, can be right (caution advised)
              • Active Pull to proper channel (Content /Value) – not push
        """;

    private static Dictionary<NodeKind, int> CountByKind(OutlinePreview preview) =>
        OutlineNode.Flatten(preview.Roots).GroupBy(s => s.Node.Kind).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void The_article_example_becomes_a_mission_with_four_goals_nine_strategies_and_nineteen_actions()
    {
        var preview = OutlineParser.Parse(ArticleOutline);

        Assert.Empty(preview.Problems);
        Assert.True(preview.IsValid);
        Assert.Equal(33, preview.Lines.Count);
        var mission = Assert.Single(preview.Roots);
        Assert.Equal(NodeKind.Mission, mission.Kind);
        Assert.StartsWith("We treat every customer like family", mission.Title, StringComparison.Ordinal);
        Assert.Equal(
            ["Increase Customer Satisfaction", "Increased Loyalty and Retention", "Meet Customer Expectations", "Bring Social into the Process fold"],
            mission.Children.Select(g => g.Title));
        Assert.All(mission.Children, g => Assert.Equal(NodeKind.Goal, g.Kind));
        Assert.Equal([3, 2, 2, 2], mission.Children.Select(g => g.Children.Count));
        Assert.Equal(
            new Dictionary<NodeKind, int> { [NodeKind.Mission] = 1, [NodeKind.Goal] = 4, [NodeKind.Strategy] = 9, [NodeKind.Action] = 19 },
            CountByKind(preview));
    }

    [Fact]
    public void The_article_example_keeps_line_numbers_depths_and_punctuation_inside_titles()
    {
        var preview = OutlineParser.Parse(ArticleOutline);

        var goal = preview.Lines[1];
        Assert.Equal((3, 1, NodeKind.Goal, "Increase Customer Satisfaction"), (goal.Number, goal.Depth, goal.Kind, goal.Title));
        Assert.Equal("  • Goal 1: Increase Customer Satisfaction", goal.Raw);
        var action = preview.Lines.Single(l => l.Number == 13);
        Assert.Equal((3, NodeKind.Action, "Incent to contribute, engage further 1:1"), (action.Depth, action.Kind, action.Title));
        var last = preview.Lines[^1];
        Assert.Equal((34, NodeKind.Action, "Active Pull to proper channel (Content /Value) – not push", (string?)null),
            (last.Number, last.Kind, last.Title, last.Description));
        Assert.Equal(34, preview.Roots[0].Children[3].Children[1].Children[1].Line);
    }

    [Fact]
    public void Markdown_headings_nest_by_level_and_bullets_sit_under_the_heading_above()
    {
        var preview = OutlineParser.Parse("""
            # Mission: Make every contact count

            ## Goal: Customers find help fast
            ### Strategy: Better self-service
            - Publish how-to guides
            - Add search to the help centre

            ## Objective: Lower cost per contact
            ### Strategy: Route contacts well
            - Skills-based routing
            """);

        Assert.Empty(preview.Problems);
        var mission = Assert.Single(preview.Roots);
        Assert.Equal(("Make every contact count", 1), (mission.Title, mission.Line));
        Assert.Equal([(NodeKind.Goal, "Customers find help fast"), (NodeKind.Objective, "Lower cost per contact")],
            mission.Children.Select(c => (c.Kind, c.Title)));
        Assert.Equal(["Publish how-to guides", "Add search to the help centre"], mission.Children[0].Children[0].Children.Select(a => a.Title));
        Assert.Equal(NodeKind.Action, mission.Children[1].Children[0].Children[0].Kind);
        Assert.Equal([0, 1, 2, 3, 3, 1, 2, 3], preview.Lines.Select(l => l.Depth));
    }

    [Fact]
    public void Unprefixed_headings_four_levels_deep_are_mission_goal_strategy_action()
    {
        var preview = OutlineParser.Parse("""
            # Make every contact count
            ## Customers find help fast
            ### Better self-service
            - Publish how-to guides
            """);

        Assert.Empty(preview.Problems);
        Assert.Equal([NodeKind.Mission, NodeKind.Goal, NodeKind.Strategy, NodeKind.Action], preview.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void Numbered_lists_without_a_mission_give_top_level_goals()
    {
        var preview = OutlineParser.Parse("""
            1. Goal 1: Increase customer satisfaction
               1) Strategy: Improve service experience
                  1. Be responsive and courteous
                  2. Offer channel choice
               2) Improve self-service
                  1. Offer how-to guides
            2. Goal 2 - Increase loyalty
               1. Strategy – Create passionate customers
                  1. Reward agents
            """);

        Assert.Empty(preview.Problems);
        Assert.Equal([(NodeKind.Goal, "Increase customer satisfaction"), (NodeKind.Goal, "Increase loyalty")],
            preview.Roots.Select(r => (r.Kind, r.Title)));
        Assert.Equal(["Improve service experience", "Improve self-service"], preview.Roots[0].Children.Select(s => s.Title));
        Assert.Equal(NodeKind.Strategy, preview.Roots[0].Children[1].Kind);
        Assert.Equal("Create passionate customers", preview.Roots[1].Children[0].Title);
        Assert.Equal(
            new Dictionary<NodeKind, int> { [NodeKind.Goal] = 2, [NodeKind.Strategy] = 3, [NodeKind.Action] = 4 },
            CountByKind(preview));
    }

    [Fact]
    public void Tabs_indent_like_four_spaces()
    {
        var preview = OutlineParser.Parse(
            "Mission: Serve well\n\tGoal: Fast answers\n\t\tStrategy: Staff the peaks\n\t\t\tHire seasonal agents\n    Objective: Lower cost\n\t    Automate\n\t\t\tChatbot for FAQs\n");

        Assert.Empty(preview.Problems);
        Assert.Equal(
            [
                (0, NodeKind.Mission, "Serve well"),
                (1, NodeKind.Goal, "Fast answers"),
                (2, NodeKind.Strategy, "Staff the peaks"),
                (3, NodeKind.Action, "Hire seasonal agents"),
                (1, NodeKind.Objective, "Lower cost"),
                (2, NodeKind.Strategy, "Automate"),
                (3, NodeKind.Action, "Chatbot for FAQs"),
            ],
            preview.Lines.Select(l => (l.Depth, l.Kind, l.Title)));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_ignored()
    {
        var preview = OutlineParser.Parse("\uFEFFMission: M\r\n  Goal: G\r\n");

        Assert.Empty(preview.Problems);
        Assert.Equal([("Mission: M", "M"), ("  Goal: G", "G")], preview.Lines.Select(l => (l.Raw, l.Title)));
    }

    [Fact]
    public void A_bullet_under_an_unbulleted_line_at_the_same_indentation_belongs_to_it()
    {
        var preview = OutlineParser.Parse("""
            Mission: Make every contact count
            - Goal: Customers find help fast
              - Strategy: Better self-service
            """);

        Assert.Empty(preview.Problems);
        Assert.Equal([0, 1, 2], preview.Lines.Select(l => l.Depth));
    }

    [Fact]
    public void An_unbulleted_line_below_a_bullet_in_the_same_column_is_its_sibling()
    {
        var preview = OutlineParser.Parse("Mission: M\n  - Goal: A\n  Goal: B\n    - Strategy: S\n");

        Assert.Empty(preview.Problems);
        Assert.Equal([0, 1, 1, 2], preview.Lines.Select(l => l.Depth));
    }

    [Fact]
    public void Lines_indented_more_than_one_step_deeper_are_children_all_the_same()
    {
        var preview = OutlineParser.Parse("Mission: M\n        Goal: G\n         Strategy: S\n");

        Assert.Empty(preview.Problems);
        Assert.Equal([0, 1, 2], preview.Lines.Select(l => l.Depth));
    }

    [Theory]
    [InlineData("Goal 1: Increase customer satisfaction", NodeKind.Goal, "Increase customer satisfaction")]
    [InlineData("goal: Fewer repeat contacts", NodeKind.Goal, "Fewer repeat contacts")]
    [InlineData("GOAL 2.1 - Fewer repeat contacts", NodeKind.Goal, "Fewer repeat contacts")]
    [InlineData("Objective – Lower cost", NodeKind.Objective, "Lower cost")]
    [InlineData("Goal 1 — Increase loyalty — via rewards", NodeKind.Goal, "Increase loyalty")]
    [InlineData("Mission: Serve well", NodeKind.Mission, "Serve well")]
    [InlineData("Customer Service Mission: Serve well", NodeKind.Mission, "Serve well")]
    [InlineData("Strategy:Staff the peaks", NodeKind.Strategy, "Staff the peaks")]
    [InlineData("Tactic: Hire seasonal agents", NodeKind.Action, "Hire seasonal agents")]
    [InlineData("Action 3) : Hire", NodeKind.Goal, "Action 3) : Hire")]
    [InlineData("Measure 3: Callback offer", NodeKind.Action, "Callback offer")]
    [InlineData("Action items for Q3", NodeKind.Goal, "Action items for Q3")]
    [InlineData("Missionary work: none", NodeKind.Goal, "Missionary work: none")]
    [InlineData("Goal-oriented - coaching", NodeKind.Goal, "Goal-oriented - coaching")]
    [InlineData("Action: Goal: keep the second prefix", NodeKind.Action, "Goal: keep the second prefix")]
    [InlineData("Goal: — a dash first", NodeKind.Goal, "— a dash first")]
    public void A_stated_kind_is_read_from_the_prefix_and_removed_from_the_title(string line, NodeKind kind, string title)
    {
        var parsed = Assert.Single(OutlineParser.Parse(line).Lines);

        Assert.Equal((kind, title), (parsed.Kind, parsed.Title));
    }

    [Theory]
    [InlineData("- Hire")]
    [InlineData("* Hire")]
    [InlineData("+ Hire")]
    [InlineData("• Hire")]
    [InlineData("•Hire")]
    [InlineData("◦ Hire")]
    [InlineData("1. Hire")]
    [InlineData("12) Hire")]
    [InlineData("2.3. Hire")]
    [InlineData("# Hire")]
    [InlineData("### Hire")]
    public void Bullets_numbers_and_heading_marks_are_not_part_of_the_title(string line) =>
        Assert.Equal("Hire", Assert.Single(OutlineParser.Parse(line).Lines).Title);

    [Theory]
    [InlineData("-5% cost per contact")]
    [InlineData("*Starred* first")]
    [InlineData("#1 in our market")]
    [InlineData("3.5 minutes to answer")]
    [InlineData("2024 plan")]
    public void Text_that_only_looks_like_a_bullet_stays_in_the_title(string line) =>
        Assert.Equal(line, Assert.Single(OutlineParser.Parse(line).Lines).Title);

    [Fact]
    public void An_em_dash_between_spaces_starts_a_description_and_an_escaped_one_does_not()
    {
        var preview = OutlineParser.Parse("""
            Goal: Faster answers — measured by ASA — and by abandonment
              Strategy: Staff the peaks \— weekdays only
            """);

        Assert.Equal(
            [("Faster answers", "measured by ASA — and by abandonment"), ("Staff the peaks — weekdays only", null)],
            preview.Lines.Select(l => (l.Title, l.Description)));
    }

    [Fact]
    public void Quoted_lines_below_a_line_become_its_description()
    {
        var preview = OutlineParser.Parse("""
            Mission: Serve well
              > Why we are here.
              >
              >   Indented second paragraph.
              Goal: Fast answers — short
              > and a longer note
            """);

        Assert.Empty(preview.Problems);
        Assert.Equal(2, preview.Lines.Count);
        Assert.Equal("Why we are here.\n\n  Indented second paragraph.", preview.Roots[0].Description);
        Assert.Equal("short\nand a longer note", preview.Lines[1].Description);
        Assert.Equal(5, preview.Lines[1].Number);
    }

    [Fact]
    public void An_action_directly_under_a_goal_is_rejected_on_its_line()
    {
        var preview = OutlineParser.Parse("""
            Mission: M
              Goal: G
                Action: A
            """);

        Assert.False(preview.IsValid);
        Assert.Equal([new OutlineProblem(3, "An action cannot stand under a goal; it belongs under a strategy.")], preview.Problems);
    }

    [Fact]
    public void A_strategy_at_the_top_is_rejected()
    {
        var preview = OutlineParser.Parse("""
            Strategy: S
              Hire seasonal agents
            """);

        Assert.Equal([new OutlineProblem(1, "A strategy cannot stand at the top; it belongs under a goal or an objective.")], preview.Problems);
        Assert.Equal(NodeKind.Action, preview.Lines[1].Kind);
    }

    [Fact]
    public void A_strategy_directly_under_the_mission_is_rejected()
    {
        var preview = OutlineParser.Parse("Mission: M\n  Strategy: S\n");

        Assert.Equal([new OutlineProblem(2, "A strategy cannot stand under a mission; it belongs under a goal or an objective.")], preview.Problems);
    }

    [Fact]
    public void A_dedent_that_lines_up_with_no_enclosing_line_is_rejected()
    {
        var preview = OutlineParser.Parse("""
            Mission: M
                Goal: G
                    Strategy: S
                        Action: A
              Goal: H
            """);

        Assert.Equal(
            [new OutlineProblem(5, "The line is indented by 2, which lines up with none of the lines it could belong to (indented by 0, 4, 8, 12).")],
            preview.Problems);
        Assert.Equal(["G", "H"], preview.Roots[0].Children.Select(g => g.Title));
    }

    [Fact]
    public void Children_of_an_action_are_rejected()
    {
        var preview = OutlineParser.Parse("""
            Mission: M
              Goal: G
                Strategy: S
                  Action: A
                    Sub-step
            """);

        Assert.Equal([new OutlineProblem(5, "An action cannot stand under an action; it belongs under a strategy.")], preview.Problems);
    }

    [Fact]
    public void A_mission_under_a_goal_is_rejected()
    {
        var preview = OutlineParser.Parse("Goal: G\n  Mission: M\n");

        Assert.Equal([new OutlineProblem(2, "A mission cannot stand under a goal; it belongs under nothing (it is the root).")], preview.Problems);
    }

    [Fact]
    public void A_second_mission_and_a_goal_beside_the_mission_are_rejected()
    {
        var preview = OutlineParser.Parse("""
            Mission: M
            Goal: G
            Mission: N
            """);

        Assert.Equal(
            [
                new OutlineProblem(2, "This goal stands beside the mission on line 1; indent it under the mission."),
                new OutlineProblem(3, "An outline holds one mission, and line 1 already is it."),
            ],
            preview.Problems);
    }

    [Fact]
    public void A_title_longer_than_300_characters_is_rejected_and_one_of_300_is_not()
    {
        var preview = OutlineParser.Parse($"Goal: {new string('a', 300)}\nGoal: {new string('b', 301)}\n");

        Assert.Equal([new OutlineProblem(2, "The title has 301 characters; at most 300 fit.")], preview.Problems);
    }

    [Fact]
    public void A_line_without_a_title_is_rejected()
    {
        var preview = OutlineParser.Parse("Mission: M\n  Goal:\n  -\n");

        Assert.Equal([new OutlineProblem(2, "The line has no title."), new OutlineProblem(3, "The line has no title.")], preview.Problems);
    }

    [Fact]
    public void A_description_line_before_any_line_is_rejected()
    {
        var preview = OutlineParser.Parse("\n> orphan\nGoal: G\n");

        Assert.Equal([new OutlineProblem(2, "A description line (starting with '>') must follow the line it describes.")], preview.Problems);
    }

    [Fact]
    public void Empty_text_is_an_empty_valid_preview()
    {
        var preview = OutlineParser.Parse("  \n\n\t\n");

        Assert.True(preview.IsValid);
        Assert.Empty(preview.Lines);
        Assert.Empty(preview.Roots);
    }

    [Theory]
    [InlineData("Serve well\n  Goal: G\n", NodeKind.Mission)]
    [InlineData("Serve well\n  Strategy: S\n", NodeKind.Goal)]
    [InlineData("Serve well\n  a\n    b\n      c\n", NodeKind.Mission)]
    [InlineData("Serve well\n  a\n    b\n", NodeKind.Goal)]
    [InlineData("Serve well\n", NodeKind.Goal)]
    public void An_unprefixed_top_line_is_the_mission_only_when_its_branch_says_so(string text, NodeKind expected) =>
        Assert.Equal(expected, OutlineParser.Parse(text).Lines[0].Kind);
}
