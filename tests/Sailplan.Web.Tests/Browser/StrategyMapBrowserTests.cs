using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sailplan.Core.Strategy;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Browser;

public sealed class StrategyMapBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>Where the map screenshot goes, to look at the design; it is not part of the repository.</summary>
    public static readonly string ScreenshotPath = Path.Combine(Path.GetTempPath(), "sailplan-strategy-map.png");

    [Fact]
    public async Task An_action_edited_from_the_map_shows_its_new_title_on_the_map()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Edit Co");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(org.MapPath);
        var action = page.GetByRole(AriaRole.Link, new() { Name = org.ActionTitle, Exact = true });
        await Expect(action).ToBeVisibleAsync();
        var card = page.Locator($"#node-{org.ActionId}");
        await Expect(card).ToContainTextAsync("Waiting time falls by 20 s");
        await Expect(card.Locator(".chip--driver")).ToHaveTextAsync("Waiting time");
        await Expect(card.Locator(".chip--kpi")).ToHaveTextAsync("Average speed of answer");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Charter" })).ToContainTextAsync("Brand promise");
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

        await action.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/orgs/{org.OrgId}/nodes/{org.ActionId}$"));
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Callback within 15 minutes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/orgs/{org.OrgId}#node-{org.ActionId}$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Callback within 15 minutes", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = org.ActionTitle, Exact = true })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_keyboard_reaches_the_skip_link_first_and_then_a_node_link_past_the_navigation()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Keyboard Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(org.MapPath);

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skipLink).ToBeFocusedAsync();
        Assert.True((await skipLink.BoundingBoxAsync())!.Y >= 0, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");
        string? href = null;
        for (var presses = 0; presses < 4 && !IsNodeLink(href, org.OrgId); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            href = await page.EvaluateAsync<string?>("() => document.activeElement?.getAttribute('href')");
        }

        Assert.True(IsNodeLink(href, org.OrgId), $"a node link takes focus within a few Tabs after the skip link; last focused: {href}");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/orgs/{org.OrgId}/nodes/[0-9a-f-]{{36}}$"));
    }

    [Fact]
    public async Task Saving_over_someone_elses_newer_edit_shows_the_conflict_and_keeps_their_edit()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Conflict Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(org.ActionEditPath);

        await RetitleBehindTheFormAsync(org.ActionId, "Callback, as the team lead wants it");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("My stale title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Changed by someone else" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "changed by someone else" })).ToContainTextAsync("Title");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Callback, as the team lead wants it");
        Assert.Equal("Callback, as the team lead wants it", await StoredTitleAsync(org.ActionId));

        // The form now carries the stored version: applying the change again saves it.
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Callback, agreed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Callback, agreed", Exact = true })).ToBeVisibleAsync();
        Assert.Equal("Callback, agreed", await StoredTitleAsync(org.ActionId));
    }

    [Fact]
    public async Task A_broken_rule_is_shown_next_to_its_field_with_the_input_kept_and_nothing_saved()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Rules Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(org.ActionEditPath);

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Callback for everyone");
        await page.GetByLabel("Due date").FillAsync("2026-01-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "This could not be saved" });
        await Expect(summary).ToContainTextAsync("before the start date");
        await Expect(page.Locator("[data-valmsg-for='Input.DueDate']")).ToContainTextAsync("before the start date");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Callback for everyone");
        Assert.Equal(org.ActionTitle, await StoredTitleAsync(org.ActionId));

        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByLabel("Due date")).ToBeFocusedAsync();
    }

    private static bool IsNodeLink(string? href, Guid orgId) =>
        href is not null && Regex.IsMatch(href, $"^/orgs/{orgId}/nodes/[0-9a-f-]{{36}}$");

    private Task<string> StoredTitleAsync(Guid nodeId) =>
        browser.Server.WithDbAsync(db => db.Nodes.AsNoTracking().Where(n => n.Id == nodeId).Select(n => n.Title).SingleAsync());

    /// <summary>Someone else's save: the stored version moves on while the browser holds the old one.</summary>
    private Task<int> RetitleBehindTheFormAsync(Guid nodeId, string title) => browser.Server.WithDbAsync(async db =>
    {
        var node = await db.Nodes.SingleAsync(n => n.Id == nodeId);
        node.Update(new NodeDetails(title, node.Description, node.OwnerId, node.Status, node.StartDate, node.DueDate, node.DimensionId)
        {
            UnitIds = node.UnitIds,
            DriverIds = node.DriverIds,
            KpiIds = node.KpiIds,
            Hypothesis = node.Hypothesis,
            Scope = node.Scope,
        });
        return await db.SaveChangesAsync();
    });
}
