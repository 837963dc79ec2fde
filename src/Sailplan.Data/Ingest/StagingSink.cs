using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Sailplan.Data.Facts;

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

        var command = sql.Command($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))})");
        foreach (var column in columns)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + column;
            command.Parameters.Add(parameter);
        }

        await command.PrepareAsync(cancellationToken);
        return new SqliteSink((SqliteCommand)command);
    }

    public abstract Task StartRowAsync(CancellationToken cancellationToken);

    public abstract void Add(string? value);

    public abstract void AddOrdinal(long value);

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

        public override void AddOrdinal(long value) => importer.Write(value, NpgsqlDbType.Bigint);

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

    private sealed class SqliteSink(SqliteCommand command) : StagingSink
    {
        private int _field = -1;

        public override Task StartRowAsync(CancellationToken cancellationToken)
        {
            if (_field >= 0)
            {
                // SQLite does no I/O worth awaiting here: the rows go to a temporary table of this connection.
                command.ExecuteNonQuery();
            }

            _field = 0;
            return Task.CompletedTask;
        }

        public override void Add(string? value) => Set(value);

        public override void AddOrdinal(long value) => Set(value);

        public override void Add(int? value) => Set(value);

        public override void Add(bool? value) => Set(value);

        public override void Add(DateOnly value) => Set(value);

        public override void AddInstant(DateTimeOffset value) => Set(value.UtcDateTime.ToString(FactSql.SqliteInstantFormat, System.Globalization.CultureInfo.InvariantCulture));

        public override Task CompleteAsync(CancellationToken cancellationToken)
        {
            if (_field >= 0)
            {
                command.ExecuteNonQuery();
                _field = -1;
            }

            return Task.CompletedTask;
        }

        public override ValueTask DisposeAsync() => command.DisposeAsync();

        private void Set(object? value) => command.Parameters[_field++].Value = value ?? DBNull.Value;
    }
}
