using Sailplan.Core.Metrics.Engine;

namespace Sailplan.Core.Tests.Metrics.Engine;

/// <summary>Calendar facts below were checked with Python's datetime.date.isocalendar(), not with this code.</summary>
public class PeriodTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    // 2026-03-14 is a Saturday in ISO week 2026-W11 (Mon 9 to Sun 15 March).
    [InlineData(Granularity.Day, "2026-03-14", "2026-03-14", "2026-03-14", "2026-03-14")]
    [InlineData(Granularity.Week, "2026-03-14", "2026-03-09", "2026-03-15", "2026-W11")]
    [InlineData(Granularity.Month, "2026-03-14", "2026-03-01", "2026-03-31", "2026-03")]
    [InlineData(Granularity.Quarter, "2026-03-14", "2026-01-01", "2026-03-31", "2026-Q1")]
    [InlineData(Granularity.Year, "2026-03-14", "2026-01-01", "2026-12-31", "2026")]
    // 2027-01-01 (a Friday) lies in week 53 of ISO year 2026: Mon 2026-12-28 to Sun 2027-01-03.
    [InlineData(Granularity.Week, "2027-01-01", "2026-12-28", "2027-01-03", "2026-W53")]
    // 2024-12-30 (a Monday) starts ISO week 1 of 2025.
    [InlineData(Granularity.Week, "2024-12-30", "2024-12-30", "2025-01-05", "2025-W01")]
    // February of a leap year; the last quarter.
    [InlineData(Granularity.Month, "2024-02-10", "2024-02-01", "2024-02-29", "2024-02")]
    [InlineData(Granularity.Quarter, "2025-11-30", "2025-10-01", "2025-12-31", "2025-Q4")]
    [InlineData(Granularity.Quarter, "2025-05-01", "2025-04-01", "2025-06-30", "2025-Q2")]
    public void The_period_containing_a_day_and_its_label(Granularity granularity, string day, string from, string to, string label)
    {
        var period = Period.Containing(granularity, D(day));

        Assert.Equal(new Period(D(from), D(to)), period);
        Assert.Equal(label, PeriodLabel.Format(granularity, D(day)));
    }

    [Theory]
    [InlineData("2026-03-14", Granularity.Day, "2026-03-14", "2026-03-14")]
    [InlineData("2026-W11", Granularity.Week, "2026-03-09", "2026-03-15")]
    [InlineData("2026-w53", Granularity.Week, "2026-12-28", "2027-01-03")]
    [InlineData("2020-W53", Granularity.Week, "2020-12-28", "2021-01-03")]
    [InlineData("2025-W01", Granularity.Week, "2024-12-30", "2025-01-05")]
    [InlineData("2026-03", Granularity.Month, "2026-03-01", "2026-03-31")]
    [InlineData("2026-Q1", Granularity.Quarter, "2026-01-01", "2026-03-31")]
    [InlineData("2026-q4", Granularity.Quarter, "2026-10-01", "2026-12-31")]
    [InlineData("2026", Granularity.Year, "2026-01-01", "2026-12-31")]
    public void Labels_parse_to_their_whole_period(string label, Granularity granularity, string from, string to)
    {
        var parsed = PeriodLabel.Parse(label);

        Assert.Equal(granularity, parsed.Granularity);
        Assert.Equal(new Period(D(from), D(to)), parsed.Period);
        Assert.False(parsed.IsPartial);
        Assert.Equal(label.ToUpperInvariant(), parsed.Label);
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 ISO weeks
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("2025-02-29")] // not a leap year
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("0000")]
    [InlineData("2026-H1")]
    [InlineData("March 2026")]
    [InlineData("")]
    public void Bad_labels_are_refused_naming_the_field(string label)
    {
        var error = Assert.Throws<DomainException>(() => PeriodLabel.Parse(label, "from"));

        Assert.Equal("from", error.Field);
        Assert.Contains($"'{label}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-03-05..2026-03-20", "2026-03-05", "2026-03-20")]
    [InlineData("2026-W10..2026-W12", "2026-03-02", "2026-03-22")]
    [InlineData("2025-11..2026-Q1", "2025-11-01", "2026-03-31")]
    public void A_period_is_a_label_or_a_range_of_two(string text, string from, string to)
    {
        var period = Period.Parse(text);

        Assert.Equal(new Period(D(from), D(to)), period);
        Assert.Equal(period, Period.Parse(period.ToString()));
    }

    [Theory]
    [InlineData("2026-03-20..2026-03-05")]
    [InlineData("2026-03..2026-02")]
    [InlineData("2026-01..2026-02..2026-03")]
    [InlineData("2026-01..")]
    public void Bad_ranges_are_refused(string text)
    {
        Assert.Equal("period", Assert.Throws<DomainException>(() => Period.Parse(text)).Field);
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts()
    {
        Assert.Equal("to", Assert.Throws<DomainException>(() => new Period(D("2026-03-02"), D("2026-03-01"))).Field);
        Assert.Equal(1, new Period(D("2026-03-01"), D("2026-03-01")).Days);
    }

    [Fact]
    public void Splitting_into_weeks_across_a_year_end_clips_and_marks_the_edge_weeks()
    {
        // Sat 2025-12-20 .. Sat 2026-01-10: 2025-W51 is Mon 15..Sun 21 Dec, W52 22..28 Dec,
        // 2026-W01 Mon 29 Dec..Sun 4 Jan, W02 5..11 Jan.
        var weeks = new Period(D("2025-12-20"), D("2026-01-10")).Split(Granularity.Week);

        Assert.Equal(
            [
                ("2025-W51", "2025-12-20", "2025-12-21", true),
                ("2025-W52", "2025-12-22", "2025-12-28", false),
                ("2026-W01", "2025-12-29", "2026-01-04", false),
                ("2026-W02", "2026-01-05", "2026-01-10", true),
            ],
            weeks.Select(Row));
    }

    [Fact]
    public void Splitting_across_iso_week_53()
    {
        var weeks = new Period(D("2026-12-28"), D("2027-01-11")).Split(Granularity.Week);

        Assert.Equal(
            [
                ("2026-W53", "2026-12-28", "2027-01-03", false),
                ("2027-W01", "2027-01-04", "2027-01-10", false),
                ("2027-W02", "2027-01-11", "2027-01-11", true),
            ],
            weeks.Select(Row));
    }

    [Fact]
    public void Splitting_into_quarters_and_months_and_years()
    {
        var range = new Period(D("2025-11-15"), D("2026-08-01"));

        Assert.Equal(
            [
                ("2025-Q4", "2025-11-15", "2025-12-31", true),
                ("2026-Q1", "2026-01-01", "2026-03-31", false),
                ("2026-Q2", "2026-04-01", "2026-06-30", false),
                ("2026-Q3", "2026-07-01", "2026-08-01", true),
            ],
            range.Split(Granularity.Quarter).Select(Row));
        Assert.Equal(
            ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"],
            range.Split(Granularity.Month).Select(p => p.Label));
        Assert.Equal(
            [("2025", "2025-11-15", "2025-12-31", true), ("2026", "2026-01-01", "2026-08-01", true)],
            range.Split(Granularity.Year).Select(Row));
    }

    [Fact]
    public void A_range_inside_one_period_is_one_partial_period_and_an_exact_period_is_whole()
    {
        Assert.Equal([("2026-03", "2026-03-05", "2026-03-20", true)],
            new Period(D("2026-03-05"), D("2026-03-20")).Split(Granularity.Month).Select(Row));
        Assert.Equal([("2026-Q1", "2026-01-01", "2026-03-31", false)],
            PeriodLabel.Parse("2026-Q1").Period.Split(Granularity.Quarter).Select(Row));
        Assert.Equal(31, new Period(D("2026-03-01"), D("2026-03-31")).Split(Granularity.Day).Count);
    }

    private static (string, string, string, bool) Row(CalendarPeriod p) =>
        (p.Label, p.Period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.Period.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.IsPartial);
}
