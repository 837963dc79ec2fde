using Sailplan.Data.Queries.Scorecard;
using System.Net;
using Sailplan.Web.Scorecard;

namespace Sailplan.Web.Tests.Scorecard;

/// <summary>The scorecard page over HTTP (the browser tests cover the chart), and the sparkline geometry.</summary>
public sealed class ScorecardPageTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task A_bad_period_on_the_page_is_explained_next_to_the_filter_not_an_error_page()
    {
        var facts = await ScorecardFacts.SeedAsync(server, "Page Co");

        using var response = await server.Client.GetAsync($"{facts.Page}?period=2026-13");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This filter cannot be shown", html, StringComparison.Ordinal);
        Assert.Contains("the month must be 01 to 12", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#period\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"kpi-tile", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_node_page_links_each_kpi_of_the_node_to_its_scorecard()
    {
        var org = await SmallOrganization.SeedAsync(server, "Node Links Co");

        var html = await server.Client.GetStringAsync(org.ActionEditPath);

        // SmallOrganization's action aims at one KPI, asa.
        Assert.Contains($"href=\"/orgs/{org.OrgId}/scorecard?kpi=asa\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sparkline_breaks_at_gaps_and_puts_the_highest_value_at_the_top()
    {
        // Box 120 x 32 with a 2-unit pad: y = 2 + 28 x (1 - (v - min)/(max - min)); four values, so x steps by 120/3 = 40.
        // 0 -> (0, 30); gap; 10 -> (80, 2); 5 -> (120, 16).
        var segments = ScorecardFormat.SparklineSegments([0, null, 10, 5], 120, 32);

        Assert.Equal(["0,30", "80,2 120,16"], segments);
    }

    [Fact]
    public void A_flat_sparkline_sits_in_the_middle_and_no_data_draws_nothing()
    {
        Assert.Equal(["0,16 60,16 120,16"], ScorecardFormat.SparklineSegments([7, 7, 7], 120, 32));
        Assert.Empty(ScorecardFormat.SparklineSegments([null, null], 120, 32));
    }
}
