using Sailplan.Core.Statistics;

namespace Sailplan.Core.Metrics.Engine;

/// <summary>
/// One KPI for one period and slice, in the KPI's display unit (<see cref="Unit"/>: points for NPS, % for shares,
/// seconds, score, currency). <see cref="Estimate"/> is NaN when the KPI is undefined (no data, no cost given) and
/// <see cref="Note"/> then says why; <see cref="Lower"/>/<see cref="Upper"/> are NaN when there is no interval
/// (undefined, a mean of one value, cost per contact). <see cref="N"/>: the observations in the denominator.
/// <see cref="IsProvisional"/>: the value can still change as later data arrives (repeat-based KPIs near the latest data day).
/// <see cref="Percentiles"/>: median and 90th percentile of the underlying durations for AHT and ASA, else empty.
/// </summary>
public sealed record KpiValue(
    string Code,
    string Unit,
    double Estimate,
    double Lower,
    double Upper,
    long N,
    bool IsProvisional,
    string? Note,
    IReadOnlyList<PercentileEstimate> Percentiles)
{
    public bool HasEstimate => !double.IsNaN(Estimate);

    public bool HasInterval => !double.IsNaN(Lower) && !double.IsNaN(Upper);
}

/// <summary>
/// A value's status against its target (<see cref="KpiTarget.Evaluate"/> on the estimate).
/// <see cref="TargetInsideInterval"/>: the interval contains the target, so the data cannot tell whether the true
/// value meets it (false when there is no interval).
/// </summary>
public sealed record KpiStatus(TargetStatus Status, bool TargetInsideInterval);
