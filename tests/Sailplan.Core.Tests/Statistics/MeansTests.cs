using Sailplan.Core.Statistics;

namespace Sailplan.Core.Tests.Statistics;

public class MeansTests
{
    /// <summary>
    /// Sample (n = 10): 12, 15, 9, 11, 14, 10, 13, 12, 16, 8.
    ///   Σx  = 120, so x̄ = 12
    ///   deviations 0, 3, −3, −1, 2, −2, 1, 0, 4, −4; squared 0, 9, 9, 1, 4, 4, 1, 0, 16, 16; Σ(x − x̄)² = 60
    ///   Σx² = n·x̄² + Σ(x − x̄)² = 10·144 + 60 = 1500
    ///   s²  = 60 / 9 = 6.666667;  s/√n = √(6.666667 / 10) = √0.666667 = 0.816497
    ///   t(0.975, 9) = 2.262157 (published Student t table value, not computed here)
    ///   margin = 2.262157 · 0.816497 = 1.847043
    ///   interval = 12 ∓ 1.847043 = [10.152957, 13.847043]
    /// </summary>
    [Fact]
    public void T_interval_matches_the_hand_worked_textbook_example()
    {
        var mean = Means.TInterval(n: 10, sum: 120, sumOfSquares: 1500);

        Assert.Equal(12, mean.Estimate, 12);
        Assert.Equal(10.152957, mean.Lower, 0.00001);
        Assert.Equal(13.847043, mean.Upper, 0.00001);
        Assert.Equal(10, mean.N);
    }

    [Fact]
    public void Sufficient_statistics_of_the_raw_sample_give_the_same_interval()
    {
        double[] sample = [12, 15, 9, 11, 14, 10, 13, 12, 16, 8];
        // Two rollup cells summed, as the KPI engine will feed it.
        var first = sample[..4];
        var second = sample[4..];

        var mean = Means.TInterval(
            first.Length + second.Length,
            first.Sum() + second.Sum(),
            first.Sum(x => x * x) + second.Sum(x => x * x));

        Assert.Equal(10.152957, mean.Lower, 0.00001);
        Assert.Equal(13.847043, mean.Upper, 0.00001);
    }

    [Fact]
    public void Constant_data_gives_a_zero_width_interval_not_NaN()
    {
        // 0.1 is not exact in binary: Σx² − (Σx)²/n leaves a ~1e-17 residue (or a negative one), which is rounding noise.
        const int n = 7;
        var sum = 0.0;
        var sumOfSquares = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 0.1;
            sumOfSquares += 0.1 * 0.1;
        }

        var mean = Means.TInterval(n, sum, sumOfSquares);

        Assert.True(mean.IsDefined);
        Assert.Equal(0.1, mean.Lower, 1e-9);
        Assert.Equal(0.1, mean.Upper, 1e-9);
    }

    /// <summary>
    /// A real but small spread far from zero is kept, not taken for rounding noise.
    /// Sample: 999.999 and 1000.001, five of each (n = 10): x̄ = 1000, Σ(x − x̄)² = 10 · 0.001² = 0.00001,
    /// s² = 0.00001 / 9, s/√n = √(0.00001 / 90) = 3.333333e-4, margin = 2.262157 · 3.333333e-4 = 7.540523e-4,
    /// interval = [999.9992459, 1000.0007541]. (Cancellation in Σx² ≈ 10⁷ costs about 1e-3 relative in the margin.)
    /// </summary>
    [Fact]
    public void A_small_spread_far_from_zero_is_kept()
    {
        double[] sample = [999.999, 1000.001, 999.999, 1000.001, 999.999, 1000.001, 999.999, 1000.001, 999.999, 1000.001];

        var mean = Means.TInterval(sample.Length, sample.Sum(), sample.Sum(x => x * x));

        Assert.Equal(999.9992459, mean.Lower, 0.000005);
        Assert.Equal(1000.0007541, mean.Upper, 0.000005);
    }

    [Fact]
    public void Fewer_than_two_values_give_NaN_bounds_not_an_exception()
    {
        var one = Means.TInterval(1, 4.5, 20.25);
        Assert.Equal(4.5, one.Estimate);
        Assert.True(double.IsNaN(one.Lower));
        Assert.True(double.IsNaN(one.Upper));

        var none = Means.TInterval(0, 0, 0);
        Assert.True(double.IsNaN(none.Estimate));
        Assert.False(none.IsDefined);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0.95, "n")]
    [InlineData(2, double.NaN, 0, 0.95, "sum")]
    [InlineData(2, 1, -1, 0.95, "sumOfSquares")]
    [InlineData(2, 1, 1, 0.0, "confidence")]
    [InlineData(2, 1, 1, 1.0, "confidence")]
    public void Bad_arguments_are_rejected_naming_the_parameter(long n, double sum, double sumOfSquares, double confidence, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Means.TInterval(n, sum, sumOfSquares, confidence));
        Assert.Equal(parameter, ex.ParamName);
    }
}
