using Microsoft.EntityFrameworkCore;
using Sailplan.Core;

namespace Sailplan.Data;

/// <summary>
/// Checks that ids a request links to exist inside the same organisation. Foreign keys alone
/// would accept another tenant's row; this is what keeps links from crossing organisations.
/// </summary>
public static class References
{
    public static async Task RequireInOrganizationAsync<T>(this AppDb db, Guid organizationId, string field, IEnumerable<Guid> ids,
        CancellationToken cancellationToken = default) where T : Entity
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        var found = await db.Set<T>()
            .Where(e => e.OrganizationId == organizationId && wanted.Contains(e.Id))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        if (wanted.Except(found).ToList() is [var missing, ..])
        {
            throw NotInOrganization<T>(field, missing);
        }
    }

    /// <summary>The object a request links to, loaded for use; a 400 naming <paramref name="field"/> when it is not in the organisation.</summary>
    public static async Task<T> FindReferencedAsync<T>(this AppDb db, Guid organizationId, string field, Guid id,
        CancellationToken cancellationToken = default) where T : Entity =>
        await db.FindOwnedAsync<T>(organizationId, id, cancellationToken) ?? throw NotInOrganization<T>(field, id);

    private static DomainException NotInOrganization<T>(string field, Guid id) =>
        new(field, $"{field} names {id}, which is not a {typeof(T).Name.ToLowerInvariant()} of this organisation.");

    public static Task RequireInOrganizationAsync<T>(this AppDb db, Guid organizationId, string field, Guid? id,
        CancellationToken cancellationToken = default) where T : Entity =>
        id is null ? Task.CompletedTask : db.RequireInOrganizationAsync<T>(organizationId, field, [id.Value], cancellationToken);
}
