using System.Net;
using System.Net.Http.Json;

namespace Sailplan.Web.Tests.Api;

public sealed class MetricsApiTests(AppServer app) : IClassFixture<AppServer>
{
    private readonly HttpClient _client = app.Client;

    private async Task<(string Org, string Kpi)> OrganizationWithKpiAsync(string code)
    {
        var org = await _client.PostOkAsync("/api/orgs", new { name = "Metrics Co" });
        var kpis = await _client.GetOkAsync($"/api/orgs/{org.Id()}/kpis?pageSize=100");
        var kpi = kpis["items"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == code)!;
        return (org.Id(), kpi["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_target_for_a_lower_is_better_kpi_needs_its_red_threshold_above_the_target()
    {
        var (org, aht) = await OrganizationWithKpiAsync("aht");

        var wrongSide = await _client.PostAsJsonAsync($"/api/orgs/{org}/targets",
            new { kpiId = aht, periodKind = "quarter", periodStart = "2026-04-01", target = 300, redThreshold = 250 });
        var rightSide = await _client.PostAsJsonAsync($"/api/orgs/{org}/targets",
            new { kpiId = aht, periodKind = "quarter", periodStart = "2026-04-01", target = 300, redThreshold = 360 });

        var problem = await wrongSide.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at or above the target", problem["errors"]!["redThreshold"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, rightSide.StatusCode);
    }

    [Fact]
    public async Task A_quarter_target_must_start_a_quarter()
    {
        var (org, csat) = await OrganizationWithKpiAsync("csat");

        var response = await _client.PostAsJsonAsync($"/api/orgs/{org}/targets",
            new { kpiId = csat, periodKind = "quarter", periodStart = "2026-02-01", target = 85, redThreshold = 75 });

        Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("periodStart"));
    }

    [Fact]
    public async Task A_driver_links_to_a_dimension_and_kpi_of_its_own_organisation()
    {
        var (org, asa) = await OrganizationWithKpiAsync("asa");
        var dimensions = await _client.GetOkAsync($"/api/orgs/{org}/dimensions");
        var effort = dimensions["items"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == "Customer effort")!["id"]!.GetValue<string>();

        var driver = await _client.PostOkAsync($"/api/orgs/{org}/drivers",
            new { name = "Waiting time", polarity = "dissatisfaction", dimensionId = effort, kpiId = asa });
        var (otherOrg, _) = await OrganizationWithKpiAsync("asa");
        var crossLink = await _client.PostAsJsonAsync($"/api/orgs/{otherOrg}/drivers",
            new { name = "Waiting time", polarity = "dissatisfaction", dimensionId = effort });

        Assert.Equal("dissatisfaction", driver["polarity"]!.GetValue<string>());
        Assert.Equal(asa, driver["kpiId"]!.GetValue<string>());
        Assert.True((await crossLink.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("dimensionId"));
    }

    [Fact]
    public async Task An_organisation_needs_an_iana_time_zone()
    {
        var response = await _client.PostAsJsonAsync("/api/orgs", new { name = "X", timeZone = "CET+1" });

        Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("timeZone"));
    }
}
