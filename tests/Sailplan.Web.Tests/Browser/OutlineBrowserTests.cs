using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Browser;

public sealed class OutlineBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_malformed_outline_shows_each_problem_by_line_and_saves_nothing_then_a_good_one_imports()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Outline Co");
        var nodesBefore = await CountNodesAsync(org.OrgId);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/outline");

        await page.GetByLabel("Outline").FillAsync("- Goal: Quieter queues [Customer effort]\n  - Action: Skips the strategy\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var problems = page.GetByRole(AriaRole.Alert);
        await Expect(problems).ToContainTextAsync("nothing was imported");
        await Expect(problems).ToContainTextAsync("Line 2: An action cannot stand under a goal");
        await Expect(page.Locator("#line-2")).ToContainTextAsync("Action");
        Assert.Equal(nodesBefore, await CountNodesAsync(org.OrgId));

        await page.GetByLabel("Outline").FillAsync("- Goal: Quieter queues [Customer effort]\n  - Strategy: Call back\n    - Offer callbacks at peak times\n");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("adds 3 node(s)");
        await Expect(page.Locator("#line-3")).ToContainTextAsync("Action");
        Assert.Equal(nodesBefore, await CountNodesAsync(org.OrgId));

        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/orgs/{org.OrgId}$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Offer callbacks at peak times", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(nodesBefore + 3, await CountNodesAsync(org.OrgId));
    }

    private Task<int> CountNodesAsync(Guid orgId) =>
        browser.Server.WithDbAsync(db => db.Nodes.CountAsync(n => n.OrganizationId == orgId));
}
