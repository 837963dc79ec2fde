using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Core.Handover;

/// <summary>An open measure as a new leader needs to see it: what, who, how far, by when, and what it promised.</summary>
public sealed record OpenMeasure(string Title, string Strategy, string? Owner, NodeStatus Status, DateOnly? Due, string? Hypothesis);

/// <summary>One entry of the decision log: what was decided, when, by whom, and why.</summary>
public sealed record Decision(DateOnly Date, string What, string Who, string Why);

/// <summary>A charter revision in the history: which, when and why.</summary>
public sealed record CharterRevisionSummary(int Revision, DateOnly Date, RevisionKind Kind, string Author, string Reason);

public sealed record LeaderDeliverables(string Role, string? Holder, DateOnly? HeldSince, IReadOnlyList<Deliverable> Deliverables);

/// <summary>
/// What a new leader inherits: the charter and how it came to be, the strategy and its state,
/// the measures under way, the decisions taken and the milestones ahead, and what the leadership
/// roles owe against those milestones. Built from stored data; written as Markdown or shown as a page.
/// </summary>
public sealed record HandoverPack(
    string Organization,
    DateOnly AsOf,
    Charter? Charter,
    IReadOnlyList<CharterRevisionSummary> CharterHistory,
    IReadOnlyList<StrategyNode> Tree,
    IReadOnlyList<OpenMeasure> OpenMeasures,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Milestone> MilestonesAhead,
    IReadOnlyList<LeaderDeliverables> Leaders)
{
    public static IReadOnlyList<OpenMeasure> OpenMeasuresOf(IReadOnlyList<StrategyNode> tree, IReadOnlyDictionary<Guid, string> people)
    {
        var byId = tree.ToDictionary(n => n.Id);
        return tree
            .Where(n => n.IsMeasure && n.Status is not (NodeStatus.Done or NodeStatus.Dropped))
            .OrderBy(n => n.DueDate ?? DateOnly.MaxValue).ThenBy(n => n.Title, StringComparer.Ordinal)
            .Select(n => new OpenMeasure(n.Title,
                n.ParentId is { } p && byId.TryGetValue(p, out var parent) ? parent.Title : "",
                n.OwnerId is { } o ? people.GetValueOrDefault(o) : null,
                n.Status, n.DueDate, n.Hypothesis?.ExpectedChange))
            .ToList();
    }

    public static IReadOnlyList<Milestone> MilestonesAheadOf(Charter? charter, DateOnly asOf) =>
        charter is null ? [] : charter.Milestones.Where(m => m.Date >= asOf && m.Status == MilestoneStatus.Open).OrderBy(m => m.Date).ToList();

    /// <summary>The charter decisions: every amendment that was approved or rejected, with its rationale.</summary>
    public static IReadOnlyList<Decision> DecisionsOf(IEnumerable<CharterAmendment> amendments, string timeZone) =>
        amendments
            .Where(a => a.Status is AmendmentStatus.Approved or AmendmentStatus.Rejected)
            .Select(a => new Decision(
                Organizations.Organization.DayIn(timeZone, a.ClosedAt ?? a.ProposedAt),
                $"Charter amendment {(a.Status == AmendmentStatus.Approved ? $"approved (revision {a.ResultingRevision})" : "rejected")}, proposed by {a.ProposedByName}",
                string.Join(", ", a.Approvals.Select(x => x.ApproverName).Distinct()),
                a.Status == AmendmentStatus.Rejected && a.Approvals.LastOrDefault()?.Comment is { } why ? $"{a.Rationale} (rejected: {why})" : a.Rationale))
            .OrderBy(d => d.Date)
            .ToList();
}
