using Sailplan.Core.Metrics;

namespace Sailplan.Core.Tests.Metrics;

public class KpiTargetTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly DateOnly April = new(2025, 4, 1);

    private static readonly KpiDefinition Csat =
        KpiDefinition.Create(Org, "csat", new KpiSpec("Customer satisfaction", "%", 0, 100, Direction.HigherIsBetter, "top-2-box share"));

    private static readonly KpiDefinition HandleTime =
        KpiDefinition.Create(Org, "aht", new KpiSpec("Average handle time", "seconds", 0, null, Direction.LowerIsBetter, "handle seconds / answered"));

    [Theory]
    [InlineData("85", TargetStatus.Green)]
    [InlineData("80", TargetStatus.Green)]
    [InlineData("79.99", TargetStatus.Amber)]
    [InlineData("70", TargetStatus.Amber)]
    [InlineData("69.99", TargetStatus.Red)]
    [InlineData("0", TargetStatus.Red)]
    public void Higher_is_better_is_green_from_the_target_up_and_red_below_the_threshold(string value, TargetStatus expected)
    {
        var target = KpiTarget.Create(Csat, null, PeriodKind.Quarter, April, 80, 70);

        Assert.Equal(expected, target.Evaluate(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Csat.Direction));
    }

    [Theory]
    [InlineData("250", TargetStatus.Green)]
    [InlineData("300", TargetStatus.Green)]
    [InlineData("300.01", TargetStatus.Amber)]
    [InlineData("360", TargetStatus.Amber)]
    [InlineData("360.01", TargetStatus.Red)]
    public void Lower_is_better_is_green_from_the_target_down_and_red_above_the_threshold(string value, TargetStatus expected)
    {
        var target = KpiTarget.Create(HandleTime, null, PeriodKind.Month, new DateOnly(2025, 2, 1), 300, 360);

        Assert.Equal(expected, target.Evaluate(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), HandleTime.Direction));
    }

    [Fact]
    public void A_threshold_equal_to_the_target_leaves_no_amber()
    {
        var target = KpiTarget.Create(Csat, null, PeriodKind.Year, new DateOnly(2025, 1, 1), 80, 80);

        Assert.Equal((TargetStatus.Green, TargetStatus.Red),
            (target.Evaluate(80m, Direction.HigherIsBetter), target.Evaluate(79.99m, Direction.HigherIsBetter)));
    }

    [Fact]
    public void A_red_threshold_above_the_target_of_a_higher_is_better_kpi_is_rejected()
    {
        var error = Assert.Throws<DomainException>(() => KpiTarget.Create(Csat, null, PeriodKind.Quarter, April, 80, 85));

        Assert.Equal("redThreshold", error.Field);
        Assert.Equal("Customer satisfaction is better when higher, so the red threshold must be at or below the target 80.", error.Message);
    }

    [Fact]
    public void A_red_threshold_below_the_target_of_a_lower_is_better_kpi_is_rejected()
    {
        var error = Assert.Throws<DomainException>(() => KpiTarget.Create(HandleTime, null, PeriodKind.Quarter, April, 300, 250));

        Assert.Equal("redThreshold", error.Field);
        Assert.Equal("Average handle time is better when lower, so the red threshold must be at or above the target 300.", error.Message);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 2025, 2, 1)]
    [InlineData(PeriodKind.Quarter, 2025, 4, 2)]
    [InlineData(PeriodKind.Month, 2025, 4, 15)]
    [InlineData(PeriodKind.Year, 2025, 4, 1)]
    public void A_period_start_that_does_not_start_the_period_is_rejected(PeriodKind kind, int year, int month, int day)
    {
        var error = Assert.Throws<DomainException>(() => KpiTarget.Create(Csat, null, kind, new DateOnly(year, month, day), 80, 70));

        Assert.Equal("periodStart", error.Field);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 1, "2025-03-31")]
    [InlineData(PeriodKind.Quarter, 10, "2025-12-31")]
    [InlineData(PeriodKind.Month, 2, "2025-02-28")]
    [InlineData(PeriodKind.Year, 1, "2025-12-31")]
    public void Period_starts_on_the_first_of_a_period_are_accepted_and_end_on_its_last_day(PeriodKind kind, int month, string end)
    {
        var target = KpiTarget.Create(Csat, null, kind, new DateOnly(2025, month, 1), 80, 70);

        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), target.PeriodEnd);
    }

    [Fact]
    public void A_target_off_the_kpi_scale_is_rejected()
    {
        var error = Assert.Throws<DomainException>(() => KpiTarget.Create(Csat, null, PeriodKind.Quarter, April, 101, 70));

        Assert.Equal("target", error.Field);
    }
}
