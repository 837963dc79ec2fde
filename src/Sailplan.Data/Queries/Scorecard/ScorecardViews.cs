using Sailplan.Core.Metrics;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Data.Queries;

namespace Sailplan.Data.Queries.Scorecard;

// What the scorecard API answers and the page shows. Numbers that the engine leaves undefined (NaN) are null here,
// since JSON has no NaN.

/// <summary>
/// What the caller asks for, as the query string gives it: strings, so that a bad value is refused naming its field.
/// <see cref="Period"/> (a label such as 2026-03 or 2026-Q1, or two joined by "..") is the alternative to
/// <see cref="From"/>/<see cref="To"/>; slices are exact names from the facts.
/// </summary>
public sealed record ScorecardFilter(string? Period = null, string? From = null, string? To = null,
    string? Unit = null, string? Channel = null, string? Queue = null);

public sealed record TargetView(string Period, string? Unit, decimal Target, decimal RedThreshold);

public sealed record PercentileView(double Percentile, double? Estimate, double? Lower, double? Upper);

public sealed record KpiTile(
    string Code,
    string Name,
    string Unit,
    Direction Direction,
    double? Estimate,
    double? Lower,
    double? Upper,
    long N,
    bool Provisional,
    string? Note,
    IReadOnlyList<PercentileView> Percentiles,
    TargetView? Target,
    TargetStatus? Status,
    bool? TargetInsideInterval);

public sealed record ScorecardAnswer(
    DateOnly From,
    DateOnly To,
    string? Unit,
    string? Channel,
    string? Queue,
    DateOnly? LatestDataDay,
    double Confidence,
    IReadOnlyList<KpiTile> Kpis);

public sealed record TrendPoint(
    string Label,
    DateOnly From,
    DateOnly To,
    double? Value,
    double? Lower,
    double? Upper,
    long N,
    bool Provisional,
    bool Partial,
    decimal? Target,
    decimal? Red);

public sealed record TrendAnswer(string Code, string Name, string Unit, Granularity By, DateOnly From, DateOnly To, IReadOnlyList<TrendPoint> Points);

/// <summary>One slice value: <see cref="Slice"/> "" stands for "not given" in the facts.</summary>
public sealed record BreakdownRow(string Slice, double? Value, double? Lower, double? Upper, long N, bool Provisional, TargetStatus? Status);

public sealed record BreakdownAnswer(string Code, string Name, string Unit, FactSlice By, DateOnly From, DateOnly To, IReadOnlyList<BreakdownRow> Rows);
