using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Data.Queries.Scorecard;
using Spectre.Console;

namespace Sailplan.Cli.Commands;

/// <summary>`sailplan kpi`: the scorecard from the terminal, the same numbers as the scorecard page and API.</summary>
public static class KpiCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "First day (2026-01-01) or period (2026-01, 2026-Q1, 2026-W05, 2026); default: the last full month with data." };
        var to = new Option<string?>("--to") { Description = "Last day, or a period to its end; default: --from's period end." };
        var unit = new Option<string?>("--unit") { Description = "Only this unit/team (its name in the data)." };
        var channel = new Option<string?>("--channel") { Description = "Only this channel." };
        var queue = new Option<string?>("--queue") { Description = "Only this queue." };
        var by = new Option<string?>("--by") { Description = "One row per day, week, month, quarter or year instead of one for the whole range." };
        var json = new Option<bool>("--json") { Description = "Write JSON (for scripts) instead of a table." };
        var command = new Command("kpi", "Every KPI with its confidence interval, n and target status, for a range and slice.");
        foreach (var option in new Option[] { from, to, unit, channel, queue, by, json, CliOptions.Org })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => CliRun.WithDatabaseAsync(CliOptions.Location(parse), async db =>
        {
            var organization = await CliRun.FindOrganizationAsync(db, parse.GetValue(CliOptions.Org));
            var query = await ScorecardQuery.LoadAsync(db, organization.Id, TimeProvider.System, ct);
            var filter = new ScorecardFilter(null, parse.GetValue(from), parse.GetValue(to) ?? parse.GetValue(from),
                parse.GetValue(unit), parse.GetValue(channel), parse.GetValue(queue));
            if (parse.GetValue(by) is { } granularity)
            {
                var trends = await query.TrendsAsync(KpiEngine.Codes, filter, granularity, ct);
                Write(parse.GetValue(json), trends, () => TrendTable(trends));
            }
            else
            {
                var answer = await query.KpisAsync(filter, ct);
                Write(parse.GetValue(json), answer, () => KpiTable(answer));
            }

            return CliRun.Ok;
        }));
        return command;
    }

    private static void Write<T>(bool json, T answer, Func<Table> table)
    {
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(answer, Json));
        }
        else
        {
            AnsiConsole.Write(table());
        }
    }

    private static Table KpiTable(ScorecardAnswer answer)
    {
        var confidence = (answer.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture);
        var table = new Table().Title($"{answer.From:yyyy-MM-dd} to {answer.To:yyyy-MM-dd}")
            .AddColumns("KPI", "Value", $"{confidence} % CI", "n", "Target", "Status");
        foreach (var kpi in answer.Kpis)
        {
            table.AddRow(Markup.Escape(kpi.Name), Number(kpi.Estimate) + (kpi.Provisional ? " (provisional)" : ""),
                Range(kpi.Lower, kpi.Upper), kpi.N.ToString("N0", CultureInfo.InvariantCulture),
                kpi.Target is null ? "" : kpi.Target.Target.ToString(CultureInfo.InvariantCulture), kpi.Status?.ToString() ?? "");
        }

        return table;
    }

    private static Table TrendTable(IReadOnlyList<TrendAnswer> trends)
    {
        var table = new Table().AddColumn("Period");
        foreach (var trend in trends)
        {
            table.AddColumn(Markup.Escape(trend.Code));
        }

        for (var i = 0; i < trends[0].Points.Count; i++)
        {
            table.AddRow([trends[0].Points[i].Label, .. trends.Select(t => Number(t.Points[i].Value))]);
        }

        return table;
    }

    private static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-";

    private static string Range(double? lower, double? upper) => lower is null || upper is null ? "" : $"{Number(lower)} to {Number(upper)}";
}
