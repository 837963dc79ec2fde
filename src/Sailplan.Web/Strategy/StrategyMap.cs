using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Strategy;
using Sailplan.Data;

namespace Sailplan.Web.Strategy;

/// <summary>The whole chain of one organisation, read once: charter, tree and the names nodes link to.</summary>
public sealed class StrategyMap
{
    private readonly ILookup<Guid?, StrategyNode> _children;

    private StrategyMap(Guid orgId, Charter? charter, List<StrategyNode> nodes, NodeChoices names, IReadOnlyDictionary<Guid, string> kpiCodes, DateOnly today)
    {
        OrgId = orgId;
        KpiCodes = kpiCodes;
        Charter = charter;
        Names = names;
        _children = nodes.OrderBy(n => n.Position).ThenBy(n => n.Id).ToLookup(n => n.ParentId);
        UpcomingMilestones = charter?.Milestones.Where(m => m.Date >= today && m.Status != MilestoneStatus.Retired).OrderBy(m => m.Date).ToList() ?? [];
    }

    public Guid OrgId { get; }

    public Charter? Charter { get; }

    public NodeChoices Names { get; }

    /// <summary>Each KPI's code, for the chips that link to its scorecard.</summary>
    public IReadOnlyDictionary<Guid, string> KpiCodes { get; }

    public IReadOnlyList<Milestone> UpcomingMilestones { get; }

    public IReadOnlyList<StrategyNode> Roots => ChildrenOf(null);

    public IReadOnlyList<StrategyNode> ChildrenOf(Guid? parentId) => _children[parentId].ToList();

    public static async Task<StrategyMap> LoadAsync(AppDb db, Guid orgId, DateOnly today, CancellationToken ct)
    {
        var charter = await db.Charters.AsNoTracking().CurrentFor(orgId).FirstOrDefaultAsync(ct);
        var nodes = await db.InOrganization<StrategyNode>(orgId).AsNoTracking().ToListAsync(ct);
        var kpiCodes = await db.InOrganization<KpiDefinition>(orgId).AsNoTracking().ToDictionaryAsync(k => k.Id, k => k.Code, ct);
        return new StrategyMap(orgId, charter, nodes, await NodeChoices.LoadAsync(db, orgId, ct), kpiCodes, today);
    }
}

/// <summary>One node of the map with the map around it, for the recursive node partial.</summary>
public sealed record MapNode(StrategyMap Map, StrategyNode Node, int Level);
