using System.Text.RegularExpressions;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Outline;

/// <summary>
/// Reads an outline pasted from a slide deck or a Markdown file into a strategy tree.
/// <list type="bullet">
/// <item>Nesting follows indentation (spaces or tabs; a tab counts as four spaces), and Markdown
/// headings nest by level, with the lines below a heading under it. A bulleted line directly below
/// an unbulleted line at the same indentation sits under it, as in "Mission: ..." followed by "- Goal: ...".</item>
/// <item>A line may state its kind ("Goal 1: ...", "Strategy - ...", "Tactic – ..."); otherwise it is the
/// kind that belongs under its parent. An unstated top line is the mission when its children are stated
/// goals or objectives, or when its branch runs the four levels mission, goal, strategy, action;
/// otherwise it is a goal.</item>
/// <item>Without a mission, the top lines are goals and objectives for the organisation's mission.</item>
/// <item>" — " (an em dash between spaces) after the title starts a description, and so do lines
/// starting with "&gt;" below a line. "\—" is an em dash that starts nothing. Right after a kind
/// ("Goal 1 — ...") the em dash only separates the kind from the title.</item>
/// </list>
/// The parser never throws on text: whatever it cannot accept becomes an <see cref="OutlineProblem"/>.
/// </summary>
public static partial class OutlineParser
{
    public const int MaxTitleLength = 300;
    public const int MaxDescriptionLength = 4000;
    public const string DescriptionSeparator = " — ";
    public const string EscapedEmDash = "\\—";
    private const int TabWidth = 4;

    public static OutlinePreview Parse(string text)
    {
        var problems = new List<OutlineProblem>();
        var drafts = ReadStructure(text, problems);
        var kinds = InferKinds(drafts);
        CheckShape(drafts, kinds, problems);
        CheckLengths(drafts, problems);
        return Build(drafts, kinds, problems);
    }

    private sealed class Draft(int number, string raw, int? parent, NodeKind? statedKind, string title, string? inlineDescription)
    {
        public int Number { get; } = number;
        public string Raw { get; } = raw;
        public int? Parent { get; } = parent;
        public NodeKind? StatedKind { get; } = statedKind;
        public string Title { get; } = title;
        public List<int> Children { get; } = [];
        public List<string> DescriptionLines { get; } = inlineDescription is null ? [] : [inlineDescription];

        public string? Description
        {
            get
            {
                var text = string.Join('\n', DescriptionLines).Trim();
                return text.Length == 0 ? null : text;
            }
        }
    }

    // An enclosing line that later lines may nest under. Body lines compare by indentation key,
    // headings by level; a heading closes every body line before it.
    private sealed record Open(bool IsHeading, int Key, int Index);

    private static List<Draft> ReadStructure(string text, List<OutlineProblem> problems)
    {
        var drafts = new List<Draft>();
        var open = new List<Open>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var raw = i == 0 ? lines[i].TrimStart('\uFEFF') : lines[i];
            var (columns, content) = Indentation(raw);
            if (content.Length == 0)
            {
                continue;
            }

            if (content[0] == '>')
            {
                if (drafts.Count == 0)
                {
                    problems.Add(new(number, "A description line (starting with '>') must follow the line it describes."));
                }
                else
                {
                    drafts[^1].DescriptionLines.Add(DescriptionLineText(content));
                }

                continue;
            }

            int? parent;
            var heading = Heading().Match(content);
            if (heading.Success)
            {
                parent = PlaceHeading(open, heading.Groups["marks"].Length, drafts.Count);
                content = heading.Groups["text"].Value;
            }
            else
            {
                var bullet = Bullet().Match(content);
                if (bullet.Success)
                {
                    content = bullet.Groups["text"].Value;
                }

                // A bullet counts half a step deeper than plain text in the same column, so that
                // "- Goal: ..." right below "Mission: ..." nests under it as people mean it to.
                parent = PlaceBody(open, columns * 2 + (bullet.Success ? 1 : 0), drafts.Count, number, problems);
            }

            var draft = ReadContent(number, raw, parent, content);
            if (parent is { } p)
            {
                drafts[p].Children.Add(drafts.Count);
            }

            drafts.Add(draft);
        }

