using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sailplan.Web.Tests.Api;

namespace Sailplan.Web.Tests;

/// <summary>The audit page lists changes with who made them, filters them, exports them as CSV and verifies the chain.</summary>
public sealed class AuditPageTests(AppServer server) : IClassFixture<AppServer>
{
    private readonly HttpClient _http = server.Client;

    [Fact]
    public async Task The_audit_page_lists_a_change_field_by_field_and_filters_by_change()
    {
        var (org, dimensionId) = await RenameDimensionAsync("Audit Page Co", "Effort, quietly");

        var all = await _http.GetStringAsync($"/orgs/{org.OrgId}/audit");
        var modified = await _http.GetStringAsync($"/orgs/{org.OrgId}/audit?action=modified");
        var verified = await _http.GetStringAsync($"/orgs/{org.OrgId}/audit?verify=true");

        Assert.Contains("<h1>Audit</h1>", all, StringComparison.Ordinal);
        Assert.Contains($"user:{AppServer.TesterEmail}", all, StringComparison.Ordinal);
        Assert.Contains("system", all, StringComparison.Ordinal);
        Assert.Contains(dimensionId.ToString(), modified, StringComparison.Ordinal);
        Assert.Contains("Effort, quietly", modified, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">was </span>Customer effort</del>", modified, StringComparison.Ordinal);
        Assert.Contains("1 entry, newest first", modified, StringComparison.Ordinal);
        Assert.DoesNotContain("badge--added", modified, StringComparison.Ordinal);
        Assert.Contains("badge--added", all, StringComparison.Ordinal);
        Assert.Contains("Chain verified: all 13 entries are intact.", verified, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_download_has_a_header_row_and_the_filtered_entries_quoted_where_needed()
    {
        var (org, dimensionId) = await RenameDimensionAsync("Audit Csv Co", "Effort, \"really\"");

        using var response = await _http.GetAsync($"/orgs/{org.OrgId}/audit?handler=Csv&action=modified");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("sequence,at,actor,action,entityType,entityId,before,after,previousHash,hash", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"13,", lines[1], StringComparison.Ordinal);
        Assert.Contains($",user:{AppServer.TesterEmail},Modified,Dimension,{dimensionId},", lines[1], StringComparison.Ordinal);
        // The JSON is one field: enclosed in quotes, its own quotes doubled.
        Assert.Contains("\"\"name\"\":\"\"Effort, \\\"\"really\\\"\"\"\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_entry_is_named_on_the_page_and_by_the_api()
    {
        var (org, _) = await RenameDimensionAsync("Audit Tamper Co", "Effort");
        await server.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            """UPDATE audit_entries SET "actor" = 'user:mallory@x.example' WHERE "organization_id" = {0} AND "sequence" = 3""", org.OrgId.ToString().ToUpperInvariant()));

        var page = await _http.GetStringAsync($"/orgs/{org.OrgId}/audit?verify=true");
        var api = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit/verify");

        Assert.Contains("Entry 3 is broken: its content does not match its hash (changed after it was written).", page, StringComparison.Ordinal);
        Assert.False(api["ok"]!.GetValue<bool>());
        Assert.Equal(3, api["firstBrokenSequence"]!.GetValue<long>());
        Assert.Equal(2, api["checked"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_api_lists_entries_newest_first_with_filters_and_pages()
    {
        var (org, dimensionId) = await RenameDimensionAsync("Audit Api Co", "Effort");

        var firstPage = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit?pageSize=5");
        var byObject = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit?entityType=Dimension&entityId={dimensionId}");
        var byActor = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit?actor=tester@&action=Modified");
        var none = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit?from=2000-01-01&to=2000-01-31");
        using var bad = await _http.GetAsync($"/api/orgs/{org.OrgId}/audit?action=renamed");
        var verified = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/audit/verify");

        Assert.Equal(13, firstPage["total"]!.GetValue<int>());
        Assert.Equal([13L, 12L, 11L, 10L, 9L], firstPage["items"]!.AsArray().Select(e => e!["sequence"]!.GetValue<long>()));
        Assert.Equal(["modified", "added"], byObject["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        var entry = Assert.Single(byActor["items"]!.AsArray())!;
        Assert.Equal($"user:{AppServer.TesterEmail}", entry["actor"]!.GetValue<string>());
        Assert.Equal(64, entry["hash"]!.GetValue<string>().Length);
        Assert.Equal(0, none["total"]!.GetValue<int>());
        Assert.Equal("action", (await bad.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().Single().Key);
        Assert.True(verified["ok"]!.GetValue<bool>());
        Assert.Equal(13, verified["checked"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_audit_of_an_unknown_organisation_is_not_found()
    {
        using var page = await _http.GetAsync($"/orgs/{Guid.NewGuid()}/audit");
        using var api = await _http.GetAsync($"/api/orgs/{Guid.NewGuid()}/audit/verify");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    /// <summary>A small organisation (11 entries, by "system") and one rename through the API (entry 12, by an anonymous request).</summary>
    private async Task<(SmallOrganization Org, Guid DimensionId)> RenameDimensionAsync(string name, string newName)
    {
        var org = await SmallOrganization.SeedAsync(server, name);
        var dimension = await _http.GetOkAsync($"/api/orgs/{org.OrgId}/dimensions");
        var id = dimension["items"]![0]!["id"]!.GetValue<string>();
        using var response = await _http.PutAsJsonAsync($"/api/orgs/{org.OrgId}/dimensions/{id}", new { name = newName, version = 1 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (org, Guid.Parse(id));
    }
}
