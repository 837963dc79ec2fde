using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
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

    /// <summary>
    /// The five routes of an organisation-owned object: list, get, create, update, delete. Reading
    /// and deleting are the same for every object; listing, creating and updating are its own.
    /// </summary>
    public static RouteGroupBuilder MapOwnedResource<T>(this IEndpointRouteBuilder app, string path, string tag,
        Delegate list, Delegate create, Delegate update, Delegate? delete = null) where T : Entity
    {
        var group = app.MapOrganizationGroup(path, tag);
        group.MapGet("/", list);
        group.MapGet("/{id:guid}", Crud.Get<T>);
        group.MapPost("/", create);
        group.MapPut("/{id:guid}", update);
        Delegate deleteHandler = delete ?? Crud.Delete<T>;
        group.MapDelete("/{id:guid}", deleteHandler);
        return group;
    }
}
