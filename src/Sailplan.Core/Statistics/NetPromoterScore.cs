namespace Sailplan.Core.Statistics;

/// <summary>Net Promoter Score with its confidence interval, on the −100..100 scale.</summary>
public static class NetPromoterScore
{
    /// <summary>
    /// The plain NPS 100·(P − D)/n with the adjusted-Wald interval of Rocks (2016), "Confidence intervals
    /// for Net Promoter Scores" (MeasuringU). With n = P + passives + D, z = Φ⁻¹(1 − α/2) and ñ = n + z²/2:
    /// p̃ = (P + z²/4)/ñ, d̃ = (D + z²/4)/ñ, NPS̃ = p̃ − d̃, var = (p̃ + d̃ − (p̃ − d̃)²)/ñ,
    /// interval = NPS̃ ± z·√var clipped to [−1, 1], then ×100.
    /// The reported estimate is the plain (unadjusted) NPS; only the interval is adjusted.
    /// For n = 0 the estimate and the bounds are NaN.
    /// </summary>
    public static Interval AdjustedWald(long promoters, long passives, long detractors, double confidence = 0.95)
    {
        Guard.Count(promoters, nameof(promoters));
        Guard.Count(passives, nameof(passives));
        Guard.Count(detractors, nameof(detractors));
        Guard.Confidence(confidence, nameof(confidence));

        var n = checked(promoters + passives + detractors);
        if (n == 0)
        {
            return Interval.Undefined(double.NaN, 0);
        }

        var estimate = 100.0 * (promoters - detractors) / n;

        var z = Guard.Z(confidence);
        var z2 = z * z;
        var adjustedN = n + (z2 / 2);
        var pAdj = (promoters + (z2 / 4)) / adjustedN;
        var dAdj = (detractors + (z2 / 4)) / adjustedN;
        var npsAdj = pAdj - dAdj;
        var variance = (pAdj + dAdj - (npsAdj * npsAdj)) / adjustedN;
        var margin = z * Math.Sqrt(variance);

        var lower = Math.Clamp(npsAdj - margin, -1, 1);
        var upper = Math.Clamp(npsAdj + margin, -1, 1);
        return new Interval(estimate, 100 * lower, 100 * upper, n);
    }
}
