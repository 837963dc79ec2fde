using Sailplan.Core;
using Sailplan.Core.Security;
using Sailplan.Web.Security;

namespace Sailplan.Web.Infrastructure;

/// <summary>
/// Every API route below /api/orgs/{orgId} belongs to one organisation. Each declares a permission
/// there, so authorization already answers 404 for an organisation the caller is no member of
/// (including one that does not exist); handlers then filter every query by the same id.
/// </summary>
public static class OrganizationScope
{
    public static RouteGroupBuilder MapOrganizationGroup(this IEndpointRouteBuilder app, string path, string tag) =>
        app.MapGroup($"/api/orgs/{{orgId:guid}}{path}")
            .WithTags(tag)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>
    /// The five routes of an organisation-owned object: list, get, create, update, delete. Reading
    /// and deleting are the same for every object; listing, creating and updating are its own.
    /// </summary>
    /// <remarks>Everyone in the organisation reads (transparency is a goal); <paramref name="write"/> changes.</remarks>
    public static RouteGroupBuilder MapOwnedResource<T>(this IEndpointRouteBuilder app, string path, string tag, Permission write,
        Delegate list, Delegate create, Delegate update, Delegate? delete = null) where T : Entity
    {
        var group = app.MapOrganizationGroup(path, tag);
        group.MapGet("/", list).RequirePermission(Permission.ReadStrategy);
        group.MapGet("/{id:guid}", Crud.Get<T>).RequirePermission(Permission.ReadStrategy);
        group.MapPost("/", create).RequirePermission(write);
        group.MapPut("/{id:guid}", update).RequirePermission(write);
        Delegate deleteHandler = delete ?? Crud.Delete<T>;
        group.MapDelete("/{id:guid}", deleteHandler).RequirePermission(write);
        return group;
    }
}
