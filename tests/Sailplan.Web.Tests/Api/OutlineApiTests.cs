using System.Net;
using System.Net.Http.Json;

namespace Sailplan.Web.Tests.Api;

public sealed class OutlineApiTests(AppServer app) : IClassFixture<AppServer>
{
    private readonly HttpClient _client = app.Client;

    private const string Outline = """
        # Mission: Service that customers recommend
        ## Goal 1: Increase customer satisfaction [Customer satisfaction]
        - Strategy: Improve service experience
          - Be responsive and courteous
          - Offer channel choice
        """;

    [Fact]
    public async Task Preview_shows_every_line_with_its_kind_and_saves_nothing_then_import_saves_and_export_matches()
    {
        var org = (await _client.PostOkAsync("/api/orgs", new { name = "Outline Co" })).Id();

        var preview = await ApiClient.ReadAsync(await _client.PostAsJsonAsync($"/api/orgs/{org}/outline/preview", new { text = Outline }), HttpStatusCode.OK);
        var afterPreview = await _client.GetOkAsync($"/api/orgs/{org}/nodes");
        var imported = await _client.PostOkAsync($"/api/orgs/{org}/outline/import", new { text = Outline });
        var exported = await _client.GetStringAsync($"/api/orgs/{org}/outline");

        Assert.True(preview["canImport"]!.GetValue<bool>());
        Assert.Equal(["mission", "goal", "strategy", "action", "action"],
            preview["lines"]!.AsArray().Select(l => l!["kind"]!.GetValue<string>()));
        Assert.Equal(0, afterPreview["total"]!.GetValue<int>());
        Assert.Equal(5, imported["nodeCount"]!.GetValue<int>());
        Assert.Equal(5, (await _client.GetOkAsync($"/api/orgs/{org}/nodes"))["total"]!.GetValue<int>());
        Assert.StartsWith("- Mission: Service that customers recommend\n  - Goal: Increase customer satisfaction [Customer satisfaction]\n", exported);
    }

    [Fact]
    public async Task A_malformed_outline_is_refused_naming_each_line_and_nothing_is_saved()
    {
        var org = (await _client.PostOkAsync("/api/orgs", new { name = "Outline Co" })).Id();
        const string malformed = "Mission: M\n  - Strategy: Skips the goal\n    - Action: A\n";

        var response = await _client.PostAsJsonAsync($"/api/orgs/{org}/outline/import", new { text = malformed });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var reasons = problem["errors"]!["text"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(reasons, r => r.StartsWith("Line 2: ", StringComparison.Ordinal) && r.Contains("strategy", StringComparison.Ordinal));
        Assert.Equal(2, problem["problems"]![0]!["line"]!.GetValue<int>());
        Assert.Equal(0, (await _client.GetOkAsync($"/api/orgs/{org}/nodes"))["total"]!.GetValue<int>());
    }
}
