using System.Globalization;
using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Rollups;

/// <summary>
/// The rollup cells of a set of facts in SQL: a GROUP BY query per cell table, the same on both providers,
/// mirroring <see cref="ContactTotals.Add(Contact, bool)"/> and <see cref="SurveyTotals.Add(SurveyResponse)"/>
/// (which the tests hold it to), and the upsert that adds such sums to the cells. A rebuild adds the facts of
/// the fact tables; an import, whose cells <see cref="CellAccumulator"/> sums in C#, uses the queries with a
/// minus sign to take back rows it turned out to know already.
/// </summary>
internal static class CellSql
{
    private const string Answered = "outcome = 'Answered'";
    private const string Handle = "(talk_seconds + hold_seconds + wrap_seconds)";

    /// <summary>Contacts copied from the fact table (columns as there, repeat flags included) into a temporary table.</summary>
    public static Task AddCopiedContactsAsync(FactSql sql, string table, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(Upsert("contact_cells", ContactCellSlices, ContactCellColumns, ContactSums($"{table} WHERE TRUE", "repeated", sign: 1)), cancellationToken);

    public static Task AddStoredSurveysAsync(FactSql sql, string factFilter, CancellationToken cancellationToken) =>
        sql.ExecuteAsync(Upsert("survey_cells", SurveyCellSlices, SurveyCellSums, SurveySums($"survey_responses WHERE organization_id = @org AND {factFilter}", sign: 1)),
            cancellationToken);

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

    /// <summary>Everything a contact cell holds: the sums, then the histograms.</summary>
    public static readonly string[] ContactCellColumns = [.. ContactCellSums, .. HistogramColumns.All];

    /// <summary>A contact cell's key after the organisation.</summary>
    public const string ContactCellSlices = "day, unit, channel, queue";

    /// <summary>A survey cell's key after the organisation.</summary>
    public const string SurveyCellSlices = "day, unit, channel, queue, survey_type";

    /// <summary>
    /// A query of the contact cells of <paramref name="facts"/> (a table and its WHERE clause), times
    /// <paramref name="sign"/>: day, unit, channel, queue and then <see cref="ContactCellColumns"/>. The
    /// histograms count each row's bucket, worked out once per row in the inner query.
    /// </summary>
    public static string ContactSums(string facts, string repeated, int sign)
    {
        string Count(string condition) => $"SUM(CASE WHEN {condition} THEN {sign} ELSE 0 END)";
        string Sum(string value) => $"SUM(CASE WHEN {Answered} THEN {sign} * CAST({value} AS BIGINT) ELSE 0 END)";
        string Squares(string value) => $"SUM(CASE WHEN {Answered} THEN {sign} * CAST({value} AS BIGINT) * CAST({value} AS BIGINT) ELSE 0 END)";
        string[] values =
        [
            Count("TRUE"),
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
            .. Enumerable.Range(0, DurationBuckets.Count).Select(i => Count($"{Answered} AND handle_bucket = {i}")),
            .. Enumerable.Range(0, DurationBuckets.Count).Select(i => Count($"{Answered} AND wait_bucket = {i}")),
            .. Enumerable.Range(0, DurationBuckets.Count).Select(i => Count($"NOT ({Answered}) AND wait_bucket = {i}")),
        ];
        return $"""
            SELECT local_day AS day, unit, channel, queue, {string.Join(", ", values.Zip(ContactCellColumns, (v, c) => $"{v} AS {c}"))}
            FROM (
                SELECT local_day, unit, channel, queue, outcome, transferred, resolved, customer_id, {repeated} AS repeated,
                       talk_seconds, hold_seconds, wrap_seconds, wait_seconds,
                       {BucketOf(Handle)} AS handle_bucket, {BucketOf("wait_seconds")} AS wait_bucket
                FROM {facts}
            ) facts
            GROUP BY local_day, unit, channel, queue
            """;
    }

    /// <summary>As <see cref="ContactSums"/>, for survey responses: day, unit, channel, queue, survey_type, then <see cref="SurveyCellSums"/>.</summary>
    public static string SurveySums(string facts, int sign)
    {
        string Count(string condition) => $"SUM(CASE WHEN {condition} THEN {sign} ELSE 0 END)";
        string Sum(string value) => $"SUM(CASE WHEN {value} IS NOT NULL THEN {sign} * CAST({value} AS BIGINT) ELSE 0 END)";
        string Squares(string value) => $"SUM(CASE WHEN {value} IS NOT NULL THEN {sign} * CAST({value} AS BIGINT) * CAST({value} AS BIGINT) ELSE 0 END)";
        string[] values =
        [
            Count("TRUE"),
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
        return $"""
            SELECT local_day AS day, unit, channel, queue, survey_type, {string.Join(", ", values.Zip(SurveyCellSums, (v, c) => $"{v} AS {c}"))}
            FROM {facts}
            GROUP BY local_day, unit, channel, queue, survey_type
            """;
    }

    /// <summary>
    /// Adds the rows of <paramref name="sums"/> (a query of a cell's <paramref name="slices"/>, then
    /// <paramref name="columns"/>) to the organisation's cells, storing the cells not there yet. On PostgreSQL
    /// the query must give one row per cell.
    /// </summary>
    public static string Upsert(string table, string slices, IReadOnlyList<string> columns, string sums)
    {
        var key = $"organization_id, {slices}";
        return $"""
            INSERT INTO {table} ({key}, {string.Join(", ", columns)})
            SELECT @org, {slices}, {string.Join(", ", columns)}
            FROM ({sums}) sums
            WHERE TRUE
            ON CONFLICT ({key}) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = {table}.{c} + excluded.{c}"))}
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
}
