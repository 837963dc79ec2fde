using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Facts;
using Sailplan.Core.Metrics;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Core.Organizations;
using Sailplan.Data;
using Sailplan.Data.Queries;

namespace Sailplan.Data.Queries.Scorecard;

/// <summary>
/// The scorecard's reads, shared by the API and the page: resolve the range, sum the rollup cells, run the KPI engine
/// and match each value with its target. Every KPI of the engine's catalogue is served, whether or not the
/// organisation has a KPI definition with that code (the definition only carries the targets).
/// </summary>
public sealed class ScorecardQuery
{
    /// <summary>How many periods a trend shows when no range is given, and how long a sparkline is.</summary>
    public const int TrendLength = 12;

    /// <summary>The most points one trend may have (three years by day), so one request cannot ask for a century of days.</summary>
    public const int MaxTrendPoints = 1100;

    private readonly AppDb _db;
    private readonly Guid _orgId;
    private readonly DateOnly _today;
    private readonly Dictionary<string, Guid> _kpiIds;
    private readonly List<KpiTarget> _targets;
    private readonly Dictionary<Guid, string> _unitNames;

    private ScorecardQuery(AppDb db, Guid orgId, DateOnly today, DateOnly? latestDataDay, KpiSettings settings,
        Dictionary<string, Guid> kpiIds, List<KpiTarget> targets, Dictionary<Guid, string> unitNames)
    {
        _db = db;
        _orgId = orgId;
        _today = today;
        LatestDataDay = latestDataDay;
        Settings = settings;
        _kpiIds = kpiIds;
        _targets = targets;
        _unitNames = unitNames;
    }

    /// <summary>The last local day with contacts; null when there are none.</summary>
    public DateOnly? LatestDataDay { get; }

    public KpiSettings Settings { get; }

