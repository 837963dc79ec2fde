using System.Globalization;
using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// Adds a set of facts to their rollup cells: one INSERT .. SELECT .. GROUP BY .. ON CONFLICT DO UPDATE per
/// table, the same SQL on both providers. Each statement mirrors <see cref="ContactTotals.Add(Contact, bool)"/>
/// or <see cref="SurveyTotals.Add(SurveyResponse)"/>, which the tests hold it to. Facts come from the
/// fact tables (rebuild) or, at ingest, straight from the staging table once it holds only new rows.
/// </summary>
internal static class CellSql
{
    private const string Answered = "outcome = 'Answered'";
    private const string Handle = "(talk_seconds + hold_seconds + wrap_seconds)";

    /// <summary>Contacts copied from the fact table (columns as there, repeat flags included) into a temporary table.</summary>
    public static Task AddCopiedContactsAsync(FactSql sql, string table, CancellationToken cancellationToken) =>
        AddContactsAsync(sql, $"{table} WHERE TRUE", "repeated", cancellationToken);

    /// <summary>
    /// The staged contacts of an import, all of them new: their repeat flags are not known yet and count as
    /// not repeated; <see cref="RepeatFlags"/> adds them to the cells afterwards.
    /// </summary>
    public static Task AddStagedContactsAsync(FactSql sql, CancellationToken cancellationToken) =>
        AddContactsAsync(sql, "contact_staging WHERE TRUE", "FALSE", cancellationToken);

