using System.Text;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Outline;

/// <summary>
/// Writes a tree as Markdown bullets that <see cref="OutlineParser"/> reads back to the same tree:
/// every line states its kind, descriptions go on "&gt;" lines below their node, and em dashes in
/// titles are escaped so that they do not start a description.
/// </summary>
public static class OutlineWriter
{
    private const string IndentStep = "  ";

    public static string Write(IReadOnlyList<OutlineNode> roots)
    {
        var text = new StringBuilder();
        foreach (var root in roots)
        {
            WriteNode(text, root, 0);
        }

        return text.ToString();
    }

    public static string Prefix(NodeKind kind) => kind switch
    {
        NodeKind.Mission => "Mission",
        NodeKind.Goal => "Goal",
        NodeKind.Objective => "Objective",
        NodeKind.Strategy => "Strategy",
        _ => "Action",
    };

    private static void WriteNode(StringBuilder text, OutlineNode node, int depth)
    {
        var indent = string.Concat(Enumerable.Repeat(IndentStep, depth));
        var title = EscapeTitle(node.Title);
        text.Append(indent).Append("- ").Append(Prefix(node.Kind)).Append(':');
        if (title.Length > 0)
        {
            text.Append(' ').Append(title);
        }

        text.Append('\n');
        if (!string.IsNullOrWhiteSpace(node.Description))
        {
            foreach (var line in node.Description.ReplaceLineEndings("\n").Split('\n'))
            {
                var content = line.TrimEnd();
                text.Append(indent).Append(IndentStep).Append('>');
                if (content.Length > 0)
                {
                    text.Append(' ').Append(content);
                }

                text.Append('\n');
            }
        }

        foreach (var child in node.Children)
        {
            WriteNode(text, child, depth + 1);
        }
    }

    // A title is one line. The domain does not forbid line breaks in titles yet; writing them as
    // spaces keeps the export readable instead of failing it.
    private static string EscapeTitle(string title) =>
        string.Join(' ', title.Trim().ReplaceLineEndings("\n").Split('\n').Select(part => part.Trim()))
            .Replace("—", OutlineParser.EscapedEmDash, StringComparison.Ordinal);
}
