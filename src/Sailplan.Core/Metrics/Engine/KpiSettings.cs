using Sailplan.Core.Facts;

namespace Sailplan.Core.Metrics.Engine;

/// <summary>What counts as "missed" for service level when a customer hangs up while waiting (docs/metrics.md).</summary>
public enum AbandonedTreatment
{
    /// <summary>
    /// Abandoned before the threshold are left out of the denominator (too quick to have been served); abandoned at or
    /// after it count as missed. The catalogue's definition.
    /// </summary>
    ExcludeShortAbandons,

    /// <summary>Every abandoned contact counts as missed: the denominator is every offered contact.</summary>
    CountAllAsMissed,

    /// <summary>Abandoned contacts are left out entirely: the share of answered contacts answered in time.</summary>
    IgnoreAbandoned,
}

/// <summary>
/// The organisation's choices for the KPI definitions that have any. Each value is checked when set and a bad one
/// throws a <see cref="DomainException"/> naming it.
/// </summary>
public sealed record KpiSettings
{
    public static KpiSettings Default { get; } = new();

    /// <summary>
    /// A contact is a repeat when the same customer contacts again within this many days. The rollups count
    /// repeats (<see cref="ContactTotals.Repeated"/>) with it, so a change needs a rollup rebuild; the engine uses it
    /// to mark the last days provisional.
    /// </summary>
    public int RepeatWindowDays
    {
        get;
        init => field = value is >= 1 and <= 90
            ? value
            : throw new DomainException("repeatWindowDays", $"The repeat window must be 1 to 90 days (it is {value}).");
    } = 7;

    /// <summary>The Y of "X % answered within Y seconds". It must be a histogram edge, since service level is read from the wait histograms.</summary>
    public int ServiceLevelSeconds
    {
        get;
        init => field = value > 0 && DurationBuckets.Edges.Contains(value)
            ? value
            : throw new DomainException("serviceLevelSeconds",
                $"The service-level threshold must be one of the wait-time bucket edges ({string.Join(", ", DurationBuckets.Edges.Skip(1).Take(12))}, ... s); {value} is not.");
    } = 20;

    public AbandonedTreatment AbandonedTreatment
    {
        get;
        init => field = Require.Defined(value, "abandonedTreatment");
    } = AbandonedTreatment.ExcludeShortAbandons;

    /// <summary>Two-sided confidence of every interval, strictly between 0 and 1.</summary>
    public double Confidence
    {
        get;
        init => field = value is > 0 and < 1
            ? value
            : throw new DomainException("confidence", $"The confidence must be strictly between 0 and 1, e.g. 0.95 (it is {value}).");
    } = 0.95;
}
