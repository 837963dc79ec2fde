namespace Sailplan.Core.Statistics;

/// <summary>
/// A point estimate with a two-sided confidence interval, and the number of observations behind it.
/// Bounds are NaN where the interval is undefined (no data, or a mean from fewer than two values).
/// </summary>
public sealed record Interval(double Estimate, double Lower, double Upper, long N)
{
    public bool IsDefined => !double.IsNaN(Lower) && !double.IsNaN(Upper);

    internal static Interval Undefined(double estimate, long n) => new(estimate, double.NaN, double.NaN, n);
}
