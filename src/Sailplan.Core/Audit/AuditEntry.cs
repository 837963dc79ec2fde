namespace Sailplan.Core.Audit;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}

/// <summary>
/// One change in an organisation's audit log: who changed what and when, with the row before and
/// after as JSON. Entries are numbered 1, 2, 3, ... per organisation and each carries the hash of
/// the one before it, so a changed, removed or reordered entry breaks the chain
/// (<see cref="AuditChain.Verify"/>). Entries are only ever appended; the record is immutable.
/// </summary>
public sealed record AuditEntry
{
    public required Guid OrganizationId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>Who made the change: "user:ana@x.example", "key:3f2a…", "cli:root", "system".</summary>
    public required string Actor { get; init; }

    public required AuditAction Action { get; init; }

    /// <summary>The kind of object that changed, by its class name ("StrategyNode").</summary>
    public required string EntityType { get; init; }

    public required Guid EntityId { get; init; }

    /// <summary>The stored values before the change as a JSON object; null for <see cref="AuditAction.Added"/>.</summary>
    public string? Before { get; init; }

    /// <summary>The stored values after the change as a JSON object; null for <see cref="AuditAction.Deleted"/>.</summary>
    public string? After { get; init; }

    /// <summary>The hash of the previous entry of the organisation; "" for the first.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Lowercase hex SHA-256 of <see cref="AuditChain.Canonical"/>.</summary>
    public required string Hash { get; init; }
}

/// <summary>What changed, before it is placed in the chain.</summary>
public sealed record AuditChange(string Actor, AuditAction Action, string EntityType, Guid EntityId, string? Before, string? After);

/// <summary>The end of an organisation's chain: the next entry is numbered <c>Sequence + 1</c> and links to <see cref="Hash"/>.</summary>
public sealed record AuditChainHead(long Sequence, string Hash)
{
    public static AuditChainHead Empty { get; } = new(0, "");
}

/// <summary>
/// The outcome of checking a chain. <see cref="Checked"/> counts the entries found intact (before
/// the first broken one, if any); <see cref="FirstBrokenSequence"/> names the first entry that is
/// changed, missing, out of place or unlinked, and <see cref="Reason"/> says which.
/// </summary>
public sealed record AuditVerification(bool Ok, long? FirstBrokenSequence, string? Reason, int Checked);
