namespace Sailplan.Core.Metrics;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

public enum TargetStatus
{
    Green,
    Amber,
    Red,
}

/// <summary>
/// A KPI's target for one period (a month, quarter or year) and optionally one unit. At or beyond
/// <see cref="Target"/> is green; between the target and <see cref="RedThreshold"/> amber; beyond
/// the red threshold red. "Beyond" follows the KPI's direction.
/// </summary>
public sealed class KpiTarget : Entity
{
    private KpiTarget(Guid organizationId) : base(organizationId) { }

    public Guid KpiId { get; private set; }
    public Guid? UnitId { get; private set; }
    public PeriodKind PeriodKind { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public decimal Target { get; private set; }
    public decimal RedThreshold { get; private set; }

    public DateOnly PeriodEnd => PeriodKind switch
    {
        PeriodKind.Month => PeriodStart.AddMonths(1).AddDays(-1),
        PeriodKind.Quarter => PeriodStart.AddMonths(3).AddDays(-1),
        _ => PeriodStart.AddYears(1).AddDays(-1),
    };

    public static KpiTarget Create(KpiDefinition kpi, Guid? unitId, PeriodKind periodKind, DateOnly periodStart, decimal target, decimal redThreshold)
    {
        var kpiTarget = new KpiTarget(kpi.OrganizationId) { KpiId = kpi.Id };
        kpiTarget.Update(kpi, unitId, periodKind, periodStart, target, redThreshold);
        return kpiTarget;
    }

    public void Update(KpiDefinition kpi, Guid? unitId, PeriodKind periodKind, DateOnly periodStart, decimal target, decimal redThreshold)
    {
        Require.Defined(periodKind, "periodKind");
        if (!StartsPeriod(periodKind, periodStart))
        {
            throw new DomainException("periodStart", $"{periodStart:yyyy-MM-dd} does not start a {periodKind.ToString().ToLowerInvariant()}.");
        }

        if (!kpi.OnScale(target))
        {
            throw new DomainException("target", $"{target} is off the {kpi.Name} scale ({kpi.ScaleMin}..{kpi.ScaleMax}).");
        }

        if (!kpi.OnScale(redThreshold))
        {
            throw new DomainException("redThreshold", $"{redThreshold} is off the {kpi.Name} scale ({kpi.ScaleMin}..{kpi.ScaleMax}).");
        }

        var worseOrEqual = kpi.Direction == Direction.HigherIsBetter ? redThreshold <= target : redThreshold >= target;
        if (!worseOrEqual)
        {
            var side = kpi.Direction == Direction.HigherIsBetter ? "at or below" : "at or above";
            throw new DomainException("redThreshold", $"{kpi.Name} is better when {(kpi.Direction == Direction.HigherIsBetter ? "higher" : "lower")}, so the red threshold must be {side} the target {target}.");
        }

        KpiId = kpi.Id;
        UnitId = unitId;
        PeriodKind = periodKind;
        PeriodStart = periodStart;
        Target = target;
        RedThreshold = redThreshold;
    }

    public TargetStatus Evaluate(decimal value, Direction direction)
    {
        var better = direction == Direction.HigherIsBetter ? 1 : -1;
        if ((value - Target) * better >= 0)
        {
            return TargetStatus.Green;
        }

        return (value - RedThreshold) * better >= 0 ? TargetStatus.Amber : TargetStatus.Red;
    }

    private static bool StartsPeriod(PeriodKind kind, DateOnly start) => start.Day == 1 && kind switch
    {
        PeriodKind.Month => true,
        PeriodKind.Quarter => (start.Month - 1) % 3 == 0,
        PeriodKind.Year => start.Month == 1,
        _ => false,
    };
}
