namespace Sailplan.Core.Metrics.Engine;

/// <summary>
/// A span of whole local days (the organisation's time zone), both ends included. Any range is a period;
/// <see cref="Containing"/> gives the calendar period of a granularity around a day.
/// </summary>
public sealed record Period
{
    public Period(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new DomainException("to", $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>The day, ISO week, month, quarter or year that holds <paramref name="day"/>.</summary>
    public static Period Containing(Granularity granularity, DateOnly day)
    {
        switch (granularity)
        {
            case Granularity.Day:
                return new(day, day);
            case Granularity.Week:
                // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return new(monday, monday.AddDays(6));
            case Granularity.Month:
                return Months(day.Year, day.Month, 1);
            case Granularity.Quarter:
                return Months(day.Year, (((day.Month - 1) / 3) * 3) + 1, 3);
            case Granularity.Year:
                return Months(day.Year, 1, 12);
            default:
                throw new DomainException("granularity", $"{granularity} is not a valid granularity.");
        }
    }

    /// <summary>
    /// The calendar periods of <paramref name="granularity"/> that cover this range, in order. The first and the
    /// last are clipped to the range, and marked partial, when the range cuts them.
    /// </summary>
    public IReadOnlyList<CalendarPeriod> Split(Granularity granularity)
    {
        var periods = new List<CalendarPeriod>();
        for (var day = From; ; )
        {
            var whole = Containing(granularity, day);
            var clipped = new Period(whole.From < From ? From : whole.From, whole.To > To ? To : whole.To);
            periods.Add(new CalendarPeriod(granularity, clipped, IsPartial: clipped != whole));
            if (whole.To >= To)
            {
                return periods;
            }

            day = whole.To.AddDays(1);
        }
    }

    /// <summary>
    /// A period label (2026-03-14, 2026-W11, 2026-03, 2026-Q1, 2026) or a range of two labels joined by "..",
    /// from the start of the first to the end of the second (2026-03-05..2026-03-20, 2026-W10..2026-W12).
    /// </summary>
    public static Period Parse(string text, string field = "period")
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split("..");
        if (parts.Length == 1)
        {
            return PeriodLabel.Parse(parts[0], field).Period;
        }

        if (parts.Length != 2)
        {
            throw new DomainException(field, $"'{text}' is not a period: give one label (2026-Q1) or two joined by '..' (2026-03-05..2026-03-20).");
        }

        var from = PeriodLabel.Parse(parts[0], field).Period.From;
        var to = PeriodLabel.Parse(parts[1], field).Period.To;
        return to < from
            ? throw new DomainException(field, $"'{text}' ends before it starts.")
            : new Period(from, to);
    }

    /// <summary>The range form that <see cref="Parse"/> reads back: 2026-03-05..2026-03-20.</summary>
    public override string ToString() =>
        $"{PeriodLabel.Format(Granularity.Day, From)}..{PeriodLabel.Format(Granularity.Day, To)}";

    private static Period Months(int year, int firstMonth, int months)
    {
        var lastMonth = firstMonth + months - 1;
        return new(new DateOnly(year, firstMonth, 1), new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth)));
    }
}

/// <summary>
/// One period of a granularity as a trend or scorecard shows it. <see cref="IsPartial"/>: the range it came from
/// cuts it, so <see cref="Period"/> holds only some of its days; its <see cref="Label"/> is still the whole one's.
/// </summary>
public sealed record CalendarPeriod(Granularity Granularity, Period Period, bool IsPartial)
{
    public string Label => PeriodLabel.Format(Granularity, Period.From);
}
