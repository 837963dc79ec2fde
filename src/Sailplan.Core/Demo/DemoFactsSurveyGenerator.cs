using System.Globalization;
using Sailplan.Core.Facts;
using static Sailplan.Core.Demo.DemoOperations;

namespace Sailplan.Core.Demo;

/// <summary>
/// The latent survey model. Each driver rating (1-10) = 7 + the team's and queue's offsets + how the contact went
/// (a long wait lowers "Waiting time", an unresolved contact "Resolution", a transfer "Being passed around")
/// + the shift of any <see cref="DemoFacts.Effects"/> in force + a respondent's general mood shared by all
/// ratings (so drivers correlate, as real ones do) + noise, rounded. Outcomes are then a weighted sum of the
/// ratings as answered (<see cref="DemoFacts.TrueWeights"/>) + noise, rounded and kept within their scale.
/// </summary>
internal static class DemoSurveyGenerator
{
    private const double TransactionalRate = 0.09;
    private const double RelationshipPerMonth = 300;
    private const double MoodSigma = 0.8;
    private const double RatingNoise = 1.3;

    // Indexes into DemoFacts.DriverNames of the drivers a contact's course moves.
    private const int Resolved = 2, Waiting = 4, Transfers = 5, Bill = 6;

    // Offsets from 7 per driver:          knowledge friendly resolved proactive waiting transfers bill selfservice
    private static readonly double[][] TeamOffsets =
    [
        /* Phone       */ [0.3, 0.5, 0.2, 0.0, -0.2, 0.0, 0.0, 0.0],
        /* Online      */ [-0.3, -0.2, -0.2, 0.0, 0.4, 0.2, 0.0, 0.4],
        /* Back Office */ [0.6, 0.0, 0.4, 0.0, -0.9, 0.3, 0.0, 0.0],
        /* Social      */ [-0.5, 0.3, -0.5, -0.4, 0.0, -0.3, 0.0, 0.0],
    ];

