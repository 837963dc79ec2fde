using Npgsql;
using Sailplan.Core.Organizations;
using Sailplan.Data;

namespace Sailplan.Bench;

/// <summary>
/// A fresh, migrated database holding one UTC organisation (UTC so its local days are DuckDB's UTC months):
/// a new SQLite file, or a new PostgreSQL database on the given server. Disposing deletes it.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private static readonly string[] SqliteSuffixes = ["", "-wal", "-shm"];
    private readonly string? _sqliteFile;
    private readonly string? _postgresServer;
    private readonly string? _postgresName;

    private BenchDatabase(DatabaseLocation location, string? sqliteFile, string? postgresServer, string? postgresName)
    {
        Location = location;
        _sqliteFile = sqliteFile;
        _postgresServer = postgresServer;
        _postgresName = postgresName;
    }

    public DatabaseLocation Location { get; }
    public Guid OrganizationId { get; private set; }

    public static async Task<BenchDatabase> CreateAsync(BenchProvider provider, string workDirectory, string postgresServer)
    {
        var stamp = $"{DateTimeOffset.UtcNow:yyyyMMddHHmmss}_{Environment.ProcessId}";
        BenchDatabase database;
        if (provider == BenchProvider.Sqlite)
        {
            var file = Path.Combine(workDirectory, $"bench_{stamp}.db");
            database = new BenchDatabase(DatabaseLocation.Parse(file), file, null, null);
        }
        else
        {
            var name = $"sailplan_bench_{stamp}";
            await using (var server = new NpgsqlConnection(postgresServer + ";Database=postgres"))
            {
                await server.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
                await create.ExecuteNonQueryAsync();
            }

            database = new BenchDatabase(DatabaseLocation.Parse($"{postgresServer};Database={name}"), null, postgresServer, name);
        }

        await using var db = Database.Open(database.Location, "bench");
        await db.MigrateAsync();
        var organization = Organization.Create("Bench", "UTC", "EUR");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        database.OrganizationId = organization.Id;
        return database;
    }

    public string Describe() => _sqliteFile is null ? $"PostgreSQL database {_postgresName}" : $"SQLite file {_sqliteFile}";

    /// <summary>Bytes on disk: the file (with its WAL) or pg_database_size.</summary>
    public async Task<long> SizeAsync()
    {
        if (_sqliteFile is not null)
        {
            return SqliteSuffixes.Select(s => new FileInfo(_sqliteFile + s)).Where(f => f.Exists).Sum(f => f.Length);
        }

        await using var server = new NpgsqlConnection(_postgresServer + ";Database=postgres");
        await server.OpenAsync();
        await using var size = new NpgsqlCommand($"SELECT pg_database_size('{_postgresName}')", server);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// On PostgreSQL, vacuums and analyses the whole database and returns how long that took (zero on SQLite). A bulk
    /// load triggers autovacuum on the new rows within a minute, and at 100M rows it runs for minutes; done here, it
    /// cannot share the two cores with the timed queries.
    /// </summary>
    public async Task<TimeSpan> VacuumAsync()
    {
        if (_sqliteFile is not null)
        {
            return TimeSpan.Zero;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using var database = new NpgsqlConnection(_postgresServer + $";Database={_postgresName}");
        await database.OpenAsync();
        await using var vacuum = new NpgsqlCommand("VACUUM (ANALYZE)", database) { CommandTimeout = 0 };
        await vacuum.ExecuteNonQueryAsync();
        return watch.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in SqliteSuffixes)
            {
                File.Delete(_sqliteFile + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(_postgresServer + ";Database=postgres");
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
