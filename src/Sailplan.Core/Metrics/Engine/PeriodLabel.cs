using System.Globalization;
using System.Text.RegularExpressions;

namespace Sailplan.Core.Metrics.Engine;

/// <summary>Labels of calendar periods: 2026-03-14 (day), 2026-W11 (ISO week), 2026-03 (month), 2026-Q1, 2026.</summary>
public static partial class PeriodLabel
{
    /// <summary>The label of the period of <paramref name="granularity"/> that holds <paramref name="day"/>.</summary>
    public static string Format(Granularity granularity, DateOnly day)
    {
        var inv = CultureInfo.InvariantCulture;
        var dateTime = day.ToDateTime(TimeOnly.MinValue);
        return granularity switch
        {
            Granularity.Day => day.ToString("yyyy-MM-dd", inv),
            // The ISO year, not the calendar year: 2027-01-01 is in 2026-W53.
            Granularity.Week => string.Create(inv, $"{ISOWeek.GetYear(dateTime):D4}-W{ISOWeek.GetWeekOfYear(dateTime):D2}"),
            Granularity.Month => day.ToString("yyyy-MM", inv),
            Granularity.Quarter => string.Create(inv, $"{day.Year:D4}-Q{((day.Month - 1) / 3) + 1}"),
            Granularity.Year => day.Year.ToString("D4", inv),
            _ => throw new DomainException("granularity", $"{granularity} is not a valid granularity."),
        };
    }

    /// <summary>Reads a label back into its whole calendar period (never partial). <paramref name="field"/> names the input in errors.</summary>
    public static CalendarPeriod Parse(string label, string field = "period")
    {
        ArgumentNullException.ThrowIfNull(label);
        var match = Pattern().Match(label.Trim());
        if (!match.Success)
        {
            throw Invalid(label, field, "use 2026-03-14, 2026-W11, 2026-03, 2026-Q1 or 2026");
        }

        var year = Number(match, "year");
        if (year < 1)
        {
            throw Invalid(label, field, "the year must be 0001 or later");
        }

        if (match.Groups["day"].Success)
        {
            if (!DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw Invalid(label, field, "no such date");
            }

            return Whole(Granularity.Day, day);
        }

        if (match.Groups["month"].Success)
        {
            var month = Number(match, "month");
            return month is >= 1 and <= 12
                ? Whole(Granularity.Month, new DateOnly(year, month, 1))
                : throw Invalid(label, field, "the month must be 01 to 12");
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = Number(match, "quarter");
            return quarter is >= 1 and <= 4
                ? Whole(Granularity.Quarter, new DateOnly(year, ((quarter - 1) * 3) + 1, 1))
                : throw Invalid(label, field, "the quarter must be Q1 to Q4");
        }

        if (match.Groups["week"].Success)
        {
            var week = Number(match, "week");
            var weeks = ISOWeek.GetWeeksInYear(year);
            if (week < 1 || week > weeks)
            {
                throw Invalid(label, field, $"ISO year {year:D4} has weeks W01 to W{weeks}");
            }

            return Whole(Granularity.Week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
        }

        return Whole(Granularity.Year, new DateOnly(year, 1, 1));
    }

    private static CalendarPeriod Whole(Granularity granularity, DateOnly day) =>
        new(granularity, Period.Containing(granularity, day), IsPartial: false);

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DomainException Invalid(string label, string field, string why) =>
        new(field, $"'{label}' is not a period label: {why}.");

    [GeneratedRegex("^(?<year>[0-9]{4})(?:-(?:(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?|[Qq](?<quarter>[0-9])|[Ww](?<week>[0-9]{2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
