using Sailplan.Core.Ingest;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;
using Sailplan.Data.Rollups;

namespace Sailplan.Data.Ingest;

/// <summary>
/// One import of contacts or survey responses, landing whole or not at all. Rows stream into a staging
/// table (<see cref="AddAsync(IEnumerable{Contact}, CancellationToken)"/>, as often as needed) while their
/// rollup cells are summed (<see cref="CellAccumulator"/>); <see cref="CommitAsync"/> drops the rows whose
/// (source, external id) is already stored or came earlier in the same import, sets repeat flags, adds the
/// cells of exactly the rows it keeps, recomputes the touched months, stores the rows, writes the history line
/// and commits. Everything runs in one transaction: disposing without committing, or any exception, leaves the
/// store as it was.
/// </summary>
public sealed class FactImport : IAsyncDisposable
{
    private static readonly string[] ContactColumns =
    [
        "ordinal", "source", "external_id", "started_at", "local_day", "channel", "queue", "unit", "agent", "customer_id",
        "talk_seconds", "hold_seconds", "wrap_seconds", "wait_seconds", "outcome", "transferred", "resolved", "reason",
    ];

    private static readonly string[] SurveyColumns =
    [
        "ordinal", "source", "external_id", "contact_external_id", "responded_at", "local_day", "survey_type", "nps", "csat", "ces",
        "fcr", "driver_ratings", "comment", "unit", "channel", "queue",
    ];

    private readonly AppDb _db;
    private readonly IDbContextTransaction _transaction;
    private readonly FactSql _sql;
    private readonly LocalDays _days;
    private readonly ImportRecord _record;
    private readonly CellAccumulator _cells = new();
    private (long Main, long Temp)? _cachesBefore;
    private bool _finished;
    private bool _broken;
    private long _staged;

    private FactImport(AppDb db, IDbContextTransaction transaction, LocalDays days, ImportRecord record)
    {
        _db = db;
        _transaction = transaction;
        _sql = FactSql.For(db);
        _days = days;
        _record = record;
    }

    public Guid ImportId => _record.Id;

    public FactKind Kind => _record.Kind;

    /// <summary>Rows handed to <c>AddAsync</c> so far.</summary>
    public long RowsStaged => _staged;

    /// <param name="timeZone">The organisation's IANA time zone: each fact's local day is its day there.</param>
    /// <param name="repeatWindowDays">A contact is repeated when the same customer's next contact starts at most this many days later.</param>
    public static async Task<FactImport> BeginAsync(AppDb db, Guid organizationId, FactKind kind, ImportInfo info, string timeZone,
        int repeatWindowDays = 7, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repeatWindowDays);
        var days = LocalDays.For(timeZone);
        var record = ImportRecord.Start(organizationId, kind, info);

