using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sailplan.Core.Security;
using Sailplan.Core.Organizations;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Browser;

/// <summary>The other forms, as a person uses them: each saves through the domain and shows its rules at the field.</summary>
public sealed class FormPagesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_front_door_invites_someone_without_an_organisation_to_create_one_and_opens_its_map()
    {
        // Someone who belongs to no organisation is invited to create one, even when others exist.
        var email = $"newcomer-{Guid.NewGuid():N}@sailplan.test";
        await browser.Server.CreateUserAsync(email, AppServer.TesterPassword);
        var page = await browser.NewPageAsync(email, AppServer.TesterPassword);
        await page.GotoAsync("/");
        await page.GetByLabel("Name").FillAsync("Harbour Telecom");
        await page.GetByLabel("Time zone").FillAsync("Mars/Olympus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organisation" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.TimeZone']")).ToContainTextAsync("is not an IANA time zone");

        await page.GetByLabel("Time zone").FillAsync("Europe/Lisbon");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Strategy map", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".app-header")).ToContainTextAsync("Harbour Telecom");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add the mission" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Service people talk about");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add mission" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Service people talk about", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_the_sign_in_page_and_back()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Door Co");
        var page = await browser.NewAnonymousPageAsync();

        await page.GotoAsync(org.MapPath);
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?ReturnUrl="));
        await page.GetByLabel("Email").FillAsync(AppServer.TesterEmail);
        await page.GetByLabel("Password").FillAsync("wrong password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email or the password is wrong.");
        await page.GetByLabel("Password").FillAsync(AppServer.TesterPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"{org.MapPath}$"));
    }

    [Fact]
    public async Task An_action_added_under_a_strategy_appears_on_the_map_with_its_driver()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Add Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(org.MapPath);

        await page.GetByRole(AriaRole.Link, new() { Name = "+ Add action under Answer faster" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Chat for billing questions");
        await page.GetByRole(AriaRole.Group, new() { Name = "Drivers it aims at" }).GetByLabel("Waiting time").CheckAsync();
        await page.GetByLabel("Expected change").FillAsync("Fewer calls about bills");
        await page.GetByLabel("Channels").FillAsync("chat, email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action" }).ClickAsync();

        var card = page.Locator("article", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Chat for billing questions", Exact = true }) });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator(".chip--driver")).ToHaveTextAsync("Waiting time");
        await Expect(card).ToContainTextAsync("channels chat, email");
    }

    [Fact]
    public async Task The_first_charter_points_a_milestone_error_at_the_row_it_was_typed_in()
    {
        var orgId = await browser.Server.WithDbAsync(async db =>
        {
            var org = Organization.Create("Charter Co", "Europe/Berlin", "EUR");
            db.Add(org);
            db.Add(Membership.Create(org.Id, browser.Server.TesterId, Role.Owner));
            await db.SaveChangesAsync();
            return org.Id;
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{orgId}/charter");

        // Row 1 has a title and a date, row 2 stays empty, row 3 has a date but no title.
        await page.GetByLabel("Purpose").FillAsync("We keep homes running.");
        await page.GetByLabel("Ambition level").SelectOptionAsync("BrandPromise");
        await page.GetByLabel("Mission").FillAsync("One contact is enough.");
        await page.GetByLabel("Principles").FillAsync("Fix the cause, not only the case\nNever make customers repeat themselves");
        await page.Locator("#Input_Milestones_0__Title").FillAsync("Callback live");
        await page.Locator("#Input_Milestones_0__Date").FillAsync("2099-01-31");
        await page.Locator("#Input_Milestones_2__Date").FillAsync("2099-05-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save charter" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Milestones[2].Title']")).ToContainTextAsync("required");

        await page.Locator("#Input_Milestones_2__Title").FillAsync("Board review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save charter" }).ClickAsync();
        var charter = page.GetByRole(AriaRole.Region, new() { Name = "Charter" });
        await Expect(charter).ToContainTextAsync("Never make customers repeat themselves");
        await Expect(charter).ToContainTextAsync("Board review");
    }

    [Fact]
    public async Task A_refresh_shows_the_core_clauses_as_fixed_and_needs_a_reason()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Refresh Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/charter");

        var core = page.GetByRole(AriaRole.Region, new() { Name = "Core clauses" });
        await Expect(core).ToContainTextAsync("Fix the cause, not only the case");
        await Expect(core).ToContainTextAsync("amendment");
        await Expect(page.GetByLabel("Principles")).ToHaveCountAsync(0);
        await page.GetByLabel("Vision").FillAsync("The energy supplier people recommend.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save charter" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Reason']")).ToContainTextAsync("required");

        await page.GetByLabel("Reason for this change").FillAsync("The vision was missing.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save charter" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Charter" })).ToContainTextAsync("The energy supplier people recommend.");
        var revisions = await browser.Server.WithDbAsync(db => db.Charters.Where(c => c.OrganizationId == org.OrgId)
            .OrderBy(c => c.Revision).Select(c => c.Reason).ToListAsync());
        Assert.Equal(2, revisions.Count);
        Assert.Equal("The vision was missing.", revisions[1]);
    }

    [Fact]
    public async Task A_target_is_added_refused_when_its_threshold_is_on_the_wrong_side_and_deleted()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "Target Co");
        var kpiId = await browser.Server.WithDbAsync(db => db.Kpis.Where(k => k.OrganizationId == org.OrgId).Select(k => k.Id).SingleAsync());
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/kpis/{kpiId}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a target" }).ClickAsync();
        await page.GetByLabel("Period start").FillAsync("2026-04-01");
        await page.GetByLabel("Target (seconds)").FillAsync("30");
        await page.GetByLabel("Red threshold (seconds)").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add target" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/kpis/{kpiId}$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Q2 2026" }).ClickAsync();
        await page.GetByLabel("Red threshold (seconds)").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.RedThreshold']")).ToContainTextAsync("better when lower");

        await page.GetByRole(AriaRole.Button, new() { Name = "Delete this target" }).ClickAsync();
        await Expect(page.GetByText("No targets yet.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_person_is_added_to_a_unit_after_a_bad_email_is_pointed_out()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, "People Co");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/orgs/{org.OrgId}/people");

        await page.GetByLabel("Name").FillAsync("Tom Weller");
        await page.GetByLabel("Email").FillAsync("tom at example");
        await page.GetByLabel("Unit").SelectOptionAsync(new SelectOptionValue { Label = "Phone team" });
        await page.GetByLabel("Manager").SelectOptionAsync(new SelectOptionValue { Label = "Anna Berg" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Email']")).ToContainTextAsync("is not an email address");
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Tom Weller");

        await page.GetByLabel("Email").FillAsync("tom@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add person" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row, new() { Name = "Tom Weller" });
        await Expect(row).ToContainTextAsync("Phone team");
        await Expect(row).ToContainTextAsync("Anna Berg");
    }

    [Fact]
    public async Task The_owner_can_require_a_second_approver_for_charter_amendments()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Approvers Co {Guid.NewGuid():N}");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{org.MapPath}/organisation");

        await page.GetByLabel("Charter amendments need a second approver").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        await page.GotoAsync($"{org.MapPath}/organisation");
        await Expect(page.GetByLabel("Charter amendments need a second approver")).ToBeCheckedAsync();
        Assert.True(await browser.Server.WithDbAsync(db => db.Organizations.Where(o => o.Id == org.OrgId).Select(o => o.CharterSecondApproverRequired).SingleAsync()));
    }
}
