using Microsoft.EntityFrameworkCore;
using Sailplan.Core;

namespace Sailplan.Data;

/// <summary>Reads that never cross an organisation: every lookup by id is also filtered by it.</summary>
public static class Owned
{
    public static IQueryable<T> InOrganization<T>(this AppDb db, Guid organizationId) where T : Entity =>
        db.Set<T>().Where(e => e.OrganizationId == organizationId);

    public static Task<T?> FindOwnedAsync<T>(this AppDb db, Guid organizationId, Guid id, CancellationToken cancellationToken = default) where T : Entity =>
        db.InOrganization<T>(organizationId).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
}
