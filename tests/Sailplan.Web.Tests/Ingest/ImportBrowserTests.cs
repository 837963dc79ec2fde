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

    private string Write(string name, params string[] rows)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    private Task<int> ContactsAsync(Guid orgId) => browser.Server.WithDbAsync(db => db.Contacts.CountAsync(c => c.OrganizationId == orgId));

    public void Dispose() => _folder.Delete(recursive: true);
}
