namespace Sailplan.Core.Statistics;

/// <summary>
/// A percentile read from a histogram, with the bounds the exact value is known to lie in:
/// <see cref="Lower"/> &lt;= exact &lt; <see cref="Upper"/> (the bucket that holds the rank; Upper is +∞ for an
/// open last bucket). <see cref="Percentile"/> is a fraction (0.5 = median). With no data all values are NaN.
/// </summary>
public sealed record PercentileEstimate(double Percentile, double Estimate, double Lower, double Upper, long N);

public static class HistogramPercentile
{
    /// <summary>
    /// The p-th percentile of the values counted in <paramref name="counts"/>, where bucket i holds values v with
    /// edges[i] &lt;= v &lt; edges[i + 1] and the last bucket is open (v &gt;= its edge).
    /// Rank convention (nearest rank): the percentile is the k-th smallest value, k = ⌈p·n⌉, that is the smallest
    /// value with at least a share p of the data at or below it (for even n the median is the lower middle value).
    /// The bucket holding rank k bounds it exactly. Inside that bucket the c values are taken as spread evenly, the
    /// j-th (j = k − values in earlier buckets) at the middle of its 1/c slice: estimate = lower edge + (j − ½)/c ×
    /// width. In the open last bucket the estimate is its lower edge (a floor: nothing is known above it).
    /// </summary>
    public static PercentileEstimate Estimate(IReadOnlyList<int> edges, IReadOnlyList<long> counts, double percentile)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != edges.Count || edges.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(counts), counts.Count, $"counts needs one count per edge ({edges.Count}).");
        }

        for (var i = 1; i < edges.Count; i++)
        {
            if (edges[i] <= edges[i - 1])
            {
                throw new ArgumentOutOfRangeException(nameof(edges), edges[i], "edges must rise strictly.");
            }
        }

        // Written so that NaN fails too.
        if (!(percentile > 0 && percentile <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(percentile), percentile, "percentile is a fraction above 0 and at most 1 (0.5 = median).");
        }

        long n = 0;
        foreach (var count in counts)
        {
            Guard.Count(count, nameof(counts));
            n = checked(n + count);
        }

        if (n == 0)
        {
            return new PercentileEstimate(percentile, double.NaN, double.NaN, double.NaN, 0);
        }

        // In decimal, so that 0.7 × 10 is 7 and not 7.000000000000001 (whose ceiling would be 8).
        var rank = (long)Math.Ceiling((decimal)percentile * n);
        long below = 0;
        var bucket = 0;
        while (below + counts[bucket] < rank)
        {
            below += counts[bucket];
            bucket++;
        }

        double lower = edges[bucket];
        if (bucket == edges.Count - 1)
        {
            return new PercentileEstimate(percentile, lower, lower, double.PositiveInfinity, n);
        }

        double upper = edges[bucket + 1];
        var estimate = lower + ((rank - below - 0.5) / counts[bucket] * (upper - lower));
        return new PercentileEstimate(percentile, estimate, lower, upper, n);
    }
}