    public static Task AddStoredSurveysAsync(FactSql sql, string factFilter, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(SurveyCells($"survey_responses WHERE organization_id = @org AND {factFilter}"), cancellationToken);

    public static Task AddStagedSurveysAsync(FactSql sql, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(SurveyCells("survey_staging WHERE TRUE"), cancellationToken);

    private static async Task AddContactsAsync(FactSql sql, string facts, string repeated, CancellationToken cancellationToken)
    {
        await sql.ExecuteAsync(ContactCells(facts, repeated), cancellationToken);
        await sql.ExecuteAsync(Buckets(DurationBucketCell.Handle, Handle, $"{facts} AND {Answered}"), cancellationToken);
        await sql.ExecuteAsync(Buckets(DurationBucketCell.WaitAnswered, "wait_seconds", $"{facts} AND {Answered}"), cancellationToken);
        await sql.ExecuteAsync(Buckets(DurationBucketCell.WaitAbandoned, "wait_seconds", $"{facts} AND NOT ({Answered})"), cancellationToken);
    }

    public static readonly string[] ContactCellSums =
    [
        "offered", "answered", "abandoned", "transferred", "resolved_known", "resolved", "answered_with_customer", "repeated",
        "handle_sum", "handle_sum_of_squares", "wait_sum", "wait_sum_of_squares",
    ];

    public static readonly string[] SurveyCellSums =
    [
        "responses", "promoters", "passives", "detractors", "csat_answers", "csat_top_two", "csat_sum", "csat_sum_of_squares",
        "ces_answers", "ces_sum", "ces_sum_of_squares", "fcr_answers", "fcr_yes",
    ];

    public const string ContactCellKey = "organization_id, day, unit, channel, queue";

    private static string ContactCells(string facts, string repeated)
    {
        string Count(string condition) => $"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)";
        string Sum(string value) => $"SUM(CASE WHEN {Answered} THEN CAST({value} AS BIGINT) ELSE 0 END)";
        string Squares(string value) => $"SUM(CASE WHEN {Answered} THEN CAST({value} AS BIGINT) * CAST({value} AS BIGINT) ELSE 0 END)";
        string[] values =
        [
            "COUNT(*)",
            Count(Answered),
            Count($"NOT ({Answered})"),
            Count($"{Answered} AND transferred"),
            Count($"{Answered} AND resolved IS NOT NULL"),
            Count($"{Answered} AND resolved"),
            Count($"{Answered} AND customer_id IS NOT NULL"),
            Count($"{Answered} AND customer_id IS NOT NULL AND {repeated}"),
            Sum(Handle),
            Squares(Handle),
            Sum("wait_seconds"),
            Squares("wait_seconds"),
        ];
        return $"""
            INSERT INTO contact_cells ({ContactCellKey}, {string.Join(", ", ContactCellSums)})
            SELECT @org, local_day, unit, channel, queue, {string.Join(", ", values)}
            FROM {facts}
            GROUP BY local_day, unit, channel, queue
            ON CONFLICT ({ContactCellKey}) DO UPDATE SET {AddExcluded("contact_cells", ContactCellSums)}
            """;
    }

    private static string SurveyCells(string facts)
    {
        string Count(string condition) => $"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)";
        string Sum(string value) => $"SUM(CASE WHEN {value} IS NOT NULL THEN CAST({value} AS BIGINT) ELSE 0 END)";
        string Squares(string value) => $"SUM(CASE WHEN {value} IS NOT NULL THEN CAST({value} AS BIGINT) * CAST({value} AS BIGINT) ELSE 0 END)";
        string[] values =
        [
            "COUNT(*)",
            Count("nps >= 9"),
            Count("nps >= 7 AND nps < 9"),
            Count("nps < 7"),
            Count("csat IS NOT NULL"),
            Count("csat >= 4"),
            Sum("csat"),
            Squares("csat"),
            Count("ces IS NOT NULL"),
            Sum("ces"),
            Squares("ces"),
            Count("fcr IS NOT NULL"),
            Count("fcr"),
        ];
        const string key = "organization_id, day, unit, channel, queue, survey_type";
        return $"""
            INSERT INTO survey_cells ({key}, {string.Join(", ", SurveyCellSums)})
            SELECT @org, local_day, unit, channel, queue, survey_type, {string.Join(", ", values)}
            FROM {facts}
            GROUP BY local_day, unit, channel, queue, survey_type
            ON CONFLICT ({key}) DO UPDATE SET {AddExcluded("survey_cells", SurveyCellSums)}
            """;
    }

    private static string Buckets(string measure, string seconds, string facts)
    {
        const string key = "organization_id, day, unit, channel, queue, measure, bucket";
        return $"""
            INSERT INTO duration_buckets ({key}, count)
            SELECT @org, local_day, unit, channel, queue, '{measure}', bucket, COUNT(*)
            FROM (SELECT local_day, unit, channel, queue, {BucketOf(seconds)} AS bucket FROM {facts}) b
            GROUP BY local_day, unit, channel, queue, bucket
            ON CONFLICT ({key}) DO UPDATE SET count = duration_buckets.count + excluded.count
            """;
    }

    /// <summary>
    /// The <see cref="DurationBuckets"/> index of a duration, as SQL: a binary search of nested CASEs, so a row
    /// costs about six comparisons (and evaluations of <paramref name="seconds"/>) instead of up to one per edge.
    /// </summary>
    public static string BucketOf(string seconds)
    {
        var edges = DurationBuckets.Edges;
        var sql = new StringBuilder();
        void Search(int low, int high)
        {
            if (low == high)
            {
                sql.Append(low.ToString(CultureInfo.InvariantCulture));
                return;
            }

            var middle = (low + high + 1) / 2; // bucket >= middle exactly when seconds >= edges[middle]
            sql.Append(CultureInfo.InvariantCulture, $"CASE WHEN {seconds} < {edges[middle]} THEN ");
            Search(low, middle - 1);
            sql.Append(" ELSE ");
            Search(middle, high);
            sql.Append(" END");
        }

        Search(0, edges.Count - 1);
        return sql.ToString();
    }

    private static string AddExcluded(string table, IEnumerable<string> columns) =>
        string.Join(", ", columns.Select(c => $"{c} = {table}.{c} + excluded.{c}"));
}
