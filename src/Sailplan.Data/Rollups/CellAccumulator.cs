using Sailplan.Core.Facts;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;

namespace Sailplan.Data.Rollups;

/// <summary>
/// The rollup cells of an import, summed in memory as its rows stream past (by <see cref="ContactTotals.Add(Contact, bool)"/>
/// and <see cref="SurveyTotals.Add(SurveyResponse)"/>, the definitions <see cref="CellSql"/> mirrors) and written
/// to temporary delta tables at most <see cref="CellsPerWrite"/> cells at a time, so memory stays flat in the
/// file's size. At commit <see cref="ApplyAsync"/> adds them, with the other deltas the import found (rows it
/// knew already, repeat flags), to the cells in one statement per table: each cell row is written once, where
/// an upsert per write and another for the repeat flags rewrote the same wide rows again and again. Summing
/// here costs a dictionary lookup a row. Contacts count as not repeated; <see cref="RepeatFlags.CellDeltas"/> adds the flags.
/// </summary>
internal sealed class CellAccumulator
{
    /// <summary>About 25 MB of contact cells (each carries three histograms).</summary>
    public const int CellsPerWrite = 25_000;

    /// <summary>
    /// The sums that can pass 2^31 within one write (durations, their squares). Every other delta column is 32-bit:
    /// PostgreSQL sums 32-bit integers in 64-bit ones, but 64-bit integers in arbitrary precision, several times
    /// slower, and that sum is most of the cost of <see cref="ApplyAsync"/>.
    /// </summary>
    private static readonly HashSet<string> WideSums = ["handle_sum", "handle_sum_of_squares", "wait_sum", "wait_sum_of_squares"];

    private readonly Dictionary<(DateOnly Day, string Unit, string Channel, string Queue), ContactTotals> _contacts = [];
    private readonly Dictionary<(DateOnly Day, string Unit, string Channel, string Queue, SurveyType Type), SurveyTotals> _surveys = [];
    private bool _tablesCreated;

    public bool IsFull => _contacts.Count + _surveys.Count >= CellsPerWrite;

    /// <summary>The first and last day of every cell summed so far, written out or not; null before the first row.</summary>
    public (DateOnly First, DateOnly Last)? Days { get; private set; }

    public void Add(DateOnly day, Contact contact)
    {
        Widen(day);
        var key = (day, contact.Unit ?? "", contact.Channel ?? "", contact.Queue ?? "");
        if (!_contacts.TryGetValue(key, out var totals))
        {
            _contacts[key] = totals = new ContactTotals();
        }

        totals.Add(contact, repeated: false);
    }

    public void Add(DateOnly day, SurveyResponse response)
    {
        Widen(day);
        var key = (day, response.Unit ?? "", response.Channel ?? "", response.Queue ?? "", response.Type);
        if (!_surveys.TryGetValue(key, out var totals))
        {
            _surveys[key] = totals = new SurveyTotals();
        }

        totals.Add(response);
    }

    private void Widen(DateOnly day) =>
        Days = Days is var (first, last) ? (day < first ? day : first, day > last ? day : last) : (day, day);

    /// <summary>
    /// Appends the cells summed so far to the delta tables (by each provider's fast path) and starts again from
    /// empty. Not while a COPY is open on the connection.
    /// </summary>
    public async Task WriteAsync(FactSql sql, CancellationToken cancellationToken)
    {
        if (!_tablesCreated)
        {
            var key = $"day {sql.Type("date")}, unit {sql.KeyText}, channel {sql.KeyText}, queue {sql.KeyText}";
            string Integers(IEnumerable<string> columns) =>
                string.Join(", ", columns.Select(c => $"{c} {sql.Type(WideSums.Contains(c) ? "bigint" : "integer")}"));
            await sql.ExecuteAsync($"CREATE TEMP TABLE contact_cell_deltas ({key}, {Integers(CellSql.ContactCellColumns)})", cancellationToken);
            await sql.ExecuteAsync($"CREATE TEMP TABLE survey_cell_deltas ({key}, survey_type {sql.KeyText}, {Integers(CellSql.SurveyCellSums)})", cancellationToken);
            _tablesCreated = true;
        }

        if (_contacts.Count > 0)
        {
            await WriteContactsAsync(sql, cancellationToken);
            _contacts.Clear();
        }

        if (_surveys.Count > 0)
        {
            await WriteSurveysAsync(sql, cancellationToken);
            _surveys.Clear();
        }
    }

