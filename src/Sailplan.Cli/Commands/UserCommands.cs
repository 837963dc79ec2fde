using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Core.Security;
using Sailplan.Data;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

/// <summary>Accounts from the command line: the way to the first sign-in on a new server.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var email = new Argument<string>("email") { Description = "The person's email, which is also their sign-in name." };
        var name = new Option<string?>("--name") { Description = "Their name as others see it (default: the email)." };
        var password = new Option<string>("--password") { Description = "Their initial password (12+ characters, upper and lower case, a digit).", Required = true };
        var role = new Option<Role?>("--role") { Description = "With --org: their role there (default Viewer)." };

        var add = new Command("add", "Create an account; with --org, also make it a member there. Signed in without an organisation, a person can create one and owns it.");
        add.Arguments.Add(email);
        add.Options.Add(name);
        add.Options.Add(password);
        add.Options.Add(role);
        add.SetAction((parse, _) => CliRun.WithServicesAsync(CliOptions.Location(parse), async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            var db = services.GetRequiredService<AppDb>();
            var address = parse.GetValue(email)!;
            var user = new User { UserName = address, Email = address, DisplayName = parse.GetValue(name) ?? address };
            var result = await users.CreateAsync(user, parse.GetValue(password)!);
            if (!result.Succeeded)
            {
                return CliRun.Fail(string.Join(" ", result.Errors.Select(e => e.Description)), CliRun.BadInput);
            }

            if (parse.GetValue(CliOptions.Org) is { } orgName)
            {
                var organization = await CliRun.FindOrganizationAsync(db, orgName);
                db.Memberships.Add(Membership.Create(organization.Id, user.Id, parse.GetValue(role) ?? Role.Viewer));
                await db.SaveChangesAsync();
                AnsiConsole.MarkupLineInterpolated($"[green]Created[/] {address}, {parse.GetValue(role) ?? Role.Viewer} in {organization.Name}.");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[green]Created[/] {address}. After signing in they can create an organisation, which they then own.");
            }

            return CliRun.Ok;
        }));

        var user = new Command("user", "Accounts.");
        user.Options.Add(CliOptions.Org);
        user.Subcommands.Add(add);
        return user;
    }
}