    private static readonly double[][] QueueOffsets =
    [
        /* billing        */ [0.0, 0.0, -0.3, 0.0, 0.0, 0.0, -1.2, 0.0],
        /* moves          */ [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.6],
        /* meter-readings */ [0.0, 0.0, 0.3, 0.0, 0.0, 0.0, 0.0, 0.3],
        /* outages        */ [0.0, 0.0, 0.0, -1.0, -0.3, 0.0, 0.0, 0.0],
        /* tariffs        */ [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.4, 0.0],
        /* payments       */ [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
    ];

    private static readonly double[] NpsWeights = [.. DemoFacts.TrueWeights.Select(w => w.Nps)];
    private static readonly double[] RelationshipNpsWeights = [.. DemoFacts.TrueWeights.Select(w => w.RelationshipNps)];
    private static readonly double[] CsatWeights = [.. DemoFacts.TrueWeights.Select(w => w.Csat)];
    private static readonly double[] CesWeights = [.. DemoFacts.TrueWeights.Select(w => w.Ces)];
    private static readonly double[] FcrWeights = [.. DemoFacts.TrueWeights.Select(w => w.FcrLogOdds)];

    private static readonly (int Driver, DemoEffect Effect)[] Effects =
        [.. DemoFacts.Effects.Select(e => (DriverIndex(e.DriverName), e))];

    /// <summary>Where relationship respondents last had contact: most had none ("").</summary>
    private static readonly double[] RelationshipUnitWeights = [0.20, 0.10, 0.06, 0.09, 0.55];

    private static readonly string[] DetractorComments =
    [
        "The agent did not know the answer and guessed.",
        "Felt like nobody was listening.",
        "Still not solved, I will have to call again.",
        "Nobody told me anything until I asked.",
        "Waited far too long to get through.",
        "I was passed from one department to the next and had to explain everything again.",
        "I still do not understand my bill.",
        "The app would not let me do it myself.",
    ];

    private static readonly string[] PromoterComments =
        ["Quick and friendly, problem solved.", "Knew exactly what to do.", "Great service, thank you.", "Sorted in one call."];

    private static readonly string[] PassiveComments = ["OK, but it took a while.", "Fine in the end.", "Could have been simpler."];

    public static IEnumerable<SurveyResponse> Transactional(int seed, DemoContactGenerator contacts)
    {
        var random = new DemoRandom(unchecked((seed * 31) + 1));
        var pending = new PriorityQueue<SurveyResponse, (long Ticks, long Sequence)>();
        long number = 0;
        foreach (var generated in contacts.Run())
        {
            // Every response still to come answers a contact started at or after this one: earlier ones are final.
            var now = generated.Contact.StartedAt.UtcTicks;
            while (pending.TryPeek(out _, out var at) && at.Ticks <= now)
            {
                yield return pending.Dequeue();
            }

            if (generated.Contact.IsAnswered && random.Chance(TransactionalRate))
            {
                var response = TransactionalResponse(random, generated, ++number);
                pending.Enqueue(response, (response.RespondedAt.UtcTicks, number));
            }
        }

        while (pending.TryDequeue(out var response, out _))
        {
            yield return response;
        }
    }

    public static IEnumerable<SurveyResponse> Relationship(int seed, DateOnly from, DateOnly to, TimeZoneInfo zone, double scale)
    {
        var random = new DemoRandom(unchecked((seed * 31) + 2));
        long number = 0;
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            // The wave is in the field from the 3rd to the 20th.
            var wave = new List<(DateTime Local, int Team)>();
            var count = random.Poisson(RelationshipPerMonth * scale);
            for (var i = 0; i < count; i++)
            {
                var day = month.AddDays(2 + random.Below(18));
                var local = day.ToDateTime(new TimeOnly(8 + random.Below(14), 0)).AddSeconds(random.Below(3600));
                var team = random.Pick(RelationshipUnitWeights);
                if (day >= from && day <= to)
                {
                    wave.Add((local, team < Teams.Count ? team : -1));
                }
            }

            foreach (var (local, team) in wave.OrderBy(r => r.Local))
            {
                var ratings = Ratings(random, team, -1, DateOnly.FromDateTime(local), null);
                var nps = Scale(7.7 + Index(ratings, RelationshipNpsWeights) + (1.5 * random.Normal()), 0, 10);
                yield return new SurveyResponse(DemoFacts.Source, "R" + (++number).ToString("D8", CultureInfo.InvariantCulture), null,
                    DemoContactGenerator.ToUtc(zone, local), SurveyType.Relationship, random.Chance(0.99) ? nps : null, null, null, null,
                    Named(ratings), Comment(random, nps, ratings), team < 0 ? "" : Teams[team], "", "");
            }
        }
    }

