using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Sailplan.Web.Tests.Api;

namespace Sailplan.Web.Tests.Ingest;

public sealed class ImportApiTests(AppServer server) : IClassFixture<AppServer>
{
    private const string Header = "externalId,startedAt,channel,queue,unit,agent,customerId,talkSeconds,holdSeconds,wrapSeconds,waitSeconds,outcome,transferred,resolved,reason";

    [Fact]
    public async Task An_ingest_key_sends_a_json_lines_batch_once_and_the_scorecard_counts_it()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Feed {Guid.NewGuid():N}");
        var created = await server.Client.PostOkAsync($"/api/orgs/{org.OrgId}/api-keys", new { name = "Contact centre feed", scope = "ingest" });
        var feed = server.CreateClient();
        feed.DefaultRequestHeaders.Add("X-Api-Key", created["key"]!.GetValue<string>());
        // Four contacts on 2 March 2026: three answered, one abandoned after 45 s.
        var batch = string.Join("\n",
            Line("F1", "answered", 15), Line("F2", "answered", 5), Line("F3", "abandoned", 45), Line("F4", "answered", 30)) + "\n";

        var first = await feed.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts", Body(batch, "application/x-ndjson"));
        var again = await feed.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts", Body(batch, "application/x-ndjson"));
        var readByKey = await feed.GetAsync($"/api/orgs/{org.OrgId}/scorecard?period=2026-03");
        var scorecard = await server.Client.GetOkAsync($"/api/orgs/{org.OrgId}/scorecard?period=2026-03");

        var stored = (await ApiClient.ReadAsync(first, HttpStatusCode.Created))["import"]!;
        var repeated = (await ApiClient.ReadAsync(again, HttpStatusCode.Created))["import"]!;
        Assert.Equal((4, 4, 0), (stored["rowsRead"]!.GetValue<int>(), stored["added"]!.GetValue<int>(), stored["duplicates"]!.GetValue<int>()));
        Assert.Equal((0, 4), (repeated["added"]!.GetValue<int>(), repeated["duplicates"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Forbidden, readByKey.StatusCode);
        var abandonment = scorecard["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == "abandonment")!;
        // 1 abandoned of 4 offered = 25 %.
        Assert.Equal((25.0, 4), (abandonment["estimate"]!.GetValue<double>(), abandonment["n"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_csv_with_bad_rows_is_refused_with_every_row_named_and_nothing_stored()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Bad rows {Guid.NewGuid():N}");
        var csv = string.Join("\n", Header,
            "B1,2026-03-02T09:00:00Z,phone,billing,North,ann,c1,300,20,30,15,answered,no,yes,",
            "B2,2026-03-02T09:10:00Z,phone,billing,North,ann,c2,300,20,30,-5,answered,no,yes,",
            "B3,2026-03-32T09:00:00Z,phone,billing,North,ann,c3,300,20,30,15,answered,no,yes,") + "\n";

        var response = await server.Client.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts?fileName=march.csv", Body(csv, "text/csv"));
        var history = await server.Client.GetStringAsync($"/api/orgs/{org.OrgId}/imports");
        var scorecard = await server.Client.GetOkAsync($"/api/orgs/{org.OrgId}/scorecard?period=2026-03");

        var result = await ApiClient.ReadAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("refused", result["import"]!["status"]!.GetValue<string>());
        Assert.Equal(2, result["problemRows"]!.GetValue<int>());
        Assert.Equal([(3, "waitSeconds"), (4, "startedAt")],
            result["problems"]!.AsArray().Select(p => (p!["line"]!.GetValue<int>(), p["field"]!.GetValue<string>())));
        Assert.Contains("march.csv", history, StringComparison.Ordinal);
        Assert.Equal(0, scorecard["kpis"]!.AsArray().Single(k => k!["code"]!.GetValue<string>() == "abandonment")!["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_saved_profile_maps_another_tools_columns_and_words_and_the_preview_stores_nothing()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Profiles {Guid.NewGuid():N}");
        var profile = new JsonObject
        {
            ["name"] = "old-pbx",
            ["kind"] = "contacts",
            ["columns"] = new JsonObject
            {
                ["externalId"] = "Call ID", ["startedAt"] = "Start", ["outcome"] = "Result", ["waitSeconds"] = "Queue time",
                ["talkSeconds"] = "Talk", ["unit"] = "Team",
            },
            ["constants"] = new JsonObject { ["channel"] = "phone" },
            ["valueMaps"] = new JsonObject { ["outcome"] = new JsonObject { ["Handled"] = "answered", ["Hung up"] = "abandoned" } },
            ["dateFormats"] = new JsonArray("dd.MM.yyyy HH:mm"),
            ["timeZone"] = "Europe/Berlin",
        };
        var saved = await server.Client.PutAsJsonAsync($"/api/orgs/{org.OrgId}/import-profiles/old-pbx", profile);
        // Semicolons, a quoted team name, German dates read in Berlin time (UTC+1 in March).
        var csv = "Call ID;Start;Result;Queue time;Talk;Team\n" +
                  "P1;02.03.2026 10:00;Handled;12;240;\"North; floor 2\"\n" +
                  "P2;02.03.2026 10:05;Hung up;50;0;\"North; floor 2\"\n";

        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var preview = await server.Client.GetOkAsync($"/api/orgs/{org.OrgId}/scorecard?period=2026-03");
        var previewed = await ApiClient.ReadAsync(
            await server.Client.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts/preview?profile=old-pbx&fileName=pbx.csv", Body(csv, "text/csv")),
            HttpStatusCode.OK);
        var afterPreview = await server.Client.GetStringAsync($"/api/orgs/{org.OrgId}/imports");
        var imported = await server.Client.PostAsync($"/api/orgs/{org.OrgId}/imports/contacts?profile=old-pbx&fileName=pbx.csv", Body(csv, "text/csv"));

        Assert.Equal((2, 2, ";"), (previewed["rowsRead"]!.GetValue<int>(), previewed["rowsOk"]!.GetValue<int>(), previewed["delimiter"]!.GetValue<string>()));
        var firstRow = previewed["rows"]![0]!["fields"]!;
        Assert.Equal(("P1", "2026-03-02 09:00:00Z", "answered", "North; floor 2", "phone"),
            (firstRow["externalId"]!.GetValue<string>(), firstRow["startedAt"]!.GetValue<string>(), firstRow["outcome"]!.GetValue<string>(),
             firstRow["unit"]!.GetValue<string>(), firstRow["channel"]!.GetValue<string>()));
        Assert.Equal("[]", afterPreview);
        Assert.Equal(0, preview["kpis"]![0]!["n"]!.GetValue<int>());
        var record = (await ApiClient.ReadAsync(imported, HttpStatusCode.Created))["import"]!;
        Assert.Equal(("old-pbx", 2), (record["profile"]!.GetValue<string>(), record["added"]!.GetValue<int>()));
    }

    private static string Line(string id, string outcome, int wait) =>
        new JsonObject
        {
            ["externalId"] = id, ["startedAt"] = "2026-03-02T09:00:00Z", ["channel"] = "phone", ["queue"] = "billing", ["unit"] = "North",
            ["customerId"] = "c-" + id, ["talkSeconds"] = outcome == "answered" ? 200 : 0, ["waitSeconds"] = wait, ["outcome"] = outcome,
        }.ToJsonString();

    private static StringContent Body(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);
}
