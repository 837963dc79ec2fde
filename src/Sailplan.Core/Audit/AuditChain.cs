using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sailplan.Core.Audit;

/// <summary>
/// The hash chain of an organisation's audit log. Each entry's hash covers all of its fields,
/// including the previous entry's hash, so changing any stored entry (or removing, inserting or
/// reordering one) shows up when the chain is recomputed.
/// </summary>
public static class AuditChain
{
    /// <summary>The next entry after <paramref name="head"/>, with its hash.</summary>
    public static AuditEntry Append(AuditChainHead head, Guid organizationId, DateTimeOffset at, AuditChange change)
    {
        var entry = new AuditEntry
        {
            OrganizationId = organizationId,
            Sequence = head.Sequence + 1,
            At = Instant(at),
            Actor = change.Actor,
            Action = change.Action,
            EntityType = change.EntityType,
            EntityId = change.EntityId,
            Before = change.Before,
            After = change.After,
            PreviousHash = head.Hash,
            Hash = "",
        };
        return entry with { Hash = ComputeHash(entry) };
    }

    /// <summary>
    /// UTC, to the microsecond: PostgreSQL keeps no finer time, and the hash must still match
    /// after the entry has been stored and read back.
    /// </summary>
    public static DateTimeOffset Instant(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    /// <summary>
    /// The exact text that is hashed: every field except the hash itself, in a fixed order, each
    /// written as a netstring (its UTF-8 byte count, ':', the bytes, ',') and a null as "-,".
    /// Length prefixes make the text unambiguous whatever the fields contain.
    /// Order: previousHash, organizationId, sequence, at, actor, action, entityType, entityId, before, after.
    /// Ids are lowercase "D" Guids, the sequence an invariant integer, the time round-trip ("O") in UTC.
    /// </summary>
    public static string Canonical(AuditEntry entry)
    {
        var text = new StringBuilder();
        Field(text, entry.PreviousHash);
        Field(text, entry.OrganizationId.ToString("D"));
        Field(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(text, entry.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        Field(text, entry.Actor);
        Field(text, entry.Action.ToString());
        Field(text, entry.EntityType);
        Field(text, entry.EntityId.ToString("D"));
        Field(text, entry.Before);
        Field(text, entry.After);
        return text.ToString();
    }

    /// <summary>Lowercase hex SHA-256 of the UTF-8 bytes of <see cref="Canonical"/>.</summary>
    public static string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    /// <summary>Checks one organisation's entries, given in sequence order, and stops at the first broken one.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> ordered)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in ordered)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }

    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-,");
            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(',');
    }
}

/// <summary>
/// Checks a chain one entry at a time, so a caller can stream entries from the database without
/// holding them all. Feed one organisation's entries in sequence order; <see cref="Accept"/>
/// returns false from the first broken entry on.
/// </summary>
public sealed class AuditChainVerifier
{
    private AuditChainHead _head = AuditChainHead.Empty;
    private Guid? _organizationId;

    public int Checked { get; private set; }
    public long? FirstBrokenSequence { get; private set; }
    public string? Reason { get; private set; }

    public AuditVerification Result => new(Reason is null, FirstBrokenSequence, Reason, Checked);

    public bool Accept(AuditEntry entry)
    {
        if (Reason is not null)
        {
            return false;
        }

        _organizationId ??= entry.OrganizationId;
        if (Problem(entry, _head.Sequence + 1) is var (sequence, reason))
        {
            FirstBrokenSequence = sequence;
            Reason = reason;
            return false;
        }

        _head = new AuditChainHead(entry.Sequence, entry.Hash);
        Checked++;
        return true;
    }

    private (long Sequence, string Reason)? Problem(AuditEntry entry, long expected)
    {
        if (entry.Sequence > expected)
        {
            return (expected, Missing(expected, entry.Sequence));
        }

        if (entry.Sequence < expected)
        {
            return (entry.Sequence, $"it comes after entry {_head.Sequence} (entries duplicated or out of order)");
        }

        if (entry.OrganizationId != _organizationId)
        {
            return (expected, $"it belongs to organisation {entry.OrganizationId}, not {_organizationId}");
        }

        if (AuditChain.ComputeHash(entry) != entry.Hash)
        {
            return (expected, "its content does not match its hash (changed after it was written)");
        }

        if (entry.PreviousHash != _head.Hash)
        {
            return (expected, expected == 1
                ? "the first entry links to an earlier one"
                : $"it does not link to entry {_head.Sequence} (the previous hash differs)");
        }

        return null;
    }

    private string Missing(long expected, long found) => (expected, found - expected) switch
    {
        (1, _) => $"it is missing (the log starts at entry {found})",
        (_, 1) => $"it is missing (the log goes from entry {_head.Sequence} to {found})",
        _ => $"it and the {found - expected - 1} after it are missing (the log goes from entry {_head.Sequence} to {found})",
    };
}
