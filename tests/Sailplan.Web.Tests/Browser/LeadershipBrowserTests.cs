using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sailplan.Core.Organizations;
using static Microsoft.Playwright.Assertions;

namespace Sailplan.Web.Tests.Browser;

public sealed class LeadershipBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_role_with_a_deliverable_against_a_milestone_is_added_refused_without_a_due_date_and_shown_in_the_handover_pack()
    {
        var org = await SmallOrganization.SeedAsync(browser.Server, $"Leaders {Guid.NewGuid():N}");
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{org.MapPath}/leadership");
        var form = page.Locator("form.leadership-role").Last;

        await form.GetByLabel("Role").FillAsync("Head of Customer Service");
        await form.GetByLabel("Held by").SelectOptionAsync(new SelectOptionValue { Label = "Anna Berg" });
        await form.GetByLabel("Deliverable 1", new() { Exact = true }).FillAsync("Callback in every queue");
        await form.GetByLabel("Milestone of deliverable 1").FillAsync("Callback live in all queues");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add role" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("needs a due date");
        Assert.Equal(0, await browser.Server.WithDbAsync(db => db.LeadershipRoles.CountAsync(r => r.OrganizationId == org.OrgId)));

        form = page.Locator("form.leadership-role").Last;
        await form.GetByLabel("Role").FillAsync("Head of Customer Service");
        await form.GetByLabel("Deliverable 1", new() { Exact = true }).FillAsync("Callback in every queue");
        await form.GetByLabel("Milestone of deliverable 1").FillAsync("Callback live in all queues");
        await form.GetByLabel("Due date of deliverable 1").FillAsync("2099-01-15");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add role" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved the role");

        var stored = await browser.Server.WithDbAsync(db => db.LeadershipRoles.AsNoTracking().SingleAsync(r => r.OrganizationId == org.OrgId));
        Assert.Equal(new Deliverable("Callback in every queue", "Callback live in all queues", new DateOnly(2099, 1, 15)), Assert.Single(stored.Deliverables));
        await page.GotoAsync($"{org.MapPath}/handover");
        await Expect(page.GetByText("Callback in every queue")).ToBeVisibleAsync();
    }
}
