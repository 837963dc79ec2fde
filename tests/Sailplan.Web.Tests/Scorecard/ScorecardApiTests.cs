using Sailplan.Data.Queries.Scorecard;
using System.Net;
using System.Text.Json.Nodes;
using Sailplan.Web.Tests.Api;

namespace Sailplan.Web.Tests.Scorecard;

/// <summary>
/// The scorecard API over facts imported as <see cref="ScorecardFacts"/> describes. Every expected number is worked out
/// by hand from those facts; the bounds use the formulas of docs/metrics.md, evaluated with python3's stdlib
/// (z = NormalDist().inv_cdf(0.975) = 1.959963984540054; t(0.975, 5) = 2.570581835636314 from a t table).
/// </summary>
public sealed class ScorecardApiTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task The_scorecard_of_march_gives_each_kpi_with_its_interval_n_and_target_status()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Scorecard Co");

        var answer = await server.Client.GetOkAsync($"{facts.Api}?period=2026-03");

        Assert.Equal("2026-03-01", answer["from"]!.GetValue<string>());
        Assert.Equal("2026-03-31", answer["to"]!.GetValue<string>());
        Assert.Equal("2026-03-17", answer["latestDataDay"]!.GetValue<string>());
        // Abandonment 2 of 8 offered = 25 %. Wilson, p = 0.25, n = 8: centre = (0.25 + z²/16)/(1 + z²/8),
        // half = z/(1 + z²/8) x sqrt(0.25 x 0.75/8 + z²/256) -> 7.147921 % to 59.072457 %.
        // Against the organisation-wide March target 10 (red above 20): 25 is red; the target 10 lies inside the interval (7.1 to 59.1).
        var abandonment = Kpi(answer, "abandonment");
        AssertValue(abandonment, 25.0, 7.147921275210906, 59.07245696898311, 8);
        Assert.Equal("red", abandonment["status"]!.GetValue<string>());
        Assert.True(abandonment["targetInsideInterval"]!.GetValue<bool>());
        Assert.Equal(10m, abandonment["target"]!["target"]!.GetValue<decimal>());
        Assert.Null(abandonment["target"]!["unit"]);

        // AHT: handle times 100, 200, 300, 400, 150, 250 s; mean 1400/6 = 233.333; s = 108.012345;
        // t(0.975, 5) x s/sqrt(6) = 113.352 -> 119.981329 to 346.685338.
        AssertValue(Kpi(answer, "aht"), 233.33333333333334, 119.98132896944, 346.6853376972267, 6);

        // CSAT: 5, 2, 4, 5 -> 3 of 4 in the top two boxes = 75 %; Wilson 30.064184 % to 95.441274 %.
        AssertValue(Kpi(answer, "csat"), 75.0, 30.0641842582402, 95.44127391902994, 4);

        // tNPS: 10, 5, 9, 7 -> promoters 2, passives 1, detractors 1: 100 x (2 - 1)/4 = 25. Adjusted Wald: ñ = 4 + z²/2,
        // p̃ = (2 + z²/4)/ñ, d̃ = (1 + z²/4)/ñ, var = (p̃ + d̃ - (p̃ - d̃)²)/ñ -> -55.271329 to 89.050951.
        AssertValue(Kpi(answer, "tnps"), 25.0, -55.271328971798006, 89.050950727604, 4);

        // No KPI definition with a target for CSAT: no status, and every catalogue KPI is there.
        Assert.Null(Kpi(answer, "csat")["status"]);
        Assert.Equal(11, answer["kpis"]!.AsArray().Count);
        // No customer ids: FCR has no value, n = 0 and a note, not an error.
        Assert.Null(Kpi(answer, "fcr")["estimate"]);
        Assert.Equal(0, Kpi(answer, "fcr")["n"]!.GetValue<long>());
        Assert.NotNull(Kpi(answer, "fcr")["note"]);
    }

    [Fact]
    public async Task A_unit_filter_changes_the_values_and_picks_the_units_own_target()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Unit Filter Co");

        var north = await server.Client.GetOkAsync($"{facts.Api}?from=2026-03-01&to=2026-03-31&unit=North");

        // North: 1 abandoned of 5 offered = 20 %; Wilson p = 0.2, n = 5 -> 3.622411 % to 62.446537 %.
        // North's own March target is 25 (red above 30): 20 is at or below 25, so green.
        var abandonment = Kpi(north, "abandonment");
        AssertValue(abandonment, 20.0, 3.6224108632430085, 62.44653702374746, 5);
        Assert.Equal("green", abandonment["status"]!.GetValue<string>());
        Assert.Equal("North", abandonment["target"]!["unit"]!.GetValue<string>());
        Assert.Equal(25m, abandonment["target"]!["target"]!.GetValue<decimal>());
        // North's CSAT: 5 and 2 -> 1 of 2 = 50 %; Wilson 9.453121 % to 90.546879 %.
        AssertValue(Kpi(north, "csat"), 50.0, 9.453120573423075, 90.54687942657694, 2);
        // North's AHT: 100, 200, 300, 400 -> 250 s, n = 4.
        Assert.Equal(250.0, Kpi(north, "aht")["estimate"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task The_breakdown_by_unit_has_a_row_per_unit_each_against_its_target()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Breakdown Co");

        var breakdown = await server.Client.GetOkAsync($"{facts.Api}/abandonment/breakdown?by=unit&period=2026-03");

        var rows = breakdown["rows"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(["North", "South"], rows.Select(r => r["slice"]!.GetValue<string>()));
        // North 1/5 = 20 % (own target 25: green); South 1/3 = 33.333 %, Wilson 6.149194 % to 79.234040 %
        // (no target of its own: the organisation's, red above 20, so red).
        Assert.Equal(20.0, rows[0]["value"]!.GetValue<double>(), 9);
        Assert.Equal("green", rows[0]["status"]!.GetValue<string>());
        Assert.Equal(33.33333333333333, rows[1]["value"]!.GetValue<double>(), 9);
        Assert.Equal(6.149194472039632, rows[1]["lower"]!.GetValue<double>(), 6);
        Assert.Equal(79.23403991979524, rows[1]["upper"]!.GetValue<double>(), 6);
        Assert.Equal(3, rows[1]["n"]!.GetValue<long>());
        Assert.Equal("red", rows[1]["status"]!.GetValue<string>());

        var byChannel = await server.Client.GetOkAsync($"{facts.Api}/abandonment/breakdown?by=channel&period=2026-03");
        Assert.Equal(["chat", "phone"], byChannel["rows"]!.AsArray().Select(r => r!["slice"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_weekly_trend_of_march_has_a_point_per_iso_week_with_gaps_and_partial_ends()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Trend Co");

        var trend = await server.Client.GetOkAsync($"{facts.Api}/abandonment/trend?by=week&period=2026-03");

        // 1 March 2026 is a Sunday: March touches ISO weeks 9 (only the 1st) to 14 (30th and 31st).
        var points = trend["points"]!.AsArray().Select(p => p!.AsObject()).ToList();
        Assert.Equal(["2026-W09", "2026-W10", "2026-W11", "2026-W12", "2026-W13", "2026-W14"], points.Select(p => p["label"]!.GetValue<string>()));
        Assert.Equal([true, false, false, false, false, true], points.Select(p => p["partial"]!.GetValue<bool>()));
        // Week 11 holds North's day (1 of 5 = 20 %), week 12 South's (1 of 3); the other weeks have no contacts.
        Assert.Equal(20.0, points[2]["value"]!.GetValue<double>(), 9);
        Assert.Equal(5, points[2]["n"]!.GetValue<long>());
        Assert.Equal(33.33333333333333, points[3]["value"]!.GetValue<double>(), 9);
        Assert.Null(points[1]["value"]);
        Assert.Equal(0, points[1]["n"]!.GetValue<long>());
        // Week 11 lies wholly in March, so March's target applies; week 9 (23 Feb - 1 Mar) is not covered by it.
        Assert.Equal(10m, points[2]["target"]!.GetValue<decimal>());
        Assert.Equal(20m, points[2]["red"]!.GetValue<decimal>());
        Assert.Null(points[0]["target"]);
    }

    [Fact]
    public async Task Without_a_range_the_scorecard_shows_the_last_ended_month_with_data()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Default Co");

        // The latest contact is on 17 March 2026; that month has ended (the clock is past it), so it is the default.
        var answer = await server.Client.GetOkAsync(facts.Api);

        Assert.Equal("2026-03-01", answer["from"]!.GetValue<string>());
        Assert.Equal("2026-03-31", answer["to"]!.GetValue<string>());
        Assert.Equal(8, Kpi(answer, "abandonment")["n"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("?period=2026-13", "period")]
    [InlineData("?period=March", "period")]
    [InlineData("?from=2026-03-01", "to")]
    [InlineData("?from=2026-03-31&to=2026-03-01", "to")]
    [InlineData("?from=yesterday&to=2026-03-01", "from")]
    [InlineData("?period=2026-03&from=2026-03-01&to=2026-03-02", "period")]
    public async Task A_bad_range_is_a_400_naming_the_field(string query, string field)
    {
        var facts = await ScorecardFacts.SeedAsync(server, $"Bad Range Co {Guid.NewGuid():N}");

        var problem = await (await server.Client.GetAsync(facts.Api + query)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]![field] is JsonArray { Count: > 0 }, problem.ToJsonString());
    }

    [Theory]
    [InlineData("/abandonment/trend?by=fortnight", "by")]
    [InlineData("/abandonment/breakdown?by=agent", "by")]
    [InlineData("/abandonment/breakdown", "by")]
    [InlineData("/no-such-kpi/trend", "code")]
    [InlineData("/abandonment/trend?by=day&from=2020-01-01&to=2026-12-31", "by")]
    public async Task A_bad_trend_or_breakdown_is_a_400_naming_the_field(string path, string field)
    {
        var facts = await ScorecardFacts.SeedAsync(server, $"Bad Query Co {Guid.NewGuid():N}");

        var problem = await (await server.Client.GetAsync(facts.Api + path)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]![field] is JsonArray { Count: > 0 }, problem.ToJsonString());
    }

    private static JsonObject Kpi(JsonObject answer, string code) =>
        answer["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == code)!.AsObject();

    private static void AssertValue(JsonObject kpi, double estimate, double lower, double upper, long n)
    {
        Assert.Equal(estimate, kpi["estimate"]!.GetValue<double>(), 9);
        Assert.Equal(lower, kpi["lower"]!.GetValue<double>(), 6);
        Assert.Equal(upper, kpi["upper"]!.GetValue<double>(), 6);
        Assert.Equal(n, kpi["n"]!.GetValue<long>());
    }
}
