using Microsoft.EntityFrameworkCore;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// Recomputes an organisation's repeat flags and every rollup cell from its facts, in one transaction
/// (readers keep seeing the old cells until it commits): after a definition changes (bucket edges, the
/// repeat window), or to check that incremental ingest and the facts agree.
/// </summary>
public static class RollupRebuild
{
    private const string MonthColumns =
        "local_day, unit, channel, queue, outcome, transferred, resolved, customer_id, repeated, talk_seconds, hold_seconds, wrap_seconds, wait_seconds";

    /// <param name="progress">Facts rolled up so far and in all; cells are rebuilt a month at a time.</param>
    public static async Task RunAsync(AppDb db, Guid organizationId, int repeatWindowDays,
        IProgress<(long Done, long Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repeatWindowDays);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var sql = FactSql.For(db);
            sql.Share("org", sql.Id(organizationId));
            sql.Share("repeat_days", repeatWindowDays);
            await sql.BeginBulkWriteAsync(organizationId, cancellationToken);

            foreach (var table in new[] { "contact_cells", "survey_cells" })
            {
                await sql.ExecuteAsync($"DELETE FROM {table} WHERE organization_id = @org", cancellationToken);
            }

            var contactMonths = await FactsPerMonthAsync(sql, "contacts", cancellationToken);
            var surveyMonths = await FactsPerMonthAsync(sql, "survey_responses", cancellationToken);
            var total = contactMonths.Values.Sum() + surveyMonths.Values.Sum();
            progress?.Report((0, total));

            await RepeatFlags.RecomputeAllAsync(sql, cancellationToken);
            string T(string type) => type == "text" ? sql.KeyText : sql.Type(type);
            await sql.ExecuteAsync($"""
                CREATE TEMP TABLE month_contacts (
                    local_day {T("date")}, unit {T("text")}, channel {T("text")}, queue {T("text")}, outcome {T("text")}, transferred {T("boolean")},
                    resolved {T("boolean")}, customer_id {T("text")}, repeated {T("boolean")}, talk_seconds {T("integer")}, hold_seconds {T("integer")},
                    wrap_seconds {T("integer")}, wait_seconds {T("integer")})
                """, cancellationToken);

            long done = 0;
            foreach (var month in contactMonths.Keys.Union(surveyMonths.Keys).Order())
            {
                sql.Share("from", month);
                sql.Share("to", month.AddMonths(1));
                const string inMonth = "local_day >= @from AND local_day < @to";
                if (contactMonths.TryGetValue(month, out var contacts))
                {
                    // One read of the month's contacts instead of one per cell table.
                    await sql.ExecuteAsync($"""
                        INSERT INTO month_contacts ({MonthColumns})
                        SELECT {MonthColumns} FROM contacts WHERE organization_id = @org AND {inMonth}
                        """, cancellationToken);
                    await CellSql.AddCopiedContactsAsync(sql, "month_contacts", cancellationToken);
                    await sql.ExecuteAsync("DELETE FROM month_contacts", cancellationToken);
                    done += contacts;
                }

                if (surveyMonths.TryGetValue(month, out var surveys))
                {
                    await CellSql.AddStoredSurveysAsync(sql, inMonth, cancellationToken);
                    done += surveys;
                }

                progress?.Report((done, total));
            }

            await sql.ExecuteAsync("DROP TABLE month_contacts", cancellationToken);
            await MonthCells.RecomputeAllAsync(sql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Facts per first day of a month (counted per day, which is the same SQL on both providers, then folded).</summary>
    private static async Task<SortedDictionary<DateOnly, long>> FactsPerMonthAsync(FactSql sql, string table, CancellationToken cancellationToken)
    {
        var months = new SortedDictionary<DateOnly, long>();
        await using var command = sql.Command($"SELECT local_day, COUNT(*) FROM {table} WHERE organization_id = @org GROUP BY local_day");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var day = reader.GetFieldValue<DateOnly>(0);
            var month = new DateOnly(day.Year, day.Month, 1);
            months[month] = months.GetValueOrDefault(month) + reader.GetInt64(1);
        }

        return months;
    }
}
