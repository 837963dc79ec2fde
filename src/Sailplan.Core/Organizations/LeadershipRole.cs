namespace Sailplan.Core.Organizations;

public enum DeliverableStatus
{
    Open,
    Delivered,
    Missed,
}

/// <summary>
/// What a leader in this role owes the charter: a result tied to one of its milestones, by a
/// date. A leadership role is judged on these, not on time in the job.
/// </summary>
public sealed record Deliverable(string Title, string Milestone, DateOnly Due, DeliverableStatus Status = DeliverableStatus.Open, string? Evidence = null);

/// <summary>A leadership role (e.g. Head of Customer Service), who holds it, and its milestone-based deliverables.</summary>
public sealed class LeadershipRole : Entity
{
    private LeadershipRole(Guid organizationId) : base(organizationId) { }

    public string Title { get; private set; } = "";
    public Guid? HolderId { get; private set; }
    public DateOnly? HeldSince { get; private set; }
    public List<Deliverable> Deliverables { get; private set; } = [];

    public static LeadershipRole Create(Guid organizationId, string title, Guid? holderId, DateOnly? heldSince, IEnumerable<Deliverable> deliverables)
    {
        var role = new LeadershipRole(organizationId);
        role.Update(title, holderId, heldSince, deliverables);
        return role;
    }

    public void Update(string title, Guid? holderId, DateOnly? heldSince, IEnumerable<Deliverable> deliverables)
    {
        Title = Require.Text(title, "title");
        HolderId = holderId;
        HeldSince = heldSince;
        Deliverables = deliverables
            .Select((d, i) => d with
            {
                Title = Require.Text(d.Title, $"deliverables[{i}].title", 300),
                Milestone = Require.Text(d.Milestone, $"deliverables[{i}].milestone", 200),
                Status = Require.Defined(d.Status, $"deliverables[{i}].status"),
                Evidence = Require.OptionalText(d.Evidence, $"deliverables[{i}].evidence", 1000),
            })
            .OrderBy(d => d.Due)
            .ToList();
    }
}
