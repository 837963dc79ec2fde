namespace Sailplan.Core.Strategy;

/// <summary>
/// One node of the strategy tree. Goals and objectives sit in a dimension; actions are measures
/// and carry what they aim at (drivers and KPIs), their hypothesis and their scope.
/// </summary>
public sealed class StrategyNode : Entity
{
    private StrategyNode(Guid organizationId) : base(organizationId) { }

    public NodeKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public int Position { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public Guid? OwnerId { get; private set; }
    public List<Guid> UnitIds { get; private set; } = [];
    public NodeStatus Status { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? DueDate { get; private set; }
    public Guid? DimensionId { get; private set; }

    public List<Guid> DriverIds { get; private set; } = [];
    public List<Guid> KpiIds { get; private set; } = [];
    public Hypothesis? Hypothesis { get; private set; }
    public MeasureScope? Scope { get; private set; }

    public bool IsMeasure => Kind == NodeKind.Action;

    public static StrategyNode Create(Guid organizationId, NodeKind kind, StrategyNode? parent, NodeDetails details, int position = 0)
    {
        var node = new StrategyNode(organizationId) { Kind = Require.Defined(kind, "kind") };
        node.PlaceUnder(parent, position, details.Title);
        node.Update(details);
        return node;
    }

    public void Update(NodeDetails details)
    {
        var title = Require.Text(details.Title, "title", 300);
        if (Kind is NodeKind.Goal or NodeKind.Objective && details.DimensionId is null)
        {
            throw new DomainException("dimensionId", $"The {TreeShape.Label(Kind)} '{title}' needs a dimension.");
        }

        Require.DateOrder(details.StartDate, details.DueDate);
        if (!IsMeasure && (details.DriverIds.Count > 0 || details.KpiIds.Count > 0 || details.Hypothesis is not null || details.Scope is not null))
        {
            throw new DomainException("kind", $"Only actions aim at drivers and KPIs; '{title}' is a {TreeShape.Label(Kind)}.");
        }

        Title = title;
        Description = Require.OptionalText(details.Description, "description");
        OwnerId = details.OwnerId;
        UnitIds = details.UnitIds.Distinct().ToList();
        Status = Require.Defined(details.Status, "status");
        StartDate = details.StartDate;
        DueDate = details.DueDate;
        DimensionId = Kind is NodeKind.Goal or NodeKind.Objective ? details.DimensionId : null;
        DriverIds = details.DriverIds.Distinct().ToList();
        KpiIds = details.KpiIds.Distinct().ToList();
        Hypothesis = ValidHypothesis(details.Hypothesis);
        Scope = IsMeasure ? details.Scope ?? MeasureScope.Everywhere : null;
    }

    /// <summary>Progress on a measure, which its contributors report without editing the rest of the strategy.</summary>
    public void ReportProgress(NodeStatus status)
    {
        if (!IsMeasure)
        {
            throw new DomainException("id", $"'{Title}' is a {TreeShape.Label(Kind)}: progress is reported on actions (measures) only.");
        }

        Status = Require.Defined(status, "status");
    }

    /// <summary>Moves the node; the tree shape rules say where it may go.</summary>
    public void PlaceUnder(StrategyNode? parent, int position, string? title = null)
    {
        if (TreeShape.Problem(Kind, parent?.Kind) is { } problem)
        {
            throw new DomainException("parentId", $"'{title ?? Title}': {problem}");
        }

        if (parent is not null && parent.OrganizationId != OrganizationId)
        {
            throw new DomainException("parentId", $"'{title ?? Title}': the parent belongs to another organisation.");
        }

        ParentId = parent?.Id;
        Position = position;
    }

    private static Hypothesis? ValidHypothesis(Hypothesis? hypothesis) =>
        hypothesis is null
            ? null
            : hypothesis with { ExpectedChange = Require.Text(hypothesis.ExpectedChange, "hypothesis.expectedChange", 1000) };
}

/// <summary>The editable content of a node, as one value so create and update validate alike.</summary>
public sealed record NodeDetails(
    string Title,
    string? Description = null,
    Guid? OwnerId = null,
    NodeStatus Status = NodeStatus.Draft,
    DateOnly? StartDate = null,
    DateOnly? DueDate = null,
    Guid? DimensionId = null)
{
    public List<Guid> UnitIds { get; init; } = [];
    public List<Guid> DriverIds { get; init; } = [];
    public List<Guid> KpiIds { get; init; } = [];
    public Hypothesis? Hypothesis { get; init; }
    public MeasureScope? Scope { get; init; }
}
