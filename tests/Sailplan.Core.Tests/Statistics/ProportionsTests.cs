using Sailplan.Core.Statistics;

namespace Sailplan.Core.Tests.Statistics;

public class ProportionsTests
{
    // Half a unit in the 4th decimal: the published values are rounded to 4 decimals.
    private const double FourDecimals = 0.00005;

    /// <summary>
    /// Expected bounds are copied from Newcombe RG (1998), "Two-sided confidence intervals for the single
    /// proportion: comparison of seven methods", Statistics in Medicine 17:857–872, its table of worked examples, method 3
    /// (Wilson score interval without continuity correction), 95 %. They are not produced by this code.
    /// </summary>
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_matches_Newcombe_1998_method_3(long successes, long n, double lower, double upper)
    {
        var interval = Proportions.Wilson(successes, n);

        Assert.Equal((double)successes / n, interval.Estimate, 12);
        Assert.Equal(lower, interval.Lower, FourDecimals);
        Assert.Equal(upper, interval.Upper, FourDecimals);
        Assert.Equal(n, interval.N);
    }

    [Fact]
    public void Wilson_bounds_stay_in_zero_to_one_at_the_extremes()
    {
        var none = Proportions.Wilson(0, 20);
        var all = Proportions.Wilson(20, 20);

        Assert.Equal(0, none.Lower);
        Assert.Equal(1, all.Upper);
        Assert.InRange(all.Lower, 0, 1);
    }

    [Fact]
    public void Wilson_is_wider_at_higher_confidence()
    {
        var at90 = Proportions.Wilson(81, 263, 0.90);
        var at99 = Proportions.Wilson(81, 263, 0.99);

        Assert.True(at99.Lower < at90.Lower && at99.Upper > at90.Upper);
    }

    [Fact]
    public void Wilson_with_no_observations_is_undefined_not_an_exception()
    {
        var interval = Proportions.Wilson(0, 0);

        Assert.True(double.IsNaN(interval.Estimate));
        Assert.False(interval.IsDefined);
    }

    [Theory]
    [InlineData(-1, 10, 0.95, "successes")]
    [InlineData(1, -1, 0.95, "n")]
    [InlineData(11, 10, 0.95, "successes")]
    [InlineData(1, 10, 0.0, "confidence")]
    [InlineData(1, 10, 1.0, "confidence")]
    [InlineData(1, 10, double.NaN, "confidence")]
    public void Wilson_rejects_bad_arguments_naming_the_parameter(long successes, long n, double confidence, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Proportions.Wilson(successes, n, confidence));
        Assert.Equal(parameter, ex.ParamName);
    }
}
