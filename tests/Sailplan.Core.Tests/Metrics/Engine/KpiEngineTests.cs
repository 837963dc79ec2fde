using Sailplan.Core.Facts;
using Sailplan.Core.Metrics;
using Sailplan.Core.Metrics.Engine;
using static Sailplan.Core.Tests.Metrics.Engine.Facts;

namespace Sailplan.Core.Tests.Metrics.Engine;

/// <summary>
/// Expected values are worked out by hand from the contacts and answers listed here. Interval bounds were computed
/// in Python 3 (stdlib only: statistics.NormalDist for z = 1.959964) from the formulas in docs/metrics.md, and t
/// critical values taken from a published Student t table; none is this code's output.
/// </summary>
public class KpiEngineTests
{
    private const double Close = 0.0001;
    private static readonly Period March = PeriodLabel.Parse("2026-03").Period;
    private static readonly DateOnly LongAfter = new(2026, 6, 30);

    /// <summary>
    ///  #  outcome    wait  handle  customer  repeated
    ///  1  answered     3     200   A         yes
    ///  2  answered    12     340   B         no
    ///  3  answered    19     150   C         no
    ///  4  answered    20     420   D         yes
    ///  5  answered    45     610   (none)    -
    ///  6  answered     8      95   E         no
    ///  7  answered    25     275   F         no
    ///  8  abandoned    6
    ///  9  abandoned   22
    /// 10  abandoned   70
    /// Offered 10, answered 7, abandoned 3; answered with a customer 6 (all but #5), of which repeated 2 (#1, #4).
    /// </summary>
    private static FactTotals TenContacts() => Totals(
        Answered(wait: 3, handle: 200, customer: "A", repeated: true),
        Answered(wait: 12, handle: 340, customer: "B"),
        Answered(wait: 19, handle: 150, customer: "C"),
        Answered(wait: 20, handle: 420, customer: "D", repeated: true),
        Answered(wait: 45, handle: 610),
        Answered(wait: 8, handle: 95, customer: "E"),
        Answered(wait: 25, handle: 275, customer: "F"),
        Abandoned(wait: 6),
        Abandoned(wait: 22),
        Abandoned(wait: 70));

    private static KpiValue Compute(string code, FactTotals totals, KpiSettings? settings = null, decimal? cost = null) =>
        KpiEngine.Compute(code, totals, March, LongAfter, settings, cost);

    private static void AssertValue(KpiValue value, double estimate, double lower, double upper, long n)
    {
        Assert.Equal(estimate, value.Estimate, Close);
        Assert.Equal(lower, value.Lower, Close);
        Assert.Equal(upper, value.Upper, Close);
        Assert.Equal(n, value.N);
        Assert.Null(value.Note);
    }

    [Fact]
    public void Abandonment_is_abandoned_over_offered_with_a_wilson_interval()
    {
        // 3 / 10 = 30 %; Wilson 95 % for 3/10: [10.7791, 60.3222] (also Newcombe-style textbook value 0.1078-0.6032).
        var value = Compute("abandonment", TenContacts());

        AssertValue(value, 30, 10.779127, 60.322185, 10);
        Assert.Equal("%", value.Unit);
        Assert.False(value.IsProvisional);
    }

    [Theory]
    // Answered in under 20 s: #1 (3), #2 (12), #3 (19), #6 (8) = 4; #4 waited exactly 20 s, not under.
    // Abandoned under 20 s: #8; at 20 s or later: #9, #10.
    // Default: 4 / (7 answered + 2 abandoned late) = 4/9 = 44.44 %, Wilson [18.8779, 73.3349].
    [InlineData(AbandonedTreatment.ExcludeShortAbandons, 44.444444, 18.877852, 73.334871, 9)]
    // All abandoned missed: 4 / 10 offered = 40 %, Wilson [16.8180, 68.7326].
    [InlineData(AbandonedTreatment.CountAllAsMissed, 40, 16.818033, 68.732623, 10)]
    // Abandoned ignored: 4 / 7 answered = 57.14 %, Wilson [25.0458, 84.1780].
    [InlineData(AbandonedTreatment.IgnoreAbandoned, 57.142857, 25.045836, 84.178014, 7)]
    public void Service_level_follows_the_abandoned_treatment(AbandonedTreatment treatment, double estimate, double lower, double upper, long n)
    {
        var value = Compute("service-level", TenContacts(), new KpiSettings { AbandonedTreatment = treatment });

        AssertValue(value, estimate, lower, upper, n);
    }

