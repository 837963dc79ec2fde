using System.CommandLine;
using Sailplan.Data.Rollups;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class RollupCommands
{
    public static Command Create()
    {
        var window = new Option<int?>("--repeat-window")
        {
            Description = "Days within which a customer's next contact makes a contact a repeat (default: the organisation's setting).",
        };
        var rebuild = new Command("rebuild", "Recompute the repeat flags and every rollup cell from the stored facts (after a definition changes).");
        rebuild.Options.Add(window);
        rebuild.SetAction((parse, ct) => CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var organization = await CliRun.FindOrganizationAsync(db, parse.GetValue(CliOptions.Org));
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Rebuilding rollups");
                    await RollupRebuild.RunAsync(db, organization.Id, parse.GetValue(window) ?? organization.RepeatWindowDays, new Progress<(long Done, long Total)>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = $"Rolled up {p.Done:N0} of {p.Total:N0} facts";
                    }), ct);
                    task.Value = task.MaxValue;
                });
            AnsiConsole.MarkupLineInterpolated($"[green]Rebuilt[/] the rollups of [bold]{organization.Name}[/].");
            return CliRun.Ok;
        }));

        var rollups = new Command("rollups", "The rollup cells every KPI is computed from.");
        rollups.Options.Add(CliOptions.Org);
        rollups.Subcommands.Add(rebuild);
        return rollups;
    }
}
