namespace Sailplan.Core;

/// <summary>
/// Everything an organisation owns. The organisation id is part of every row so that no query
/// needs a join to stay inside its tenant, and so that PostgreSQL can later be sharded by it.
/// <see cref="Version"/> is the optimistic-concurrency token: each save increments it, and a save
/// based on an older version is refused instead of silently overwriting someone else's edit.
/// </summary>
public abstract class Entity
{
    protected Entity(Guid organizationId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public int Version { get; private set; } = 1;

    public void Touch() => Version++;
}
