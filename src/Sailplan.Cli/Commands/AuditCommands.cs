using System.CommandLine;
using Sailplan.Data.Audit;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class AuditCommands
{
    public static Command Create()
    {
        var verify = new Command("verify",
            $"Recompute the audit log's hash chain of every organisation (or the one named by --org) and name the first broken entry (exit code {CliRun.AuditChainBroken}).");
        verify.SetAction((parse, ct) => CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            Guid? organizationId = parse.GetValue(CliOptions.Org) is { } org ? (await CliRun.FindOrganizationAsync(db, org)).Id : null;
            var chains = await AuditLog.VerifyAsync(db, organizationId, ct);
            if (chains.Count == 0)
            {
                AnsiConsole.MarkupLine("The database holds no organisation yet; there is no audit log to verify.");
                return CliRun.Ok;
            }

            var exitCode = CliRun.Ok;
            foreach (var (_, name, result) in chains)
            {
                if (result.Ok)
                {
                    AnsiConsole.MarkupLineInterpolated($"{name}: {result.Checked} entries checked, [green]OK[/].");
                }
                else
                {
                    exitCode = CliRun.Fail($"entry {result.FirstBrokenSequence} of {name} is broken: {result.Reason}.", CliRun.AuditChainBroken);
                }
            }

            return exitCode;
        }));

        var audit = new Command("audit", "The tamper-evident log of every change.");
        audit.Options.Add(CliOptions.Org);
        audit.Subcommands.Add(verify);
        return audit;
    }
}
