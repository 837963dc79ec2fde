using Sailplan.Data.Queries.Scorecard;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sailplan.Web.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Scorecard;

/// <summary>The scorecard page in a real browser, over the facts of <see cref="ScorecardFacts"/> (numbers worked out there and in ScorecardApiTests).</summary>
public sealed class ScorecardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static readonly string ScreenshotPath = Path.Combine(Path.GetTempPath(), "sailplan-scorecard.png");

    [Fact]
    public async Task The_scorecard_shows_tiles_draws_the_trend_and_a_drill_down_link_filters_to_the_unit()
    {
        var facts = await ScorecardFacts.SeedAsync(browser.Server, "Scorecard Browser Co");
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{facts.Page}?period=2026-03&kpi=abandonment");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Scorecard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".kpi-tile")).ToHaveCountAsync(11);
        // 2 of 8 abandoned = 25 %, Wilson 7.1 % to 59.1 %, red against the organisation's target 10 (red above 20).
        var tile = page.Locator(".kpi-tile[data-kpi=abandonment]");
        await Expect(tile).ToContainTextAsync("25.0 %");
        await Expect(tile).ToContainTextAsync("95 % CI 7.1–59.1");
        await Expect(tile).ToContainTextAsync("n = 8");
        await Expect(tile).ToContainTextAsync("Off target");
        await Expect(tile.Locator("svg.sparkline")).ToBeVisibleAsync();

        await Expect(page.Locator("[data-chart-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abandonment rate by month" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });

        await page.Locator("#drill-unit").GetByRole(AriaRole.Link, new() { Name = "North", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("unit=North"));
        await Expect(page.GetByLabel("Unit", new() { Exact = true })).ToHaveValueAsync("North");
        // North: 1 of 5 = 20 %, green against North's own target 25.
        await Expect(tile).ToContainTextAsync("20.0 %");
        await Expect(tile).ToContainTextAsync("n = 5");
        await Expect(tile).ToContainTextAsync("On target");
        await Expect(page.Locator("#drill-unit tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_kpi_chip_on_the_strategy_map_opens_the_scorecard_of_that_kpi()
    {
        var facts = await ScorecardFacts.SeedAsync(browser.Server, "Chip Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{facts.OrgId}");

        await page.Locator("a.chip--kpi", new() { HasText = "Average speed of answer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/orgs/{facts.OrgId}/scorecard\\?kpi=asa$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Average speed of answer by month" })).ToBeVisibleAsync();
        await Expect(page.Locator(".kpi-tile--selected")).ToHaveAttributeAsync("data-kpi", "asa");
    }

    [Fact]
    public async Task Without_facts_the_scorecard_says_how_to_get_data_in()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Empty Scorecard Co");
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/orgs/{org.OrgId}/scorecard");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "No contact or survey data yet" })).ToBeVisibleAsync();
        await Expect(page.Locator(".kpi-tile")).ToHaveCountAsync(0);
    }
}
