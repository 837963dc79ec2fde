using Sailplan.Core.Strategy;

namespace Sailplan.Web.Strategy;

/// <summary>What the pages need to know about node kinds, read from the tree shape rules in Core.</summary>
public static class NodeKinds
{
    /// <summary>The kinds that may stand under <paramref name="parent"/> (under nothing: the mission).</summary>
    public static IReadOnlyList<NodeKind> ChildKinds(NodeKind? parent) =>
        Enum.GetValues<NodeKind>().Where(k => TreeShape.AllowedParents(k).Contains(parent)).ToList();

    /// <summary>"Add goal or objective", "Add strategy", ...</summary>
    public static string AddLabel(IEnumerable<NodeKind> kinds) => "Add " + string.Join(" or ", kinds.Select(TreeShape.Label));

    /// <summary>Goals and objectives sit in a dimension; the form asks for one only for them.</summary>
    public static bool HasDimension(NodeKind kind) => kind is NodeKind.Goal or NodeKind.Objective;
}
