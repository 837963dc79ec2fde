using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sailplan.Data;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class DbCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create the database or bring its schema up to date.");
        migrate.SetAction((parse, ct) => MigrateAsync(CliOptions.Location(parse), ct));

        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }

    private static async Task<int> MigrateAsync(DatabaseLocation location, CancellationToken ct)
    {
        try
        {
            await using var db = Database.Open(location, CliRun.AuditActor);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await db.MigrateAsync(ct);
            AnsiConsole.MarkupLineInterpolated($"[green]{location.Describe()}[/] is up to date ({pending.Count} migration(s) applied).");
            return CliRun.Ok;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return CliRun.Fail($"{location.Describe()}: {e.GetBaseException().Message}", CliRun.Failed);
        }
    }
}