    /// <summary>
    /// Writes what is left, adds every delta to the cells (one upsert per cell table) and drops the delta tables.
    /// <paramref name="moreContactDeltas"/>, <paramref name="moreSurveyDeltas"/>: queries shaped like
    /// <see cref="CellSql.ContactSums"/> and <see cref="CellSql.SurveySums"/>, added with the rest.
    /// </summary>
    public async Task ApplyAsync(FactSql sql, IEnumerable<string> moreContactDeltas, IEnumerable<string> moreSurveyDeltas, CancellationToken cancellationToken)
    {
        await WriteAsync(sql, cancellationToken);
        await sql.ExecuteAsync(Merge(sql, "contact_cells", CellSql.ContactCellSlices, CellSql.ContactCellColumns, "contact_cell_deltas", moreContactDeltas), cancellationToken);
        await sql.ExecuteAsync(Merge(sql, "survey_cells", CellSql.SurveyCellSlices, CellSql.SurveyCellSums, "survey_cell_deltas", moreSurveyDeltas), cancellationToken);
        // A pooled SQLite connection would keep them.
        await sql.ExecuteAsync("DROP TABLE contact_cell_deltas", cancellationToken);
        await sql.ExecuteAsync("DROP TABLE survey_cell_deltas", cancellationToken);
        _tablesCreated = false;
    }

    /// <summary>
    /// One upsert of all deltas. PostgreSQL's upsert may touch a row only once per statement, so the deltas are
    /// summed per cell first; SQLite's applies the rows one after another, and sorting wide rows for a GROUP BY
    /// costs it more than updating a cell twice.
    /// </summary>
    private static string Merge(FactSql sql, string cells, string slices, IReadOnlyList<string> columns, string deltas, IEnumerable<string> moreDeltas)
    {
        var all = string.Join("\nUNION ALL\n", [$"SELECT {slices}, {string.Join(", ", columns)} FROM {deltas}", .. moreDeltas]);
        return CellSql.Upsert(cells, slices, columns, !sql.IsPostgres ? all : $"""
            SELECT {slices}, {string.Join(", ", columns.Select(c => $"SUM({c}) AS {c}"))}
            FROM ({all}) deltas
            GROUP BY {slices}
            """);
    }

    private async Task WriteContactsAsync(FactSql sql, CancellationToken cancellationToken)
    {
        string[] columns = ["day", "unit", "channel", "queue", .. CellSql.ContactCellColumns];
        await using var sink = await StagingSink.OpenAsync(sql, "contact_cell_deltas", columns, cancellationToken);
        foreach (var ((day, unit, channel, queue), t) in _contacts)
        {
            await sink.StartRowAsync(cancellationToken);
            sink.Add(day);
            sink.Add(unit);
            sink.Add(channel);
            sink.Add(queue);
            // In the order of CellSql.ContactCellColumns: the sums, then the histograms.
            long[] sums =
            [
                t.Offered, t.Answered, t.Abandoned, t.Transferred, t.ResolvedKnown, t.Resolved, t.AnsweredWithCustomer, t.Repeated,
                t.HandleSum, t.HandleSumOfSquares, t.WaitSum, t.WaitSumOfSquares,
            ];
            AddSums(sink, CellSql.ContactCellSums, sums);
            foreach (var histogram in HistogramColumns.Arrays(t))
            {
                foreach (var count in histogram)
                {
                    sink.Add(checked((int)count));
                }
            }
        }

        await sink.CompleteAsync(cancellationToken);
    }

    private async Task WriteSurveysAsync(FactSql sql, CancellationToken cancellationToken)
    {
        string[] columns = ["day", "unit", "channel", "queue", "survey_type", .. CellSql.SurveyCellSums];
        await using var sink = await StagingSink.OpenAsync(sql, "survey_cell_deltas", columns, cancellationToken);
        foreach (var ((day, unit, channel, queue, type), t) in _surveys)
        {
            await sink.StartRowAsync(cancellationToken);
            sink.Add(day);
            sink.Add(unit);
            sink.Add(channel);
            sink.Add(queue);
            sink.Add(type == SurveyType.Relationship ? nameof(SurveyType.Relationship) : nameof(SurveyType.Transactional));
            // In the order of CellSql.SurveyCellSums.
            AddSums(sink, CellSql.SurveyCellSums,
            [
                t.Responses, t.Promoters, t.Passives, t.Detractors, t.CsatAnswers, t.CsatTopTwo, t.CsatSum, t.CsatSumOfSquares,
                t.CesAnswers, t.CesSum, t.CesSumOfSquares, t.FcrAnswers, t.FcrYes,
            ]);
        }

        await sink.CompleteAsync(cancellationToken);
    }

    /// <summary>Each sum as its column is typed: 64-bit for <see cref="WideSums"/>, else 32-bit (checked: a write never holds 2^31 rows of a cell).</summary>
    private static void AddSums(StagingSink sink, string[] columns, long[] sums)
    {
        for (var i = 0; i < sums.Length; i++)
        {
            if (WideSums.Contains(columns[i]))
            {
                sink.AddLong(sums[i]);
            }
            else
            {
                sink.Add(checked((int)sums[i]));
            }
        }
    }
}
