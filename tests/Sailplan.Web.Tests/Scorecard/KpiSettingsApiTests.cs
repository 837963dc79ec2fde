using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Sailplan.Web.Tests.Api;

namespace Sailplan.Web.Tests.Scorecard;

/// <summary>The organisation's KPI settings change what the scorecard computes (docs/metrics.md).</summary>
public sealed class KpiSettingsApiTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Service_level_threshold_abandon_treatment_and_repeat_window_follow_the_organisation_settings()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Settings {Guid.NewGuid():N}");
        // Five phone contacts in March 2026. Customer a calls again two days later (a repeat within 7 days, not within 1).
        string[] rows =
        [
            Line("S1", "2026-03-02T09:00:00Z", "answered", 10, "a"),
            Line("S2", "2026-03-04T09:00:00Z", "answered", 25, "a"),
            Line("S3", "2026-03-05T09:00:00Z", "answered", 40, "b"),
            Line("S4", "2026-03-05T10:00:00Z", "abandoned", 15, "c"),
            Line("S5", "2026-03-05T11:00:00Z", "abandoned", 35, "d"),
        ];
        var imported = await server.Client.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts",
            new StringContent(string.Join("\n", rows) + "\n", Encoding.UTF8, "application/x-ndjson"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);

        // Default: 20 s, short abandons left out. In time: S1. Denominator: 3 answered + S5 (abandoned after 20 s) = 4.
        Assert.Equal(25.0, await KpiAsync(org.OrgId, "service-level"));
        // Answered with a customer: S1, S2, S3; S1 is followed by S2 within 7 days: 1 of 3.
        Assert.Equal(100.0 / 3, await KpiAsync(org.OrgId, "repeat-contact"), 9);

        // 30 s, every abandon missed: in time S1, S2; denominator 3 answered + 2 abandoned = 5.
        await UpdateAsync(org.OrgId, new JsonObject { ["serviceLevelSeconds"] = 30, ["abandonedTreatment"] = "countAllAsMissed" });
        Assert.Equal(40.0, await KpiAsync(org.OrgId, "service-level"));

        // A one-day window: S2 comes two days after S1, so nothing is a repeat (the rollups are rebuilt).
        await UpdateAsync(org.OrgId, new JsonObject { ["repeatWindowDays"] = 1 });
        Assert.Equal(0.0, await KpiAsync(org.OrgId, "repeat-contact"));
        Assert.Equal(40.0, await KpiAsync(org.OrgId, "service-level"));

        var bad = await PutAsync(org.OrgId, new JsonObject { ["serviceLevelSeconds"] = 21 });
        var problem = await bad.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["serviceLevelSeconds"]);
    }

    private async Task UpdateAsync(Guid orgId, JsonObject kpis)
    {
        var response = await PutAsync(orgId, kpis);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> PutAsync(Guid orgId, JsonObject kpis)
    {
        var current = await server.Client.GetOkAsync($"/api/orgs/{orgId}");
        return await server.Client.PutAsJsonAsync($"/api/orgs/{orgId}", new JsonObject
        {
            ["name"] = current["name"]!.GetValue<string>(),
            ["version"] = current["version"]!.GetValue<int>(),
            ["kpis"] = kpis,
        });
    }

    private async Task<double> KpiAsync(Guid orgId, string code)
    {
        var scorecard = await server.Client.GetOkAsync($"/api/orgs/{orgId}/scorecard?period=2026-03");
        return scorecard["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == code)!["estimate"]!.GetValue<double>();
    }

    private static string Line(string id, string at, string outcome, int wait, string customer) =>
        new JsonObject
        {
            ["externalId"] = id, ["startedAt"] = at, ["channel"] = "phone", ["unit"] = "North", ["customerId"] = customer,
            ["talkSeconds"] = outcome == "answered" ? 200 : 0, ["waitSeconds"] = wait, ["outcome"] = outcome,
        }.ToJsonString();
}
