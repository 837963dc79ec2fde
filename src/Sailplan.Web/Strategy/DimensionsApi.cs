using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>The editable list of dimensions goals, drivers and KPIs sit in.</summary>
public static class DimensionsApi
{
    public static IEndpointRouteBuilder MapDimensionsApi(this IEndpointRouteBuilder app)
    {
        app.MapOwnedResource<Dimension>("/dimensions", "Dimensions", Permission.EditStrategy, ListDimensions, CreateDimension, UpdateDimension);
        return app;
    }

    public static async Task<Ok<Page<Dimension>>> ListDimensions(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.InOrganization<Dimension>(orgId).AsNoTracking().OrderBy(d => d.Position).ThenBy(d => d.Name).ToPageAsync(paging, ct));

    public static async Task<Created<Dimension>> CreateDimension(Guid orgId, DimensionInput input, AppDb db, CancellationToken ct)
    {
        var position = input.Position ?? await db.InOrganization<Dimension>(orgId).CountAsync(ct);
        var dimension = Dimension.Create(orgId, input.Name, input.Description, position);
        db.Add(dimension);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/dimensions/{dimension.Id}", dimension);
    }

    public static async Task<Ok<Dimension>> UpdateDimension(Guid orgId, Guid id, DimensionInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var dimension = await db.LoadForUpdateAsync<Dimension>(orgId, id, input.Version, input, http, ct);
        dimension.Update(input.Name, input.Description, input.Position ?? dimension.Position);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(dimension);
    }
}

public sealed record DimensionInput(string Name, string? Description = null, int? Position = null, int? Version = null);
