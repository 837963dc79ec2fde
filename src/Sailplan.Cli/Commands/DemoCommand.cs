using System.CommandLine;
using Sailplan.Data;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "Load the demo organisation (Northwind Energy). Safe to repeat: it is added once.");
        demo.SetAction((parse, _) => CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var (organization, added) = await DemoLoader.LoadAsync(db);
            if (added)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Loaded[/] the demo organisation [bold]{organization.Name}[/] ({organization.Id}).");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"The demo organisation [bold]{organization.Name}[/] is already there ({organization.Id}); nothing added.");
            }

            return CliRun.Ok;
        }));
        return demo;
    }
}
