namespace Sailplan.Core.Facts;

/// <summary>
/// The histogram buckets rollups keep for handle and wait times, so medians and percentiles can be read
/// from summed cells instead of raw rows. Bucket i holds durations d with Edges[i] &lt;= d &lt; Edges[i + 1];
/// the last bucket is open (d &gt;= the last edge). Edges are fine where service-level thresholds sit
/// (every 5 s up to 30 s) and grow roughly geometrically after, so a percentile's error stays a small
/// share of its value. Changing the edges changes stored rollups: rebuild them after.
/// </summary>
public static class DurationBuckets
{
    public static readonly IReadOnlyList<int> Edges =
    [
        0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 90, 105, 120, 150, 180, 210, 240, 300, 360, 420, 480,
        600, 720, 900, 1080, 1200, 1500, 1800, 2400, 3000, 3600, 5400, 7200, 10800, 14400,
    ];

    public static int Count => Edges.Count;

    /// <summary>The bucket of a duration in whole seconds (negative durations are refused before this).</summary>
    public static int IndexOf(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        int low = 0, high = Edges.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (Edges[mid] <= seconds)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }
}
