using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Sailplan.Data.Facts;
using SQLitePCL;

namespace Sailplan.Data.Ingest;

/// <summary>
/// Rows into a temporary staging table by each provider's fast path: PostgreSQL binary COPY, or on
/// SQLite one prepared INSERT reused for every row. Fields are written in the table's column order.
/// Memory stays flat: rows go to the database as they come.
/// </summary>
internal abstract class StagingSink : IAsyncDisposable
{
    public static async Task<StagingSink> OpenAsync(FactSql sql, string table, IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        if (sql.Connection is NpgsqlConnection postgres)
        {
            var importer = await postgres.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            return new PostgresSink(importer);
        }

        return SqliteSink.Prepare((SqliteConnection)sql.Connection, $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))})");
    }

    public abstract Task StartRowAsync(CancellationToken cancellationToken);

    public abstract void Add(string? value);

    public abstract void AddLong(long value);

    public abstract void Add(int? value);

    public abstract void Add(bool? value);

    public abstract void Add(DateOnly value);

    public abstract void AddInstant(DateTimeOffset value);

    /// <summary>Ends the last row and, on PostgreSQL, the COPY. Disposing without completing abandons the rows.</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    private sealed class PostgresSink(NpgsqlBinaryImporter importer) : StagingSink
    {
        public override Task StartRowAsync(CancellationToken cancellationToken) => importer.StartRowAsync(cancellationToken);

        // Synchronous writes: they only fill Npgsql's buffer, except now and then a flush.
        public override void Add(string? value) => Write(value, NpgsqlDbType.Text);

        public override void AddLong(long value) => importer.Write(value, NpgsqlDbType.Bigint);

        public override void Add(int? value) => Write(value, NpgsqlDbType.Integer);

        public override void Add(bool? value) => Write(value, NpgsqlDbType.Boolean);

        public override void Add(DateOnly value) => importer.Write(value, NpgsqlDbType.Date);

        public override void AddInstant(DateTimeOffset value) => importer.Write(value.ToUniversalTime(), NpgsqlDbType.TimestampTz);

        public override async Task CompleteAsync(CancellationToken cancellationToken) => await importer.CompleteAsync(cancellationToken);

        public override ValueTask DisposeAsync() => importer.DisposeAsync();

        private void Write<T>(T? value, NpgsqlDbType type)
        {
            if (value is null)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(value, type);
            }
        }
    }

    /// <summary>
    /// Binds and steps one prepared statement through SQLite's own API: ADO.NET's parameter objects, name
    /// lookups and boxing cost several times what SQLite spends storing the row. Values are bound as
    /// Microsoft.Data.Sqlite binds them (booleans as 0/1, dates as yyyy-MM-dd text, instants as text), and
    /// the statement runs inside the connection's open transaction.
    /// </summary>
    private sealed class SqliteSink : StagingSink
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private int _field = -1;

        private SqliteSink(sqlite3 db, sqlite3_stmt statement)
        {
            _db = db;
            _statement = statement;
        }

        public static SqliteSink Prepare(SqliteConnection connection, string sql)
        {
            var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
            Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
            return new SqliteSink(db, statement);
        }

        public override Task StartRowAsync(CancellationToken cancellationToken)
        {
            if (_field >= 0)
            {
                // SQLite does no I/O worth awaiting here: the rows go to a temporary table of this connection.
                Step();
            }

            _field = 1; // SQLite numbers parameters from 1
            return Task.CompletedTask;
        }

        public override void Add(string? value)
        {
            var field = _field++;
            Check(_db, value is null ? raw.sqlite3_bind_null(_statement, field) : raw.sqlite3_bind_text(_statement, field, value));
        }

        public override void AddLong(long value) => Check(_db, raw.sqlite3_bind_int64(_statement, _field++, value));

        public override void Add(int? value)
        {
            var field = _field++;
            Check(_db, value is { } number ? raw.sqlite3_bind_int64(_statement, field, number) : raw.sqlite3_bind_null(_statement, field));
        }

        public override void Add(bool? value)
        {
            var field = _field++;
            Check(_db, value is { } flag ? raw.sqlite3_bind_int64(_statement, field, flag ? 1 : 0) : raw.sqlite3_bind_null(_statement, field));
        }

        public override void Add(DateOnly value) => Add(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        public override void AddInstant(DateTimeOffset value) => Add(value.UtcDateTime.ToString(FactSql.SqliteInstantFormat, CultureInfo.InvariantCulture));

        public override Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_field >= 0)
            {
                Step();
                _field = -1;
            }

            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync()
        {
            _statement.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Step()
        {
            var result = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (result != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(result, _db);
            }
        }

        private static void Check(sqlite3 db, int result)
        {
            if (result != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(result, db);
            }
        }
    }
}
