using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Sailplan.Web.Tests.Api;

public sealed class StrategyApiTests(AppServer app) : IClassFixture<AppServer>
{
    private readonly HttpClient _client = app.Client;

    private async Task<(string Org, string Dimension)> NewOrganizationAsync()
    {
        var org = await _client.PostOkAsync("/api/orgs", new { name = "Acme Service", timeZone = "Europe/Berlin", currency = "EUR" });
        var dimensions = await _client.GetOkAsync($"/api/orgs/{org.Id()}/dimensions");
        return (org.Id(), dimensions["items"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_organisation_starts_with_the_standard_dimensions_and_kpi_catalogue()
    {
        var (org, _) = await NewOrganizationAsync();

        var dimensions = await _client.GetOkAsync($"/api/orgs/{org}/dimensions");
        var kpis = await _client.GetOkAsync($"/api/orgs/{org}/kpis?pageSize=100");

        Assert.Equal(6, dimensions["total"]!.GetValue<int>());
        Assert.Equal("Customer satisfaction", dimensions["items"]![0]!["name"]!.GetValue<string>());
        var codes = kpis["items"]!.AsArray().Select(k => k!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("tnps", codes);
        Assert.Contains("service-level", codes);
        Assert.Equal(11, codes.Count);
    }

    [Fact]
    public async Task A_tree_builds_from_mission_to_action_and_lists_in_pages()
    {
        var (org, dimension) = await NewOrganizationAsync();
        var mission = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "mission", title = "Effortless service" });
        var goal = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "goal", title = "Fewer repeat contacts", parentId = mission.Id(), dimensionId = dimension });
        var strategy = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "strategy", title = "Fix causes", parentId = goal.Id() });
        foreach (var title in new[] { "Root-cause reviews", "Better bills", "Proactive outage SMS" })
        {
            await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "action", title, parentId = strategy.Id(), status = "active" });
        }

        var firstPage = await _client.GetOkAsync($"/api/orgs/{org}/nodes?kind=action&pageSize=2");
        var secondPage = await _client.GetOkAsync($"/api/orgs/{org}/nodes?kind=action&pageSize=2&page=2");

        Assert.Equal(3, firstPage["total"]!.GetValue<int>());
        Assert.Equal(2, firstPage["items"]!.AsArray().Count);
        Assert.Equal("Proactive outage SMS", secondPage["items"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(2, secondPage["items"]![0]!["position"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_action_directly_under_a_goal_is_refused_naming_the_parent_and_why()
    {
        var (org, dimension) = await NewOrganizationAsync();
        var mission = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "mission", title = "M" });
        var goal = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "goal", title = "G", parentId = mission.Id(), dimensionId = dimension });

        var response = await _client.PostAsJsonAsync($"/api/orgs/{org}/nodes", new { kind = "action", title = "Train agents", parentId = goal.Id() });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem["errors"]!["parentId"]![0]!.GetValue<string>();
        Assert.Contains("'Train agents'", message);
        Assert.Contains("cannot stand under a goal", message);
        Assert.Equal(1, (await _client.GetOkAsync($"/api/orgs/{org}/nodes?kind=goal"))["total"]!.GetValue<int>());
        Assert.Equal(0, (await _client.GetOkAsync($"/api/orgs/{org}/nodes?kind=action"))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"kind":"mission","title":"  "}""", "title")]
    [InlineData("""{"kind":"mission","title":"M","status":"paused"}""", "status")]
    [InlineData("""{"kind":"mission","title":"M","dueDate":"31.12.2026"}""", "dueDate")]
    [InlineData("""{"kind":"mission","title":"M","startDate":"2026-05-01","dueDate":"2026-04-01"}""", "dueDate")]
    [InlineData("""{"kind":"mission","title":"M","ownerId":"0194c2a5-0000-7000-8000-000000000000"}""", "ownerId")]
    [InlineData("""{"kind":"mission","title":"M","hypothesis":{"expectedChange":"x","by":"soon"}}""", "hypothesis.by")]
    [InlineData("""{"kind":"mission",""", "body")]
    public async Task A_bad_node_gets_problem_json_naming_the_field(string body, string field)
    {
        var (org, _) = await NewOrganizationAsync();

        var response = await _client.PostAsync($"/api/orgs/{org}/nodes", ApiClient.Json(body));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_stale_update_gets_409_with_the_current_object_and_what_changed()
    {
        var (org, _) = await NewOrganizationAsync();
        var node = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "mission", title = "Original", description = "d" });
        var url = $"/api/orgs/{org}/nodes/{node.Id()}";

        var first = await _client.PutAsJsonAsync(url, node.With("title", "First editor's title"));
        var firstSaved = await ApiClient.ReadAsync(first, HttpStatusCode.OK);
        var second = await _client.PutAsJsonAsync(url, node.With("description", "Second editor's description"));

        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, firstSaved["version"]!.GetValue<int>());
        Assert.Equal(2, problem["currentVersion"]!.GetValue<int>());
        Assert.Equal("First editor's title", problem["current"]!["title"]!.GetValue<string>());
        var changed = problem["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()).Order().ToList();
        Assert.Equal(["description", "title"], changed);
        var stored = await _client.GetOkAsync(url);
        Assert.Equal("d", stored["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_update_without_a_version_is_refused()
    {
        var (org, _) = await NewOrganizationAsync();
        var node = await _client.PostOkAsync($"/api/orgs/{org}/nodes", new { kind = "mission", title = "M" });

        var response = await _client.PutAsJsonAsync($"/api/orgs/{org}/nodes/{node.Id()}", new { kind = "mission", title = "N" });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("version"));
    }

    [Fact]
    public async Task Another_organisations_objects_are_not_found_and_cannot_be_linked()
    {
        var (orgA, _) = await NewOrganizationAsync();
        var (orgB, _) = await NewOrganizationAsync();
        var person = await _client.PostOkAsync($"/api/orgs/{orgA}/people", new { name = "Ana", email = "ana@a.example" });
        var nodeA = await _client.PostOkAsync($"/api/orgs/{orgA}/nodes", new { kind = "mission", title = "A's mission" });

        var read = await _client.GetAsync($"/api/orgs/{orgB}/nodes/{nodeA.Id()}");
        var update = await _client.PutAsJsonAsync($"/api/orgs/{orgB}/nodes/{nodeA.Id()}", nodeA.With("title", "hijacked"));
        var delete = await _client.DeleteAsync($"/api/orgs/{orgB}/nodes/{nodeA.Id()}");
        var link = await _client.PostAsJsonAsync($"/api/orgs/{orgB}/nodes", new { kind = "mission", title = "B", ownerId = person.Id() });

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.True((await link.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("ownerId"));
        Assert.Equal("A's mission", (await _client.GetOkAsync($"/api/orgs/{orgA}/nodes/{nodeA.Id()}"))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_duplicate_email_is_a_409_problem_not_a_server_error()
    {
        var (org, _) = await NewOrganizationAsync();
        await _client.PostOkAsync($"/api/orgs/{org}/people", new { name = "Ana", email = "ana@a.example" });

        var response = await _client.PostAsJsonAsync($"/api/orgs/{org}/people", new { name = "Ana Two", email = "ana@a.example" });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("unique", problem["title"]!.GetValue<string>());
        Assert.Equal(1, (await _client.GetOkAsync($"/api/orgs/{org}/people"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_organisation_is_404()
    {
        var response = await _client.GetAsync($"/api/orgs/{Guid.CreateVersion7()}/nodes");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_page_size_above_the_limit_is_refused()
    {
        var (org, _) = await NewOrganizationAsync();

        var response = await _client.GetAsync($"/api/orgs/{org}/nodes?pageSize=1000");

        Assert.True((await response.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("pageSize"));
    }
}