    [Fact]
    public void Service_level_at_another_threshold()
    {
        // Threshold 25 s: answered under 25 s adds #4 (20) -> 5; abandoned under 25 s: #8, #9; at 25 s or later: #10.
        // 5 / (7 + 1) = 62.5 %, Wilson 95 % for 5/8: [30.5742, 86.3156].
        var value = Compute("service-level", TenContacts(), new KpiSettings { ServiceLevelSeconds = 25 });

        AssertValue(value, 62.5, 30.574239, 86.315571, 8);
    }

    [Fact]
    public void Aht_is_the_mean_handle_time_with_a_t_interval_and_histogram_percentiles()
    {
        // Handle = talk + hold + wrap (Facts splits each as handle − 30, 10, 20).
        // 200, 340, 150, 420, 610, 95, 275: Σ = 2090, x̄ = 298.5714, s = 176.6521 (n − 1 = 6);
        // t(0.975, 6) = 2.446912; margin = 2.446912 · 176.6521 / √7 = 163.3759 -> [135.1955, 461.9474].
        // Median (k = 4): 275 in [240, 300), estimate 270; p90 (k = 7): 610 in [600, 720), estimate 660.
        var value = Compute("aht", TenContacts());

        AssertValue(value, 298.571429, 135.195507, 461.947351, 7);
        Assert.Equal("seconds", value.Unit);
        Assert.Equal([(0.5, 270.0, 240.0, 300.0), (0.9, 660.0, 600.0, 720.0)],
            value.Percentiles.Select(p => (p.Percentile, p.Estimate, p.Lower, p.Upper)));
    }

    [Fact]
    public void Asa_is_the_mean_wait_of_answered_contacts_only()
    {
        // Answered waits 3, 12, 19, 20, 45, 8, 25 (the abandoned 6, 22, 70 are not in it):
        // Σ = 132, x̄ = 18.8571, s = 13.7771; margin = 2.446912 · 13.7771 / √7 = 12.7417 -> [6.1154, 31.5989].
        // Sorted 3, 8, 12, 19, 20, 25, 45. Median (k = 4): 19 in [15, 20), alone there: 17.5.
        // p90 (k = 7): 45 in [40, 50): 45.
        var value = Compute("asa", TenContacts());

        AssertValue(value, 18.857143, 6.115415, 31.598871, 7);
        Assert.Equal([(17.5, 15.0, 20.0), (45.0, 40.0, 50.0)], value.Percentiles.Select(p => (p.Estimate, p.Lower, p.Upper)));
    }

    [Fact]
    public void Fcr_and_repeat_contact_count_answered_contacts_with_a_customer_id()
    {
        // 6 answered with a customer id, 2 repeated: repeat = 2/6 = 33.33 %, FCR = 4/6 = 66.67 %.
        // Wilson 95 % for 2/6: [9.6771, 70.0007]; for 4/6: [29.9993, 90.3229] (= 100 minus the other).
        var repeat = Compute("repeat-contact", TenContacts());
        var fcr = Compute("fcr", TenContacts());

        AssertValue(repeat, 33.333333, 9.677141, 70.000668, 6);
        AssertValue(fcr, 66.666667, 29.999332, 90.322859, 6);
    }

    [Theory]
    // March ends 2026-03-31; with a 7-day window its last contacts' repeats are known once 04-07 has data.
    [InlineData(7, "2026-04-07", false)]
    [InlineData(7, "2026-04-06", true)]
    [InlineData(7, "2026-03-20", true)]
    [InlineData(3, "2026-04-03", false)]
    [InlineData(3, "2026-04-02", true)]
    public void Repeat_based_kpis_are_provisional_until_the_window_after_the_period_has_data(int window, string latest, bool provisional)
    {
        var latestDay = DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture);
        var settings = new KpiSettings { RepeatWindowDays = window };

        var values = KpiEngine.ComputeAll(TenContacts(), March, latestDay, settings).ToDictionary(v => v.Code);

