using Sailplan.Core.Ingest;

namespace Sailplan.Data.Facts;

public enum ImportStatus
{
    Succeeded,

    /// <summary>Nothing was stored because the file did not pass the checks (e.g. too many rejected rows).</summary>
    Refused,

    /// <summary>Nothing was stored because the import broke off; recorded only when the caller chooses to.</summary>
    Failed,
}

/// <summary>
/// One line of import history. Refused and failed imports are recorded too, so the history explains
/// why data did not arrive; their counts describe the file, and nothing of it was stored.
/// </summary>
public sealed class ImportRecord
{
    public Guid OrganizationId { get; set; }
    public Guid Id { get; set; }
    public FactKind Kind { get; set; }
    public string FileName { get; set; } = "";
    public string? Profile { get; set; }
    public string Actor { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>Rows read from the file: staged plus rejected.</summary>
    public long RowsRead { get; set; }
    public long Added { get; set; }

    /// <summary>Rows skipped because the store (or the same file, earlier) already had their source and external id.</summary>
    public long Duplicates { get; set; }
    public long Rejected { get; set; }
    public ImportStatus Status { get; set; }
    public string? Message { get; set; }

    /// <summary>A new history line for an import of <paramref name="info"/> starting now (or at <paramref name="startedAt"/>).</summary>
    public static ImportRecord Start(Guid organizationId, FactKind kind, Ingest.ImportInfo info, DateTimeOffset? startedAt = null) => new()
    {
        OrganizationId = organizationId,
        Id = Guid.CreateVersion7(),
        Kind = kind,
        FileName = info.FileName,
        Profile = info.Profile,
        Actor = info.Actor,
        StartedAt = startedAt ?? TimeProvider.System.GetUtcNow(),
    };
}