        return drafts;
    }

    private static (int Columns, string Content) Indentation(string raw)
    {
        var columns = 0;
        var i = 0;
        for (; i < raw.Length && raw[i] is ' ' or '\t' or '\u00A0'; i++)
        {
            columns = raw[i] == '\t' ? (columns / TabWidth + 1) * TabWidth : columns + 1;
        }

        return (columns, raw[i..].TrimEnd());
    }

    private static string DescriptionLineText(string content)
    {
        var text = content[1..];
        return text.StartsWith(' ') ? text[1..] : text;
    }

    private static int? PlaceHeading(List<Open> open, int level, int index)
    {
        while (open.Count > 0 && (!open[^1].IsHeading || open[^1].Key >= level))
        {
            open.RemoveAt(open.Count - 1);
        }

        var parent = open.Count > 0 ? open[^1].Index : (int?)null;
        open.Add(new Open(true, level, index));
        return parent;
    }

    private static int? PlaceBody(List<Open> open, int key, int index, int number, List<OutlineProblem> problems)
    {
        var enclosing = open.Where(o => !o.IsHeading).Select(o => o.Key / 2).Distinct().ToList();
        var dedented = false;
        while (open.Count > 0 && !open[^1].IsHeading && open[^1].Key > key && !SameColumn(open[^1].Key, key))
        {
            open.RemoveAt(open.Count - 1);
            dedented = true;
        }

        // Plain text below a bullet in the same column is its sibling; only the other way round nests.
        if (open.Count > 0 && !open[^1].IsHeading && SameColumn(open[^1].Key, key) && open[^1].Key >= key)
        {
            open.RemoveAt(open.Count - 1);
        }
        else if (dedented && open.Count > 0 && !open[^1].IsHeading)
        {
            // Stepping back past the first line of a heading or of the text is harmless (it can only be
            // another top line); stepping back to between two enclosing lines leaves its parent a guess.
            problems.Add(new(number,
                $"The line is indented by {key / 2}, which lines up with none of the lines it could belong to (indented by {string.Join(", ", enclosing)})."));
        }

        var parent = open.Count > 0 ? open[^1].Index : (int?)null;
        open.Add(new Open(false, key, index));
        return parent;
    }

    private static bool SameColumn(int key, int otherKey) => key / 2 == otherKey / 2;

    private static Draft ReadContent(int number, string raw, int? parent, string content)
    {
        NodeKind? statedKind = null;
        var rest = content;
        var prefix = Prefix().Match(content);
        if (prefix.Success)
        {
            statedKind = KindOf(prefix.Groups["kind"].Value);
            rest = prefix.Groups["title"].Value.TrimStart();
        }

        string? inlineDescription = null;
        var separator = rest.IndexOf(DescriptionSeparator, StringComparison.Ordinal);
        if (separator >= 0)
        {
            inlineDescription = rest[(separator + DescriptionSeparator.Length)..].Trim();
            rest = rest[..separator];
        }

        var title = rest.Replace(EscapedEmDash, "—", StringComparison.Ordinal).Trim();
        return new Draft(number, raw, parent, statedKind, title, inlineDescription);
    }

    private static NodeKind KindOf(string word) => word.ToLowerInvariant() switch
    {
        "goal" => NodeKind.Goal,
        "objective" => NodeKind.Objective,
        "strategy" => NodeKind.Strategy,
        "tactic" or "action" or "measure" => NodeKind.Action,
        _ => NodeKind.Mission, // "mission" or "customer service mission"
    };

    private static NodeKind[] InferKinds(List<Draft> drafts)
    {
        // Children come after their parents, so walking backwards sees every branch's height first.
        var heights = new int[drafts.Count];
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            heights[i] = 1 + drafts[i].Children.Select(c => heights[c]).DefaultIfEmpty(0).Max();
        }

        var kinds = new NodeKind[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            kinds[i] = draft.StatedKind ?? (draft.Parent is { } parent ? ChildKind(kinds[parent]) : TopKind(draft, drafts, heights[i]));
        }

        return kinds;
    }

    private static NodeKind ChildKind(NodeKind parent) => parent switch
    {
        NodeKind.Mission => NodeKind.Goal,
        NodeKind.Goal or NodeKind.Objective => NodeKind.Strategy,
        _ => NodeKind.Action,
    };

    private static NodeKind TopKind(Draft draft, List<Draft> drafts, int height)
    {
        var statedChild = draft.Children.Select(c => drafts[c].StatedKind).FirstOrDefault(k => k is not null);
        return statedChild switch
        {
            NodeKind.Goal or NodeKind.Objective => NodeKind.Mission,
            not null => NodeKind.Goal,
            null => height >= 4 ? NodeKind.Mission : NodeKind.Goal,
        };
    }

    private static void CheckShape(List<Draft> drafts, NodeKind[] kinds, List<OutlineProblem> problems)
    {
        var missionLine = drafts.Where((d, i) => d.Parent is null && kinds[i] == NodeKind.Mission).Select(d => d.Number).FirstOrDefault();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var problem = draft.Parent is { } parent
                ? TreeShape.Problem(kinds[i], kinds[parent])
                : TopProblem(kinds[i], draft.Number, missionLine);
            if (problem is not null)
            {
                problems.Add(new(draft.Number, problem));
            }
        }
    }

    private static string? TopProblem(NodeKind kind, int number, int missionLine) => kind switch
    {
        NodeKind.Mission when number != missionLine => $"An outline holds one mission, and line {missionLine} already is it.",
        NodeKind.Goal or NodeKind.Objective when missionLine != 0 =>
            $"This {TreeShape.Label(kind)} stands beside the mission on line {missionLine}; indent it under the mission.",
        NodeKind.Mission or NodeKind.Goal or NodeKind.Objective => null,
        _ => TreeShape.Problem(kind, null),
    };

    private static void CheckLengths(List<Draft> drafts, List<OutlineProblem> problems)
    {
        foreach (var draft in drafts)
        {
            if (draft.Title.Length == 0)
            {
                problems.Add(new(draft.Number, "The line has no title."));
            }
            else if (draft.Title.Length > MaxTitleLength)
            {
                problems.Add(new(draft.Number, $"The title has {draft.Title.Length} characters; at most {MaxTitleLength} fit."));
            }

            if (draft.Description is { Length: > MaxDescriptionLength } description)
            {
                problems.Add(new(draft.Number, $"The description has {description.Length} characters; at most {MaxDescriptionLength} fit."));
            }
        }
    }

    private static OutlinePreview Build(List<Draft> drafts, NodeKind[] kinds, List<OutlineProblem> problems)
    {
        var depths = new int[drafts.Count];
        var lines = new List<OutlineLine>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            depths[i] = draft.Parent is { } parent ? depths[parent] + 1 : 0;
            lines.Add(new OutlineLine(draft.Number, depths[i], kinds[i], draft.Title, draft.Description, draft.Raw));
        }

        var nodes = new OutlineNode[drafts.Count];
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var draft = drafts[i];
            nodes[i] = new OutlineNode(kinds[i], draft.Title, draft.Description, draft.Number, draft.Children.Select(c => nodes[c]).ToList());
        }

        var roots = drafts.Select((d, i) => (d, i)).Where(x => x.d.Parent is null).Select(x => nodes[x.i]).ToList();
        return new OutlinePreview(lines, roots, problems.OrderBy(p => p.Line).ToList());
    }

    [GeneratedRegex(@"^(?<marks>#{1,6})(?:[ \t]+(?<text>.*))?$")]
    private static partial Regex Heading();

    // Markdown and slide bullets, and numbered items ("1.", "1)", "2.3.").
    [GeneratedRegex(@"^(?:[•◦▪‣][ \t]*|[-*+](?:[ \t]+|$)|[0-9]+(?:\.[0-9]+)*[.)](?:[ \t]+|$))(?<text>.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(
        @"^(?<kind>customer[ \t]+service[ \t]+mission|mission|goal|objective|strategy|tactic|action|measure)(?:[ \t]*[0-9]+(?:\.[0-9]+)*\.?)?[ \t]*(?::|[ \t][-–—][ \t])(?<title>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
