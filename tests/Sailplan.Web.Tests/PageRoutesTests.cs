using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Sailplan.Web.Tests;

/// <summary>Every page answers for a real organisation, and only for it.</summary>
public sealed class PageRoutesTests(AppServer server) : IClassFixture<AppServer>
{
    private readonly HttpClient _http = server.Client;

    [Fact]
    public async Task Every_page_of_an_organisation_renders_with_its_name_and_a_heading()
    {
        var org = await SmallOrganization.SeedAsync(server, "Routes Co");
        var ids = await server.WithDbAsync(async db => new
        {
            Dimension = await db.Dimensions.Where(d => d.OrganizationId == org.OrgId).Select(d => d.Id).SingleAsync(),
            Kpi = await db.Kpis.Where(k => k.OrganizationId == org.OrgId).Select(k => k.Id).SingleAsync(),
            Driver = await db.Drivers.Where(d => d.OrganizationId == org.OrgId).Select(d => d.Id).SingleAsync(),
            Unit = await db.Units.Where(u => u.OrganizationId == org.OrgId).Select(u => u.Id).SingleAsync(),
            Person = await db.People.Where(p => p.OrganizationId == org.OrgId).Select(p => p.Id).SingleAsync(),
            Mission = await db.Nodes.Where(n => n.OrganizationId == org.OrgId && n.ParentId == null).Select(n => n.Id).SingleAsync(),
        });
        var o = $"/orgs/{org.OrgId}";
        string[] paths =
        [
            o, $"{o}/charter", $"{o}/dimensions", $"{o}/dimensions/{ids.Dimension}", $"{o}/kpis", $"{o}/kpis/{ids.Kpi}",
            $"{o}/kpis/{ids.Kpi}/targets", $"{o}/drivers", $"{o}/drivers/{ids.Driver}", $"{o}/organisation", $"{o}/units",
            $"{o}/units/{ids.Unit}", $"{o}/people", $"{o}/people/{ids.Person}", $"{o}/outline", org.ActionEditPath,
            $"{org.ActionEditPath}/delete", $"{o}/nodes/new?parentId={ids.Mission}&kind=Objective", $"{o}/access", $"{o}/audit",
            $"{o}/charter/history", $"{o}/charter/amendments", $"{o}/charter/amend", $"{o}/handover", $"{o}/leadership",
        ];

        foreach (var path in paths)
        {
            using var response = await _http.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.Contains("<h1", html, StringComparison.Ordinal);
            Assert.Contains("Routes Co", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_node_with_nodes_under_it_is_not_offered_for_deletion()
    {
        var org = await SmallOrganization.SeedAsync(server, "Delete Co");
        var missionId = await server.WithDbAsync(db => db.Nodes.Where(n => n.OrganizationId == org.OrgId && n.ParentId == null).Select(n => n.Id).SingleAsync());

        var html = await _http.GetStringAsync($"/orgs/{org.OrgId}/nodes/{missionId}/delete");

        Assert.Contains("cannot be deleted yet", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Delete mission<", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/charter")]
    [InlineData("/kpis")]
    public async Task Pages_of_an_unknown_organisation_are_not_found(string page)
    {
        using var response = await _http.GetAsync($"/orgs/{Guid.NewGuid()}{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_node_of_another_organisation_is_not_found()
    {
        var mine = await SmallOrganization.SeedAsync(server, "Mine Co");
        var theirs = await SmallOrganization.SeedAsync(server, "Theirs Co");

        using var response = await _http.GetAsync($"/orgs/{mine.OrgId}/nodes/{theirs.ActionId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
