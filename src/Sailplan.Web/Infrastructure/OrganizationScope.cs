using Microsoft.EntityFrameworkCore;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

/// <summary>
/// Every API route below /api/orgs/{orgId} belongs to one organisation. An unknown organisation is
/// a 404 before any handler runs; handlers then filter every query by the same id.
/// </summary>
public static class OrganizationScope
{
    public static RouteGroupBuilder MapOrganizationGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup($"/api/orgs/{{orgId:guid}}{path}")
            .WithTags(tag)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddEndpointFilter(async (context, next) =>
            {
                var orgId = Guid.Parse((string)context.HttpContext.GetRouteValue("orgId")!);
                var db = context.HttpContext.RequestServices.GetRequiredService<AppDb>();
                return await db.Organizations.AnyAsync(o => o.Id == orgId, context.HttpContext.RequestAborted)
                    ? await next(context)
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no organisation {orgId}.");
            });
}
