using Microsoft.EntityFrameworkCore;
using Sailplan.Data.Facts;

namespace Sailplan.Data.Queries;

public static class ImportHistoryQuery
{
    /// <summary>The latest imports first. Ids are Guid v7, so their order is the order the imports began (on both providers).</summary>
    public static Task<List<ImportRecord>> LatestAsync(AppDb db, Guid organizationId, int take = 50, CancellationToken cancellationToken = default) =>
        db.Imports.AsNoTracking()
            .Where(i => i.OrganizationId == organizationId)
            .OrderByDescending(i => i.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
}
