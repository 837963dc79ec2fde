using System.ComponentModel.DataAnnotations;
using Sailplan.Core.Strategy;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Strategy;

/// <summary>A strategy node as the edit and new-node forms post it.</summary>
public sealed class NodeForm
{
    [Display(Name = "Kind")]
    public NodeKind Kind { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Owner")]
    public Guid? OwnerId { get; set; }

    [Display(Name = "Units")]
    public List<Guid> UnitIds { get; set; } = [];

    [Display(Name = "Status")]
    public NodeStatus Status { get; set; }

    [Display(Name = "Start date")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Due date")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "Dimension")]
    public Guid? DimensionId { get; set; }

    [Display(Name = "Drivers")]
    public List<Guid> DriverIds { get; set; } = [];

    [Display(Name = "KPIs")]
    public List<Guid> KpiIds { get; set; } = [];

    [Display(Name = "Hypothesis")]
    public HypothesisForm Hypothesis { get; set; } = new();

    [Display(Name = "Scope")]
    public ScopeForm Scope { get; set; } = new();

    public int Version { get; set; }

    public static NodeForm From(StrategyNode node) => new()
    {
        Kind = node.Kind,
        Title = node.Title,
        Description = node.Description,
        OwnerId = node.OwnerId,
        UnitIds = node.UnitIds,
        Status = node.Status,
        StartDate = node.StartDate,
        DueDate = node.DueDate,
        DimensionId = node.DimensionId,
        DriverIds = node.DriverIds,
        KpiIds = node.KpiIds,
        Hypothesis = HypothesisForm.From(node.Hypothesis),
        Scope = ScopeForm.From(node.Scope),
        Version = node.Version,
    };

    /// <summary>The API's input for the same change, so that pages and API apply the same checks and rules.</summary>
    public NodeInput ToInput(NodeKind kind, Guid? parentId)
    {
        var isAction = kind == NodeKind.Action;
        return new NodeInput(kind, Title ?? "", parentId,
            Description: Description,
            OwnerId: OwnerId,
            UnitIds: UnitIds,
            Status: Status,
            StartDate: StartDate,
            DueDate: DueDate,
            DimensionId: NodeKinds.HasDimension(kind) ? DimensionId : null,
            DriverIds: isAction ? DriverIds : null,
            KpiIds: isAction ? KpiIds : null,
            Hypothesis: isAction ? Hypothesis.ToHypothesis() : null,
            Scope: isAction ? Scope.ToScope() : null,
            Version: Version);
    }
}

public sealed class HypothesisForm
{
    [Display(Name = "Expected change")]
    public string? ExpectedChange { get; set; }

    [Display(Name = "KPI it moves")]
    public Guid? KpiId { get; set; }

    [Display(Name = "Expected delta")]
    public decimal? ExpectedDelta { get; set; }

    [Display(Name = "By")]
    public DateOnly? By { get; set; }

    public static HypothesisForm From(Hypothesis? hypothesis) => hypothesis is null
        ? new()
        : new() { ExpectedChange = hypothesis.ExpectedChange, KpiId = hypothesis.KpiId, ExpectedDelta = Labels.Trim(hypothesis.ExpectedDelta), By = hypothesis.By };

    /// <summary>No hypothesis when every field is empty; otherwise the domain checks what is there.</summary>
    public Hypothesis? ToHypothesis() =>
        string.IsNullOrWhiteSpace(ExpectedChange) && KpiId is null && ExpectedDelta is null && By is null
            ? null
            : new Hypothesis(ExpectedChange ?? "", KpiId, ExpectedDelta, By);
}

public sealed class ScopeForm
{
    [Display(Name = "Units in scope")]
    public List<Guid> UnitIds { get; set; } = [];

    [Display(Name = "Channels")]
    public string? Channels { get; set; }

    [Display(Name = "Queues")]
    public string? Queues { get; set; }

    public static ScopeForm From(MeasureScope? scope) => scope is null
        ? new()
        : new() { UnitIds = scope.UnitIds, Channels = Labels.JoinList(scope.Channels), Queues = Labels.JoinList(scope.Queues) };

    public MeasureScope ToScope() => new(UnitIds, Labels.SplitList(Channels), Labels.SplitList(Queues));
}
