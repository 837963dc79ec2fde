using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sailplan.Core.Security;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Browser;

/// <summary>The charter a new leader can refresh but not nullify, as the strategist and the sponsor use it.</summary>
public sealed class CharterAmendmentBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_strategist_proposes_new_wording_for_a_principle_the_sponsor_approves_and_the_history_shows_both_versions_the_diff_and_the_reason()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Amend Co {Guid.NewGuid():N}");
        var strategist = await browser.Server.AddMemberAsync(org.OrgId, Role.Strategist, "Sam Strategist");
        var sponsor = await browser.Server.AddMemberAsync(org.OrgId, Role.ExecutiveSponsor, "Katrin Sponsor");
        const string rationale = "Root-cause reviews showed that fixing causes needs an owner in the function that created them.";

        var page = await browser.NewPageAsync(strategist, AppServer.MemberPassword);
        await page.GotoAsync($"{org.MapPath}/charter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Propose an amendment" }).ClickAsync();
        await page.GetByLabel("Principle 1").FillAsync("Fix the cause in the function that created it, with an owner and a date");
        await page.GetByLabel("Rationale").FillAsync(rationale);
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose amendment" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/charter/amendments$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("waits for the executive sponsor");
        Assert.Equal(1, await CurrentRevisionAsync(org.OrgId));

        var sponsorPage = await browser.NewPageAsync(sponsor, AppServer.MemberPassword);
        await sponsorPage.GotoAsync($"{org.MapPath}/charter/amendments");
        await Expect(sponsorPage.Locator(".amendment")).ToContainTextAsync(rationale);
        await sponsorPage.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Expect(sponsorPage).ToHaveURLAsync(new Regex("/charter/history$"));
        var revisions = sponsorPage.Locator("#revisions tbody tr");
        await Expect(revisions).ToHaveCountAsync(2);
        await Expect(revisions.First).ToContainTextAsync(rationale);
        await Expect(revisions.First).ToContainTextAsync("Katrin Sponsor");
        var diff = sponsorPage.Locator("#diff");
        await Expect(diff).ToContainTextAsync("What changed from revision 1 to 2");
        await Expect(diff.Locator("del")).ToContainTextAsync(["only the case"]);
        await Expect(diff.Locator("ins").First).ToContainTextAsync("in the function that created it");
        Assert.Equal(2, await CurrentRevisionAsync(org.OrgId));
    }

    [Fact]
    public async Task Deleting_a_core_clause_is_refused_and_nothing_is_proposed()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Delete Co {Guid.NewGuid():N}");
        var strategist = await browser.Server.AddMemberAsync(org.OrgId, Role.Strategist, "Sam Strategist");
        var page = await browser.NewPageAsync(strategist, AppServer.MemberPassword);

        await page.GotoAsync($"{org.MapPath}/charter/amend");
        await page.GetByLabel("Principle 1").FillAsync("");
        await page.GetByLabel("Rationale").FillAsync("This principle no longer fits the new leadership's plans.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose amendment" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("never deleted");
        Assert.Equal(0, await browser.Server.WithDbAsync(db => db.CharterAmendments.CountAsync(a => a.OrganizationId == org.OrgId)));
    }

    [Fact]
    public async Task Only_the_sponsor_may_approve()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Approve Co {Guid.NewGuid():N}");
        var strategist = await browser.Server.AddMemberAsync(org.OrgId, Role.Strategist, "Sam Strategist");
        var page = await browser.NewPageAsync(strategist, AppServer.MemberPassword);

        var response = await page.APIRequest.PostAsync($"{org.MapPath}/charter/amendments?handler=Approve");

        Assert.Equal(403, response.Status);
    }

    private Task<int> CurrentRevisionAsync(Guid orgId) =>
        browser.Server.WithDbAsync(db => db.Charters.Where(c => c.OrganizationId == orgId).MaxAsync(c => c.Revision));
}
