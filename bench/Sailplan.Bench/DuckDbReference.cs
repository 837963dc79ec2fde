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

    /// <summary>The scorecard: per month and team, the same KPIs Sailplan shows, from the raw rows.</summary>
    public (TimeSpan Elapsed, int Rows, double Checksum) Scorecard()
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
                   quantile_cont(handle, 0.5) FILTER (WHERE outcome = 'answered') AS median_handle,
                   quantile_cont(waitSeconds, 0.9) FILTER (WHERE outcome = 'answered') AS p90_wait,
                   count(*) FILTER (WHERE outcome = 'answered' AND repeated) AS repeated
            FROM flagged
            GROUP BY ALL
            ORDER BY month, unit
            """;
        var watch = Stopwatch.StartNew();
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        using var reader = command.ExecuteReader();
        var rows = 0;
        var checksum = 0.0;
        while (reader.Read())
        {
            rows++;
            checksum += Convert.ToDouble(reader["offered"], CultureInfo.InvariantCulture);
        }

        return (watch.Elapsed, rows, checksum);
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();
}
