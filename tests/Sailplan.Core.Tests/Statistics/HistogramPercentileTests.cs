using Sailplan.Core.Facts;
using Sailplan.Core.Statistics;

namespace Sailplan.Core.Tests.Statistics;

public class HistogramPercentileTests
{
    private static long[] Histogram(IEnumerable<int> durations)
    {
        var counts = new long[DurationBuckets.Count];
        foreach (var d in durations)
        {
            counts[DurationBuckets.IndexOf(d)]++;
        }

        return counts;
    }

    /// <summary>The nearest-rank percentile by sorting the raw values: the k-th smallest, k = ⌈p·n⌉.</summary>
    private static int Exact(IEnumerable<int> durations, int percent)
    {
        var sorted = durations.Order().ToArray();
        var k = ((percent * sorted.Length) + 99) / 100; // integer ceiling of percent·n/100
        return sorted[k - 1];
    }

    [Fact]
    public void Median_and_p90_of_seven_handle_times_worked_by_hand()
    {
        // Sorted: 95, 150, 200, 275, 340, 420, 610.
        // Median: k = ⌈0.5·7⌉ = 4 -> 275, in bucket [240, 300); 3 values lie below 240 and 1 in the bucket,
        // so j = 1, c = 1: estimate = 240 + (1 − ½)/1 · 60 = 270.
        // p90: k = ⌈6.3⌉ = 7 -> 610, in [600, 720): estimate = 600 + ½ · 120 = 660.
        int[] handles = [200, 340, 150, 420, 610, 95, 275];

        var median = HistogramPercentile.Estimate(DurationBuckets.Edges, Histogram(handles), 0.5);
        var p90 = HistogramPercentile.Estimate(DurationBuckets.Edges, Histogram(handles), 0.9);

        Assert.Equal(new PercentileEstimate(0.5, 270, 240, 300, 7), median);
        Assert.Equal(new PercentileEstimate(0.9, 660, 600, 720, 7), p90);
    }

    [Fact]
    public void Within_a_bucket_the_values_are_spread_evenly()
    {
        // Edges 0, 10, 20; values 1, 3 | 12, 15 | 25 (open bucket).
        // Median: k = ⌈2.5⌉ = 3, the 1st of 2 in [10, 20): 10 + (1 − ½)/2 · 10 = 12.5 (exact 12).
        // p70:    k = ⌈3.5⌉ = 4, the 2nd of 2:              10 + (2 − ½)/2 · 10 = 17.5 (exact 15).
        // p100:   k = 5 -> 25, open bucket: estimate 20 (its floor), upper bound infinite.
        int[] edges = [0, 10, 20];
        long[] counts = [2, 2, 1];

        Assert.Equal(new PercentileEstimate(0.5, 12.5, 10, 20, 5), HistogramPercentile.Estimate(edges, counts, 0.5));
        Assert.Equal(new PercentileEstimate(0.7, 17.5, 10, 20, 5), HistogramPercentile.Estimate(edges, counts, 0.7));
        Assert.Equal(new PercentileEstimate(1, 20, 20, double.PositiveInfinity, 5), HistogramPercentile.Estimate(edges, counts, 1));
    }

    [Fact]
    public void The_rank_is_exact_where_binary_floating_point_is_not()
    {
        // Values 0..99, one per unit bucket. 0.07 · 100 is 7.000000000000001 in doubles (Python: 0.07*100), whose
        // ceiling is 8; the rank must be 7, the value 6, in bucket [6, 7).
        int[] edges = [.. Enumerable.Range(0, 101)];
        long[] counts = [.. Enumerable.Repeat(1L, 100), 0];

        var p7 = HistogramPercentile.Estimate(edges, counts, 0.07);

        Assert.Equal((6.0, 7.0), (p7.Lower, p7.Upper));
    }

    [Fact]
    public void The_bounds_hold_the_exact_percentile_of_a_known_sample()
    {
        // 2 000 waits from a fixed seed (skewed like real waits: many short, a long tail), sorted for the exact answer.
        var random = new Random(20260314);
        var waits = Enumerable.Range(0, 2000).Select(_ => (int)(-60 * Math.Log(1 - random.NextDouble()))).ToArray();
        var counts = Histogram(waits);

        foreach (var percent in new[] { 1, 10, 25, 50, 75, 90, 95, 99, 100 })
        {
            var estimate = HistogramPercentile.Estimate(DurationBuckets.Edges, counts, percent / 100.0);
            var exact = Exact(waits, percent);

            Assert.InRange(exact, estimate.Lower, estimate.Upper - 1); // whole seconds: Lower <= exact < Upper
            Assert.InRange(estimate.Estimate, estimate.Lower, estimate.Upper);
            Assert.Equal(2000, estimate.N);
        }
    }

    [Fact]
    public void A_value_beyond_the_last_edge_has_no_upper_bound()
    {
        var estimate = HistogramPercentile.Estimate(DurationBuckets.Edges, Histogram([20_000, 30_000]), 0.5);

        Assert.Equal(new PercentileEstimate(0.5, 14_400, 14_400, double.PositiveInfinity, 2), estimate);
    }

    [Fact]
    public void No_data_is_NaN_not_an_exception()
    {
        var estimate = HistogramPercentile.Estimate(DurationBuckets.Edges, new long[DurationBuckets.Count], 0.5);

        Assert.True(double.IsNaN(estimate.Estimate) && double.IsNaN(estimate.Lower) && double.IsNaN(estimate.Upper));
        Assert.Equal(0, estimate.N);
    }

    [Theory]
    [InlineData(0.0, "percentile")]
    [InlineData(1.01, "percentile")]
    [InlineData(double.NaN, "percentile")]
    public void Percentiles_outside_zero_to_one_are_refused(double percentile, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HistogramPercentile.Estimate([0, 10], [1, 1], percentile));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Malformed_histograms_are_refused()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentOutOfRangeException>(() => HistogramPercentile.Estimate([0, 10], [1], 0.5)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentOutOfRangeException>(() => HistogramPercentile.Estimate([0, 10], [1, -1], 0.5)).ParamName);
        Assert.Equal("edges", Assert.Throws<ArgumentOutOfRangeException>(() => HistogramPercentile.Estimate([0, 10, 10], [1, 1, 1], 0.5)).ParamName);
    }
}
