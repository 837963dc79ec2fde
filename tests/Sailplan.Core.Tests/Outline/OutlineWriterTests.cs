using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sailplan.Core.Outline;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Tests.Outline;

public class OutlineWriterTests
{
    private static OutlineNode Node(NodeKind kind, string title, string? description = null, params OutlineNode[] children) =>
        new(kind, title, description, 0, children);

    private static readonly OutlineNode[] SmallTree =
    [
        Node(NodeKind.Mission, "Serve well", "Why we are here.\n\nSecond paragraph.",
            Node(NodeKind.Goal, "Fast answers", null,
                Node(NodeKind.Strategy, "Staff the peaks — weekdays", null,
                    Node(NodeKind.Action, "Hire"))),
            Node(NodeKind.Objective, "Lower cost")),
    ];

    [Fact]
    public void Writes_markdown_bullets_two_spaces_a_level_with_stated_kinds()
    {
        Assert.Equal("""
            - Mission: Serve well
              > Why we are here.
              >
              > Second paragraph.
              - Goal: Fast answers
                - Strategy: Staff the peaks \— weekdays
                  - Action: Hire
              - Objective: Lower cost

            """.ReplaceLineEndings("\n"), OutlineWriter.Write(SmallTree));
    }

    [Fact]
    public void Writes_nothing_for_no_nodes() => Assert.Equal("", OutlineWriter.Write([]));

    [Fact]
    public void A_written_tree_parses_back_to_the_same_tree_with_line_numbers_of_the_written_text()
    {
        var preview = OutlineParser.Parse(OutlineWriter.Write(SmallTree));

        Assert.Empty(preview.Problems);
        Assert.Equal(SmallTree, preview.Roots);
        Assert.Equal([1, 5, 6, 7, 8], OutlineNode.Flatten(preview.Roots).Select(s => s.Node.Line));
    }

    [Fact]
    public void The_article_example_survives_a_write_and_a_parse()
    {
        var parsed = OutlineParser.Parse(OutlineParserTests.ArticleOutline).Roots;

        var reparsed = OutlineParser.Parse(OutlineWriter.Write(parsed));

        Assert.True(reparsed.IsValid);
        Assert.Equal(parsed, reparsed.Roots);
    }

    [Theory]
    [InlineData("Goal: a second prefix")]
    [InlineData("Strategy - looks like a prefix")]
    [InlineData("Customer Service Mission: too")]
    [InlineData("A — B")]
    [InlineData("ends with —")]
    [InlineData("— starts with a dash")]
    [InlineData("back\\slash")]
    [InlineData("a\\—b")]
    [InlineData("\\—")]
    [InlineData("x \\")]
    [InlineData("C:\\new folder")]
    [InlineData("# not a heading")]
    [InlineData("> not a description")]
    [InlineData("- not a bullet")]
    [InlineData("1. not a number")]
    [InlineData("• a dot")]
    [InlineData("Incent to contribute, engage further 1:1")]
    [InlineData("tab\tinside")]
    [InlineData("Ünïcödé ✓ 日本")]
    [InlineData("Mission")]
    public void Titles_that_could_confuse_the_parser_round_trip(string title)
    {
        OutlineNode[] tree =
        [
            Node(NodeKind.Goal, title, title,
                Node(NodeKind.Strategy, title, null,
                    Node(NodeKind.Action, title, "first\n" + title))),
        ];

        var preview = OutlineParser.Parse(OutlineWriter.Write(tree));

        Assert.Empty(preview.Problems);
        Assert.Equal(tree, preview.Roots);
    }

    [Fact]
    public void A_line_break_inside_a_title_is_written_as_a_space()
    {
        var written = OutlineWriter.Write([Node(NodeKind.Goal, "Fast\r\nanswers")]);

        Assert.Equal("- Goal: Fast answers\n", written);
    }

    // Trees in the shape the parser produces: trimmed one-line titles, descriptions trimmed with
    // no trailing spaces on their lines; built from fragments that mean something to the parser.
    private static readonly string[] Fragments =
        ["Serve", "well", "—", " — ", "\\", "\\—", ":", "Goal:", "Action 1:", " - ", " – ", "#", ">", "- ", "1.", "•", "\t", "é", "✓", "(AHT, FCR)", "1:1", "*", " "];

    private static Gen<string> Text(int minParts) =>
        Gen.Choose(minParts, 6).SelectMany(n => Gen.Elements(Fragments).ListOf(n)).Select(parts => string.Concat(parts));

    private static readonly Gen<string> Title = Text(1).Select(t => t.Trim()).Select(t => t.Length == 0 ? "x" : t);

    private static readonly Gen<string?> Description = Gen.OneOf(
        Gen.Constant<string?>(null),
        Gen.Choose(1, 3)
            .SelectMany(n => Text(0).ListOf(n))
            .Select(lines => string.Join('\n', lines.Select(l => l.TrimEnd())).Trim())
            .Select(d => d.Length == 0 ? null : d));

    private static Gen<OutlineNode> ValidNode(NodeKind kind)
    {
        var childKinds = kind switch
        {
            NodeKind.Mission => new[] { NodeKind.Goal, NodeKind.Objective },
            NodeKind.Goal or NodeKind.Objective => [NodeKind.Strategy],
            NodeKind.Strategy => [NodeKind.Action],
            _ => [],
        };
        var children = childKinds.Length == 0
            ? Gen.Constant<IReadOnlyList<OutlineNode>>([])
            : Gen.Choose(0, 3).SelectMany(n => Gen.Elements(childKinds).SelectMany(ValidNode).ListOf(n)).Select(c => (IReadOnlyList<OutlineNode>)c.ToList());

        return from title in Title
               from description in Description
               from nodes in children
               select new OutlineNode(kind, title, description, 0, nodes);
    }

    private static readonly Gen<GeneratedOutline> ValidOutline = Gen.OneOf(
        ValidNode(NodeKind.Mission).Select(m => new GeneratedOutline([m])),
        Gen.Choose(1, 4)
            .SelectMany(n => Gen.Elements(NodeKind.Goal, NodeKind.Objective).SelectMany(ValidNode).ListOf(n))
            .Select(goals => new GeneratedOutline(goals.ToList())));

    // FsCheck prints a failing case with ToString; the outline text is what a person can read.
    public sealed record GeneratedOutline(IReadOnlyList<OutlineNode> Roots)
    {
        public override string ToString() => "\n" + OutlineWriter.Write(Roots);
    }

    [Property(MaxTest = 300)]
    public Property Any_valid_tree_parses_back_from_its_written_outline() =>
        Prop.ForAll(Arb.From(ValidOutline), outline =>
        {
            var preview = OutlineParser.Parse(OutlineWriter.Write(outline.Roots));
            return preview.IsValid && preview.Roots.SequenceEqual(outline.Roots);
        });
}
