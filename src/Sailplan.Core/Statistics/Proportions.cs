namespace Sailplan.Core.Statistics;

/// <summary>Intervals for a single binomial proportion (CSAT top-2-box, FCR, service level, ...).</summary>
public static class Proportions
{
    /// <summary>
    /// Wilson score interval without continuity correction (Wilson 1927; method 3 in Newcombe 1998,
    /// "Two-sided confidence intervals for the single proportion", Stat Med 17:857–872).
    /// With p = x/n and z = Φ⁻¹(1 − α/2):
    /// centre = (p + z²/2n) / (1 + z²/n), half-width = z/(1 + z²/n) · √(p(1 − p)/n + z²/4n²).
    /// The estimate is the plain p. For n = 0 the estimate and the bounds are NaN.
    /// </summary>
    public static Interval Wilson(long successes, long n, double confidence = 0.95)
    {
        Guard.Count(successes, nameof(successes));
        Guard.Count(n, nameof(n));
        if (successes > n)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"successes ({successes}) cannot exceed n ({n}).");
        }

        Guard.Confidence(confidence, nameof(confidence));
        if (n == 0)
        {
            return Interval.Undefined(double.NaN, 0);
        }

        var z = Guard.Z(confidence);
        var z2 = z * z;
        var total = (double)n;
        var p = successes / total;
        var denominator = 1 + (z2 / total);
        var centre = (p + (z2 / (2 * total))) / denominator;
        var halfWidth = z / denominator * Math.Sqrt((p * (1 - p) / total) + (z2 / (4 * total * total)));

        // At x = 0 the lower bound is exactly 0 and at x = n the upper is exactly 1 (centre and half-width are equal
        // there); the subtraction would leave rounding dust, so those bounds are set, the others clamped to [0, 1].
        var lower = successes == 0 ? 0 : Math.Clamp(centre - halfWidth, 0, 1);
        var upper = successes == n ? 1 : Math.Clamp(centre + halfWidth, 0, 1);
        return new Interval(p, lower, upper, n);
    }
}
