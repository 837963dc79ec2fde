namespace Sailplan.Core.Strategy;

/// <summary>
/// The levels of the strategy tree: mission -> goals (customer-facing) and objectives (internal)
/// -> strategies -> actions. An action is a measure: it aims at drivers and KPIs.
/// </summary>
public enum NodeKind
{
    Mission,
    Goal,
    Objective,
    Strategy,
    Action,
}

public enum NodeStatus
{
    Draft,
    Active,
    OnHold,
    Done,
    Dropped,
}

/// <summary>Which kind may sit under which: the only shapes the tree accepts.</summary>
public static class TreeShape
{
    public static IReadOnlyList<NodeKind?> AllowedParents(NodeKind kind) => kind switch
    {
        NodeKind.Mission => [null],
        NodeKind.Goal or NodeKind.Objective => [NodeKind.Mission],
        NodeKind.Strategy => [NodeKind.Goal, NodeKind.Objective],
        NodeKind.Action => [NodeKind.Strategy],
        _ => [],
    };

    /// <summary>Null when <paramref name="kind"/> may sit under <paramref name="parentKind"/>, else why not.</summary>
    public static string? Problem(NodeKind kind, NodeKind? parentKind)
    {
        var allowed = AllowedParents(kind);
        if (allowed.Contains(parentKind))
        {
            return null;
        }

        var expected = string.Join(" or ", allowed.Select(k => k is null ? "nothing (it is the root)" : WithArticle(k.Value)));
        var actual = parentKind is null ? "at the top" : $"under {WithArticle(parentKind.Value)}";
        var subject = WithArticle(kind);
        return $"{char.ToUpperInvariant(subject[0])}{subject[1..]} cannot stand {actual}; it belongs under {expected}.";
    }

    public static string Label(NodeKind kind) => kind.ToString().ToLowerInvariant();

    private static string WithArticle(NodeKind kind) =>
        kind is NodeKind.Action or NodeKind.Objective ? $"an {Label(kind)}" : $"a {Label(kind)}";
}
