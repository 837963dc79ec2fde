using MathNet.Numerics.LinearRegression;
using Sailplan.Core.Demo;
using Sailplan.Core.Facts;

namespace Sailplan.Core.Tests.Demo;

public class DemoFactsSurveyTests
{
    private static List<SurveyResponse> Surveys => DemoFactsSample.Surveys;

    private static IEnumerable<SurveyResponse> Transactional => Surveys.Where(s => s.Type == SurveyType.Transactional);

    private static IEnumerable<SurveyResponse> Relationship => Surveys.Where(s => s.Type == SurveyType.Relationship);

    [Fact]
    public void Transactional_surveys_answer_about_nine_percent_of_answered_contacts_within_a_day()
    {
        var contacts = DemoFactsSample.Contacts.ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        var transactional = Transactional.ToList();
        Assert.All(transactional, s =>
        {
            var contact = contacts[s.ContactExternalId!];
            Assert.True(contact.IsAnswered);
            Assert.Equal((contact.Unit, contact.Channel, contact.Queue), (s.Unit, s.Channel, s.Queue));
            Assert.InRange(s.RespondedAt - contact.StartedAt, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        });
        Assert.Equal(transactional.Count, transactional.Select(s => s.ContactExternalId).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(transactional.Count / (double)contacts.Values.Count(c => c.IsAnswered), 0.08, 0.10);
    }

    [Fact]
    public void The_relationship_wave_brings_about_300_responses_a_month_about_the_company()
    {
        var perMonth = Relationship.GroupBy(s => DemoFactsSample.LocalDay(s.RespondedAt) is var d ? (d.Year, d.Month) : default).ToList();
        Assert.Equal(24, perMonth.Count);
        Assert.All(perMonth, m => Assert.InRange(m.Count(), 240, 360));
        Assert.All(Relationship, s =>
        {
            Assert.Null(s.ContactExternalId);
            Assert.Equal(("", ""), (s.Channel, s.Queue));
            Assert.True(s.Unit == "" || DemoFacts.Teams.Contains(s.Unit));
            Assert.Null(s.Csat);
        });
    }

    [Fact]
    public void Every_response_rates_every_driver_from_1_to_10_and_scores_stay_on_their_scales()
    {
        Assert.All(Surveys, s =>
        {
            Assert.Equal(DemoFacts.DriverNames.Order(StringComparer.Ordinal), s.DriverRatings.Keys.Order(StringComparer.Ordinal));
            Assert.All(s.DriverRatings.Values, r => Assert.InRange(r, 1, 10));
            Assert.InRange(s.Nps ?? 0, 0, 10);
            Assert.InRange(s.Csat ?? 1, 1, 5);
            Assert.InRange(s.Ces ?? 1, 1, 7);
        });

        // A few skip a question; most answer all.
        var transactional = Transactional.ToList();
        Assert.InRange(transactional.Average(s => s.Ces is null ? 1.0 : 0.0), 0.02, 0.08);
    }

    [Fact]
    public void Scores_land_near_the_demo_targets()
    {
        // 2026 targets: tNPS 30 (red 20), rNPS 5 (red -5), CSAT 82 % (red 75), CES 5.6 (red 5.0).
        var transactional = new SurveyTotals();
        var relationship = new SurveyTotals();
        foreach (var s in Surveys)
        {
            (s.Type == SurveyType.Transactional ? transactional : relationship).Add(s);
        }

        static double Nps(SurveyTotals t) => 100.0 * (t.Promoters - t.Detractors) / t.NpsAnswers;
        Assert.InRange(Nps(transactional), 15, 40);
        Assert.InRange(Nps(relationship), -12, 12);
        Assert.InRange(100.0 * transactional.CsatTopTwo / transactional.CsatAnswers, 70, 88);
        Assert.InRange(transactional.CesSum / (double)transactional.CesAnswers, 4.8, 6.0);
    }

    [Fact]
    public void Least_squares_of_transactional_NPS_on_the_driver_ratings_recovers_the_true_weights_order()
    {
        var rows = Transactional.Where(s => s.Nps is not null).ToList();
        var estimates = Regress(rows, s => s.Nps!.Value);

        // Every pair of drivers whose true weights differ by 0.03 or more comes out in the same order.
        var truth = DemoFacts.TrueWeights.Select(w => w.Nps).ToArray();
        for (var i = 0; i < truth.Length; i++)
        {
            for (var j = 0; j < truth.Length; j++)
            {
                if (truth[i] - truth[j] >= 0.03)
                {
                    Assert.True(estimates[i] > estimates[j],
                        $"{DemoFacts.DriverNames[i]} ({estimates[i]:F3}) should outweigh {DemoFacts.DriverNames[j]} ({estimates[j]:F3})");
                }
            }

            // Rounding and the 0-10 ends shrink every weight a little, never inflate it.
            Assert.InRange(estimates[i], (0.7 * truth[i]) - 0.03, truth[i] + 0.03);
        }
    }

    [Fact]
    public void Least_squares_of_relationship_NPS_puts_the_bill_and_proactive_information_first()
    {
        var rows = Relationship.Where(s => s.Nps is not null).ToList();
        var estimates = Regress(rows, s => s.Nps!.Value);
        var top = Enumerable.Range(0, estimates.Length).OrderByDescending(i => estimates[i]).Take(3).Select(i => DemoFacts.DriverNames[i]);
        Assert.Equal([DemoFacts.BillClarity, DemoFacts.Proactive, DemoFacts.SelfService], top);
    }

    [Fact]
    public void A_long_wait_lowers_the_waiting_time_rating()
    {
        var contacts = DemoFactsSample.Contacts.ToDictionary(c => c.ExternalId, StringComparer.Ordinal);
        var phone = Transactional.Where(s => s.Channel == "phone")
            .Select(s => (Wait: contacts[s.ContactExternalId!].WaitSeconds, Rating: s.DriverRatings[DemoFacts.WaitingTime]))
            .OrderBy(p => p.Wait).ToList();
        var quarter = phone.Count / 4;
        var shortWaits = phone.Take(quarter).Average(p => p.Rating);
        var longWaits = phone.Skip(3 * quarter).Average(p => p.Rating);
        Assert.True(shortWaits - longWaits > 1.5, $"short {shortWaits:F2}, long {longWaits:F2}");
    }

    [Fact]
    public void The_demo_effects_are_measures_of_the_demo_tree_aiming_at_their_driver_in_their_scope()
    {
        var demo = DemoOrganization.Build();
        var unitNames = demo.Units.ToDictionary(u => u.Id, u => u.Name);
        Assert.Equal(3, DemoFacts.Effects.Count);
        Assert.All(DemoFacts.Effects, effect =>
        {
            var measure = demo.Nodes.Single(n => n.IsMeasure && n.Title == effect.MeasureTitle);
            var driver = demo.Drivers.Single(d => d.Name == effect.DriverName);
            Assert.Contains(driver.Id, measure.DriverIds);
            Assert.Equal(measure.StartDate, effect.Start);
            Assert.Subset(measure.Scope!.UnitIds.Select(id => unitNames[id]).ToHashSet(), effect.Units.ToHashSet());
            Assert.Subset(measure.Scope.Queues.ToHashSet(), effect.Queues.ToHashSet());
            Assert.InRange(effect.Start, DemoFactsSample.From.AddMonths(6), DemoFactsSample.To.AddMonths(-6));
        });
    }

    [Fact]
    public void Each_effect_shifts_its_driver_in_its_scope_against_the_other_teams_by_about_its_size()
    {
        foreach (var effect in DemoFacts.Effects)
        {
            var (inScope, comparison) = BeforeAfter(effect, s => s.DriverRatings[effect.DriverName]);
            var difference = inScope - comparison;

            // The ceiling at 10 trims a shift a little: expect the size, give or take 0.3 for that and sampling.
            Assert.True(Math.Abs(difference - effect.Shift) < 0.3,
                $"{effect.MeasureTitle}: in scope {inScope:F2}, comparison {comparison:F2}, shift {effect.Shift}");
        }
    }

    [Fact]
    public void Agent_knowledge_rises_in_phone_and_online_at_the_single_customer_view_and_not_elsewhere()
    {
        var effect = DemoFacts.Effects.Single(e => e.DriverName == DemoFacts.AgentKnowledge);
        var (inScope, comparison) = BeforeAfter(effect, s => s.DriverRatings[DemoFacts.AgentKnowledge]);
        Assert.InRange(inScope, effect.Shift - 0.25, effect.Shift + 0.1);
        Assert.InRange(comparison, -0.2, 0.2);

        // And NPS follows through its weight: 0.8 x 0.28 = 0.22 points on the 0-10 answer, less a little shrinkage.
        var (npsInScope, npsComparison) = BeforeAfter(effect, s => s.Nps ?? double.NaN);
        Assert.InRange(npsInScope - npsComparison, 0.08, 0.4);
    }

    /// <summary>Mean change from the six months before the start to the six after, in scope and in the other teams (same queues).</summary>
    private static (double InScope, double Comparison) BeforeAfter(DemoEffect effect, Func<SurveyResponse, double> value)
    {
        var rows = Transactional.Where(s => effect.Queues.Count == 0 || effect.Queues.Contains(s.Queue))
            .Select(s => (s, Day: DemoFactsSample.LocalDay(s.RespondedAt), Value: value(s)))
            .Where(r => !double.IsNaN(r.Value) && r.Day >= effect.Start.AddMonths(-6) && r.Day < effect.Start.AddMonths(6))
            // Responses on the start day may answer a contact of the day before.
            .Where(r => r.Day != effect.Start)
            .ToList();

        double Change(IEnumerable<(SurveyResponse S, DateOnly Day, double Value)> slice)
        {
            var list = slice.ToList();
            return list.Where(r => r.Day > effect.Start).Average(r => r.Value) - list.Where(r => r.Day < effect.Start).Average(r => r.Value);
        }

        return (Change(rows.Where(r => effect.Units.Contains(r.s.Unit))), Change(rows.Where(r => !effect.Units.Contains(r.s.Unit))));
    }

    private static double[] Regress(List<SurveyResponse> rows, Func<SurveyResponse, int> outcome)
    {
        var x = rows.Select(s => DemoFacts.DriverNames.Select(d => (double)s.DriverRatings[d]).ToArray()).ToArray();
        var y = rows.Select(s => (double)outcome(s)).ToArray();
        return MultipleRegression.QR(x, y, intercept: true).Skip(1).ToArray();
    }
}
