using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;
using Sailplan.Data.Rollups;

namespace Sailplan.Data.Queries;

/// <summary>How the answer is grouped in time: not at all, by local day, or by calendar month.</summary>
public enum FactPeriod
{
    None,
    Day,

    /// <summary>
    /// Far fewer groups than by day for long ranges (a scorecard of years reads months, not days). The group's
    /// day is the month's first day, or the range's first day when it starts inside the month; either way the
    /// group holds only days within the range.
    /// </summary>
    Month,
}

public enum FactSlice
{
    None,
    Unit,
    Channel,
    Queue,
}

/// <summary>
/// Which cells to sum: an organisation's inclusive range of local days, optionally only one unit, channel
/// or queue (exact names; "" is "not given"), grouped by day, by month or not, and optionally by one slice.
/// </summary>
public sealed record FactTotalsRequest(Guid OrganizationId, DateOnly From, DateOnly To)
{
    public string? Unit { get; init; }
    public string? Channel { get; init; }
    public string? Queue { get; init; }
    public FactPeriod By { get; init; }
    public FactSlice Slice { get; init; }
}

/// <summary>A group of the answer: <see cref="Day"/> is set when grouped by day or month, <see cref="Slice"/> when grouped by a slice.</summary>
public readonly record struct FactGroup(DateOnly? Day, string? Slice);

/// <summary>
/// Sums rollup cells into <see cref="FactTotals"/>: the whole of what the KPI layer reads. The cost
/// depends on the number of cells (days x slices), not on the number of facts.
/// </summary>
public static class FactTotalsQuery
{

