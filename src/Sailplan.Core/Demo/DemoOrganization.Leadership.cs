using Sailplan.Core.Organizations;

namespace Sailplan.Core.Demo;

public static partial class DemoOrganization
{
    /// <summary>
    /// The demo's leadership roles, each with deliverables against the charter's milestones, so the
    /// handover pack shows what the current leaders owe. Built from the demo so ids and milestone
    /// titles match.
    /// </summary>
    public static IReadOnlyList<LeadershipRole> LeadershipRoles(DemoData demo)
    {
        var orgId = demo.Organization.Id;
        var milestones = demo.Charter.Milestones;
        var head = demo.People.Single(p => p.Title == "Head of Customer Service");
        var sponsor = demo.People.Single(p => p.Title?.StartsWith("Chief Financial Officer", StringComparison.Ordinal) == true);
        return
        [
            LeadershipRole.Create(orgId, "Head of Customer Service", head.Id, new DateOnly(2025, 9, 1),
            [
                new Deliverable("Single customer view rolled out to all four teams", milestones[0].Title, milestones[0].Date,
                    DeliverableStatus.Delivered, "Live in Phone, Online, Back Office and Social since March 2026."),
                new Deliverable("Self-service for moves and meter readings, with 40 % of these requests completed in the app",
                    milestones[1].Title, milestones[1].Date),
                new Deliverable("Bill redesign tested with 200 customers before the 2027 bill run", milestones[2].Title, milestones[2].Date.AddMonths(-3)),
                new Deliverable("tNPS at 35 or better in two consecutive quarters", milestones[3].Title, milestones[3].Date),
            ]),
            LeadershipRole.Create(orgId, "Executive sponsor of the service charter", sponsor.Id, new DateOnly(2024, 1, 1),
            [
                new Deliverable("Budget for the bill redesign approved", milestones[2].Title, new DateOnly(2026, 6, 30), DeliverableStatus.Delivered),
            ]),
        ];
    }
}