    /// <summary>Two streams, each in time order, as one in time order.</summary>
    public static IEnumerable<SurveyResponse> Merge(IEnumerable<SurveyResponse> first, IEnumerable<SurveyResponse> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool hasA = a.MoveNext(), hasB = b.MoveNext();
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current.RespondedAt <= b.Current.RespondedAt))
            {
                yield return a.Current;
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }

    private static SurveyResponse TransactionalResponse(DemoRandom random, GeneratedContact generated, long number)
    {
        var contact = generated.Contact;
        var ratings = Ratings(random, Streams[generated.Stream].Team, generated.Queue, generated.Day, generated);
        var nps = Scale(8.15 + Index(ratings, NpsWeights) + (1.3 * random.Normal()), 0, 10);
        var csat = Scale(4.1 + Index(ratings, CsatWeights) + (0.55 * random.Normal()), 1, 5);
        var ces = Scale(5.4 + Index(ratings, CesWeights) + (0.8 * random.Normal()), 1, 7);
        var fcr = random.Chance(1 / (1 + Math.Exp(-(1.0 + Index(ratings, FcrWeights)))));

        // The survey goes out when the contact ends; most answer within hours, all within the day.
        var delay = Math.Min(23 * 3600, contact.WaitSeconds + contact.HandleSeconds + random.LogNormal(2 * 3600, 1.0));
        return new SurveyResponse(DemoFacts.Source, "T" + number.ToString("D8", CultureInfo.InvariantCulture), contact.ExternalId,
            contact.StartedAt.AddSeconds(Math.Floor(delay)), SurveyType.Transactional,
            random.Chance(0.99) ? nps : null, random.Chance(0.97) ? csat : null, random.Chance(0.95) ? ces : null,
            random.Chance(0.96) ? fcr : null, Named(ratings), Comment(random, nps, ratings), contact.Unit, contact.Channel, contact.Queue);
    }

    /// <summary>Ratings in <see cref="DemoFacts.DriverNames"/> order; team and queue -1 when the response is not about one.</summary>
    private static int[] Ratings(DemoRandom random, int team, int queue, DateOnly day, GeneratedContact? contact)
    {
        var unit = team < 0 ? "" : Teams[team];
        var queueName = queue < 0 ? "" : DemoFacts.Queues[queue];
        var mood = MoodSigma * random.Normal();
        var ratings = new int[DemoFacts.DriverNames.Count];
        for (var d = 0; d < ratings.Length; d++)
        {
            var mean = 7.0 + (team < 0 ? 0 : TeamOffsets[team][d]) + (queue < 0 ? 0 : QueueOffsets[queue][d]);
            if (contact is { } c)
            {
                mean += d switch
                {
                    Waiting => Math.Clamp(-0.9 * Math.Log(Math.Max(c.WaitRatio, 0.01)), -3, 1.5),
                    Resolved => c.Resolved ? 1.0 : -2.5,
                    Transfers => c.Contact.Transferred ? -2.5 : 0,
                    _ => 0,
                };
            }
            else if (d == Bill)
            {
                // Without a contact to judge, the bill is what customers remember, worst just after the annual bill run.
                mean += day.Month is 1 or 2 ? -1.1 : -0.5;
            }

            foreach (var (driver, effect) in Effects)
            {
                if (driver == d && day >= effect.Start && effect.Units.Contains(unit)
                    && (effect.Queues.Count == 0 || effect.Queues.Contains(queueName)))
                {
                    mean += effect.Shift;
                }
            }

            ratings[d] = Scale(mean + mood + (RatingNoise * random.Normal()), 1, 10);
        }

        return ratings;
    }

    private static double Index(int[] ratings, double[] weights)
    {
        double sum = 0;
        for (var d = 0; d < ratings.Length; d++)
        {
            sum += weights[d] * (ratings[d] - 7);
        }

        return sum;
    }

    private static int Scale(double value, int min, int max) => Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), min, max);

    private static Dictionary<string, int> Named(int[] ratings)
    {
        var named = new Dictionary<string, int>(ratings.Length, StringComparer.Ordinal);
        for (var d = 0; d < ratings.Length; d++)
        {
            named[DemoFacts.DriverNames[d]] = ratings[d];
        }

        return named;
    }

    /// <summary>One in eight writes a comment; a detractor writes about the driver they rated worst.</summary>
    private static string? Comment(DemoRandom random, int nps, int[] ratings)
    {
        if (!random.Chance(0.125))
        {
            return null;
        }

        return nps switch
        {
            >= 9 => random.Pick(PromoterComments),
            >= 7 => random.Pick(PassiveComments),
            _ => DetractorComments[Array.IndexOf(ratings, ratings.Min())],
        };
    }

    private static IReadOnlyList<string> Teams => DemoFacts.Teams;

    private static int DriverIndex(string name)
    {
        var index = DemoFacts.DriverNames.ToList().IndexOf(name);
        return index >= 0 ? index : throw new InvalidOperationException($"'{name}' is not a demo driver.");
    }
}