    public static async Task<ScorecardQuery> LoadAsync(AppDb db, Guid orgId, TimeProvider time, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == orgId).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"There is no organisation {orgId}.");
        var kpiIds = await db.InOrganization<KpiDefinition>(orgId).AsNoTracking().ToDictionaryAsync(k => k.Code, k => k.Id, StringComparer.Ordinal, ct);
        var targets = await db.InOrganization<KpiTarget>(orgId).AsNoTracking().ToListAsync(ct);
        var units = await db.InOrganization<Unit>(orgId).AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var latest = await FactSlicesQuery.LatestContactDayAsync(db, orgId, ct);
        return new ScorecardQuery(db, orgId, Organization.DayIn(organization.TimeZone, time.GetUtcNow()), latest,
            organization.GetKpiSettings(), kpiIds, targets, units);
    }

    public static string NameOf(string code) => Catalogue(code).Spec.Name;

    /// <summary>Every KPI for the filter's range and slice.</summary>
    public async Task<ScorecardAnswer> KpisAsync(ScorecardFilter filter, CancellationToken ct)
    {
        var range = Range(filter);
        var totals = (await FactTotalsQuery.RunAsync(_db, Request(range, filter), ct))[default];
        var kpis = KpiEngine.Codes.Select(code => Tile(code, totals, range, filter.Unit)).ToList();
        return new ScorecardAnswer(range.From, range.To, Slice(filter.Unit), Slice(filter.Channel), Slice(filter.Queue),
            LatestDataDay, Settings.Confidence, kpis);
    }

    /// <summary>One KPI per period of <paramref name="by"/>; without a range, the last <see cref="TrendLength"/> periods up to the default range.</summary>
    public async Task<TrendAnswer> TrendAsync(string code, ScorecardFilter filter, string? by, CancellationToken ct) =>
        (await TrendsAsync([code], filter, by, ct))[0];

    /// <summary>The trends of several KPIs as <see cref="TrendAsync"/> gives one, from one read of the cells.</summary>
    public async Task<IReadOnlyList<TrendAnswer>> TrendsAsync(IReadOnlyList<string> codes, ScorecardFilter filter, string? by, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var specs = codes.Select(code => Catalogue(RequireCode(code)).Spec).ToList();
        var granularity = Require.OptionalEnum<Granularity>(by, "by") ?? Granularity.Month;
        var range = TrendRange(filter, granularity);
        var points = await TrendsAsync(codes, range, granularity, filter, ct);
        return [.. codes.Zip(specs, (code, spec) => new TrendAnswer(code, spec.Name, spec.Unit, granularity, range.From, range.To, points[code]))];
    }

    /// <summary>The trend of each of <paramref name="codes"/> over <paramref name="range"/>, from one query grouped by day or month.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>>> TrendsAsync(IReadOnlyList<string> codes, Period range,
        Granularity granularity, ScorecardFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(range);
        var count = range.Split(granularity).Count;
        if (count > MaxTrendPoints)
        {
            throw new DomainException("by", $"A trend by {granularity.ToString().ToLowerInvariant()} over {range} has {count} points; at most {MaxTrendPoints}: choose a coarser granularity or a shorter range.");
        }

        // Months, quarters and years fold from month groups: a few dozen rows instead of hundreds of days.
        var by = granularity is Granularity.Month or Granularity.Quarter or Granularity.Year ? FactPeriod.Month : FactPeriod.Day;
        var days = await FactTotalsQuery.RunAsync(_db, Request(range, filter) with { By = by }, ct);
        var periods = PeriodTotals.Fold(days.Select(d => (d.Key.Day!.Value, d.Value)), range, granularity);
        return codes.ToDictionary(code => code, code => (IReadOnlyList<TrendPoint>)[.. periods.Select(p => Point(code, p, filter.Unit))],
            StringComparer.Ordinal);
    }

    /// <summary>One KPI for each value of a slice (unit, channel or queue) within the filter.</summary>
    public async Task<BreakdownAnswer> BreakdownAsync(string code, ScorecardFilter filter, string? by, CancellationToken ct)
    {
        var spec = Catalogue(RequireCode(code)).Spec;
        var slice = SliceOf(by);
        var range = Range(filter);
        var groups = await FactTotalsQuery.RunAsync(_db, Request(range, filter) with { Slice = slice }, ct);
        var rows = groups
            .OrderBy(g => g.Key.Slice, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key.Slice, StringComparer.Ordinal)
            .Select(g =>
            {
                var value = KpiEngine.Compute(code, g.Value, range, LatestDataDay ?? range.To, Settings);
                var target = TargetFor(code, range, slice == FactSlice.Unit ? g.Key.Slice : filter.Unit);
                return new BreakdownRow(g.Key.Slice ?? "", Number(value.Estimate), Number(value.Lower), Number(value.Upper), value.N,
                    value.IsProvisional, target is null ? null : KpiEngine.Status(value, target)?.Status);
            })
            .ToList();
        return new BreakdownAnswer(code, spec.Name, spec.Unit, slice, range.From, range.To, rows);
    }

    /// <summary>
    /// The filter's range: a period label, or from/to (each a day or a label: from its start, to its end), or by default
    /// the last calendar month that has ended and holds data.
    /// </summary>
    public Period Range(ScorecardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var hasPeriod = !string.IsNullOrWhiteSpace(filter.Period);
        var hasFrom = !string.IsNullOrWhiteSpace(filter.From);
        var hasTo = !string.IsNullOrWhiteSpace(filter.To);
        if (hasPeriod && (hasFrom || hasTo))
        {
            throw new DomainException("period", "Give either a period or from and to, not both.");
        }

        if (hasPeriod)
        {
            return Period.Parse(filter.Period!, "period");
        }

        if (hasFrom != hasTo)
        {
            throw new DomainException(hasFrom ? "to" : "from", "Give both from and to (e.g. from=2026-03-01&to=2026-03-31), or a period.");
        }

        if (hasFrom)
        {
            var from = PeriodLabel.Parse(filter.From!, "from").Period.From;
            var to = PeriodLabel.Parse(filter.To!, "to").Period.To;
            return to < from ? throw new DomainException("to", $"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).") : new Period(from, to);
        }

        return DefaultRange();
    }

    /// <summary>The range of a trend: the filter's, or the last <see cref="TrendLength"/> periods ending with the default range.</summary>
    public Period TrendRange(ScorecardFilter filter, Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return string.IsNullOrWhiteSpace(filter.Period) && string.IsNullOrWhiteSpace(filter.From) && string.IsNullOrWhiteSpace(filter.To)
            ? LastPeriods(granularity, DefaultRange().To, TrendLength)
            : Range(filter);
    }

    /// <summary>The <paramref name="count"/> periods of <paramref name="granularity"/> that end with the one holding <paramref name="lastDay"/>.</summary>
    public static Period LastPeriods(Granularity granularity, DateOnly lastDay, int count)
    {
        var last = Period.Containing(granularity, lastDay);
        var first = last;
        for (var i = 1; i < count; i++)
        {
            first = Period.Containing(granularity, first.From.AddDays(-1));
        }

        return new Period(first.From, last.To);
    }

    private Period DefaultRange()
    {
        var day = LatestDataDay ?? _today;
        var month = Period.Containing(Granularity.Month, day);
        // A month still running (today in it) is not full yet: take the one before.
        return month.To < _today ? month : Period.Containing(Granularity.Month, month.From.AddDays(-1));
    }

    private KpiTile Tile(string code, FactTotals totals, Period range, string? unit)
    {
        var spec = Catalogue(code).Spec;
        var value = KpiEngine.Compute(code, totals, range, LatestDataDay ?? range.To, Settings);
        var target = TargetFor(code, range, unit);
        var status = target is null ? null : KpiEngine.Status(value, target);
        return new KpiTile(code, spec.Name, spec.Unit, spec.Direction, Number(value.Estimate), Number(value.Lower), Number(value.Upper),
            value.N, value.IsProvisional, value.Note,
            [.. value.Percentiles.Select(p => new PercentileView(p.Percentile, Number(p.Estimate), Number(p.Lower), Number(p.Upper)))],
            target is null ? null : View(target), status?.Status, status?.TargetInsideInterval);
    }

    private TrendPoint Point(string code, PeriodTotals period, string? unit)
    {
        var days = period.Period.Period;
        var value = KpiEngine.Compute(code, period.Totals, days, LatestDataDay ?? days.To, Settings);
        // A clipped period is still judged against the target of the whole calendar period.
        var target = TargetFor(code, Period.Containing(period.Period.Granularity, days.From), unit);
        return new TrendPoint(period.Period.Label, days.From, days.To, Number(value.Estimate), Number(value.Lower), Number(value.Upper),
            value.N, value.IsProvisional, period.Period.IsPartial, target?.Target, target?.RedThreshold);
    }

    /// <summary>
    /// The target whose period covers the whole range: the unit's (matched by unit name) when a unit is chosen and it
    /// has one, else the organisation-wide one; of several, the shortest period (a month before its quarter and year).
    /// </summary>
    public KpiTarget? TargetFor(string code, Period range, string? unit)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (!_kpiIds.TryGetValue(code, out var kpiId))
        {
            return null;
        }

        var covering = _targets.Where(t => t.KpiId == kpiId && t.PeriodStart <= range.From && t.PeriodEnd >= range.To).ToList();
        var forUnit = string.IsNullOrEmpty(unit)
            ? []
            : covering.Where(t => t.UnitId is { } id && _unitNames.TryGetValue(id, out var name) && string.Equals(name, unit, StringComparison.OrdinalIgnoreCase)).ToList();
        var chosen = forUnit.Count > 0 ? forUnit : covering.Where(t => t.UnitId is null).ToList();
        return chosen.OrderBy(t => t.PeriodEnd.DayNumber - t.PeriodStart.DayNumber).ThenBy(t => t.Id).FirstOrDefault();
    }

    private TargetView View(KpiTarget target) => new(
        PeriodLabel.Format(target.PeriodKind switch
        {
            PeriodKind.Month => Granularity.Month,
            PeriodKind.Quarter => Granularity.Quarter,
            _ => Granularity.Year,
        }, target.PeriodStart),
        target.UnitId is { } id ? _unitNames.GetValueOrDefault(id) : null,
        target.Target, target.RedThreshold);

    private FactTotalsRequest Request(Period range, ScorecardFilter filter) => new(_orgId, range.From, range.To)
    {
        Unit = Slice(filter.Unit),
        Channel = Slice(filter.Channel),
        Queue = Slice(filter.Queue),
    };

    // An empty query value ("unit=") means no filter, as an HTML form sends for "All".
    private static string? Slice(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static FactSlice SliceOf(string? by) => by?.Trim().ToLowerInvariant() switch
    {
        "unit" => FactSlice.Unit,
        "channel" => FactSlice.Channel,
        "queue" => FactSlice.Queue,
        null or "" => throw new DomainException("by", "Say what to break down by: unit, channel or queue."),
        _ => throw new DomainException("by", $"'{by}' is not one of: unit, channel, queue."),
    };

    private static string RequireCode(string code) =>
        KpiEngine.Codes.Contains(code, StringComparer.Ordinal)
            ? code
            : throw new DomainException("code", $"'{code}' is not a KPI the scorecard computes; known: {string.Join(", ", KpiEngine.Codes)}.");

    private static KpiCatalogue.Entry Catalogue(string code) =>
        KpiCatalogue.Standard.Single(e => string.Equals(e.Code, code, StringComparison.Ordinal));

    private static double? Number(double value) => double.IsFinite(value) ? value : null;
}
