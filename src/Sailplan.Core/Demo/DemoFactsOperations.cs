using System.Globalization;

namespace Sailplan.Core.Demo;

/// <summary>
/// One way in: a team answering one channel, with its share of the volume, opening hours, queue mix and
/// how it performs. Durations are seconds; handle times are log-normal (median, sigma).
/// </summary>
internal sealed record DemoStream(
    int Team,
    string Channel,
    double Share,
    double[] WeekdayFactors,
    double[] HourWeights,
    (int From, int To)[] OpenHours,
    double[] QueueWeights,
    double WaitMedian,
    double WaitSigma,
    double? PatienceMean,
    double TalkMedian,
    double TalkSigma,
    double HoldChance,
    double WrapMedian,
    double TransferChance,
    double ResolveChance,
    double AnonymousShare,
    int Agents)
{
    public string Unit => DemoFacts.Teams[Team];

    public bool IsOpen(DayOfWeek day, int hour) => OpenHours[(int)day] is var (from, to) && hour >= from && hour < to;

    public IReadOnlyList<string> AgentIds { get; } = [.. Enumerable.Range(1, Agents).Select(i =>
        $"{AgentPrefix(Team)}-{i.ToString("D2", CultureInfo.InvariantCulture)}")];

    private static string AgentPrefix(int team) => team switch
    {
        DemoOperations.PhoneTeam => "phone",
        DemoOperations.OnlineTeam => "online",
        DemoOperations.BackOfficeTeam => "backoffice",
        _ => "social",
    };
}

/// <summary>
/// The operational model of Northwind's service: who takes what, when it comes in, and how it goes.
/// An energy supplier's year: a winter peak, January's annual bills (billing and meter readings), summer
/// moves, Monday peaks, business hours, and two storm outages a year that flood phone and social.
/// </summary>
internal static class DemoOperations
{
    public const int PhoneTeam = 0, OnlineTeam = 1, BackOfficeTeam = 2, SocialTeam = 3;
    public const int Billing = 0, Moves = 1, MeterReadings = 2, Outages = 3, Tariffs = 4, Payments = 5;

    /// <summary>Northwind's household customers: contacts pick from them, so ids recur.</summary>
    public const int CustomerPool = 400_000;

    public const double ContactsPerDay = 400;

    // Weekday factors are indexed by DayOfWeek (Sunday first).
    private static readonly (int, int)[] Weekdays8To20Saturday9To14 = [(0, 0), (8, 20), (8, 20), (8, 20), (8, 20), (8, 20), (9, 14)];
    private static readonly (int, int)[] MondayToSaturday8To20 = [(0, 0), (8, 20), (8, 20), (8, 20), (8, 20), (8, 20), (8, 20)];
    private static readonly (int, int)[] AllDay = [(0, 24), (0, 24), (0, 24), (0, 24), (0, 24), (0, 24), (0, 24)];

    private static readonly double[] OfficeHours =
        [0, 0, 0, 0, 0, 0, 0, 0, 0.8, 1.4, 1.5, 1.3, 1.0, 1.0, 1.2, 1.1, 1.0, 0.9, 0.7, 0.5, 0, 0, 0, 0];
    private static readonly double[] ChatHours =
        [0, 0, 0, 0, 0, 0, 0, 0, 0.6, 1.0, 1.2, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.0, 0, 0, 0, 0];
    private static readonly double[] EmailHours =
        [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.2, 1.2, 1.1, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 0.7, 0.6, 0.4, 0.2];
    private static readonly double[] SocialHours =
        [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 0.9, 1.0, 1.0, 1.0, 1.1, 1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.4, 1.4, 1.2, 0.8, 0.4];

    //                                            billing moves meter outages tariffs payments
    private static readonly double[] PhoneQueues = [0.33, 0.15, 0.10, 0.08, 0.17, 0.17];
    private static readonly double[] ChatQueues = [0.30, 0.20, 0.15, 0.03, 0.20, 0.12];
    private static readonly double[] EmailQueues = [0.30, 0.25, 0.20, 0.02, 0.10, 0.13];
    private static readonly double[] BackOfficeQueues = [0.50, 0.25, 0.00, 0.00, 0.00, 0.25];
    private static readonly double[] SocialQueues = [0.30, 0.10, 0.05, 0.30, 0.15, 0.10];

