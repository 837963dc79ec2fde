using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// The repeat flag of a contact: answered, with a customer id, and followed by another contact of the
/// same customer (any outcome, any source) at most the repeat window later. Contacts at the same instant
/// are ordered by source and external id, so the first of them counts as followed by the second.
/// </summary>
internal static class RepeatFlags
{
    private static string NextStart(string customer) => $"LEAD(started_at) OVER (PARTITION BY {customer} ORDER BY started_at, source, external_id)";

    /// <summary>
    /// At ingest, before the staged (new, de-duplicated) contacts are stored: flags them, and corrects stored
    /// contacts whose next contact is now a new one. Only the customers in the import are looked at. Leaves the
    /// table repeat_changes for the insert and for <see cref="CellDeltas"/>: the staged rows' cells count them as
    /// not repeated, so every flag that changes, new or stored, is to be added to or taken from its cell.
    /// </summary>
    public static async Task ApplyToStagedAsync(FactSql sql, CancellationToken cancellationToken)
    {
        await sql.ExecuteAsync($"""
            CREATE TEMP TABLE repeat_changes (
                source {sql.KeyText}, external_id {sql.KeyText}, stored {sql.Type("boolean")}, local_day {sql.Type("date")},
                unit {sql.KeyText}, channel {sql.KeyText}, queue {sql.KeyText}, repeated_now {sql.Type("boolean")})
            """, cancellationToken);

        await sql.ExecuteAsync($"""
            INSERT INTO repeat_changes (source, external_id, stored, local_day, unit, channel, queue, repeated_now)
            SELECT source, external_id, stored, local_day, unit, channel, queue, repeated_now
            FROM (
                SELECT source, external_id, stored, local_day, unit, channel, queue, repeated,
                       CASE WHEN outcome = 'Answered' AND {sql.WithinRepeatWindow(NextStart("customer_id"), "started_at")} THEN TRUE ELSE FALSE END AS repeated_now
                FROM (
                    SELECT source, external_id, FALSE AS stored, started_at, customer_id, outcome, local_day, unit, channel, queue, FALSE AS repeated
                    FROM contact_staging
                    WHERE customer_id IS NOT NULL
                    UNION ALL
                    SELECT source, external_id, TRUE, started_at, customer_id, outcome, local_day, unit, channel, queue, repeated
                    FROM contacts
                    WHERE organization_id = @org AND customer_id IN (SELECT customer_id FROM contact_staging WHERE customer_id IS NOT NULL)
                ) customers
            ) flags
            WHERE repeated_now <> repeated
            """, cancellationToken);

        await sql.ExecuteAsync("""
            UPDATE contacts SET repeated = repeat_changes.repeated_now
            FROM repeat_changes
            WHERE repeat_changes.stored
              AND contacts.organization_id = @org AND contacts.source = repeat_changes.source AND contacts.external_id = repeat_changes.external_id
            """, cancellationToken);
        if (sql.IsPostgres)
        {
            // Without statistics the planner takes this table for large and hashes the staged rows instead,
            // which hands them to the insert in hash order: every primary-key insert then lands on a random page.
            await sql.ExecuteAsync("ANALYZE repeat_changes", cancellationToken);
        }
    }

    /// <summary>For a rebuild, before the cells are recomputed: every flag of the organisation, from its contacts.</summary>
    public static async Task RecomputeAllAsync(FactSql sql, CancellationToken cancellationToken)
    {
        await sql.ExecuteAsync($"""
            CREATE TEMP TABLE repeat_changes (source {sql.KeyText}, external_id {sql.KeyText}, repeated_now {sql.Type("boolean")})
            """, cancellationToken);
        await sql.ExecuteAsync($"""
            INSERT INTO repeat_changes (source, external_id, repeated_now)
            SELECT source, external_id, repeated_now
            FROM (
                SELECT source, external_id, repeated,
                       CASE WHEN outcome = 'Answered' AND {sql.WithinRepeatWindow(NextStart("customer_id"), "started_at")} THEN TRUE ELSE FALSE END AS repeated_now
                FROM contacts
                WHERE organization_id = @org AND customer_id IS NOT NULL
            ) flags
            WHERE repeated_now <> repeated
            """, cancellationToken);
        await sql.ExecuteAsync("""
            UPDATE contacts SET repeated = repeat_changes.repeated_now
            FROM repeat_changes
            WHERE contacts.organization_id = @org AND contacts.source = repeat_changes.source AND contacts.external_id = repeat_changes.external_id
            """, cancellationToken);
        await sql.ExecuteAsync("DROP TABLE repeat_changes", cancellationToken);
    }

    /// <summary>The change of each cell's repeated count that repeat_changes brings, as a query shaped like <see cref="CellSql.ContactSums"/>.</summary>
    public static string CellDeltas => $"""
        SELECT local_day AS day, unit, channel, queue, {string.Join(", ", CellSql.ContactCellColumns.Select(c =>
            c == "repeated" ? "SUM(CASE WHEN repeated_now THEN 1 ELSE -1 END) AS repeated" : $"0 AS {c}"))}
        FROM repeat_changes
        GROUP BY local_day, unit, channel, queue
        """;
}
