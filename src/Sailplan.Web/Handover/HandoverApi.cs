using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Handover;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Handover;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Handover;

/// <summary>The leadership handover pack as Markdown, as of today in the organisation's time zone.</summary>
public static class HandoverApi
{
    public static IEndpointRouteBuilder MapHandoverApi(this IEndpointRouteBuilder app)
    {
        var handover = app.MapOrganizationGroup("/handover", "Handover").RequirePermission(Permission.ReadStrategy);
        handover.MapGet("/", GetHandoverPack).Produces<string>(StatusCodes.Status200OK, "text/markdown");
        return app;
    }

    /// <summary>The charter and its history, the strategy tree with status, open measures, the decision log, the milestones ahead and the leaders' deliverables.</summary>
    public static async Task<ContentHttpResult> GetHandoverPack(Guid orgId, AppDb db, TimeProvider time, CancellationToken ct)
    {
        var timeZone = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.TimeZone).SingleAsync(ct);
        var today = Core.Organizations.Organization.DayIn(timeZone, time.GetUtcNow());
        return TypedResults.Text(HandoverMarkdown.Write(await HandoverQuery.LoadAsync(db, orgId, today, ct)), "text/markdown; charset=utf-8");
    }
}
