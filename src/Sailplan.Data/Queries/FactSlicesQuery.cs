using Microsoft.EntityFrameworkCore;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Queries;

/// <summary>The units, channels and queues an organisation's facts name ("" stands for "not given").</summary>
public sealed record FactSlices(IReadOnlyList<string> Units, IReadOnlyList<string> Channels, IReadOnlyList<string> Queues);

public static class FactSlicesQuery
{
    /// <summary>Every distinct slice name in the contact and survey cells, for drill-down menus.</summary>
    public static async Task<FactSlices> ListAsync(AppDb db, Guid organizationId, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var sql = FactSql.For(db);
            sql.Share("org", sql.Id(organizationId));
            return new FactSlices(
                await DistinctAsync(sql, "unit", cancellationToken),
                await DistinctAsync(sql, "channel", cancellationToken),
                await DistinctAsync(sql, "queue", cancellationToken));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The latest local day with any contact: figures for it (and the periods holding it) may still grow.</summary>
    public static async Task<DateOnly?> LatestContactDayAsync(AppDb db, Guid organizationId, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var sql = FactSql.For(db);
            sql.Share("org", sql.Id(organizationId));
            await using var command = sql.Command("SELECT MAX(day) FROM contact_cells WHERE organization_id = @org AND offered > 0");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) && !await reader.IsDBNullAsync(0, cancellationToken)
                ? reader.GetFieldValue<DateOnly>(0)
                : null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> DistinctAsync(FactSql sql, string column, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await using var command = sql.Command(
            $"SELECT {column} FROM contact_cells WHERE organization_id = @org UNION SELECT {column} FROM survey_cells WHERE organization_id = @org");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        // Sorted here, not in SQL, so both providers give the same order whatever their collation.
        return [.. names.Order(StringComparer.OrdinalIgnoreCase).ThenBy(n => n, StringComparer.Ordinal)];
    }
}
