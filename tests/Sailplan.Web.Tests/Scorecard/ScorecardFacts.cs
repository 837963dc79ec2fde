using Sailplan.Core.Ingest;
using Sailplan.Data.Queries.Scorecard;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Facts;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;

namespace Sailplan.Web.Tests.Scorecard;

/// <summary>
/// A small organisation (<see cref="SmallOrganization"/>, time zone Europe/Berlin) with eight contacts and four
/// transactional surveys in March 2026, imported through <see cref="FactImport"/> into the running app's database,
/// and abandonment targets for March: organisation-wide 10 % (red above 20 %) and for the unit "North" 25 % (red above 30 %).
///
/// Contacts (all at 10:00 UTC = 11:00 in Berlin, so each on its own local day):
///   North, phone, billing, 2026-03-10 (ISO week 11): answered with handle 100, 200, 300, 400 s; one abandoned.
///   South, chat,  billing, 2026-03-17 (ISO week 12): answered with handle 150, 250 s; one abandoned.
/// Surveys (transactional, 2026-03-10): North CSAT 5 and 2, NPS 10 and 5; South CSAT 4 and 5, NPS 9 and 7.
/// </summary>
public sealed record ScorecardFacts(Guid OrgId)
{
    public static async Task<ScorecardFacts> SeedAsync(AppServer server, string name)
    {
        var org = await SmallOrganization.SeedAsync(server, name);
        await server.WithDbAsync(async db =>
        {
            var north = Unit.Create(org.OrgId, "North", UnitKind.Team);
            var abandonment = KpiCatalogue.Standard.Single(e => e.Code == "abandonment");
            var kpi = KpiDefinition.Create(org.OrgId, "abandonment", abandonment.Spec);
            db.AddRange(north, kpi,
                KpiTarget.Create(kpi, null, PeriodKind.Month, new DateOnly(2026, 3, 1), 10m, 20m),
                KpiTarget.Create(kpi, north.Id, PeriodKind.Month, new DateOnly(2026, 3, 1), 25m, 30m));
            await db.SaveChangesAsync();

            await using (var contacts = await FactImport.BeginAsync(db, org.OrgId, FactKind.Contacts, new ImportInfo("contacts.csv", null, "test"), "Europe/Berlin"))
            {
                await contacts.AddAsync(
                [
                    Answered("n1", "North", "phone", 10, 100), Answered("n2", "North", "phone", 10, 200),
                    Answered("n3", "North", "phone", 10, 300), Answered("n4", "North", "phone", 10, 400),
                    Abandoned("n5", "North", "phone", 10),
                    Answered("s1", "South", "chat", 17, 150), Answered("s2", "South", "chat", 17, 250),
                    Abandoned("s3", "South", "chat", 17),
                ]);
                await contacts.CommitAsync();
            }

            await using (var surveys = await FactImport.BeginAsync(db, org.OrgId, FactKind.Surveys, new ImportInfo("surveys.csv", null, "test"), "Europe/Berlin"))
            {
                await surveys.AddAsync(
                [
                    Survey("r1", "North", "phone", nps: 10, csat: 5), Survey("r2", "North", "phone", nps: 5, csat: 2),
                    Survey("r3", "South", "chat", nps: 9, csat: 4), Survey("r4", "South", "chat", nps: 7, csat: 5),
                ]);
                await surveys.CommitAsync();
            }

            return await db.Kpis.CountAsync();
        });
        return new ScorecardFacts(org.OrgId);
    }

    public string Api => $"/api/orgs/{OrgId}/scorecard";

    public string Page => $"/orgs/{OrgId}/scorecard";

    private static DateTimeOffset At(int day) => new(2026, 3, day, 10, 0, 0, TimeSpan.Zero);

    // Handle = talk + hold + wrap: split so all three parts are summed, not only talk.
    private static Contact Answered(string id, string unit, string channel, int day, int handle) =>
        new("pbx", id, At(day), channel, "billing", unit, "agent", null, handle - 30, 10, 20, 5, ContactOutcome.Answered, false, null, null);

    private static Contact Abandoned(string id, string unit, string channel, int day) =>
        new("pbx", id, At(day), channel, "billing", unit, null, null, 0, 0, 0, 40, ContactOutcome.Abandoned, false, null, null);

    private static SurveyResponse Survey(string id, string unit, string channel, int nps, int csat) =>
        new("survey", id, null, At(10), SurveyType.Transactional, nps, csat, null, null, new Dictionary<string, int>(), null, unit, channel, "billing");
}
