using Sailplan.Core.Facts;
using Sailplan.Core.Metrics.Engine;

namespace Sailplan.Core.Tests.Metrics.Engine;

public class PeriodTotalsTests
{
    private static readonly DateOnly Mar30 = new(2026, 3, 30);

    private static FactTotals Calls(int answered)
    {
        var totals = new FactTotals();
        for (var i = 0; i < answered; i++)
        {
            totals.Contacts.Add(Facts.Answered(wait: 10, handle: 100).Item1, repeated: false);
        }

        return totals;
    }

    [Fact]
    public void Days_fold_into_their_quarters_with_several_slices_per_day()
    {
        // Mon 2026-03-30 and Tue 03-31 are in Q1; Wed 04-01 (two slices: 3 + 4 calls) in Q2.
        var days = new[]
        {
            (Mar30, Calls(1)),
            (Mar30.AddDays(1), Calls(2)),
            (Mar30.AddDays(2), Calls(3)),
            (Mar30.AddDays(2), Calls(4)),
        };

        var quarters = PeriodTotals.Fold(days, new Period(Mar30, Mar30.AddDays(13)), Granularity.Quarter);

        Assert.Equal([("2026-Q1", true, 3L), ("2026-Q2", true, 7L)],
            quarters.Select(q => (q.Period.Label, q.Period.IsPartial, q.Totals.Contacts.Answered)));
        Assert.Equal(1, days[0].Item2.Contacts.Answered); // inputs are not changed
    }

    [Fact]
    public void A_week_without_data_is_kept_with_empty_totals()
    {
        // 2026-W14 is Mon 03-30..Sun 04-05, W15 04-06..04-12, W16 04-13..04-19.
        var days = new[] { (Mar30, Calls(2)), (new DateOnly(2026, 4, 19), Calls(5)) };

        var weeks = PeriodTotals.Fold(days, new Period(Mar30, new DateOnly(2026, 4, 19)), Granularity.Week);

        Assert.Equal([("2026-W14", 2L), ("2026-W15", 0L), ("2026-W16", 5L)],
            weeks.Select(w => (w.Period.Label, w.Totals.Contacts.Answered)));
    }

    [Fact]
    public void A_day_outside_the_range_is_refused()
    {
        var days = new[] { (Mar30.AddDays(-1), Calls(1)) };

        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodTotals.Fold(days, new Period(Mar30, Mar30), Granularity.Day));
    }
}
