using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Demo;
using Sailplan.Core.Organizations;

namespace Sailplan.Data;

public static class DemoLoader
{
    /// <summary>
    /// Stores the demo organisation in one transaction. Loading it again finds the one already
    /// there (by name) and adds nothing, so `sailplan demo` is safe to repeat.
    /// </summary>
    public static async Task<(Organization Organization, bool Added)> LoadAsync(AppDb db, CancellationToken cancellationToken = default)
    {
        if (await db.Organizations.FirstOrDefaultAsync(o => o.Name == DemoOrganization.Name, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var demo = DemoOrganization.Build();
        db.Add(demo.Organization);
        db.AddRange(demo.Units);
        db.AddRange(demo.People);
        db.AddRange(demo.CharterRevisions);
        db.AddRange(demo.CharterAmendments);
        db.AddRange(demo.Dimensions);
        db.AddRange(demo.Kpis);
        db.AddRange(demo.Targets);
        db.AddRange(demo.Drivers);
        db.AddRange(demo.Nodes);
        db.AddRange(DemoOrganization.LeadershipRoles(demo));
        await db.SaveChangesAsync(cancellationToken);
        return (demo.Organization, true);
    }
}
