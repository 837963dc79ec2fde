using System.CommandLine;
using System.Globalization;
using Sailplan.Core.Ingest;
using Sailplan.Data;
using Sailplan.Data.Ingest;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

public static class ImportCommands
{
    /// <summary>How many problems the terminal shows; the rest are counted (and all are written with --problems).</summary>
    private const int ProblemsShown = 50;

    public static Command Create()
    {
        var import = new Command("import", "Import contacts or survey responses from a CSV or JSON Lines file.");
        import.Options.Add(CliOptions.Org);
        import.Subcommands.Add(ForKind("contacts", FactKind.Contacts));
        import.Subcommands.Add(ForKind("surveys", FactKind.Surveys));
        return import;
    }

    private static Command ForKind(string name, FactKind kind)
    {
        var file = new Argument<FileInfo>("file") { Description = "The export: .csv/.tsv/.txt (any delimiter and encoding) or .jsonl/.ndjson." };
        var profile = new Option<string?>("--profile")
        {
            Description = $"The mapping profile, by name: one the organisation saved, or a built-in one ({string.Join(", ", BuiltInProfiles.All.Where(p => p.Kind == kind).Select(p => p.Source))}). Default: {BuiltInProfiles.Default(kind).Name}.",
        };
        var keepGoodRows = new Option<bool>("--keep-good-rows") { Description = "Store the good rows of a file that has bad ones; by default such a file is refused whole." };
        var problems = new Option<FileInfo?>("--problems") { Description = "Write every rejected row's problems to this CSV file (line, field, column, value, reason)." };
        var command = new Command(name, $"Import {name}: all or nothing, and importing the same file again adds nothing.");
        command.Arguments.Add(file);
        command.Options.Add(profile);
        command.Options.Add(keepGoodRows);
        command.Options.Add(problems);
        command.SetAction((parse, ct) => ImportAsync(parse, kind, parse.GetValue(file)!, parse.GetValue(profile), parse.GetValue(keepGoodRows),
            parse.GetValue(problems), ct));
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FactKind kind, FileInfo file, string? profileName, bool keepGoodRows,
        FileInfo? problemsFile, CancellationToken ct)
    {
        if (!file.Exists)
        {
            return CliRun.Fail($"{file.FullName}: no such file.", CliRun.BadInput);
        }

        return await CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var organization = await CliRun.FindOrganizationAsync(db, parse.GetValue(CliOptions.Org));
            var profile = await ImportProfiles.ResolveAsync(db, organization.Id, kind, profileName, ct);
            var request = new ImportRequest(organization.Id, kind, file.Name, profile, CliRun.AuditActor) { KeepGoodRows = keepGoodRows };

            await using var stream = file.OpenRead();
            var outcome = await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Reading {file.Name}", maxValue: file.Length);
                    var report = new Progress<ImportProgress>(p =>
                    {
                        task.Value = Math.Min(stream.Position, file.Length);
                        task.Description = p.Step is { } step ? $"{Describe(step)}" : $"Read {p.RowsRead:N0} rows";
                    });
                    var result = await FileImport.RunAsync(db, request, stream, report, ct);
                    task.Value = file.Length;
                    return result;
                });

            ShowSummary(outcome, organization.Name, profile.Name);
            if (problemsFile is not null)
            {
                await WriteProblemsAsync(problemsFile, outcome, ct);
            }

            if (outcome.ProblemRows > 0)
            {
                foreach (var problem in outcome.Problems.Take(ProblemsShown))
                {
                    Console.Error.WriteLine($"{file.Name}:{problem.Line}: {problem.Field}{(problem.Column is null ? "" : $" (column '{problem.Column}')")}: {problem.Reason} [value: '{problem.Value}']");
                }

                if (outcome.Problems.Count > ProblemsShown)
                {
                    Console.Error.WriteLine($"... and {outcome.Problems.Count - ProblemsShown} more problem(s){(problemsFile is null ? "; write them all with --problems FILE" : "")}.");
                }
            }

            return outcome.Stored ? CliRun.Ok : CliRun.Fail(outcome.Record.Message ?? "Nothing was stored.", CliRun.BadInput);
        });
    }

    private static string Describe(ImportStep step) => step switch
    {
        ImportStep.SkippingKnownRows => "Skipping rows already stored",
        ImportStep.StoringFacts => "Storing facts",
        ImportStep.RepeatFlags => "Finding repeat contacts",
        ImportStep.Rollups => "Updating rollups",
        _ => "Done",
    };

    private static void ShowSummary(ImportOutcome outcome, string organization, string profile)
    {
        var record = outcome.Record;
        var table = new Table().AddColumns("Organisation", "Profile", "Rows read", "Added", "Already stored", "Rejected", "Status");
        table.AddRow(Markup.Escape(organization), Markup.Escape(profile), N(record.RowsRead), N(record.Added), N(record.Duplicates), N(record.Rejected),
            outcome.Stored ? "[green]stored[/]" : "[red]refused[/]");
        AnsiConsole.Write(table);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static async Task WriteProblemsAsync(FileInfo target, ImportOutcome outcome, CancellationToken ct)
    {
        await using var writer = new StreamWriter(target.FullName);
        await writer.WriteLineAsync("line,field,column,value,reason".AsMemory(), ct);
        foreach (var p in outcome.Problems)
        {
            var line = string.Join(',', p.Line.ToString(CultureInfo.InvariantCulture), Quote(p.Field), Quote(p.Column ?? ""), Quote(p.Value), Quote(p.Reason));
            await writer.WriteLineAsync(line.AsMemory(), ct);
        }
    }

    /// <summary>RFC 4180 quoting: every field quoted, quotes doubled.</summary>
    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
