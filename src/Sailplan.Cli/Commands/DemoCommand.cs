using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Data;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var withoutFacts = new Option<bool>("--without-facts") { Description = "Load only the strategy, not the two years of synthetic contacts and surveys (faster)." };
        var demo = new Command("demo", "Load the demo organisation (Northwind Energy) with two years of contacts and surveys. Safe to repeat: it is added once.");
        demo.Options.Add(withoutFacts);
        demo.SetAction((parse, ct) => CliRun.WithServicesAsync(CliOptions.Location(parse), async services =>
        {
            var db = services.GetRequiredService<AppDb>();
            var (organization, added) = await DemoLoader.LoadAsync(db, withFacts: !parse.GetValue(withoutFacts), ct);
            await DemoUsers.EnsureAsync(services.GetRequiredService<UserManager<User>>(), db, organization.Id);
            if (added)
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Loaded[/] the demo organisation [bold]{organization.Name}[/] ({organization.Id}).");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"The demo organisation [bold]{organization.Name}[/] is already there ({organization.Id}); nothing added.");
            }

            AnsiConsole.WriteLine(DemoUsers.Describe());
            return CliRun.Ok;
        }));
        return demo;
    }
}
