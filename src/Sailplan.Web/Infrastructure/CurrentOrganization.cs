using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

/// <summary>The organisation a page under /orgs/{orgId} belongs to: the layout shows its name and links.</summary>
public sealed record CurrentOrganization(Guid Id, string Name, string TimeZone, string Currency);

/// <summary>
/// Every page with an {orgId} route value belongs to one organisation. An unknown organisation is a
/// 404 before any handler runs (as for the API); a known one is kept for the layout and the page.
/// </summary>
public sealed class OrganizationPageFilter(AppDb db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values.TryGetValue("orgId", out var value) && Guid.TryParse(value?.ToString(), out var orgId))
        {
            var organization = await db.Organizations.AsNoTracking()
                .Where(o => o.Id == orgId)
                .Select(o => new CurrentOrganization(o.Id, o.Name, o.TimeZone, o.Currency))
                .SingleOrDefaultAsync(context.HttpContext.RequestAborted);
            if (organization is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            context.HttpContext.Items[typeof(CurrentOrganization)] = organization;
        }

        await next();
    }
}

public static class CurrentOrganizationExtensions
{
    public static CurrentOrganization? CurrentOrganization(this HttpContext context) =>
        context.Items.TryGetValue(typeof(CurrentOrganization), out var value) ? value as CurrentOrganization : null;

    /// <summary>Today in the organisation's time zone: days are bucketed there, not on the server.</summary>
    public static DateOnly Today(this CurrentOrganization organization, TimeProvider time) =>
        Core.Organizations.Organization.DayIn(organization.TimeZone, time.GetUtcNow());
}
