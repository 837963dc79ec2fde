using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Demo;

/// <summary>
/// A complete organisation, linked by id. Each list is in insertion order: a unit's parent, a
/// person's manager and a node's parent come before it, so a store can add the rows as they are.
/// </summary>
public sealed record DemoData(
    Organization Organization,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<Person> People,
    IReadOnlyList<Charter> CharterRevisions,
    IReadOnlyList<CharterAmendment> CharterAmendments,
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<KpiDefinition> Kpis,
    IReadOnlyList<KpiTarget> Targets,
    IReadOnlyList<Driver> Drivers,
    IReadOnlyList<StrategyNode> Nodes)
{
    /// <summary>The current charter: the newest revision.</summary>
    public Charter Charter => CharterRevisions[^1];
}
