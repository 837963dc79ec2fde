using Sailplan.Core.Statistics;

namespace Sailplan.Core.Tests.Statistics;

public class NetPromoterScoreTests
{
    /// <summary>
    /// Worked by hand from Rocks (2016), "Confidence intervals for Net Promoter Scores" (MeasuringU), adjusted Wald.
    /// P = 60, passives = 20, D = 20, n = 100; z = 1.959964 (normal table, 97.5th percentile).
    ///   z²        = 1.959964² = 3.841459;   z²/4 = 0.960365;   z²/2 = 1.920729
    ///   ñ         = 100 + 1.920729          = 101.920729
    ///   p̃         = (60 + 0.960365) / ñ     = 60.960365 / 101.920729 = 0.598115
    ///   d̃         = (20 + 0.960365) / ñ     = 20.960365 / 101.920729 = 0.205654
    ///   NPS̃       = 0.598115 − 0.205654     = 0.392462
    ///   variance  = (0.803769 − 0.392462²) / ñ = (0.803769 − 0.154026) / 101.920729
    ///             = 0.649743 / 101.920729   = 0.00637498
    ///   margin    = 1.959964 · √0.00637498  = 1.959964 · 0.0798435 = 0.156490
    ///   interval  = 0.392462 ∓ 0.156490     = [0.235972, 0.548952]  →  ×100 = [23.5972, 54.8952]
    ///   estimate  = 100 · (60 − 20) / 100   = 40 (plain NPS, not the adjusted 39.2462)
    /// </summary>
    [Fact]
    public void Adjusted_wald_matches_the_hand_worked_example()
    {
        var nps = NetPromoterScore.AdjustedWald(promoters: 60, passives: 20, detractors: 20);

        Assert.Equal(40, nps.Estimate, 12);
        Assert.Equal(23.5972, nps.Lower, 0.0001);  // 6 significant digits
        Assert.Equal(54.8952, nps.Upper, 0.0001);
        Assert.Equal(100, nps.N);
    }

    /// <summary>
    /// All 5 promoters, by hand as above: ñ = 6.920729, p̃ = 5.960365/6.920729 = 0.861234, d̃ = 0.138766,
    /// NPS̃ = 0.722467, variance = (1 − 0.521959)/6.920729 = 0.0690738, margin = 1.959964 · 0.262819 = 0.515116,
    /// so the raw upper bound is 1.237583: it is clipped to 1 (100), and the lower is 0.207351 (20.7351).
    /// </summary>
    [Fact]
    public void All_promoters_at_small_n_is_clipped_to_100()
    {
        var nps = NetPromoterScore.AdjustedWald(5, 0, 0);

        Assert.Equal(100, nps.Estimate);
        Assert.Equal(100, nps.Upper);
        Assert.Equal(20.7351, nps.Lower, 0.0001);

        var detractors = NetPromoterScore.AdjustedWald(0, 0, 5);
        Assert.Equal(-100, detractors.Lower);
        Assert.Equal(-20.7351, detractors.Upper, 0.0001);
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(0, 1, 0)]
    [InlineData(60, 20, 20)]
    [InlineData(3, 1, 1)]
    [InlineData(10, 0, 90)]
    [InlineData(499, 1, 0)]
    [InlineData(4000, 3500, 2500)]
    public void The_interval_lies_in_the_scale_and_contains_the_estimate(long promoters, long passives, long detractors)
    {
        var nps = NetPromoterScore.AdjustedWald(promoters, passives, detractors);

        Assert.InRange(nps.Lower, -100, 100);
        Assert.InRange(nps.Upper, -100, 100);
        Assert.InRange(nps.Estimate, nps.Lower, nps.Upper);
    }

    [Fact]
    public void No_answers_is_undefined_not_an_exception()
    {
        var nps = NetPromoterScore.AdjustedWald(0, 0, 0);

        Assert.True(double.IsNaN(nps.Estimate));
        Assert.False(nps.IsDefined);
    }

    [Theory]
    [InlineData(-1, 0, 0, 0.95, "promoters")]
    [InlineData(0, -1, 0, 0.95, "passives")]
    [InlineData(0, 0, -1, 0.95, "detractors")]
    [InlineData(1, 1, 1, 0.0, "confidence")]
    [InlineData(1, 1, 1, 1.5, "confidence")]
    public void Bad_arguments_are_rejected_naming_the_parameter(long promoters, long passives, long detractors, double confidence, string parameter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => NetPromoterScore.AdjustedWald(promoters, passives, detractors, confidence));
        Assert.Equal(parameter, ex.ParamName);
    }
}
