using System.CommandLine;
using Sailplan.Data.Outline;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class OutlineCommands
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A text or Markdown file with the outline (indented lines or bullets)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the preview and any problems, and save nothing." };
        var import = new Command("import", "Preview an outline and add it to the strategy tree; a malformed outline is refused whole.");
        import.Arguments.Add(file);
        import.Options.Add(dryRun);
        import.SetAction((parse, ct) => ImportAsync(parse, parse.GetValue(file)!, parse.GetValue(dryRun), ct));

        var export = new Command("export", "Write the strategy tree as a Markdown outline to standard output.");
        export.SetAction((parse, ct) => CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var organization = await CliRun.FindOrganizationAsync(db, parse.GetValue(CliOptions.Org));
            Console.Out.Write(await OutlineImport.ExportAsync(db, organization.Id, ct));
            return CliRun.Ok;
        }));

        var outline = new Command("outline", "Import or export the strategy tree as an outline.");
        outline.Options.Add(CliOptions.Org);
        outline.Subcommands.Add(import);
        outline.Subcommands.Add(export);
        return outline;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo file, bool dryRun, CancellationToken ct)
    {
        if (!file.Exists)
        {
            return CliRun.Fail($"{file.FullName}: no such file.", CliRun.BadInput);
        }

        var text = await File.ReadAllTextAsync(file.FullName, ct);
        return await CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var organization = await CliRun.FindOrganizationAsync(db, parse.GetValue(CliOptions.Org));
            var plan = await OutlineImport.PlanAsync(db, organization.Id, text, ct);
            ShowPreview(plan);
            if (!plan.CanImport)
            {
                foreach (var problem in plan.Problems)
                {
                    CliRun.Fail($"{file.Name}:{problem.Line}: {problem.Reason}", CliRun.BadInput);
                }

                return CliRun.Fail(plan.Problems.Count > 0
                    ? $"{plan.Problems.Count} problem(s); nothing was imported."
                    : "The outline holds nothing to import.", CliRun.BadInput);
            }

            if (dryRun)
            {
                AnsiConsole.MarkupLineInterpolated($"Dry run: {plan.NewNodes.Count} node(s) would be added to [bold]{organization.Name}[/].");
                return CliRun.Ok;
            }

            var added = await OutlineImport.SaveAsync(db, plan, ct);
            AnsiConsole.MarkupLineInterpolated($"[green]Imported[/] {added} node(s) into [bold]{organization.Name}[/].");
            return CliRun.Ok;
        });
    }

    private static void ShowPreview(OutlineImportPlan plan)
    {
        var problemLines = plan.Problems.Select(p => p.Line).ToHashSet();
        var table = new Table().AddColumns("Line", "Kind", "Title");
        foreach (var line in plan.Preview.Lines)
        {
            var indent = new string(' ', line.Depth * 2);
            var kind = problemLines.Contains(line.Number) ? $"[red]{line.Kind}[/]" : line.Kind.ToString();
            table.AddRow(line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), kind, Markup.Escape(indent + line.Title));
        }

        AnsiConsole.Write(table);
    }
}
