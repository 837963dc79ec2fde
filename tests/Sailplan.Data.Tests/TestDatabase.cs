using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Sailplan.Data;
using Sailplan.Data.Audit;

namespace Sailplan.Data.Tests;

/// <summary>
/// A fresh, migrated database on one provider, dropped afterwards. PostgreSQL tests use the
/// server named by SAILPLAN_TEST_POSTGRES (test.sh starts one); without it they fail rather than
/// skip, so a green run always means both providers were exercised.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SAILPLAN_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresAdmin;

    private TestDatabase(DatabaseLocation location, string? sqliteFile, string? postgresDatabase, string? postgresAdmin)
    {
        Location = location;
        _sqliteFile = sqliteFile;
        _postgresDatabase = postgresDatabase;
        _postgresAdmin = postgresAdmin;
    }

    public DatabaseLocation Location { get; }

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <param name="targetMigration">Migrate only up to this migration (its name), e.g. to test an upgrade of older rows.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string? targetMigration = null)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"sailplan-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(DatabaseLocation.Parse(file), file, null, null);
        }
        else
        {
            var admin = PostgresAdminConnectionString();
            var name = $"sailplan_test_{Guid.NewGuid():N}";
            await ExecuteAsync(admin, $"CREATE DATABASE {name}");
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(DatabaseLocation.Parse(builder.ConnectionString), null, name, admin);
        }

        await using var db = database.Open();
        if (targetMigration is null)
        {
            await db.MigrateAsync();
        }
        else
        {
            await db.GetService<IMigrator>().MigrateAsync(targetMigration);
        }

        return database;
    }

    public AppDb Open(string actor = FixedAuditActor.SystemName) => Database.Open(Location, actor);

    public static string PostgresAdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests through ./test.sh, which starts PostgreSQL and sets it.");

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }

        if (_postgresDatabase is not null && _postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync(_postgresAdmin, _postgresDatabase);
        }
    }

    /// <summary>
    /// FORCE ends our own connections but may not end a server process of another role that is
    /// visiting the database (42501, seen twice in a few dozen runs; most likely an autovacuum
    /// worker, which leaves within moments), so the drop is retried briefly.
    /// </summary>
    private static async Task DropAsync(string admin, string database)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
