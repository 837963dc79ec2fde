using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Demo;
using Sailplan.Core.Ingest;
using Sailplan.Core.Organizations;
using Sailplan.Data.Ingest;

namespace Sailplan.Data;

public static class DemoLoader
{
    /// <summary>The demo's contacts and surveys start here (its measures' start dates lie in the two years after).</summary>
    public static readonly DateOnly FactsFrom = new(2025, 1, 1);

    /// <summary>The seed of the demo's synthetic contacts and surveys: the same seed gives the same data.</summary>
    public const int FactsSeed = 42;

    /// <summary>
    /// Stores the demo organisation in one transaction, then two years of its contacts and survey
    /// responses (up to yesterday) as two imports. Loading it again finds the one already there (by
    /// name) and adds nothing, so `sailplan demo` is safe to repeat.
    /// </summary>
    public static async Task<(Organization Organization, bool Added)> LoadAsync(AppDb db, bool withFacts = true,
        CancellationToken cancellationToken = default)
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
        if (withFacts)
        {
            await LoadFactsAsync(db, demo.Organization, cancellationToken);
        }

        return (demo.Organization, true);
    }

    private static async Task LoadFactsAsync(AppDb db, Organization organization, CancellationToken cancellationToken)
    {
        var yesterday = Organization.DayIn(organization.TimeZone, TimeProvider.System.GetUtcNow()).AddDays(-1);
        var to = yesterday < FactsFrom.AddYears(2).AddDays(-1) ? yesterday : FactsFrom.AddYears(2).AddDays(-1);
        var info = new ImportInfo("demo data", "demo", "system");
        await using (var contacts = await FactImport.BeginAsync(db, organization.Id, FactKind.Contacts, info, organization.TimeZone,
            organization.RepeatWindowDays, cancellationToken))
        {
            await contacts.AddAsync(DemoFacts.Contacts(FactsSeed, FactsFrom, to, organization.TimeZone), cancellationToken);
            await contacts.CommitAsync(cancellationToken: cancellationToken);
        }

        await using var surveys = await FactImport.BeginAsync(db, organization.Id, FactKind.Surveys, info, organization.TimeZone,
            cancellationToken: cancellationToken);
        await surveys.AddAsync(DemoFacts.Surveys(FactsSeed, FactsFrom, to, organization.TimeZone), cancellationToken);
        await surveys.CommitAsync(cancellationToken: cancellationToken);
    }
}
