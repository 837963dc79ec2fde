using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Sailplan.Data.Facts;

/// <summary>
/// Plain SQL over the context's connection (and its transaction, if one is open), and the few places
/// where SQLite and PostgreSQL differ: how a Guid, an instant and a temporary column are written, and
/// how "within N days" is compared. Everything else is the same SQL on both providers.
/// </summary>
internal sealed class FactSql(DbConnection connection, DbTransaction? transaction)
{
    /// <summary>
    /// SQLite stores instants as UTC text with a fixed millisecond precision, so that text order is time
    /// order and <c>strftime</c> can add days exactly. EF Core reads this format back.
    /// </summary>
    public const string SqliteInstantFormat = "yyyy-MM-dd HH:mm:ss.fff'+00:00'";

    private readonly Dictionary<string, object?> _shared = new(StringComparer.Ordinal);

    public bool IsPostgres { get; } = connection is NpgsqlConnection;

    public DbConnection Connection => connection;

    public static FactSql For(AppDb db) => new(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction());

    /// <summary>A parameter every later statement that names it receives (organisation, import, repeat window).</summary>
    public void Share(string name, object? value) => _shared[name] = value;

    public object Id(Guid id) => IsPostgres ? id : id.ToString().ToUpperInvariant();

    public object Instant(DateTimeOffset at) => IsPostgres
        ? at.ToUniversalTime()
        : at.UtcDateTime.ToString(SqliteInstantFormat, CultureInfo.InvariantCulture);

    /// <summary>The column type of a temporary table: PostgreSQL's, or none on SQLite (no affinity: values stay as bound).</summary>
    public string Type(string postgresType) => IsPostgres ? postgresType : "";

    /// <summary>Text compared by bytes, like the key columns of the fact and cell tables (see <see cref="FactModel"/>).</summary>
    public string KeyText => IsPostgres ? "text COLLATE \"C\"" : "";

    /// <summary>
    /// <paramref name="later"/> is at most @repeat_days x 24 hours after <paramref name="earlier"/>. PostgreSQL
    /// adds hours, not days, so the session's time zone and its daylight-saving shifts play no part.
    /// </summary>
    public string WithinRepeatWindow(string later, string earlier) => IsPostgres
        ? $"{later} <= {earlier} + make_interval(hours => 24 * @repeat_days)"
        : $"{later} <= strftime('%Y-%m-%d %H:%M:%f', {earlier}, '+' || @repeat_days || ' days') || '+00:00'";

    /// <summary>
    /// On PostgreSQL, waits for any other import or rebuild of the organisation to finish, and holds it off
    /// until this transaction ends: repeat flags read a customer's other contacts, which a concurrent import
    /// could be changing (SQLite has a single writer anyway). Also gives this transaction room to sort.
    /// </summary>
    public async Task BeginBulkWriteAsync(Guid organizationId, CancellationToken cancellationToken)
    {
        if (IsPostgres)
        {
            Span<byte> bytes = stackalloc byte[16];
            organizationId.TryWriteBytes(bytes);
            var key = BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
            await ExecuteAsync("SELECT pg_advisory_xact_lock(@lock)", cancellationToken, ("lock", key));
            // Sorting and grouping a million rows in the default 4 MB spills to disk again and again.
            await ExecuteAsync("SET LOCAL work_mem = '256MB'", cancellationToken);
            // And building the indexes of a large import again (IndexRebuild) sorts in maintenance_work_mem.
            await ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        }
    }

    /// <summary>
    /// On SQLite, lets this connection cache up to 256 MB of pages of the database and of its temporary tables
    /// (the default is 2 MB each): a bulk load touches index pages all over the file, and with the default
    /// cache it reads and writes most of them again and again. Returns what to hand to
    /// <see cref="RestoreCachesAsync"/> before the (pooled) connection goes back, or null on PostgreSQL.
    /// </summary>
    public async Task<(long Main, long Temp)?> EnlargeCachesAsync(CancellationToken cancellationToken)
    {
        if (IsPostgres)
        {
            return null;
        }

        var previous = (await ScalarAsync("PRAGMA main.cache_size", cancellationToken), await ScalarAsync("PRAGMA temp.cache_size", cancellationToken));
        await ExecuteAsync("PRAGMA main.cache_size = -262144", cancellationToken);
        await ExecuteAsync("PRAGMA temp.cache_size = -262144", cancellationToken);
        return previous;
    }

    public async Task RestoreCachesAsync((long Main, long Temp)? previous, CancellationToken cancellationToken)
    {
        if (previous is var (main, temp))
        {
            await ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA main.cache_size = {main}"), cancellationToken);
            await ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA temp.cache_size = {temp}"), cancellationToken);
        }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // SQL is built from constant fragments; every value travels as a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = transaction;
        command.CommandTimeout = 0; // a large import or rebuild may take minutes; it is one transaction either way
        foreach (var (name, value) in _shared.Select(p => (p.Key, p.Value)).Where(p => !parameters.Any(q => q.Name == p.Key)).Concat(parameters))
        {
            if (sql.Contains("@" + name, StringComparison.Ordinal))
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@" + name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken) is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }
}
