using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

/// <summary>The handlers and steps that are the same for every organisation-owned object.</summary>
public static class Crud
{
    public static async Task<Results<Ok<T>, NotFound>> Get<T>(Guid orgId, Guid id, AppDb db, CancellationToken ct) where T : Entity =>
        await db.InOrganization<T>(orgId).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct) is { } entity
            ? TypedResults.Ok(entity)
            : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> Delete<T>(Guid orgId, Guid id, AppDb db, CancellationToken ct) where T : Entity
    {
        if (await db.FindOwnedAsync<T>(orgId, id, ct) is not { } entity)
        {
            return TypedResults.NotFound();
        }

        db.Remove(entity);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>The object to update, after checking that the client edited its current version (else 404 or 409).</summary>
    public static async Task<T> LoadForUpdateAsync<T>(this AppDb db, Guid orgId, Guid id, int? version, object submitted,
        HttpContext http, CancellationToken ct) where T : Entity
    {
        var entity = await db.FindOwnedAsync<T>(orgId, id, ct) ?? throw new NotFoundException($"{typeof(T).Name.ToLowerInvariant()} {id}");
        Conflicts.Check(entity.Version, version, entity, submitted, http.JsonOptions());
        return entity;
    }
}
