using System.Globalization;
using Sailplan.Core.Facts;
using static Sailplan.Core.Demo.DemoOperations;

namespace Sailplan.Core.Demo;

/// <summary>A generated contact with what the survey model needs to know about how it went.</summary>
/// <summary>
/// A generated contact with what the survey model needs to know about how it went: whether it was truly
/// resolved (the export may not say) and its wait relative to the stream's usual wait.
/// </summary>
internal readonly record struct GeneratedContact(Contact Contact, int Stream, int Queue, DateOnly Day, bool Resolved, double WaitRatio);

/// <summary>
/// Generates contacts day by day in the organisation's zone. Each day's new contacts are Poisson counts
/// per stream and queue (season x weekday x queue mix), placed in the opening hours; a contact that was not
/// resolved (and a few that were) brings the same customer back within a week, and an abandoned call is
/// often retried within the hour. Arrivals wait in a priority queue by UTC time, so rows come out in time
/// order and only the next week of scheduled returns is ever held.
/// </summary>
internal sealed class DemoContactGenerator
{
    /// <summary>All contacts per new contact: returns and retries come on top (measured: about 1.28).</summary>
    private const double ReturnAllowance = 1.28;

    private const double MondayUnderstaffing = 1.15;
    private const int MaxWaitSeconds = 3 * 24 * 3600;

    /// <summary>Days until an unresolved customer comes back: mostly the next day or two, always within the 7-day repeat window.</summary>
    private static readonly int[] ReturnGaps = [1, 1, 1, 2, 2, 3, 4];

    private readonly int seed;
    private readonly DateOnly from;
    private readonly DateOnly to;
    private readonly double basePerDay;

    /// <summary>Hour weights per stream and weekday, zero outside opening hours, and their mean over open hours.</summary>
    private readonly double[][][] hourWeights;
    private readonly double[][] meanOpenHourWeight;