    /// <summary>
    /// Phone answers fastest with the shortest contacts; chat agents run parallel sessions (longer handle);
    /// emails wait hours and never abandon; Back Office casework is slow and thorough (best resolution);
    /// social is quick but resolves least, and many posters are anonymous.
    /// </summary>
    public static IReadOnlyList<DemoStream> Streams { get; } =
    [
        new(PhoneTeam, "phone", 0.52, [0, 1.45, 1.20, 1.10, 1.05, 1.00, 0.40], OfficeHours, Weekdays8To20Saturday9To14, PhoneQueues,
            WaitMedian: 9, WaitSigma: 1.0, PatienceMean: 250, TalkMedian: 300, TalkSigma: 0.55, HoldChance: 0.35, WrapMedian: 50,
            TransferChance: 0.08, ResolveChance: 0.80, AnonymousShare: 0.03, Agents: 40),
        new(OnlineTeam, "chat", 0.15, [0, 1.30, 1.15, 1.10, 1.05, 1.00, 0.60], ChatHours, MondayToSaturday8To20, ChatQueues,
            WaitMedian: 14, WaitSigma: 0.9, PatienceMean: 350, TalkMedian: 430, TalkSigma: 0.5, HoldChance: 0.05, WrapMedian: 60,
            TransferChance: 0.06, ResolveChance: 0.74, AnonymousShare: 0.10, Agents: 12),
        new(OnlineTeam, "email", 0.11, [0.5, 1.30, 1.10, 1.05, 1.00, 0.95, 0.60], EmailHours, AllDay, EmailQueues,
            WaitMedian: 4 * 3600, WaitSigma: 0.8, PatienceMean: null, TalkMedian: 330, TalkSigma: 0.6, HoldChance: 0, WrapMedian: 90,
            TransferChance: 0.05, ResolveChance: 0.70, AnonymousShare: 0.02, Agents: 8),
        new(BackOfficeTeam, "email", 0.12, [0.3, 1.25, 1.15, 1.10, 1.05, 1.00, 0.40], EmailHours, AllDay, BackOfficeQueues,
            WaitMedian: 9 * 3600, WaitSigma: 0.7, PatienceMean: null, TalkMedian: 720, TalkSigma: 0.6, HoldChance: 0, WrapMedian: 180,
            TransferChance: 0.03, ResolveChance: 0.86, AnonymousShare: 0.0, Agents: 10),
        new(SocialTeam, "social", 0.10, [0.8, 1.10, 1.00, 1.00, 1.00, 1.00, 0.90], SocialHours, AllDay, SocialQueues,
            WaitMedian: 25 * 60, WaitSigma: 0.9, PatienceMean: null, TalkMedian: 240, TalkSigma: 0.6, HoldChance: 0, WrapMedian: 40,
            TransferChance: 0.10, ResolveChance: 0.62, AnonymousShare: 0.40, Agents: 6),
    ];

    /// <summary>Handle time per queue, relative: a disputed bill takes longest, a meter reading is quick.</summary>
    public static readonly double[] QueueHandleFactor = [1.15, 1.10, 0.60, 0.70, 1.00, 0.90];

    /// <summary>Resolution chance per queue, added: an outage cannot be fixed by the agent.</summary>
    public static readonly double[] QueueResolveDelta = [-0.05, 0.0, 0.10, -0.15, 0.0, 0.03];

    /// <summary>Winter peak, summer low (January's bill run is on top of this, in the billing queue).</summary>
    private static readonly double[] MonthFactor = [1.20, 1.15, 1.08, 0.95, 0.88, 0.82, 0.78, 0.80, 0.90, 1.00, 1.10, 1.05];

    public static readonly IReadOnlyList<string[]> Reasons =
    [
        ["annual bill higher than expected", "instalment change", "bill not received", "credit note", "dispute of a charge"],
        ["moving out", "moving in", "final bill after move", "start date of new contract"],
        ["submit meter reading", "estimated reading disputed", "meter replacement"],
        ["power cut", "gas supply interrupted", "when will supply return", "broadband down"],
        ["price change letter", "switch to green tariff", "contract renewal", "cancel contract"],
        ["direct debit change", "payment reminder", "payment plan", "refund request"],
    ];

    public static double Month(DateOnly day) => MonthFactor[day.Month - 1];

    /// <summary>Seasonal multiplier of a queue's volume: the annual bill run, the meter-reading round, summer moves.</summary>
    public static double QueueSeason(int queue, DateOnly day) => (queue, day.Month) switch
    {
        (Billing, 1) => 1.8,
        (Billing, 2) => 1.25,
        (MeterReadings, 12) => 1.6,
        (MeterReadings, 1) => 1.8,
        (Moves, >= 6 and <= 9) => 1.35,
        _ => 1.0,
    };

    /// <summary>Two storms a year (17-18 February, 29-30 October) flood the outage queue of phone, chat and social.</summary>
    public static double Outage(int queue, DemoStream stream, DateOnly day)
    {
        if (queue != Outages || stream.Channel == "email")
        {
            return 1;
        }

        return (day.Month, day.Day) switch
        {
            (2, 17) or (10, 29) => 30,
            (2, 18) or (10, 30) => 10,
            _ => 1,
        };
    }
}
