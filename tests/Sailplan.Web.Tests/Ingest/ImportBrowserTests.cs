using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sailplan.Web.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Ingest;

/// <summary>A new user imports a Talkdesk calls export from the page: preview, a refused file, then a clean import.</summary>
public sealed class ImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private const string Header = "call_id,start_at,ring_groups,team_name,user_name,contact_phone_number,talk_time,hold_time,wait_time,type,is_transfer,disposition_code";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("sailplan-import-page-");

    [Fact]
    public async Task A_talkdesk_export_is_previewed_refused_for_a_bad_row_then_imported()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Import page {Guid.NewGuid():N}");
        var bad = Write("talkdesk-bad.csv",
            "t-1,2026-03-02T09:00:00Z,billing,North,ann,+4930111,240,10,12,inbound,false,paid",
            "t-2,2026-03-02T09:05:00Z,billing,North,ann,+4930222,60,0,8,outbound,false,",
            "t-3,2026-03-02T09:10:00Z,billing,North,,+4930333,0,0,95,abandoned,false,");
        var good = Write("talkdesk.csv",
            "t-1,2026-03-02T09:00:00Z,billing,North,ann,+4930111,240,10,12,inbound,false,paid",
            "t-3,2026-03-02T09:10:00Z,billing,North,,+4930333,0,0,95,abandoned,false,");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/import");

        await page.GetByLabel("Mapping profile").FillAsync("Talkdesk calls report");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("3 rows read");
        await Expect(page.Locator("#preview-summary")).ToContainTextAsync("2 fine, 1 with problems");
        await Expect(page.Locator("#problems")).ToContainTextAsync("outbound");

        // The preview replaced only its own part of the page: the profile and the file are still chosen.
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Nothing was stored");
        var problemRow = page.Locator("#problems tbody tr").First;
        await Expect(problemRow).ToContainTextAsync("3");
        await Expect(problemRow).ToContainTextAsync("outcome");
        Assert.Equal(0, await ContactsAsync(org.OrgId));

        await page.GetByLabel("Mapping profile").FillAsync("Talkdesk calls report");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Imported talkdesk.csv: 2 added, 0 already stored, 0 rejected, of 2 rows");
        await Expect(page.Locator(".import-history tbody")).ToContainTextAsync("Refused");
        Assert.Equal(2, await ContactsAsync(org.OrgId));
    }

    /// <summary>
    /// A team whose Talkdesk export also holds outbound calls copies the built-in profile, maps "outbound" to
    /// answered, and imports with it the file the built-in profile refuses. Bad JSON is refused naming the place.
    /// </summary>
    [Fact]
    public async Task A_saved_profile_made_from_a_built_in_one_on_the_page_imports_what_the_built_in_one_refuses()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Profiles page {Guid.NewGuid():N}");
        var file = Write("talkdesk-outbound.csv",
            "o-1,2026-03-02T09:00:00Z,billing,North,ann,+4930111,240,10,12,inbound,false,paid",
            "o-2,2026-03-02T09:05:00Z,billing,North,ann,+4930222,60,0,8,outbound,false,");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/import");
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage mapping profiles" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Start a new profile from Talkdesk calls report" }).ClickAsync();

        var definition = page.GetByLabel("Definition (JSON)");
        var json = await definition.InputValueAsync();
        Assert.Contains("\"inbound\": \"answered\"", json, StringComparison.Ordinal);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Talkdesk with outbound");
        await definition.FillAsync("{ \"kind\": \"contacts\", ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.Locator(".validation-summary-errors, [role=alert]").First).ToContainTextAsync("not valid");

        await definition.FillAsync(json.Replace("\"inbound\": \"answered\"", "\"inbound\": \"answered\", \"outbound\": \"answered\"", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the profile Talkdesk with outbound");
        await Expect(page.Locator(".import-profiles")).ToContainTextAsync("Talkdesk with outbound");

        await page.GotoAsync($"/orgs/{org.OrgId}/import");
        await page.GetByLabel("Mapping profile").FillAsync("Talkdesk with outbound");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page.Locator("#outcome")).ToContainTextAsync("Imported talkdesk-outbound.csv: 2 added");

        await page.GotoAsync($"/orgs/{org.OrgId}/import/profiles?name={Uri.EscapeDataString("Talkdesk with outbound")}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete profile" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted the profile Talkdesk with outbound");
        await Expect(page.Locator(".import-profiles")).Not.ToContainTextAsync("Talkdesk with outbound");
    }

    private string Write(string name, params string[] rows)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private Task<int> ContactsAsync(Guid orgId) => browser.Server.WithDbAsync(db => db.Contacts.CountAsync(c => c.OrganizationId == orgId));

    public void Dispose() => _folder.Delete(recursive: true);
}
