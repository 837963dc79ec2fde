using Sailplan.Data.Queries.Scorecard;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Core;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Queries;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Scorecard;

/// <summary>
/// KPI tiles for a range and slice, the trend of one KPI against its target and interval, and its drill-down by
/// unit, channel and queue. Read-only: everything comes from <see cref="ScorecardQuery"/>, as the API's answers do.
/// </summary>
[RequirePermission(Permission.ReadStrategy)]
public sealed class ScorecardModel(AppDb db, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromQuery(Name = "period")]
    public string? Period { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "by")]
    public string? By { get; set; }

    [FromQuery(Name = "unit")]
    public string? Unit { get; set; }

    [FromQuery(Name = "channel")]
    public string? Channel { get; set; }

    [FromQuery(Name = "queue")]
    public string? Queue { get; set; }

    [FromQuery(Name = "kpi")]
    public string? Kpi { get; set; }

    public FactSlices Slices { get; private set; } = new([], [], []);

    public bool HasFacts => Slices.Units.Count + Slices.Channels.Count + Slices.Queues.Count > 0;

    public ScorecardAnswer? Answer { get; private set; }

    public Granularity Granularity { get; private set; } = Granularity.Month;

    /// <summary>The last <see cref="ScorecardQuery.TrendLength"/> periods of every KPI, ending with the range: sparklines and the chart.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Trends { get; private set; } = new Dictionary<string, IReadOnlyList<TrendPoint>>();

    public KpiTile? Selected { get; private set; }

    /// <summary>Set when ?kpi= names a KPI the scorecard does not compute.</summary>
    public string? UnknownKpi { get; private set; }

    public IReadOnlyList<BreakdownAnswer> Breakdowns { get; private set; } = [];

    public string Currency => HttpContext.CurrentOrganization()?.Currency ?? "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Slices = await FactSlicesQuery.ListAsync(db, OrgId, ct);
        if (!HasFacts)
        {
            return;
        }

        var query = await ScorecardQuery.LoadAsync(db, OrgId, time, ct);
        var filter = new ScorecardFilter(Period, From, To, Unit, Channel, Queue);
        try
        {
            Granularity = Require.OptionalEnum<Granularity>(By, "by") ?? Granularity.Month;
            Answer = await query.KpisAsync(filter, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(e.Field, e.Message);
            return;
        }

        var sparkRange = ScorecardQuery.LastPeriods(Granularity, Answer.To, ScorecardQuery.TrendLength);
        Trends = await query.TrendsAsync(KpiEngine.Codes, sparkRange, Granularity, filter, ct);
        Selected = Answer.Kpis.FirstOrDefault(k => string.Equals(k.Code, Kpi, StringComparison.Ordinal));
        if (Selected is null && !string.IsNullOrWhiteSpace(Kpi))
        {
            UnknownKpi = Kpi;
        }

        Selected ??= Answer.Kpis[0];
        Breakdowns =
        [
            await query.BreakdownAsync(Selected.Code, filter, "unit", ct),
            await query.BreakdownAsync(Selected.Code, filter, "channel", ct),
            await query.BreakdownAsync(Selected.Code, filter, "queue", ct),
        ];
    }

    /// <summary>The chart's data, in the shape wwwroot/js/trend-chart.js reads.</summary>
    public string ChartJson(KpiTile kpi) => JsonSerializer.Serialize(new
    {
        name = kpi.Name,
        unit = kpi.Unit == "currency" ? Currency : kpi.Unit,
        confidenceLabel = $"{(Answer!.Confidence * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} % confidence interval",
        points = Trends[kpi.Code].Select(p => new { label = p.Label, value = p.Value, lower = p.Lower, upper = p.Upper, target = p.Target, red = p.Red }),
    });

    /// <summary>The query values of this view with some changed (null removes one), for links that keep the rest of the filter.</summary>
    public Dictionary<string, string?> RouteWith(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["orgId"] = OrgId.ToString(),
            ["period"] = Period,
            ["from"] = From,
            ["to"] = To,
            ["by"] = By,
            ["unit"] = Unit,
            ["channel"] = Channel,
            ["queue"] = Queue,
            ["kpi"] = Kpi,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        return values.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value);
    }
}