    /// <summary>Groups that have no cells are absent; with no grouping the single group (null, null) is always present.</summary>
    public static async Task<IReadOnlyDictionary<FactGroup, FactTotals>> RunAsync(AppDb db, FactTotalsRequest request, CancellationToken cancellationToken = default)
    {
        var byPeriod = request.By != FactPeriod.None;
        var groups = new Dictionary<FactGroup, FactTotals>();
        if (!byPeriod && request.Slice == FactSlice.None)
        {
            groups[default] = new FactTotals();
        }

        var sliceColumn = request.Slice switch
        {
            FactSlice.Unit => "unit",
            FactSlice.Channel => "channel",
            FactSlice.Queue => "queue",
            _ => null,
        };

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var snapshot = await BeginSnapshotAsync(db, cancellationToken);
            var sql = FactSql.For(db);
            var period = request.By switch
            {
                FactPeriod.Day => "day",
                FactPeriod.Month => sql.IsPostgres ? "CAST(date_trunc('month', day) AS date)" : "date(day, 'start of month')",
                _ => null,
            };
            string[] groupColumns = [.. new[] { period, sliceColumn }.OfType<string>()];
            sql.Share("org", sql.Id(request.OrganizationId));
            sql.Share("from", request.From);
            sql.Share("to", request.To);
            sql.Share("unit", request.Unit);
            sql.Share("channel", request.Channel);
            sql.Share("queue", request.Queue);
            var slices = (request.Unit is null ? "" : " AND unit = @unit")
                + (request.Channel is null ? "" : " AND channel = @channel")
                + (request.Queue is null ? "" : " AND queue = @queue");
            var where = "organization_id = @org AND day >= @from AND day <= @to" + slices;

            // Whole calendar months inside the range come from the month cells, one row per month x slice;
            // only the days before the first and after the last whole month are read from the day cells.
            if (request.By != FactPeriod.Day && WholeMonths(request.From, request.To) is var (monthFrom, monthTo))
            {
                sql.Share("month_from", monthFrom);
                sql.Share("month_to", monthTo);
                where = "organization_id = @org AND ((day >= @from AND day < @month_from) OR (day >= @month_to AND day <= @to))" + slices;
                var monthWhere = "organization_id = @org AND month >= @month_from AND month < @month_to" + slices;
                string[] monthGroups = [.. new[] { request.By == FactPeriod.Month ? "month" : null, sliceColumn }.OfType<string>()];
                await ReadAsync(sql, "contact_month_cells", monthWhere, monthGroups, CellSql.ContactCellColumns, AddContactSums, cancellationToken);
                await ReadAsync(sql, "survey_month_cells", monthWhere, [.. monthGroups, "survey_type"], CellSql.SurveyCellSums, AddSurveySums, cancellationToken);
            }

            FactTotals Group(DbDataReader reader)
            {
                var key = new FactGroup(
                    !byPeriod ? null : Later(reader.GetFieldValue<DateOnly>(0), request.From),
                    sliceColumn is null ? null : reader.GetString(groupColumns.Length - 1));
                if (!groups.TryGetValue(key, out var totals))
                {
                    groups[key] = totals = new FactTotals();
                }

                return totals;
            }

            await ReadAsync(sql, "contact_cells", where, groupColumns, CellSql.ContactCellColumns, AddContactSums, cancellationToken);
            await ReadAsync(sql, "survey_cells", where, [.. groupColumns, "survey_type"], CellSql.SurveyCellSums, AddSurveySums, cancellationToken);

            void AddContactSums(DbDataReader reader, int at)
            {
                var c = Group(reader).Contacts;
                c.Offered += reader.GetInt64(at++);
                c.Answered += reader.GetInt64(at++);
                c.Abandoned += reader.GetInt64(at++);
                c.Transferred += reader.GetInt64(at++);
                c.ResolvedKnown += reader.GetInt64(at++);
                c.Resolved += reader.GetInt64(at++);
                c.AnsweredWithCustomer += reader.GetInt64(at++);
                c.Repeated += reader.GetInt64(at++);
                c.HandleSum += reader.GetInt64(at++);
                c.HandleSumOfSquares += reader.GetInt64(at++);
                c.WaitSum += reader.GetInt64(at++);
                c.WaitSumOfSquares += reader.GetInt64(at++);
                foreach (var histogram in HistogramColumns.Arrays(c))
                {
                    for (var i = 0; i < histogram.Length; i++)
                    {
                        histogram[i] += reader.GetInt64(at++);
                    }
                }
            }

            void AddSurveySums(DbDataReader reader, int at)
            {
                var type = Enum.Parse<SurveyType>(reader.GetString(at - 1));
                var s = Group(reader).Surveys(type);
                s.Responses += reader.GetInt64(at++);
                s.Promoters += reader.GetInt64(at++);
                s.Passives += reader.GetInt64(at++);
                s.Detractors += reader.GetInt64(at++);
                s.CsatAnswers += reader.GetInt64(at++);
                s.CsatTopTwo += reader.GetInt64(at++);
                s.CsatSum += reader.GetInt64(at++);
                s.CsatSumOfSquares += reader.GetInt64(at++);
                s.CesAnswers += reader.GetInt64(at++);
                s.CesSum += reader.GetInt64(at++);
                s.CesSumOfSquares += reader.GetInt64(at++);
                s.FcrAnswers += reader.GetInt64(at++);
                s.FcrYes += reader.GetInt64(at);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return groups;
    }

    /// <summary>
    /// On PostgreSQL (unless the caller has a transaction open): one repeatable-read snapshot for the month and the
    /// day reads, so an import committing between them cannot be half counted, and no parallel plans. Once a cell
    /// table has statistics the planner sums a few thousand cells in parallel workers, each handing back 120
    /// partial sums per group: measured on 2 cores, 240 ms instead of 100 ms for 24,000 month cells.
    /// SQLite reads from one writer's committed state and would take a write lock for a transaction here.
    /// </summary>
    private static async Task<IDbContextTransaction?> BeginSnapshotAsync(AppDb db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await FactSql.For(db).ExecuteAsync("SET LOCAL max_parallel_workers_per_gather = 0", cancellationToken);
        return transaction;
    }

    /// <summary>The whole calendar months inside [from, to], as [first day of the first, first day after the last), or null when there is none.</summary>
    private static (DateOnly From, DateOnly To)? WholeMonths(DateOnly from, DateOnly to)
    {
        var first = from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1);
        var end = to.AddDays(1).Day == 1 ? to.AddDays(1) : new DateOnly(to.Year, to.Month, 1);
        return first < end ? (first, end) : null;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>Runs SELECT group columns, SUM(each) ... GROUP BY and hands each row to <paramref name="add"/> with the index of the first sum.</summary>
    private static async Task ReadAsync(FactSql sql, string table, string where, string[] groupColumns, string[] sums,
        Action<DbDataReader, int> add, CancellationToken cancellationToken)
    {
        var select = string.Join(", ", groupColumns.Concat(sums.Select(s => $"CAST(SUM({s}) AS BIGINT)")));
        var groupBy = groupColumns.Length == 0 ? "" : " GROUP BY " + string.Join(", ", groupColumns);
        await using var command = sql.Command($"SELECT {select} FROM {table} WHERE {where}{groupBy}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (groupColumns.Length == 0 && await reader.IsDBNullAsync(0, cancellationToken))
            {
                continue; // no cells at all: SUM over nothing is null
            }

            add(reader, groupColumns.Length);
        }
    }
}
