using System.Net;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Tests;

/// <summary>The leadership handover pack: a page, a Markdown and a standalone HTML download, and the API's Markdown.</summary>
public sealed class HandoverPageTests(AppServer server) : IClassFixture<AppServer>
{
    private readonly HttpClient _http = server.Client;

    private async Task<SmallOrganization> SeedAsync(string name)
    {
        var org = await SmallOrganization.SeedAsync(server, name);
        await server.WithDbAsync(db =>
        {
            db.Add(LeadershipRole.Create(org.OrgId, "Head of Customer Service", null, new DateOnly(2025, 9, 1),
                [new Deliverable("Callback live | everywhere", "Callback live in all queues", new DateOnly(2099, 1, 31))]));
            return db.SaveChangesAsync();
        });
        return org;
    }

    [Fact]
    public async Task The_page_shows_every_section_of_the_pack()
    {
        var org = await SeedAsync("Handover Page Co");

        var html = await _http.GetStringAsync($"/orgs/{org.OrgId}/handover");

        Assert.Contains("<h1>Leadership handover</h1>", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Charter", "History", "Strategy and its status", "Open measures", "Decision log", "Milestones ahead", "Leadership deliverables" })
        {
            Assert.Contains($">{heading}</h", html, StringComparison.Ordinal);
        }

        Assert.Contains(org.ActionTitle, html, StringComparison.Ordinal);
        Assert.Contains("Anna Berg", html, StringComparison.Ordinal);
        Assert.Contains("Callback live in all queues", html, StringComparison.Ordinal);
        Assert.Contains("Callback live | everywhere", html, StringComparison.Ordinal);
        Assert.Contains("badge--onhold", html, StringComparison.Ordinal);
        Assert.Contains("?handler=Markdown", html, StringComparison.Ordinal);
        Assert.Contains("?handler=Html", html, StringComparison.Ordinal);
        Assert.Matches("<a [^>]*aria-current=\"page\"[^>]*>Handover</a>", html);
    }

    [Fact]
    public async Task The_markdown_download_is_an_attachment_of_the_pack()
    {
        var org = await SeedAsync("Handover Markdown Co");

        using var response = await _http.GetAsync($"/orgs/{org.OrgId}/handover?handler=Markdown");
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^handover-handover-markdown-co-\d{4}-\d{2}-\d{2}\.md$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("# Leadership handover: Handover Markdown Co", markdown, StringComparison.Ordinal);
        Assert.Contains($"| {org.ActionTitle} | Answer faster | Anna Berg | active | 2026-09-30 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Callback live \\| everywhere | Callback live in all queues | 2099-01-31 | Open |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_download_is_a_standalone_document_without_scripts_or_external_references()
    {
        var org = await SeedAsync("Handover Html Co");

        using var response = await _http.GetAsync($"/orgs/{org.OrgId}/handover?handler=Html");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^handover-handover-html-co-\d{4}-\d{2}-\d{2}\.html$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Leadership handover: Handover Html Co</h1>", html, StringComparison.Ordinal);
        Assert.Contains(org.ActionTitle, html, StringComparison.Ordinal);
        Assert.Contains(">Leadership deliverables</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sign out", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_can_read_the_pack_on_the_page_and_through_the_api()
    {
        var org = await SeedAsync("Handover Viewer Co");
        var email = $"viewer-{Guid.NewGuid():N}@sailplan.test";
        var userId = await server.CreateUserAsync(email, "Viewer-Password-1");
        await server.WithDbAsync(db =>
        {
            db.Memberships.Add(Membership.Create(org.OrgId, userId, Role.Viewer));
            return db.SaveChangesAsync();
        });
        var viewer = await server.SignedInClientAsync(email, "Viewer-Password-1");

        using var page = await viewer.GetAsync($"/orgs/{org.OrgId}/handover");
        using var markdown = await viewer.GetAsync($"/orgs/{org.OrgId}/handover?handler=Markdown");
        using var api = await viewer.GetAsync($"/api/orgs/{org.OrgId}/handover");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(org.ActionTitle, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("text/markdown", api.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("# Leadership handover: Handover Viewer Co", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stranger_gets_404_not_the_pack()
    {
        var org = await SeedAsync("Handover Stranger Co");
        var email = $"stranger-{Guid.NewGuid():N}@sailplan.test";
        await server.CreateUserAsync(email, "Stranger-Password-1");
        var stranger = await server.SignedInClientAsync(email, "Stranger-Password-1");

        using var page = await stranger.GetAsync($"/orgs/{org.OrgId}/handover?handler=Markdown");
        using var api = await stranger.GetAsync($"/api/orgs/{org.OrgId}/handover");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }
}
