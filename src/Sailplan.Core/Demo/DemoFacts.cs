using Sailplan.Core.Facts;

namespace Sailplan.Core.Demo;

/// <summary>
/// A measure of the demo tree that truly moved a driver: from <see cref="Start"/> (a local date, inclusive) on,
/// the rating of <see cref="DriverName"/> rises by <see cref="Shift"/> points (1-10 scale, before rounding and
/// the ceiling at 10) in survey responses of <see cref="Units"/> (and only of <see cref="Queues"/>, when given).
/// Other units are unchanged, so they are a comparison group. Outcomes follow through <see cref="DemoFacts.TrueWeights"/>.
/// </summary>
public sealed record DemoEffect(
    string MeasureTitle,
    string DriverName,
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Queues,
    DateOnly Start,
    double Shift);

/// <summary>
/// How much one rating point of a driver moves each outcome in the generator, all else equal:
/// NPS points (0-10 answer) for transactional and relationship surveys, CSAT points (1-5), CES points (1-7),
/// and the log-odds of answering "yes, resolved". These are the truths key-driver analysis should recover
/// (up to the common shrinkage that rounding and the scale ends cause).
/// </summary>
public sealed record DemoDriverWeight(string DriverName, double Nps, double RelationshipNps, double Csat, double Ces, double FcrLogOdds);

/// <summary>
/// Synthetic contacts and surveys for the demo organisation (<see cref="DemoOrganization"/>), generated in code and
/// deterministic by seed: the same arguments give the same rows, in the same order (by time). The rows stream:
/// nothing is held beyond the next week of scheduled repeat contacts. Days run from <c>from</c> to <c>to</c>
/// inclusive in <c>timeZone</c>; times are UTC. About 400 contacts a day on average at scale 1, transactional
/// surveys after ~9 % of answered contacts and a relationship wave of ~300 responses a month.
/// </summary>
public static class DemoFacts
{
    public const string Source = "demo";

    public const string AgentKnowledge = "Agent knowledge";
    public const string Friendliness = "Friendliness and empathy";
    public const string Resolution = "Resolution on first contact";
    public const string Proactive = "Proactive information";
    public const string WaitingTime = "Waiting time";
    public const string Transfers = "Being passed around";
    public const string BillClarity = "Clarity of the bill";
    public const string SelfService = "Ease of self-service";

    public const string Phone = "Phone";
    public const string Online = "Online (Chat & Email)";
    public const string BackOffice = "Back Office";
    public const string Social = "Social Media";

    /// <summary>The drivers every survey rates, in the order of <see cref="TrueWeights"/>; the demo's driver names.</summary>
    public static IReadOnlyList<string> DriverNames { get; } =
        [AgentKnowledge, Friendliness, Resolution, Proactive, WaitingTime, Transfers, BillClarity, SelfService];

    public static IReadOnlyList<string> Teams { get; } = [Phone, Online, BackOffice, Social];

    public static IReadOnlyList<string> Channels { get; } = ["phone", "chat", "email", "social"];

    public static IReadOnlyList<string> Queues { get; } = ["billing", "moves", "meter-readings", "outages", "tariffs", "payments"];

    /// <summary>
    /// The true weights. Transactional NPS: resolution and knowledge matter most, friendliness, proactive
    /// information and self-service hardly (customers judge the contact). Relationship NPS: the bill and being
    /// told in time matter most (customers judge the company). CES: resolution, transfers and waiting.
    /// Neighbouring NPS weights differ by at least 0.03 so an ordering can be told apart with a year of surveys.
    /// </summary>
    public static IReadOnlyList<DemoDriverWeight> TrueWeights { get; } =
    [
        //                                   tNPS  rNPS  CSAT  CES   FCR log-odds
        new(AgentKnowledge, /*            */ 0.28, 0.05, 0.12, 0.08, 0.20),
        new(Friendliness, /*              */ 0.06, 0.08, 0.10, 0.01, 0.00),
        new(Resolution, /*                */ 0.40, 0.10, 0.16, 0.20, 0.90),
        new(Proactive, /*                 */ 0.03, 0.22, 0.01, 0.02, 0.00),
        new(WaitingTime, /*               */ 0.10, 0.03, 0.05, 0.12, 0.00),
        new(Transfers, /*                 */ 0.18, 0.04, 0.06, 0.16, 0.10),
        new(BillClarity, /*               */ 0.14, 0.30, 0.04, 0.04, 0.00),
        new(SelfService, /*               */ 0.00, 0.14, 0.01, 0.06, 0.00),
    ];

    /// <summary>
    /// Three measures of the demo tree whose driver truly shifted at the measure's start date (titles, drivers,
    /// units and dates as in <see cref="DemoOrganization"/>). Relationship responses shift too when their unit
    /// is in scope and the effect is not limited to queues (they have none).
    /// </summary>
    public static IReadOnlyList<DemoEffect> Effects { get; } =
    [
        new("Give agents a single customer view", AgentKnowledge, [Phone, Online], [], new DateOnly(2025, 9, 1), 0.8),
        new("Answer public social posts within 30 minutes, 7 days a week", WaitingTime, [Social], [], new DateOnly(2025, 11, 1), 1.2),
        new("Let first-line agents settle billing disputes up to EUR 100", Resolution, [Phone], ["billing"], new DateOnly(2026, 2, 1), 1.0),
    ];

    /// <summary>Contacts of the demo's four service teams, in order of <see cref="Contact.StartedAt"/>.</summary>
    public static IEnumerable<Contact> Contacts(int seed, DateOnly from, DateOnly to, string timeZone, double scale = 1)
    {
        var generator = new DemoContactGenerator(seed, from, to, timeZone, scale);
        return generator.Run().Select(g => g.Contact);
    }

    /// <summary>
    /// Survey responses in order of <see cref="SurveyResponse.RespondedAt"/>: transactional ones linked to the
    /// contacts <see cref="Contacts"/> gives for the same arguments, and the monthly relationship wave.
    /// </summary>
    public static IEnumerable<SurveyResponse> Surveys(int seed, DateOnly from, DateOnly to, string timeZone, double scale = 1)
    {
        var generator = new DemoContactGenerator(seed, from, to, timeZone, scale);
        return DemoSurveyGenerator.Merge(
            DemoSurveyGenerator.Transactional(seed, generator),
            DemoSurveyGenerator.Relationship(seed, from, to, generator.Zone, scale));
    }
}
