using System.Globalization;
using Sailplan.Core.Facts;

namespace Sailplan.Data.Facts;

/// <summary>
/// The duration histograms of a contact cell, stored as columns of the cell's row (day and month cells alike):
/// one column per measure and <see cref="DurationBuckets"/> bucket, handle_b00 .. wait_abandoned_b35. A cell is
/// then one row to write and to read, where a table of bucket rows held up to a hundred rows per cell.
/// </summary>
internal static class HistogramColumns
{
    public const string Handle = "handle";
    public const string WaitAnswered = "wait_answered";
    public const string WaitAbandoned = "wait_abandoned";

    public static readonly string[] Measures = [Handle, WaitAnswered, WaitAbandoned];

    public static string Of(string measure, int bucket) => string.Create(CultureInfo.InvariantCulture, $"{measure}_b{bucket:00}");

    /// <summary>Every histogram column, measure by measure in <see cref="Measures"/> order, buckets in order.</summary>
    public static readonly string[] All = [.. Measures.SelectMany(m => Enumerable.Range(0, DurationBuckets.Count).Select(i => Of(m, i)))];

    /// <summary>The histograms of <paramref name="totals"/> in the order of <see cref="All"/>.</summary>
    public static IEnumerable<long[]> Arrays(ContactTotals totals) => [totals.HandleHistogram, totals.WaitAnsweredHistogram, totals.WaitAbandonedHistogram];
}
