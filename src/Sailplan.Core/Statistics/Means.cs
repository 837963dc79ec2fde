using MathNet.Numerics.Distributions;

namespace Sailplan.Core.Statistics;

/// <summary>Intervals for a mean (CES, handle time, speed of answer, ...).</summary>
public static class Means
{
    /// <summary>2⁻⁵², the spacing of doubles at 1 (double.Epsilon is the smallest subnormal, not this).</summary>
    private const double MachineEpsilon = 2.220446049250313E-16;

    /// <summary>
    /// Mean with a Student t interval from the additive sufficient statistics (n, Σx, Σx²), so rollup cells can
    /// be summed and fed here without the raw values. x̄ = Σx/n, s² = (Σx² − (Σx)²/n)/(n − 1),
    /// interval = x̄ ± t(1 − α/2, n − 1)·s/√n.
    /// Σx² − (Σx)²/n at or below its rounding noise n·ε·Σx² (ε = 2⁻⁵²) counts as 0: for constant data the
    /// subtraction otherwise leaves a tiny (even negative) residue instead of zero spread.
    /// The subtraction loses precision when the mean is large against the spread (|x̄|/s ≳ 10⁶): centre such
    /// values (e.g. seconds within a period, not epoch seconds) before summing them.
    /// n = 0: estimate and bounds NaN. n = 1: estimate Σx, bounds NaN (no spread can be estimated).
    /// Never throws for n &lt; 2.
    /// </summary>
    public static Interval TInterval(long n, double sum, double sumOfSquares, double confidence = 0.95)
    {
        Guard.Count(n, nameof(n));
        if (!double.IsFinite(sum))
        {
            throw new ArgumentOutOfRangeException(nameof(sum), sum, "sum must be a finite number.");
        }

        if (!double.IsFinite(sumOfSquares) || sumOfSquares < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sumOfSquares), sumOfSquares, "sumOfSquares must be a finite number, at least 0.");
        }

        Guard.Confidence(confidence, nameof(confidence));

        if (n == 0)
        {
            return Interval.Undefined(double.NaN, 0);
        }

        var count = (double)n;
        var mean = sum / count;
        if (n < 2)
        {
            return Interval.Undefined(mean, n);
        }

        // Σx² and (Σx)²/n each carry rounding of about n·ε·Σx² (n additions); a difference below that is noise,
        // not spread, and may even be negative: treat it as zero spread.
        var sumOfSquaredDeviations = sumOfSquares - (sum * sum / count);
        if (sumOfSquaredDeviations <= count * MachineEpsilon * sumOfSquares)
        {
            sumOfSquaredDeviations = 0;
        }

        var variance = sumOfSquaredDeviations / (count - 1);
        var t = StudentT.InvCDF(0, 1, count - 1, 1 - ((1 - confidence) / 2));
        var margin = t * Math.Sqrt(variance / count);
        return new Interval(mean, mean - margin, mean + margin, n);
    }
}
