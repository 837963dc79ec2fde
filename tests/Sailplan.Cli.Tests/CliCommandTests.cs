namespace Sailplan.Cli.Tests;

public sealed class CliCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"sailplan-cli-{Guid.NewGuid():N}.db");
    private readonly string _outline = Path.Combine(Path.GetTempPath(), $"outline-{Guid.NewGuid():N}.md");

    public void Dispose()
    {
        File.Delete(_db);
        File.Delete(_outline);
    }

    [Fact]
    public async Task Demo_loads_once_and_the_outline_exports_the_demo_tree()
    {
        var first = await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        var second = await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        var export = await SailplanCli.RunAsync("--db", _db, "outline", "export");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Loaded", first.Stdout);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing added", second.Stdout);
        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("- Mission: ", export.Stdout);
        Assert.Equal(15, export.Stdout.Split('\n').Count(l => l.TrimStart().StartsWith("- Action: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_malformed_outline_is_refused_with_file_line_and_reason_and_nothing_is_saved()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        var before = await SailplanCli.RunAsync("--db", _db, "outline", "export");
        await File.WriteAllTextAsync(_outline, "- Goal: Quieter queues [Customer effort]\n  - Action: skips the strategy\n");

        var import = await SailplanCli.RunAsync("--db", _db, "outline", "import", _outline);
        var after = await SailplanCli.RunAsync("--db", _db, "outline", "export");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"{Path.GetFileName(_outline)}:2: An action cannot stand under a goal", import.Stderr);
        Assert.Contains("nothing was imported", import.Stderr);
        Assert.Equal(before.Stdout, after.Stdout);
    }

    [Fact]
    public async Task A_good_outline_adds_its_goal_under_the_existing_mission()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");
        await File.WriteAllTextAsync(_outline, "- Goal: Quieter queues [Customer effort]\n  - Strategy: Callback\n    - Offer callbacks at peak\n");

        var import = await SailplanCli.RunAsync("--db", _db, "outline", "import", _outline);
        var export = await SailplanCli.RunAsync("--db", _db, "outline", "export");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Imported 3 node(s)", import.Stdout);
        Assert.EndsWith("  - Goal: Quieter queues [Customer effort]\n    - Strategy: Callback\n      - Action: Offer callbacks at peak\n", export.Stdout);
    }

    [Fact]
    public async Task Failures_say_what_is_wrong_and_exit_non_zero()
    {
        var missingFile = await SailplanCli.RunAsync("--db", _db, "outline", "import", "/nonexistent/outline.md");
        var noOrganisation = await SailplanCli.RunAsync("--db", _db, "outline", "export");
        var badServer = await SailplanCli.RunAsync("--db", "Host=127.0.0.1;Port=1;Username=x;Password=secret;Database=x", "db", "migrate");
        var unknownCommand = await SailplanCli.RunAsync("frobnicate");

        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("no such file", missingFile.Stderr);
        Assert.Equal(2, noOrganisation.ExitCode);
        Assert.Contains("sailplan demo", noOrganisation.Stderr);
        Assert.Equal(1, badServer.ExitCode);
        Assert.Contains("PostgreSQL", badServer.Stderr);
        Assert.DoesNotContain("secret", badServer.Stderr);
        Assert.NotEqual(0, unknownCommand.ExitCode);
    }

    [Fact]
    public async Task Db_migrate_creates_the_sqlite_file()
    {
        var result = await SailplanCli.RunAsync("--db", _db, "db", "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_db));
        Assert.Contains("up to date", result.Stdout);
    }

    [Fact]
    public async Task User_add_creates_an_account_and_a_membership_and_refuses_a_weak_password()
    {
        await SailplanCli.RunAsync("--db", _db, "demo", "--without-facts");

        var added = await SailplanCli.RunAsync("--db", _db, "user", "add", "lead@example.com", "--name", "New Lead",
            "--password", "Strong-Password-1", "--org", "Northwind Energy", "--role", "Strategist");
        var again = await SailplanCli.RunAsync("--db", _db, "user", "add", "lead@example.com", "--password", "Strong-Password-1");
        var weak = await SailplanCli.RunAsync("--db", _db, "user", "add", "weak@example.com", "--password", "short");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Strategist in Northwind Energy", added.Stdout);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already taken", again.Stderr);
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Stderr);
    }
}
