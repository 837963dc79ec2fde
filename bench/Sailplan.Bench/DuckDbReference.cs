using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Sailplan.Bench;

/// <summary>
/// The reference: DuckDB computing the same month x team scorecard straight from the raw rows, as an
/// analyst with a columnar engine and no rollups would. Loading the CSV into DuckDB's own table is timed
/// apart from the query, so the query time is DuckDB at its best.
/// </summary>
internal sealed class DuckDbReference : IDisposable
{
    private readonly DuckDBConnection connection;

    public DuckDbReference(string databaseFile)
    {
        connection = new DuckDBConnection($"Data Source={databaseFile}");
        connection.Open();
    }

    public TimeSpan Load(string csvPath)
    {
        var watch = Stopwatch.StartNew();
        Execute("DROP TABLE IF EXISTS contacts");
        Execute($$"""
            CREATE TABLE contacts AS SELECT * FROM read_csv('{{csvPath.Replace("'", "''", StringComparison.Ordinal)}}', header = true,
                columns = {'externalId': 'VARCHAR', 'startedAt': 'TIMESTAMPTZ', 'channel': 'VARCHAR', 'queue': 'VARCHAR',
                           'unit': 'VARCHAR', 'agent': 'VARCHAR', 'customerId': 'VARCHAR', 'talkSeconds': 'INTEGER',
                           'holdSeconds': 'INTEGER', 'wrapSeconds': 'INTEGER', 'waitSeconds': 'INTEGER',
                           'outcome': 'VARCHAR', 'transferred': 'VARCHAR', 'resolved': 'VARCHAR', 'reason': 'VARCHAR'})
            """);
        return watch.Elapsed;
    }

    /// <summary>
    /// The scorecard: per month and team, the figures behind every contact KPI Sailplan shows, from the raw rows.
    /// Percentiles are quantile_disc, the nearest-rank value Sailplan's histogram bounds (docs/metrics.md).
    /// </summary>
    public (TimeSpan Elapsed, IReadOnlyList<DuckCell> Cells) Scorecard()
    {
        const string Sql = """
            WITH flagged AS (
                SELECT *, talkSeconds + holdSeconds + wrapSeconds AS handle,
                       coalesce(lead(startedAt) OVER (PARTITION BY customerId ORDER BY startedAt, externalId)
                                <= startedAt + INTERVAL 7 DAY, false) AS repeated
                FROM contacts)
            SELECT date_trunc('month', startedAt AT TIME ZONE 'UTC') AS month, unit,
                   count(*) AS offered,
                   count(*) FILTER (WHERE outcome = 'answered') AS answered,
                   count(*) FILTER (WHERE outcome = 'abandoned') AS abandoned,
                   avg(handle) FILTER (WHERE outcome = 'answered') AS aht,
                   stddev_samp(handle) FILTER (WHERE outcome = 'answered') AS aht_sd,
                   avg(waitSeconds) FILTER (WHERE outcome = 'answered') AS asa,
                   stddev_samp(waitSeconds) FILTER (WHERE outcome = 'answered') AS asa_sd,
                   count(*) FILTER (WHERE outcome = 'answered' AND waitSeconds < 20) AS within_sl,
                   count(*) FILTER (WHERE outcome = 'abandoned' AND waitSeconds >= 20) AS abandoned_after_sl,
                   quantile_disc(handle, 0.5) FILTER (WHERE outcome = 'answered') AS p50_handle,
                   quantile_disc(handle, 0.9) FILTER (WHERE outcome = 'answered') AS p90_handle,
                   quantile_disc(waitSeconds, 0.5) FILTER (WHERE outcome = 'answered') AS p50_wait,
                   quantile_disc(waitSeconds, 0.9) FILTER (WHERE outcome = 'answered') AS p90_wait,
                   count(*) FILTER (WHERE outcome = 'answered' AND repeated) AS repeated
            FROM flagged
            GROUP BY ALL
            ORDER BY month, unit
            """;
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var cells = new List<DuckCell>();
        while (reader.Read())
        {
            long Count(string column) => Convert.ToInt64(reader[column], CultureInfo.InvariantCulture);
            double Number(string column) => reader[column] is DBNull ? double.NaN : Convert.ToDouble(reader[column], CultureInfo.InvariantCulture);
            cells.Add(new DuckCell(DateOnly.FromDateTime((DateTime)reader["month"]), (string)reader["unit"],
                Count("offered"), Count("answered"), Count("abandoned"), Number("aht"), Number("aht_sd"), Number("asa"), Number("asa_sd"),
                Count("within_sl"), Count("abandoned_after_sl"),
                Number("p50_handle"), Number("p90_handle"), Number("p50_wait"), Number("p90_wait"), Count("repeated")));
        }

        return (watch.Elapsed, cells);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}

/// <summary>One month x team row of DuckDB's scorecard.</summary>
internal sealed record DuckCell(DateOnly Month, string Unit, long Offered, long Answered, long Abandoned,
    double Aht, double AhtSd, double Asa, double AsaSd, long WithinServiceLevel, long AbandonedAfterServiceLevel,
    double P50Handle, double P90Handle, double P50Wait, double P90Wait, long Repeated);
