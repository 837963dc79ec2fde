using System.Globalization;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// The month cells (contact_month_cells, survey_month_cells): the day cells of a calendar month summed, so a
/// scorecard of years reads one row per month x slice instead of one per day. They hold nothing of their own:
/// a month is always recomputed whole from the day cells (delete, then insert the sums), after those changed.
/// </summary>
internal static class MonthCells
{
    /// <summary>The first day of the month of a date column, as SQL (the same as FactTotalsQuery's month grouping).</summary>
    public static string MonthOf(FactSql sql, string day) =>
        sql.IsPostgres ? $"CAST(date_trunc('month', {day}) AS date)" : $"date({day}, 'start of month')";

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Recomputes the months holding <paramref name="firstDay"/> .. <paramref name="lastDay"/> (and every month between).</summary>
    public static Task RecomputeAsync(FactSql sql, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var from = MonthOf(firstDay);
        var to = MonthOf(lastDay).AddMonths(1);
        return RecomputeAsync(sql, "day >= @month_from AND day < @month_to", "month >= @month_from AND month < @month_to",
            cancellationToken, ("month_from", from), ("month_to", to));
    }

    /// <summary>Recomputes every month of the organisation (after a rebuild of the day cells).</summary>
    public static Task RecomputeAllAsync(FactSql sql, CancellationToken cancellationToken) =>
        RecomputeAsync(sql, "TRUE", "TRUE", cancellationToken);

    /// <summary>
    /// The first and last local day of a query's rows (its two columns: MIN and MAX of a day), or null when
    /// it found none.
    /// </summary>
    public static async Task<(DateOnly First, DateOnly Last)?> DaysAsync(FactSql sql, string minMaxQuery, CancellationToken cancellationToken)
    {
        await using var command = sql.Command(minMaxQuery);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || await reader.IsDBNullAsync(0, cancellationToken))
        {
            return null;
        }

        return (reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1));
    }

    private static async Task RecomputeAsync(FactSql sql, string dayFilter, string monthFilter, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await sql.ExecuteAsync($"DELETE FROM contact_month_cells WHERE organization_id = @org AND {monthFilter}", cancellationToken, parameters);
        await sql.ExecuteAsync($"DELETE FROM survey_month_cells WHERE organization_id = @org AND {monthFilter}", cancellationToken, parameters);

        const string slices = "unit, channel, queue";
        var sums = CellSql.ContactCellColumns;
        await sql.ExecuteAsync($"""
            INSERT INTO contact_month_cells (organization_id, month, {slices}, {string.Join(", ", sums)})
            SELECT @org, {MonthOf(sql, "day")}, {slices}, {string.Join(", ", sums.Select(c => $"SUM({c})"))}
            FROM contact_cells WHERE organization_id = @org AND {dayFilter}
            GROUP BY {MonthOf(sql, "day")}, {slices}
            """, cancellationToken, parameters);

        var surveySums = CellSql.SurveyCellSums;
        await sql.ExecuteAsync($"""
            INSERT INTO survey_month_cells (organization_id, month, {slices}, survey_type, {string.Join(", ", surveySums)})
            SELECT @org, {MonthOf(sql, "day")}, {slices}, survey_type, {string.Join(", ", surveySums.Select(c => $"SUM({c})"))}
            FROM survey_cells WHERE organization_id = @org AND {dayFilter}
            GROUP BY {MonthOf(sql, "day")}, {slices}, survey_type
            """, cancellationToken, parameters);
    }
}
