namespace Sailplan.Core.Metrics;

/// <summary>
/// The standard KPIs every organisation starts with. docs/metrics.md gives the same definitions;
/// a test keeps the two in step.
/// </summary>
public static class KpiCatalogue
{
    public sealed record Entry(string Code, string DimensionName, KpiSpec Spec);

    public static readonly IReadOnlyList<Entry> Standard =
    [
        new("rnps", "Customer satisfaction", new("Relationship NPS", "points", -100, 100, Direction.HigherIsBetter,
            "100 x (promoters (9-10) - detractors (0-6)) / all answers to the 0-10 recommend question, relationship surveys only",
            "Loyalty to the company as a whole, asked periodically of customers regardless of a recent contact. Never pooled with tNPS.")),
        new("tnps", "Customer satisfaction", new("Transactional NPS", "points", -100, 100, Direction.HigherIsBetter,
            "100 x (promoters (9-10) - detractors (0-6)) / all answers to the 0-10 recommend question, transactional surveys only",
            "Loyalty right after a service contact. Never pooled with rNPS.")),
        new("csat", "Customer satisfaction", new("CSAT", "%", 0, 100, Direction.HigherIsBetter,
            "100 x answers of 4 or 5 (top-2-box) / all answers to the 1-5 satisfaction question, transactional surveys only",
            "Share of satisfied customers after a contact.")),
        new("ces", "Customer effort", new("Customer effort score (CES 2.0)", "score", 1, 7, Direction.HigherIsBetter,
            "mean of answers to 'The company made it easy for me to handle my issue' on 1 (strongly disagree) to 7 (strongly agree), transactional surveys only",
            "Higher means less effort for the customer.")),
        new("fcr", "Customer effort", new("First contact resolution", "%", 0, 100, Direction.HigherIsBetter,
            "100 x answered contacts with a customer id whose customer does not contact again within the repeat window (7 days) / answered contacts with a customer id, that is 100 - the repeat-contact rate",
            "Issues solved at the first attempt.")),
        new("aht", "Efficiency", new("Average handle time", "seconds", 0, null, Direction.LowerIsBetter,
            "sum of (talk + hold + wrap-up seconds) / answered contacts",
            "Agent time per answered contact.")),
        new("asa", "Customer effort", new("Average speed of answer", "seconds", 0, null, Direction.LowerIsBetter,
            "sum of wait seconds of answered contacts / answered contacts",
            "How long answered customers waited.")),
        new("service-level", "Customer effort", new("Service level 80/20", "%", 0, 100, Direction.HigherIsBetter,
            "100 x contacts answered in under 20 seconds / (answered contacts + contacts abandoned after waiting 20 seconds or more)",
            "The X/Y target: X % answered within Y seconds; here Y = 20 s. Abandoned in under Y seconds are left out. Both are settings.")),
        new("abandonment", "Customer effort", new("Abandonment rate", "%", 0, 100, Direction.LowerIsBetter,
            "100 x abandoned contacts / offered contacts (answered + abandoned)",
            "Customers who gave up waiting.")),
        new("cost-per-contact", "Efficiency", new("Cost per contact", "currency", 0, null, Direction.LowerIsBetter,
            "total service cost of the period / handled (answered) contacts",
            "Full cost (people, tools, facilities) per handled contact.")),
        new("repeat-contact", "Customer effort", new("Repeat-contact rate", "%", 0, 100, Direction.LowerIsBetter,
            "100 x answered contacts with a customer id followed by another contact of the same customer within the repeat window (7 days) / answered contacts with a customer id",
            "Contacts that did not end the customer's need.")),
    ];

    public static IEnumerable<KpiDefinition> CreateStandard(Guid organizationId, IReadOnlyDictionary<string, Guid> dimensionIdsByName) =>
        Standard.Select(e => KpiDefinition.Create(organizationId, e.Code,
            e.Spec with { DimensionId = dimensionIdsByName.TryGetValue(e.DimensionName, out var id) ? id : null }));
}
