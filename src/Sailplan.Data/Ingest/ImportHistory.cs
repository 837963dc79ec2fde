using Sailplan.Core.Ingest;
using Microsoft.EntityFrameworkCore;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Ingest;

/// <summary>The imports table: one line per import, including those that stored nothing.</summary>
public static class ImportHistory
{
    /// <summary>
    /// Records an import that stored nothing (refused, or failed if the caller wants failures in the
    /// history), in its own transaction. The counts describe the file.
    /// </summary>
    public static async Task<ImportRecord> RecordAsync(AppDb db, Guid organizationId, FactKind kind, ImportInfo info, ImportStatus status,
        long rowsRead, long rejected, string? message, DateTimeOffset? startedAt = null, CancellationToken cancellationToken = default)
    {
        var record = ImportRecord.Start(organizationId, kind, info, startedAt);
        record.FinishedAt = TimeProvider.System.GetUtcNow();
        record.RowsRead = rowsRead;
        record.Rejected = rejected;
        record.Status = status;
        record.Message = message;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await InsertAsync(FactSql.For(db), record, cancellationToken); // one statement: its own transaction
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return record;
    }

    internal static Task InsertAsync(FactSql sql, ImportRecord record, CancellationToken cancellationToken) => sql.ExecuteAsync("""
        INSERT INTO imports (organization_id, id, kind, file_name, profile, actor, started_at, finished_at, rows_read, added, duplicates, rejected, status, message)
        VALUES (@organization_id, @id, @kind, @file_name, @profile, @actor, @started_at, @finished_at, @rows_read, @added, @duplicates, @rejected, @status, @message)
        """, cancellationToken,
        ("organization_id", sql.Id(record.OrganizationId)), ("id", sql.Id(record.Id)), ("kind", record.Kind.ToString()),
        ("file_name", record.FileName), ("profile", record.Profile), ("actor", record.Actor),
        ("started_at", sql.Instant(record.StartedAt)), ("finished_at", sql.Instant(record.FinishedAt)),
        ("rows_read", record.RowsRead), ("added", record.Added), ("duplicates", record.Duplicates), ("rejected", record.Rejected),
        ("status", record.Status.ToString()), ("message", record.Message));
}
