using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Outline;
using Sailplan.Core.Strategy;

namespace Sailplan.Data.Outline;

/// <summary>
/// What importing an outline would do: the parsed preview, every problem (from the text and from
/// what the organisation already holds) and the nodes it would add. Nothing is saved until
/// <see cref="OutlineImport.SaveAsync"/>, which refuses a plan with any problem, so a malformed
/// outline never leaves half a tree behind.
/// </summary>
public sealed record OutlineImportPlan(OutlinePreview Preview, IReadOnlyList<OutlineProblem> Problems, IReadOnlyList<StrategyNode> NewNodes)
{
    public bool CanImport => Problems.Count == 0 && NewNodes.Count > 0;
}

public static class OutlineImport
{
    public static async Task<OutlineImportPlan> PlanAsync(AppDb db, Guid organizationId, string text, CancellationToken cancellationToken = default)
    {
        var preview = OutlineParser.Parse(text);
        var problems = preview.Problems.ToList();
        if (preview.Lines.Count == 0)
        {
            problems.Add(new OutlineProblem(1, "The outline is empty: paste a mission, goals, strategies and actions, one per line."));
        }

        var dimensions = await db.InOrganization<Dimension>(organizationId).AsNoTracking().OrderBy(d => d.Position).ToListAsync(cancellationToken);
        var mission = await db.InOrganization<StrategyNode>(organizationId).FirstOrDefaultAsync(n => n.Kind == NodeKind.Mission, cancellationToken);
        var missionChildren = mission is null ? 0 : await db.InOrganization<StrategyNode>(organizationId).CountAsync(n => n.ParentId == mission.Id, cancellationToken);

        var created = new Dictionary<int, StrategyNode>();
        foreach (var step in OutlineNode.Flatten(preview.Roots))
        {
            var node = step.Node;
            StrategyNode? parent;
            if (step.ParentIndex is { } parentIndex)
            {
                if (!created.TryGetValue(parentIndex, out parent))
                {
                    continue; // its parent already has a problem
                }
            }
            else if (node.Kind == NodeKind.Mission && mission is not null)
            {
                problems.Add(new OutlineProblem(node.Line,
                    $"The organisation already has the mission '{mission.Title}'. Leave the mission line out to add these goals and objectives under it."));
                continue;
            }
            else if (node.Kind != NodeKind.Mission && mission is null)
            {
                problems.Add(new OutlineProblem(node.Line, "The organisation has no mission yet: start the outline with a 'Mission:' line."));
                continue;
            }
            else
            {
                parent = node.Kind == NodeKind.Mission ? null : mission;
            }

            var position = step.ParentIndex is null && parent is not null ? missionChildren + step.Position : step.Position;
            try
            {
                var (title, dimensionId) = TitleAndDimension(node, dimensions);
                created[step.Index] = StrategyNode.Create(organizationId, node.Kind, parent,
                    new NodeDetails(title, node.Description, DimensionId: dimensionId), position);
            }
            catch (DomainException e)
            {
                problems.Add(new OutlineProblem(node.Line, e.Message));
            }
        }

        return new OutlineImportPlan(preview, problems.OrderBy(p => p.Line).ToList(), created.Values.ToList());
    }

    public static async Task<int> SaveAsync(AppDb db, OutlineImportPlan plan, CancellationToken cancellationToken = default)
    {
        if (!plan.CanImport)
        {
            throw new DomainException("text", plan.Problems.Count > 0
                ? $"The outline has {plan.Problems.Count} problem(s); nothing was imported."
                : "The outline holds nothing to import.");
        }

        db.AddRange(plan.NewNodes);
        await db.SaveChangesAsync(cancellationToken);
        return plan.NewNodes.Count;
    }

    /// <summary>The organisation's tree as an outline; goals and objectives carry their dimension tag.</summary>
    public static async Task<string> ExportAsync(AppDb db, Guid organizationId, CancellationToken cancellationToken = default)
    {
        var nodes = await db.InOrganization<StrategyNode>(organizationId).AsNoTracking().ToListAsync(cancellationToken);
        var dimensionNames = await db.InOrganization<Dimension>(organizationId).AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        return OutlineWriter.Write(OutlineNode.FromNodes(nodes,
            n => DimensionTag.Join(n.Title, n.DimensionId is { } id ? dimensionNames.GetValueOrDefault(id) : null)));
    }

    /// <summary>A goal's or objective's dimension comes from its tag, else the organisation's first dimension.</summary>
    private static (string Title, Guid? DimensionId) TitleAndDimension(OutlineNode node, List<Dimension> dimensions)
    {
        if (node.Kind is not (NodeKind.Goal or NodeKind.Objective))
        {
            return (node.Title, null);
        }

        var (title, tag) = DimensionTag.Split(node.Title);
        if (tag is null)
        {
            return (title, dimensions.Count > 0 ? dimensions[0].Id : null);
        }

        var dimension = dimensions.FirstOrDefault(d => string.Equals(d.Name, tag, StringComparison.OrdinalIgnoreCase))
            ?? throw new DomainException("dimensionId", $"There is no dimension '{tag}'. Known: {string.Join(", ", dimensions.Select(d => d.Name))}.");
        return (title, dimension.Id);
    }
}
