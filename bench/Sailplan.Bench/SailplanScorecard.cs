using Sailplan.Core.Facts;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Data;
using Sailplan.Data.Queries;

namespace Sailplan.Bench;

/// <summary>One month x team cell of Sailplan's scorecard: the summed totals and every KPI the engine computes.</summary>
/// <summary>The cells, and how long reading the rollups took (the rest is folding and the KPI engine).</summary>
internal sealed record SailplanAnswer(IReadOnlyList<SailplanCell> Cells, TimeSpan Reading);

internal sealed record SailplanCell(DateOnly Month, string Unit, ContactTotals Contacts, IReadOnlyList<KpiValue> Kpis)
{
    public KpiValue Kpi(string code) => Kpis.Single(k => string.Equals(k.Code, code, StringComparison.Ordinal));
}

/// <summary>
/// The Sailplan side of the scorecard benchmark, as the product computes it: sum the rollup cells by day and
/// unit, fold the days into months, run the KPI engine for each month x team. Reads only rollups, so its cost
/// follows the number of cells (days x units x channels x queues), not the number of contacts.
/// </summary>
internal static class SailplanScorecard
{
    public static Period Range { get; } = new(DateOnly.FromDateTime(BenchContacts.Start.UtcDateTime),
        DateOnly.FromDateTime(BenchContacts.Start.AddMonths(BenchContacts.Months).UtcDateTime).AddDays(-1));

    public static async Task<SailplanAnswer> RunAsync(AppDb db, Guid organizationId)
    {
        var reading = System.Diagnostics.Stopwatch.StartNew();
        var latest = await FactSlicesQuery.LatestContactDayAsync(db, organizationId) ?? Range.To;
        var groups = await FactTotalsQuery.RunAsync(db,
            new FactTotalsRequest(organizationId, Range.From, Range.To) { By = FactPeriod.Month, Slice = FactSlice.Unit });
        reading.Stop();
        var cells = new List<SailplanCell>(BenchContacts.Months * BenchContacts.Teams);
        foreach (var unit in groups.GroupBy(g => g.Key.Slice!, StringComparer.Ordinal))
        {
            var months = PeriodTotals.Fold(unit.Select(g => (g.Key.Day!.Value, g.Value)), Range, Granularity.Month);
            cells.AddRange(months.Select(m => new SailplanCell(m.Period.Period.From, unit.Key, m.Totals.Contacts,
                KpiEngine.ComputeAll(m.Totals, m.Period.Period, latest))));
        }

        return new SailplanAnswer(cells, reading.Elapsed);
    }
}