        Assert.Equal(provisional, values["fcr"].IsProvisional);
        Assert.Equal(provisional, values["repeat-contact"].IsProvisional);
        Assert.All(values.Values.Where(v => v.Code is not ("fcr" or "repeat-contact")), v => Assert.False(v.IsProvisional));
    }

    /// <summary>
    /// Transactional recommend answers: 10, 9, 9, 8, 7, 6, 3, 10, 0, 9 -> promoters 5, passives 2, detractors 3.
    /// Relationship: 10, 2, 5, 8 -> promoters 1, passives 1, detractors 2.
    /// CSAT (transactional): 5, 4, 3, 5, 2, 4 -> top-2-box 4 of 6; a relationship CSAT of 1 must not count.
    /// CES (transactional): 6, 7, 5, 3; a relationship CES of 1 must not count.
    /// </summary>
    private static FactTotals Surveys() => new FactTotals().With(
        Answer(SurveyType.Transactional, nps: 10, csat: 5, ces: 6),
        Answer(SurveyType.Transactional, nps: 9, csat: 4, ces: 7),
        Answer(SurveyType.Transactional, nps: 9, csat: 3, ces: 5),
        Answer(SurveyType.Transactional, nps: 8, csat: 5, ces: 3),
        Answer(SurveyType.Transactional, nps: 7, csat: 2),
        Answer(SurveyType.Transactional, nps: 6, csat: 4),
        Answer(SurveyType.Transactional, nps: 3),
        Answer(SurveyType.Transactional, nps: 10),
        Answer(SurveyType.Transactional, nps: 0),
        Answer(SurveyType.Transactional, nps: 9),
        Answer(SurveyType.Relationship, nps: 10, csat: 1, ces: 1),
        Answer(SurveyType.Relationship, nps: 2),
        Answer(SurveyType.Relationship, nps: 5),
        Answer(SurveyType.Relationship, nps: 8));

    [Fact]
    public void Tnps_and_rnps_are_never_pooled()
    {
        // tNPS = 100 · (5 − 3)/10 = 20. Adjusted Wald, z² = 3.841459, ñ = 10 + z²/2 = 11.920730:
        // p̃ = (5 + z²/4)/ñ = 0.500000, d̃ = (3 + z²/4)/ñ = 0.332225, var = (p̃ + d̃ − (p̃ − d̃)²)/ñ = 0.067452,
        // interval = (p̃ − d̃) ∓ z·√var = 0.167775 ∓ 0.509032, x 100 -> [−34.1257, 67.6807].
        // rNPS = 100 · (1 − 2)/4 = −25; same method, ñ = 5.920730, p̃ = 0.331102, d̃ = 0.5, var = 0.135553:
        // −0.168898 ∓ 0.721611 -> [−89.0510, 55.2713]. Pooled (6 promoters, 3 passives, 5 detractors) it would be 7.1.
        var tnps = Compute("tnps", Surveys());
        var rnps = Compute("rnps", Surveys());

        AssertValue(tnps, 20, -34.125738, 67.680732, 10);
        AssertValue(rnps, -25, -89.050951, 55.271329, 4);
        Assert.Equal("points", tnps.Unit);
    }

    [Fact]
    public void Csat_is_top_two_box_of_transactional_answers()
    {
        // 4 / 6 = 66.67 %, Wilson 95 %: [29.9993, 90.3229]. Pooling the relationship answer would give 4/7.
        AssertValue(Compute("csat", Surveys()), 66.666667, 29.999332, 90.322859, 6);
    }

    [Fact]
    public void Confidence_comes_from_the_settings()
    {
        // CSAT 4/6 at 90 %: z = 1.644854, Wilson [34.7015, 88.2724].
        AssertValue(Compute("csat", Surveys(), new KpiSettings { Confidence = 0.90 }), 66.666667, 34.701477, 88.272391, 6);
    }

    [Fact]
    public void Ces_is_the_mean_of_transactional_answers_with_a_t_interval()
    {
        // 6, 7, 5, 3: Σ = 21, x̄ = 5.25, s = 1.707825; t(0.975, 3) = 3.182446;
        // margin = 3.182446 · 1.707825 / 2 = 2.717531 -> [2.532469, 7.967531].
        var value = Compute("ces", Surveys());

        AssertValue(value, 5.25, 2.532469, 7.967531, 4);
        Assert.Empty(value.Percentiles);
    }

    [Fact]
    public void Cost_per_contact_divides_the_given_cost_by_handled_contacts()
    {
        // 1 400 / 7 answered = 200; a given total has no sampling interval.
        var value = Compute("cost-per-contact", TenContacts(), cost: 1400m);

        Assert.Equal((200.0, 7L, false), (value.Estimate, value.N, value.HasInterval));
        Assert.Equal("currency", value.Unit);
    }

    [Fact]
    public void Cost_per_contact_without_a_cost_has_no_value_and_says_why()
    {
        var value = Compute("cost-per-contact", TenContacts());

        Assert.False(value.HasEstimate);
        Assert.Contains("cost", value.Note, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("totalCost", Assert.Throws<DomainException>(() => Compute("cost-per-contact", TenContacts(), cost: -1m)).Field);
    }

    [Fact]
    public void Without_data_every_kpi_is_undefined_with_a_note_not_an_exception()
    {
        var values = KpiEngine.ComputeAll(new FactTotals(), March, LongAfter, totalCost: 100m);

        Assert.Equal(KpiCatalogue.Standard.Select(e => e.Code), values.Select(v => v.Code));
        Assert.All(values, v =>
        {
            Assert.False(v.HasEstimate);
            Assert.False(v.HasInterval);
            Assert.Equal(0, v.N);
            Assert.False(string.IsNullOrWhiteSpace(v.Note));
        });
    }

    [Fact]
    public void A_mean_of_one_value_has_an_estimate_but_no_interval()
    {
        var value = Compute("aht", Totals(Answered(wait: 5, handle: 300)));

        Assert.Equal((300.0, false), (value.Estimate, value.HasInterval));
        Assert.NotNull(value.Note);
    }

    [Fact]
    public void Units_follow_the_catalogue()
    {
        var values = KpiEngine.ComputeAll(TenContacts(), March, LongAfter);

        Assert.Equal(KpiCatalogue.Standard.Select(e => e.Spec.Unit), values.Select(v => v.Unit));
    }

    [Fact]
    public void An_unknown_code_is_refused_naming_the_field()
    {
        Assert.Equal("code", Assert.Throws<DomainException>(() => Compute("nps", TenContacts())).Field);
    }

    [Fact]
    public void Status_uses_the_target_and_the_catalogue_direction()
    {
        var org = Guid.NewGuid();
        var csatKpi = KpiDefinition.Create(org, "csat", KpiCatalogue.Standard.Single(e => e.Code == "csat").Spec);
        var ahtKpi = KpiDefinition.Create(org, "aht", KpiCatalogue.Standard.Single(e => e.Code == "aht").Spec);
        var quarter = new DateOnly(2026, 1, 1);

        // CSAT 66.67 % is below the red threshold 70 -> red; its interval [30.0, 90.3] holds the target 80.
        var csat = KpiEngine.Status(Compute("csat", Surveys()), KpiTarget.Create(csatKpi, null, PeriodKind.Quarter, quarter, 80, 70));
        // AHT 298.6 s is at or below the target 300 (lower is better) -> green; [135.2, 462.0] holds 300.
        var aht = KpiEngine.Status(Compute("aht", TenContacts()), KpiTarget.Create(ahtKpi, null, PeriodKind.Quarter, quarter, 300, 360));
        // No CSAT answers: no estimate, so no status.
        var undefined = KpiEngine.Status(Compute("csat", new FactTotals()), KpiTarget.Create(csatKpi, null, PeriodKind.Quarter, quarter, 80, 70));

        Assert.Equal(new KpiStatus(TargetStatus.Red, TargetInsideInterval: true), csat);
        Assert.Equal(new KpiStatus(TargetStatus.Green, TargetInsideInterval: true), aht);
        Assert.Null(undefined);
    }

    [Fact]
    public void Amber_and_a_target_outside_the_interval()
    {
        var org = Guid.NewGuid();
        var abandonmentKpi = KpiDefinition.Create(org, "abandonment", KpiCatalogue.Standard.Single(e => e.Code == "abandonment").Spec);
        var target = KpiTarget.Create(abandonmentKpi, null, PeriodKind.Month, new DateOnly(2026, 3, 1), 5, 40);

        // Abandonment 30 % (lower is better): above the target 5, below the red threshold 40 -> amber;
        // its interval [10.8, 60.3] lies wholly above 5, so the target is clearly missed.
        var status = KpiEngine.Status(Compute("abandonment", TenContacts()), target);

        Assert.Equal(new KpiStatus(TargetStatus.Amber, TargetInsideInterval: false), status);
    }
}
