using Sailplan.Core.Strategy;

namespace Sailplan.Core.Outline;

/// <summary>
/// One node of an outline tree: what it is, its text and its children in order. <see cref="Line"/>
/// points back at the text it was parsed from (0 when it was not parsed).
/// </summary>
public sealed record OutlineNode(NodeKind Kind, string Title, string? Description, int Line, IReadOnlyList<OutlineNode> Children)
{
    /// <summary>The tree of <paramref name="nodes"/>; <paramref name="titleOf"/> may decorate titles (e.g. with a dimension tag).</summary>
    public static IReadOnlyList<OutlineNode> FromNodes(IEnumerable<StrategyNode> nodes, Func<StrategyNode, string>? titleOf = null)
    {
        titleOf ??= n => n.Title;
        var all = nodes.ToList();
        var ids = all.Select(n => n.Id).ToHashSet();
        var childrenByParent = all.Where(n => n.ParentId is { } p && ids.Contains(p)).ToLookup(n => n.ParentId!.Value);

        // Whatever's parent is not among the nodes is a root, so exporting one goal's branch works too.
        var roots = all.Where(n => n.ParentId is not { } p || !ids.Contains(p));
        return Build(roots);

        IReadOnlyList<OutlineNode> Build(IEnumerable<StrategyNode> siblings) =>
            siblings
                .OrderBy(n => n.Position)
                .ThenBy(n => n.Id)
                .Select(n => new OutlineNode(n.Kind, titleOf(n), n.Description, 0, Build(childrenByParent[n.Id])))
                .ToList();
    }

    /// <summary>
    /// The nodes parents first, each with the index of its parent's step, so that an importer can
    /// create entities in one loop and look the created parent up by index rather than by value
    /// (two nodes may be equal, e.g. the same action under two strategies).
    /// </summary>
    public static IReadOnlyList<OutlineStep> Flatten(IReadOnlyList<OutlineNode> roots)
    {
        var steps = new List<OutlineStep>();
        Visit(roots, null, 0);
        return steps;

        void Visit(IReadOnlyList<OutlineNode> siblings, int? parentIndex, int depth)
        {
            for (var position = 0; position < siblings.Count; position++)
            {
                var index = steps.Count;
                steps.Add(new OutlineStep(index, parentIndex, position, depth, siblings[position]));
                Visit(siblings[position].Children, index, depth + 1);
            }
        }
    }

    // Line says where a node came from, not what it is: leaving it out is what makes
    // Parse(Write(tree)) equal to the tree. Children compare by content, not by list identity.
    public bool Equals(OutlineNode? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Children.SequenceEqual(other.Children);

    public override int GetHashCode() => HashCode.Combine(Kind, Title, Description, Children.Count);
}

/// <summary>One node of <see cref="OutlineNode.Flatten"/>: <see cref="Position"/> is its place among its siblings.</summary>
public sealed record OutlineStep(int Index, int? ParentIndex, int Position, int Depth, OutlineNode Node);