    public DemoContactGenerator(int seed, DateOnly from, DateOnly to, string timeZone, double scale)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last day cannot be before the first.");
        }

        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be a positive number.");
        }

        this.seed = seed;
        this.from = from;
        this.to = to;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        basePerDay = ContactsPerDay * scale / ReturnAllowance / AverageDailyMultiplier();

        hourWeights = new double[Streams.Count][][];
        meanOpenHourWeight = new double[Streams.Count][];
        for (var s = 0; s < Streams.Count; s++)
        {
            hourWeights[s] = new double[7][];
            meanOpenHourWeight[s] = new double[7];
            for (var day = 0; day < 7; day++)
            {
                var stream = Streams[s];
                var weights = hourWeights[s][day] = new double[24];
                var open = 0;
                for (var hour = 0; hour < 24; hour++)
                {
                    if (stream.IsOpen((DayOfWeek)day, hour))
                    {
                        weights[hour] = stream.HourWeights[hour];
                        open++;
                    }
                }

                meanOpenHourWeight[s][day] = open == 0 ? 0 : weights.Sum() / open;
            }
        }
    }

    public TimeZoneInfo Zone { get; }

    public IEnumerable<GeneratedContact> Run()
    {
        var run = new RunState(new DemoRandom(seed));
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var load = AddNewArrivals(run, day);
            var nextDayStarts = ToUtc(Zone, day.AddDays(1).ToDateTime(TimeOnly.MinValue)).UtcTicks;
            while (run.Arrivals.TryPeek(out _, out var at) && at.Ticks < nextDayStarts)
            {
                yield return Handle(run, run.Arrivals.Dequeue(), day, load);
            }
        }
    }

    /// <summary>Each stream's new contacts of the day; returns each stream's load (1 = an ordinary day), which lengthens waits.</summary>
    private double[] AddNewArrivals(RunState run, DateOnly day)
    {
        var load = new double[Streams.Count];
        var weekday = (int)day.DayOfWeek;
        for (var s = 0; s < Streams.Count; s++)
        {
            var stream = Streams[s];
            if (meanOpenHourWeight[s][weekday] == 0)
            {
                continue;
            }

            double mix = 0, plainMix = 0;
            for (var q = 0; q < Queues.Count; q++)
            {
                var weight = stream.QueueWeights[q] * QueueSeason(q, day) * Outage(q, stream, day);
                mix += weight;
                plainMix += stream.QueueWeights[q];
                var count = run.Random.Poisson(basePerDay * stream.Share * stream.WeekdayFactors[weekday] * Month(day) * weight);
                for (var i = 0; i < count; i++)
                {
                    var customer = run.Random.Chance(stream.AnonymousShare) ? -1 : run.Random.Below(CustomerPool);
                    Enqueue(run, new Arrival(AtOpenHour(run, s, day), s, q, customer, Return: false));
                }
            }

            // Staffing follows the weekly pattern but not the season, the bill run or a storm; Mondays run short.
            load[s] = Month(day) * mix / plainMix * (day.DayOfWeek == DayOfWeek.Monday ? MondayUnderstaffing : 1);
        }

        return load;
    }

    private GeneratedContact Handle(RunState run, Arrival arrival, DateOnly day, double[] load)
    {
        var random = run.Random;
        var stream = Streams[arrival.Stream];
        var queue = arrival.Queue;
        var weekday = (int)day.DayOfWeek;

        // Waits grow with the day's load (squared: queues grow faster than volume) and the hour's.
        var hourLoad = meanOpenHourWeight[arrival.Stream][weekday] is > 0 and var mean
            ? Math.Clamp(stream.HourWeights[arrival.Local.Hour] / mean, 0.5, 2)
            : 1;
        var waitMedian = stream.WaitMedian * Math.Min(6, load[arrival.Stream] * load[arrival.Stream]) * hourLoad;
        var wait = Math.Min(MaxWaitSeconds, random.LogNormal(waitMedian, stream.WaitSigma));

        var id = "C" + (++run.ContactNumber).ToString("D8", CultureInfo.InvariantCulture);
        var customerId = arrival.Customer < 0 ? null : "NW" + arrival.Customer.ToString("D7", CultureInfo.InvariantCulture);
        var startedAt = ToUtc(run, arrival.Local);

        // Abandonment: each caller has a patience; who would wait longer than it hangs up, so it rises with the wait.
        if (stream.PatienceMean is { } patienceMean && random.Exponential(patienceMean) is var patience && patience < wait)
        {
            if (random.Chance(0.55))
            {
                var retry = arrival.Local.AddMinutes(3 + random.Below(57));
                if (retry.Date == arrival.Local.Date && stream.IsOpen(retry.DayOfWeek, retry.Hour))
                {
                    Enqueue(run, arrival with { Local = retry, Return = true });
                }
            }

            var abandoned = new Contact(DemoFacts.Source, id, startedAt, stream.Channel, Queues[queue], stream.Unit, null, customerId,
                0, 0, 0, (int)patience, ContactOutcome.Abandoned, false, null, null);
            return new GeneratedContact(abandoned, arrival.Stream, queue, day, false, patience / stream.WaitMedian);
        }

        var transferred = random.Chance(stream.TransferChance);
        var talk = Math.Min(7200, random.LogNormal(stream.TalkMedian * QueueHandleFactor[queue] * (transferred ? 1.4 : 1), stream.TalkSigma));
        var hold = random.Chance(stream.HoldChance * (transferred ? 2 : 1)) ? Math.Min(1800, random.LogNormal(45, 0.8)) : 0;
        var wrap = Math.Min(1800, random.LogNormal(stream.WrapMedian, 0.5));

        var resolveChance = stream.ResolveChance + QueueResolveDelta[queue] - (transferred ? 0.2 : 0) + (arrival.Return ? 0.05 : 0);
        var resolved = random.Chance(resolveChance);
        var recorded = random.Chance(0.95);
        if (random.Chance(resolved ? 0.05 : 0.6))
        {
            ScheduleReturn(run, arrival, day);
        }

        var contact = new Contact(DemoFacts.Source, id, startedAt, stream.Channel, Queues[queue], stream.Unit,
            random.Pick(stream.AgentIds), customerId, (int)talk, (int)hold, (int)wrap, (int)wait, ContactOutcome.Answered,
            transferred, recorded ? resolved : null, random.Pick(Reasons[queue]));
        return new GeneratedContact(contact, arrival.Stream, queue, day, resolved, wait / stream.WaitMedian);
    }

    /// <summary>The customer comes back within a week, mostly in the same way, otherwise by phone (which takes every queue).</summary>
    private void ScheduleReturn(RunState run, Arrival arrival, DateOnly day)
    {
        var stream = run.Random.Chance(0.75) ? arrival.Stream : 0;
        var returnDay = day.AddDays(run.Random.Pick(ReturnGaps));
        if (meanOpenHourWeight[stream][(int)returnDay.DayOfWeek] == 0)
        {
            returnDay = returnDay.AddDays(1);
        }

        Enqueue(run, arrival with { Local = AtOpenHour(run, stream, returnDay), Stream = stream, Return = true });
    }

    private DateTime AtOpenHour(RunState run, int stream, DateOnly day)
    {
        var hour = run.Random.Pick(hourWeights[stream][(int)day.DayOfWeek]);
        return day.ToDateTime(new TimeOnly(hour, 0)).AddSeconds(run.Random.Below(3600));
    }

    private void Enqueue(RunState run, Arrival arrival) =>
        run.Arrivals.Enqueue(arrival, (ToUtc(run, arrival.Local).UtcTicks, run.Sequence++));

    /// <summary>Most days have one UTC offset all day: it is looked up once per day instead of once per contact.</summary>
    private DateTimeOffset ToUtc(RunState run, DateTime local)
    {
        var day = DateOnly.FromDateTime(local);
        if (day != run.OffsetDay)
        {
            var atStart = Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue));
            var atEnd = Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MaxValue));
            (run.OffsetDay, run.DayOffset) = (day, atStart == atEnd ? atStart : null);
        }

        return run.DayOffset is { } offset ? new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero) : ToUtc(Zone, local);
    }

    /// <summary>
    /// A local wall-clock time as UTC. A time the spring clock change skips is read an hour later;
    /// a time the autumn change repeats is read as standard time.
    /// </summary>
    internal static DateTimeOffset ToUtc(TimeZoneInfo zone, DateTime local)
    {
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The mean of the daily volume multipliers over a reference year, so the default averages <see cref="ContactsPerDay"/>.</summary>
    private static double AverageDailyMultiplier()
    {
        var start = new DateOnly(2025, 1, 1);
        double total = 0;
        for (var day = start; day.Year == start.Year; day = day.AddDays(1))
        {
            foreach (var stream in Streams)
            {
                for (var q = 0; q < Queues.Count; q++)
                {
                    total += stream.Share * stream.WeekdayFactors[(int)day.DayOfWeek] * Month(day) *
                        stream.QueueWeights[q] * QueueSeason(q, day) * Outage(q, stream, day);
                }
            }
        }

        return total / 365;
    }

    private static IReadOnlyList<string> Queues => DemoFacts.Queues;

    /// <summary>A contact yet to happen: the local wall-clock time and who comes how about what.</summary>
    private readonly record struct Arrival(DateTime Local, int Stream, int Queue, int Customer, bool Return);

    /// <summary>The mutable state of one enumeration, so enumerating again starts afresh and gives the same rows.</summary>
    private sealed class RunState(DemoRandom random)
    {
        public DemoRandom Random { get; } = random;
        public PriorityQueue<Arrival, (long Ticks, long Sequence)> Arrivals { get; } = new();
        public long Sequence { get; set; }
        public long ContactNumber { get; set; }
        public DateOnly OffsetDay { get; set; } = DateOnly.MaxValue;
        public TimeSpan? DayOffset { get; set; }
    }
}
