using Microsoft.Data.Sqlite;

namespace Sailplan.Cli.Tests;

public sealed class AuditCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sailplan-cli-audit-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_db);

    [Fact]
    public async Task Audit_verify_passes_on_the_demo_and_names_the_entry_someone_changed_in_the_file()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");

        var intact = await SailplanCli.RunAsync("--db", _db, "audit", "verify");

        Assert.Equal(0, intact.ExitCode);
        Assert.Matches(@"Northwind Energy: \d+ entries checked, OK\.", intact.Stdout);
        Assert.Equal($"cli:{Environment.UserName}", await ScalarAsync("SELECT actor FROM audit_entries WHERE sequence = 1"));

        await ExecuteAsync("UPDATE audit_entries SET \"after\" = replace(\"after\", 'Customer', 'Client') WHERE sequence = 2");
        var tampered = await SailplanCli.RunAsync("--db", _db, "audit", "verify", "--org", "Northwind Energy");

        Assert.Equal(3, tampered.ExitCode);
        Assert.Contains("entry 2 of Northwind Energy is broken: its content does not match its hash", tampered.Stderr);
    }

    [Fact]
    public async Task Audit_verify_reports_a_deleted_entry()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        await ExecuteAsync("DELETE FROM audit_entries WHERE sequence = 5");

        var result = await SailplanCli.RunAsync("--db", _db, "audit", "verify");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("entry 5 of Northwind Energy is broken: it is missing (the log goes from entry 4 to 6)", result.Stderr);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_db};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
