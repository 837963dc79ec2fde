using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// The repeat flag of a contact: answered, with a customer id, and followed by another contact of the
/// same customer (any outcome, any source) at most the repeat window later. Contacts at the same instant
/// are ordered by source and external id, so the first of them counts as followed by the second.
/// A new contact can change only its own flag and that of the customer's contact just before it, but
/// the flags are simply recomputed over all contacts of the affected customers: one window pass, and
/// only the rows whose flag changed are written.
/// </summary>
internal static class RepeatFlags
{
    /// <summary>
    /// Recomputes the flags of every customer the import @import brought (or of every customer when
    /// <paramref name="importOnly"/> is false). When <paramref name="fixOlderCells"/>, the cells of contacts
    /// stored by earlier imports are corrected for their changed flags; the rows of @import are not yet
    /// in any cell. Returns how many flags changed.
    /// </summary>
    public static async Task<long> RecomputeAsync(FactSql sql, bool importOnly, bool fixOlderCells, CancellationToken cancellationToken)
    {
        await sql.ExecuteAsync($"""
            CREATE TEMP TABLE repeat_changes (
                source {sql.Type("text")}, external_id {sql.Type("text")}, import_id {sql.Type("uuid")}, local_day {sql.Type("date")},
                unit {sql.Type("text")}, channel {sql.Type("text")}, queue {sql.Type("text")}, repeated_now {sql.Type("boolean")})
            """, cancellationToken);

        var customers = importOnly
            ? "AND customer_id IN (SELECT customer_id FROM contacts WHERE organization_id = @org AND import_id = @import AND customer_id IS NOT NULL)"
            : "";
        var next = "LEAD(started_at) OVER (PARTITION BY customer_id ORDER BY started_at, source, external_id)";
        var changed = await sql.ExecuteAsync($"""
            INSERT INTO repeat_changes (source, external_id, import_id, local_day, unit, channel, queue, repeated_now)
            SELECT source, external_id, import_id, local_day, unit, channel, queue, repeated_now
            FROM (
                SELECT source, external_id, import_id, local_day, unit, channel, queue, repeated,
                       CASE WHEN outcome = 'Answered' AND {sql.WithinRepeatWindow(next, "started_at")} THEN TRUE ELSE FALSE END AS repeated_now
                FROM contacts
                WHERE organization_id = @org AND customer_id IS NOT NULL {customers}
            ) flags
            WHERE repeated_now <> repeated
            """, cancellationToken);

        if (changed > 0)
        {
            if (fixOlderCells)
            {
                var zeros = string.Join(", ", CellSql.ContactCellSums.Select(c => c == "repeated" ? "SUM(CASE WHEN repeated_now THEN 1 ELSE -1 END)" : "0"));
                await sql.ExecuteAsync($"""
                    INSERT INTO contact_cells ({CellSql.ContactCellKey}, {string.Join(", ", CellSql.ContactCellSums)})
                    SELECT @org, local_day, unit, channel, queue, {zeros}
                    FROM repeat_changes
                    WHERE import_id <> @import
                    GROUP BY local_day, unit, channel, queue
                    ON CONFLICT ({CellSql.ContactCellKey}) DO UPDATE SET repeated = contact_cells.repeated + excluded.repeated
                    """, cancellationToken);
            }

            await sql.ExecuteAsync("""
                UPDATE contacts SET repeated = repeat_changes.repeated_now
                FROM repeat_changes
                WHERE contacts.organization_id = @org AND contacts.source = repeat_changes.source AND contacts.external_id = repeat_changes.external_id
                """, cancellationToken);
        }

        await sql.ExecuteAsync("DROP TABLE repeat_changes", cancellationToken);
        return changed;
    }
}
