namespace Sailplan.Core.Strategy;

/// <summary>
/// A guiding principle of the charter, a core clause. Its id stays the same through every revision,
/// so new wording for a principle (same id) is told apart from a new principle (new id) and from
/// a deleted one (its id missing, which the charter refuses).
/// </summary>
public sealed record Principle(Guid Id, string Text)
{
    public static Principle New(string text) => new(Guid.Empty, text);
}

/// <summary>Where a milestone stands. A milestone is never removed: it is achieved, or retired with a reason.</summary>
public enum MilestoneStatus
{
    Open,
    Achieved,
    Retired,
}

/// <summary>A strategic milestone of the charter, a core clause with a stable id like <see cref="Principle"/>.</summary>
public sealed record Milestone(Guid Id, string Title, DateOnly Date, string? Description = null,
    MilestoneStatus Status = MilestoneStatus.Open, string? StatusNote = null)
{
    /// <summary>A milestone not yet in the charter: it gets its id when a revision takes it in.</summary>
    public static Milestone New(string title, DateOnly date, string? description = null) => new(Guid.Empty, title, date, description);

    public bool SameWording(Milestone other) => Title == other.Title && Date == other.Date && Description == other.Description;
}

/// <summary>Who did something: the signed-in member when there is one, else just a name.</summary>
public sealed record Actor(Guid? UserId, string Name)
{
    public static Actor Named(string name) => new(null, name);

    public Actor Validated(string field) => this with { Name = Require.Text(Name, field) };

    /// <summary>The same person: by user id when both have one, else by name.</summary>
    public bool IsSamePersonAs(Actor other) =>
        UserId is { } mine && other.UserId is { } theirs
            ? mine == theirs
            : string.Equals(Name.Trim(), other.Name.Trim(), StringComparison.OrdinalIgnoreCase);
}

public enum ApprovalDecision
{
    Approved,
    Rejected,
}

/// <summary>One approver's decision on an amendment; the charter revision it produced keeps its approvals.</summary>
public sealed record CharterApproval(Guid? ApproverId, string ApproverName, DateTimeOffset At, ApprovalDecision Decision, string? Comment)
{
    public Actor Approver() => new(ApproverId, ApproverName);
}

/// <summary>
/// Everything a charter says, without its history: what a refresh or an amendment proposes. Core
/// clauses are <see cref="Purpose"/>, <see cref="Ambition"/>, each principle and each milestone;
/// <see cref="Vision"/> and <see cref="Mission"/> are the strategy owner's to refresh.
/// Principles and milestones with an empty id are new clauses.
/// </summary>
public sealed class CharterContent
{
    private CharterContent() { }

    public CharterContent(string purpose, string? vision, AmbitionLevel ambition, string mission,
        IEnumerable<Principle> principles, IEnumerable<Milestone> milestones)
    {
        Purpose = purpose;
        Vision = vision;
        Ambition = ambition;
        Mission = mission;
        Principles = [.. principles];
        Milestones = [.. milestones];
    }

    public string Purpose { get; private set; } = "";
    public string? Vision { get; private set; }
    public AmbitionLevel Ambition { get; private set; }
    public string Mission { get; private set; } = "";
    public List<Principle> Principles { get; private set; } = [];
    public List<Milestone> Milestones { get; private set; } = [];

    /// <summary>
    /// Trimmed, within limits, each clause with an id (new ones get one), in the order sent, so that
    /// errors can name a clause by its position in what the caller sent. A charter sorts milestones by date.
    /// </summary>
    public CharterContent Validated()
    {
        var principles = Principles
            .Select((p, i) => new Principle(NewIdIfEmpty(p.Id), Require.Text(p.Text, $"principles[{i}]", 500)))
            .ToList();
        if (principles.Count > Charter.MaxPrinciples)
        {
            throw new DomainException("principles", $"A charter keeps a few guiding principles: at most {Charter.MaxPrinciples}, not {principles.Count}.");
        }

        var milestones = Milestones.Select((m, i) => ValidMilestone(m, $"milestones[{i}]")).ToList();
        RequireDistinctIds(principles.Select(p => p.Id), "principles");
        RequireDistinctIds(milestones.Select(m => m.Id), "milestones");

        return new CharterContent(
            Require.Text(Purpose, "purpose", 2000),
            Require.OptionalText(Vision, "vision", 2000),
            Require.Defined(Ambition, "ambition"),
            Require.Text(Mission, "mission", 2000),
            principles,
            milestones);
    }

    private static Milestone ValidMilestone(Milestone m, string field)
    {
        var title = Require.Text(m.Title, $"{field}.title");
        var status = Require.Defined(m.Status, $"{field}.status");
        var note = Require.OptionalText(m.StatusNote, $"{field}.statusNote", 1000);
        if (status != MilestoneStatus.Open && note is null)
        {
            throw new DomainException($"{field}.statusNote",
                $"Say why the milestone \u201c{title}\u201d is {status.ToString().ToLowerInvariant()}: the reason stays in the charter.");
        }

        return m with
        {
            Id = NewIdIfEmpty(m.Id),
            Title = title,
            Description = Require.OptionalText(m.Description, $"{field}.description", 1000),
            Status = status,
            StatusNote = note,
        };
    }

    private static Guid NewIdIfEmpty(Guid id) => id == Guid.Empty ? Guid.CreateVersion7() : id;

    private static void RequireDistinctIds(IEnumerable<Guid> ids, string field)
    {
        var twice = ids.Select((id, i) => (id, i)).GroupBy(x => x.id).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var second = twice.Skip(1).First().i;
            throw new DomainException($"{field}[{second}]", $"{field}[{second}] has the same clause id as an earlier one: each clause appears once.");
        }
    }
}
