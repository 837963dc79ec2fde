using MathNet.Numerics.Distributions;

namespace Sailplan.Core.Statistics;

/// <summary>Argument checks and critical values shared by the interval methods.</summary>
internal static class Guard
{
    public static void Count(long value, string paramName)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} is a count and cannot be negative.");
        }
    }

    public static void Confidence(double confidence, string paramName)
    {
        // Written so that NaN fails too.
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(paramName, confidence, $"{paramName} must be strictly between 0 and 1 (e.g. 0.95).");
        }
    }

    /// <summary>The two-sided standard normal critical value z = Φ⁻¹(1 − α/2), α = 1 − confidence.</summary>
    public static double Z(double confidence) => Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
}
