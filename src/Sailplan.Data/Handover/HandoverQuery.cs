using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Handover;
using Sailplan.Core.Organizations;
using Sailplan.Core.Strategy;

namespace Sailplan.Data.Handover;

public static class HandoverQuery
{
    /// <summary>Gathers the handover pack of one organisation as of <paramref name="asOf"/> (a day in its time zone).</summary>
    public static async Task<HandoverPack> LoadAsync(AppDb db, Guid organizationId, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == organizationId, cancellationToken);
        var charters = await db.InOrganization<Charter>(organizationId).AsNoTracking().OrderByDescending(c => c.Revision).ToListAsync(cancellationToken);
        var tree = await db.InOrganization<StrategyNode>(organizationId).AsNoTracking().ToListAsync(cancellationToken);
        var people = await db.InOrganization<Person>(organizationId).AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var roles = await db.InOrganization<LeadershipRole>(organizationId).AsNoTracking().OrderBy(r => r.Title).ToListAsync(cancellationToken);
        var amendments = await db.InOrganization<CharterAmendment>(organizationId).AsNoTracking().ToListAsync(cancellationToken);
        var current = charters.FirstOrDefault();

        return new HandoverPack(
            organization.Name,
            asOf,
            current,
            charters.Select(c => new CharterRevisionSummary(c.Revision, Organization.DayIn(organization.TimeZone, c.CreatedAt),
                c.Kind, c.AuthorName, c.Reason)).ToList(),
            tree,
            HandoverPack.OpenMeasuresOf(tree, people),
            HandoverPack.DecisionsOf(amendments, organization.TimeZone),
            HandoverPack.MilestonesAheadOf(current, asOf),
            roles.Select(r => new LeaderDeliverables(r.Title, r.HolderId is { } h ? people.GetValueOrDefault(h) : null, r.HeldSince, r.Deliverables)).ToList());
    }
}
