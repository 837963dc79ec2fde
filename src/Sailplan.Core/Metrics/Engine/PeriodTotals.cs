using Sailplan.Core.Facts;

namespace Sailplan.Core.Metrics.Engine;

/// <summary>The summed facts of one calendar period.</summary>
public sealed record PeriodTotals(CalendarPeriod Period, FactTotals Totals)
{
    /// <summary>
    /// Sums daily totals into the periods of <paramref name="granularity"/> that cover <paramref name="range"/>
    /// (<see cref="Period.Split"/>): one entry per period, in order, with empty totals where no day had data, so a
    /// trend shows its gaps. A day may appear more than once (one entry per slice); the inputs are not changed.
    /// A day outside the range is the caller's mistake and throws.
    /// </summary>
    public static IReadOnlyList<PeriodTotals> Fold(IEnumerable<(DateOnly Day, FactTotals Totals)> days, Period range, Granularity granularity)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(range);
        var periods = range.Split(granularity).Select(p => new PeriodTotals(p, new FactTotals())).ToList();
        // Each period of a split has its own label, and a day's label names the period that holds it.
        var byLabel = periods.ToDictionary(p => p.Period.Label, StringComparer.Ordinal);

        foreach (var (day, totals) in days)
        {
            if (!range.Contains(day))
            {
                throw new ArgumentOutOfRangeException(nameof(days), day, $"{day:yyyy-MM-dd} lies outside {range}.");
            }

            byLabel[PeriodLabel.Format(granularity, day)].Totals.Add(totals);
        }

        return periods;
    }
}
