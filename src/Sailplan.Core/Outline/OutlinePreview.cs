using Sailplan.Core.Strategy;

namespace Sailplan.Core.Outline;

/// <summary>
/// What pasted outline text would become, shown before anything is saved. <see cref="Roots"/> is
/// either one mission or, when the text has no mission, its goals and objectives, which belong
/// under the organisation's mission.
/// </summary>
public sealed record OutlinePreview(IReadOnlyList<OutlineLine> Lines, IReadOnlyList<OutlineNode> Roots, IReadOnlyList<OutlineProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// A line that became a node. <see cref="Depth"/> is its depth in the tree (0 for the top);
/// <see cref="Raw"/> is the line as pasted. Description lines ("&gt; ...") fold into the line above.
/// </summary>
public sealed record OutlineLine(int Number, int Depth, NodeKind Kind, string Title, string? Description, string Raw);

public sealed record OutlineProblem(int Line, string Reason);