        await db.Database.OpenConnectionAsync(cancellationToken);
        (long, long)? cachesBefore = null;
        try
        {
            cachesBefore = await FactSql.For(db).EnlargeCachesAsync(cancellationToken);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = new FactImport(db, transaction, days, record) { _cachesBefore = cachesBefore };
            batch._sql.Share("org", batch._sql.Id(organizationId));
            batch._sql.Share("import", batch._sql.Id(record.Id));
            batch._sql.Share("repeat_days", repeatWindowDays);
            await batch.CreateStagingAsync(cancellationToken);
            return batch;
        }
        catch
        {
            await FactSql.For(db).RestoreCachesAsync(cachesBefore, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public Task AddAsync(IEnumerable<Contact> contacts, CancellationToken cancellationToken = default) =>
        AddAsync(contacts.ToAsyncEnumerable(), cancellationToken);

    public Task AddAsync(IAsyncEnumerable<Contact> contacts, CancellationToken cancellationToken = default) =>
        StageAllAsync(FactKind.Contacts, contacts, StageAsync, cancellationToken);

    public Task AddAsync(IEnumerable<SurveyResponse> responses, CancellationToken cancellationToken = default) =>
        AddAsync(responses.ToAsyncEnumerable(), cancellationToken);

    public Task AddAsync(IAsyncEnumerable<SurveyResponse> responses, CancellationToken cancellationToken = default) =>
        StageAllAsync(FactKind.Surveys, responses, StageAsync, cancellationToken);

    /// <summary>
    /// Stores the staged rows and commits. <paramref name="rejected"/>: rows the reader refused, counted in
    /// the history (rows read = staged + rejected).
    /// </summary>
    public async Task<ImportRecord> CommitAsync(long rejected = 0, IProgress<ImportStep>? progress = null, CancellationToken cancellationToken = default)
    {
        ExpectOpen(_record.Kind);
        try
        {
            await _sql.BeginBulkWriteAsync(_record.OrganizationId, cancellationToken);

            progress?.Report(ImportStep.SkippingKnownRows);
            long added;
            if (_record.Kind == FactKind.Contacts)
            {
                (added, var known) = await KeepOnlyNewRowsAsync("contact_staging", "contacts", cancellationToken);
                progress?.Report(ImportStep.RepeatFlags);
                await RepeatFlags.ApplyToStagedAsync(_sql, cancellationToken);
                progress?.Report(ImportStep.Rollups);
                string[] knownCells = known ? [CellSql.ContactSums("known_rows WHERE TRUE", "FALSE", sign: -1)] : [];
                await _cells.ApplyAsync(_sql, [.. knownCells, RepeatFlags.CellDeltas], [], cancellationToken);
                await ForgetKnownRowsAsync(known, cancellationToken);
                // The months whose cells changed: the staged rows' and those of stored contacts whose repeat flag changed.
                await RecomputeMonthsAsync(await MonthCells.DaysAsync(_sql, "SELECT MIN(local_day), MAX(local_day) FROM repeat_changes WHERE stored", cancellationToken),
                    cancellationToken);

                progress?.Report(ImportStep.StoringFacts);
                var indexes = await IndexRebuild.DropIfWorthwhileAsync(_sql, "contacts", added, cancellationToken);
                await StoreAsync("contacts", $"""
                    INSERT INTO contacts (organization_id, import_id, repeated, {string.Join(", ", ContactColumns.Skip(1))})
                    SELECT @org, @import, CASE WHEN repeat_changes.source IS NULL THEN FALSE ELSE TRUE END, {string.Join(", ", ContactColumns.Skip(1).Select(c => "contact_staging." + c))}
                    FROM contact_staging
                    LEFT JOIN repeat_changes ON NOT repeat_changes.stored
                        AND repeat_changes.source = contact_staging.source AND repeat_changes.external_id = contact_staging.external_id
                    WHERE TRUE
                    {InKeyOrder(indexes, "contact_staging.")}
                    {OnConflict(indexes)}
                    """, added, cancellationToken);
                await indexes.RestoreAsync(_sql, cancellationToken);
                await _sql.ExecuteAsync("DROP TABLE repeat_changes", cancellationToken);
                await _sql.ExecuteAsync("DROP TABLE contact_staging", cancellationToken);
            }
            else
            {
                (added, var known) = await KeepOnlyNewRowsAsync("survey_staging", "survey_responses", cancellationToken);
                progress?.Report(ImportStep.Rollups);
                string[] knownCells = known ? [CellSql.SurveySums("known_rows WHERE TRUE", sign: -1)] : [];
                await _cells.ApplyAsync(_sql, [], knownCells, cancellationToken);
                await ForgetKnownRowsAsync(known, cancellationToken);
                await RecomputeMonthsAsync(null, cancellationToken);

                progress?.Report(ImportStep.StoringFacts);
                var indexes = await IndexRebuild.DropIfWorthwhileAsync(_sql, "survey_responses", added, cancellationToken);
                await StoreAsync("survey_responses", $"""
                    INSERT INTO survey_responses (organization_id, import_id, {string.Join(", ", SurveyColumns.Skip(1))})
                    SELECT @org, @import, {string.Join(", ", SurveyColumns.Skip(1))}
                    FROM survey_staging
                    WHERE TRUE
                    {InKeyOrder(indexes, "")}
                    {OnConflict(indexes)}
                    """, added, cancellationToken);
                await indexes.RestoreAsync(_sql, cancellationToken);
                await _sql.ExecuteAsync("DROP TABLE survey_staging", cancellationToken);
            }

            _record.RowsRead = _staged + rejected;
            _record.Added = added;
            _record.Duplicates = _staged - added;
            _record.Rejected = rejected;
            _record.Status = ImportStatus.Succeeded;
            _record.FinishedAt = TimeProvider.System.GetUtcNow();
            await ImportHistory.InsertAsync(_sql, _record, cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            _finished = true;
            progress?.Report(ImportStep.Done);
            return _record;
        }
        catch
        {
            _broken = true;
            throw;
        }
        finally
        {
            if (_finished)
            {
                await CloseAsync();
            }
        }
    }

    /// <summary>
    /// Drops everything staged and records the import as refused (in its own small transaction), so the
    /// history shows the file and why nothing of it was stored.
    /// </summary>
    public async Task<ImportRecord> RefuseAsync(string message, long rejected, CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            throw new InvalidOperationException("This import is already finished.");
        }

        await CloseAsync();
        return await ImportHistory.RecordAsync(_db, _record.OrganizationId, _record.Kind,
            new ImportInfo(_record.FileName, _record.Profile, _record.Actor), ImportStatus.Refused,
            _staged + rejected, rejected, message, _record.StartedAt, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_finished)
        {
            await CloseAsync();
        }
    }

    private async Task CloseAsync()
    {
        _finished = true;
        await _transaction.DisposeAsync(); // rolls back unless committed
        await FactSql.For(_db).RestoreCachesAsync(_cachesBefore, CancellationToken.None);
        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// Streams rows into the staging table and their cells into <see cref="_cells"/>. When the cells reach their
    /// limit they are written out; a COPY holds the connection meanwhile, so it ends first and a new one follows.
    /// </summary>
    private async Task StageAllAsync<T>(FactKind kind, IAsyncEnumerable<T> rows, Func<StagingSink, T, CancellationToken, Task> stage,
        CancellationToken cancellationToken)
    {
        ExpectOpen(kind);
        var (table, columns) = kind == FactKind.Contacts ? ("contact_staging", ContactColumns) : ("survey_staging", SurveyColumns);
        StagingSink? sink = null;
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                sink ??= await StagingSink.OpenAsync(_sql, table, columns, cancellationToken);
                await stage(sink, row, cancellationToken);
                if (_cells.IsFull)
                {
                    await sink.CompleteAsync(cancellationToken);
                    await sink.DisposeAsync();
                    sink = null;
                    await _cells.WriteAsync(_sql, cancellationToken);
                }
            }

            if (sink is not null)
            {
                await sink.CompleteAsync(cancellationToken);
            }
        }
        catch
        {
            _broken = true;
            throw;
        }
        finally
        {
            if (sink is not null)
            {
                await sink.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Deletes from the staging table every row the store already holds and every repeat of a row earlier in
    /// the same import (the first occurrence wins), so that what remains is exactly what this import adds.
    /// The deleted rows are kept in known_rows, to be taken back out of the cells they were summed into as they
    /// streamed. Returns the rows that remain, and whether any were known.
    /// </summary>
    private async Task<(long Added, bool Known)> KeepOnlyNewRowsAsync(string staging, string facts, CancellationToken cancellationToken)
    {
        if (_sql.IsPostgres)
        {
            // The planner knows nothing of a fresh temporary table; with its size it hashes the self-join below.
            await _sql.ExecuteAsync($"ANALYZE {staging}", cancellationToken);
        }
        else
        {
            // SQLite needs an index for the self-join, or it compares every pair.
            await _sql.ExecuteAsync($"CREATE INDEX {staging}_key ON {staging} (source, external_id, ordinal)", cancellationToken);
        }

        // UNION of two queries, not one with OR: each EXISTS alone becomes a (hash) semi-join on PostgreSQL.
        await _sql.ExecuteAsync($"""
            CREATE TEMP TABLE known_rows AS
            SELECT * FROM {staging}
            WHERE EXISTS (SELECT 1 FROM {facts} f WHERE f.organization_id = @org AND f.source = {staging}.source AND f.external_id = {staging}.external_id)
            UNION
            SELECT * FROM {staging}
            WHERE EXISTS (SELECT 1 FROM {staging} earlier WHERE earlier.source = {staging}.source AND earlier.external_id = {staging}.external_id AND earlier.ordinal < {staging}.ordinal)
            """, cancellationToken);
        var known = await _sql.ScalarAsync("SELECT COUNT(*) FROM known_rows", cancellationToken);
        if (known > 0)
        {
            await _sql.ExecuteAsync($"DELETE FROM {staging} WHERE ordinal IN (SELECT ordinal FROM known_rows)", cancellationToken);
        }

        return (_staged - known, known > 0);
    }

    /// <summary>
    /// Recomputes the months of the staged rows' days (known rows among them change nothing, but cost nothing to
    /// include) and of <paramref name="moreDays"/>.
    /// </summary>
    private async Task RecomputeMonthsAsync((DateOnly First, DateOnly Last)? moreDays, CancellationToken cancellationToken)
    {
        var days = (_cells.Days, moreDays) switch
        {
            ({ } a, { } b) => (a.First < b.First ? a.First : b.First, a.Last > b.Last ? a.Last : b.Last),
            (var a, var b) => a ?? b,
        };
        if (days is var (first, last))
        {
            await MonthCells.RecomputeAsync(_sql, first, last, cancellationToken);
        }
    }

    /// <summary>Drops known_rows once their cells are taken back; cells they emptied go too.</summary>
    private async Task ForgetKnownRowsAsync(bool known, CancellationToken cancellationToken)
    {
        await _sql.ExecuteAsync("DROP TABLE known_rows", cancellationToken);
        if (known)
        {
            await _sql.ExecuteAsync("DELETE FROM contact_cells WHERE organization_id = @org AND offered = 0", cancellationToken);
            await _sql.ExecuteAsync("DELETE FROM survey_cells WHERE organization_id = @org AND responses = 0", cancellationToken);
        }
    }

    /// <summary>
    /// While the table keeps its key, rows go in key order: each key entry then lands next to the previous one,
    /// not on a random page. Without the key (dropped for a large load) the sort would buy nothing.
    /// </summary>
    private static string InKeyOrder(IndexRebuild indexes, string prefix) =>
        indexes.KeyDropped ? "" : $"ORDER BY {prefix}source, {prefix}external_id";

    /// <summary>Without its unique key the table cannot name it; a conflict then fails the rebuild of the key instead.</summary>
    private static string OnConflict(IndexRebuild indexes) =>
        indexes.KeyDropped ? "" : "ON CONFLICT (organization_id, source, external_id) DO NOTHING";

    /// <summary>Inserts the new rows; under the organisation lock none can conflict, and if one did the counts and cells would be wrong, so that fails the import.</summary>
    private async Task StoreAsync(string facts, string insert, long expected, CancellationToken cancellationToken)
    {
        var stored = await _sql.ExecuteAsync(insert, cancellationToken);
        if (stored != expected)
        {
            throw new InvalidOperationException($"Another writer added {expected - stored} of this import's rows to {facts} meanwhile; nothing was stored, run the import again.");
        }
    }

    private async Task CreateStagingAsync(CancellationToken cancellationToken)
    {
        string T(string type) => type == "text" ? _sql.KeyText : _sql.Type(type);
        var sql = _record.Kind == FactKind.Contacts
            ? $"""
              CREATE TEMP TABLE contact_staging (
                  ordinal {T("bigint")}, source {T("text")}, external_id {T("text")}, started_at {T("timestamptz")}, local_day {T("date")},
                  channel {T("text")}, queue {T("text")}, unit {T("text")}, agent {T("text")}, customer_id {T("text")},
                  talk_seconds {T("integer")}, hold_seconds {T("integer")}, wrap_seconds {T("integer")}, wait_seconds {T("integer")},
                  outcome {T("text")}, transferred {T("boolean")}, resolved {T("boolean")}, reason {T("text")})
              """
            : $"""
              CREATE TEMP TABLE survey_staging (
                  ordinal {T("bigint")}, source {T("text")}, external_id {T("text")}, contact_external_id {T("text")},
                  responded_at {T("timestamptz")}, local_day {T("date")}, survey_type {T("text")}, nps {T("integer")}, csat {T("integer")},
                  ces {T("integer")}, fcr {T("boolean")}, driver_ratings {T("text")}, comment {T("text")}, unit {T("text")},
                  channel {T("text")}, queue {T("text")})
              """;
        await _sql.ExecuteAsync(sql, cancellationToken);
    }

    private async Task StageAsync(StagingSink sink, Contact contact, CancellationToken cancellationToken)
    {
        RequireKey(contact.Source, contact.ExternalId);
        if (contact.TalkSeconds < 0 || contact.HoldSeconds < 0 || contact.WrapSeconds < 0 || contact.WaitSeconds < 0)
        {
            throw new ArgumentException($"Contact {contact.ExternalId} has a negative duration.", nameof(contact));
        }

        var day = _days.Of(contact.StartedAt);
        await sink.StartRowAsync(cancellationToken);
        sink.AddLong(++_staged);
        sink.Add(contact.Source);
        sink.Add(contact.ExternalId);
        sink.AddInstant(contact.StartedAt);
        sink.Add(day);
        sink.Add(contact.Channel ?? "");
        sink.Add(contact.Queue ?? "");
        sink.Add(contact.Unit ?? "");
        sink.Add(contact.Agent);
        sink.Add(string.IsNullOrEmpty(contact.CustomerId) ? null : contact.CustomerId);
        sink.Add(contact.TalkSeconds);
        sink.Add(contact.HoldSeconds);
        sink.Add(contact.WrapSeconds);
        sink.Add(contact.WaitSeconds);
        sink.Add(contact.IsAnswered ? nameof(ContactOutcome.Answered) : nameof(ContactOutcome.Abandoned));
        sink.Add(contact.Transferred);
        sink.Add(contact.Resolved);
        sink.Add(contact.Reason);
        _cells.Add(day, contact);
    }

    private async Task StageAsync(StagingSink sink, SurveyResponse response, CancellationToken cancellationToken)
    {
        RequireKey(response.Source, response.ExternalId);
        var day = _days.Of(response.RespondedAt);
        await sink.StartRowAsync(cancellationToken);
        sink.AddLong(++_staged);
        sink.Add(response.Source);
        sink.Add(response.ExternalId);
        sink.Add(response.ContactExternalId);
        sink.AddInstant(response.RespondedAt);
        sink.Add(day);
        sink.Add(response.Type == SurveyType.Relationship ? nameof(SurveyType.Relationship) : nameof(SurveyType.Transactional));
        sink.Add(response.Nps);
        sink.Add(response.Csat);
        sink.Add(response.Ces);
        sink.Add(response.Fcr);
        sink.Add(JsonSerializer.Serialize(response.DriverRatings));
        sink.Add(response.Comment);
        sink.Add(response.Unit ?? "");
        sink.Add(response.Channel ?? "");
        sink.Add(response.Queue ?? "");
        _cells.Add(day, response);
    }

    private static void RequireKey(string source, string externalId)
    {
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(externalId))
        {
            throw new ArgumentException("Every fact needs a source and an external id: they are what makes a re-import skip it.");
        }
    }

    private void ExpectOpen(FactKind kind)
    {
        if (_finished || _broken)
        {
            throw new InvalidOperationException("This import is finished or was rolled back after an error; begin a new one.");
        }

        if (kind != _record.Kind)
        {
            throw new InvalidOperationException($"This import takes {_record.Kind.ToString().ToLowerInvariant()}.");
        }
    }
}
