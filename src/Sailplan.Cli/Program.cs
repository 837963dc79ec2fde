using System.CommandLine;
using Sailplan.Cli;
using Sailplan.Cli.Commands;

var root = new RootCommand("Sailplan: customer service strategy, from mission to measured action.");
root.Options.Add(CliOptions.Db);
root.Subcommands.Add(DbCommands.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(OutlineCommands.Create());
root.Subcommands.Add(ImportCommands.Create());
root.Subcommands.Add(RollupCommands.Create());
root.Subcommands.Add(KpiCommand.Create());
root.Subcommands.Add(UserCommands.Create());
root.Subcommands.Add(AuditCommands.Create());

return await root.Parse(args).InvokeAsync();
