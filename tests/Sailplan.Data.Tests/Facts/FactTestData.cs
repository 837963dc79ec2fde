using Sailplan.Core.Ingest;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Facts;
using Sailplan.Core.Organizations;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;

namespace Sailplan.Data.Tests.Facts;

/// <summary>
/// Generated facts, the totals expected of them computed directly in C# (time zone conversion by
/// <see cref="TimeZoneInfo"/>, repeat flags by sorting each customer's contacts), and the cells the store
/// holds, read back through EF Core (not through the store's own query), in one comparable form.
/// </summary>
internal static class FactTestData
{
    public const string Zone = "America/New_York"; // daylight saving starts on 2026-03-08, inside the generated range
    public static readonly DateTimeOffset RangeStart = new(2026, 2, 20, 0, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> OrganizationAsync(TestDatabase database, string zone = Zone)
    {
        var org = Organization.Create("Facts Co", zone, "EUR");
        await using var db = database.Open();
        db.Add(org);
        await db.SaveChangesAsync();
        return org.Id;
    }

    public static List<Contact> Contacts(int count, int seed, string source = "pbx", int customers = 150, int days = 60)
    {
        var random = new Random(seed);
        string[] units = ["North", "South", ""], channels = ["phone", "chat", "email"], queues = ["billing", "tech", "sales", ""];
        int Duration() => random.Next(10) switch { 0 => 0, 1 => random.Next(14_400, 30_000), 2 => random.Next(5), _ => random.Next(1, 2_000) };
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var answered = random.NextDouble() < 0.8;
            var customer = random.Next(10) switch { 0 => null, 1 => "", _ => $"cust-{random.Next(customers)}" };
            return new Contact(source, $"{source}-{seed}-{i}", RangeStart.AddSeconds(random.Next(days * 86_400)),
                channels[random.Next(channels.Length)], queues[random.Next(queues.Length)], units[random.Next(units.Length)],
                $"agent-{random.Next(20)}", customer,
                answered ? Duration() : 0, answered ? random.Next(120) : 0, answered ? random.Next(300) : 0, Duration(),
                answered ? ContactOutcome.Answered : ContactOutcome.Abandoned, random.NextDouble() < 0.1,
                random.Next(3) switch { 0 => null, 1 => true, _ => false }, random.Next(2) == 0 ? null : "billing question");
        })];
    }

    public static List<SurveyResponse> Surveys(int count, int seed, string source = "survey-tool", int days = 60)
    {
        var random = new Random(seed);
        string[] units = ["North", "South"], channels = ["phone", "chat"], queues = ["billing", "tech"];
        int? Maybe(int low, int high) => random.Next(5) == 0 ? null : random.Next(low, high + 1);
        return [.. Enumerable.Range(0, count).Select(i => new SurveyResponse(source, $"{source}-{seed}-{i}", $"c-{i}",
            RangeStart.AddSeconds(random.Next(days * 86_400)),
            random.Next(3) == 0 ? SurveyType.Relationship : SurveyType.Transactional,
            Maybe(0, 10), Maybe(1, 5), Maybe(1, 7), random.Next(3) switch { 0 => null, 1 => true, _ => false },
            new Dictionary<string, int> { ["Speed"] = random.Next(1, 11), ["Friendliness"] = random.Next(1, 11) },
            random.Next(4) == 0 ? "thanks" : null, units[random.Next(2)], channels[random.Next(2)], queues[random.Next(2)]))];
    }

    public static async Task<ImportRecord> ImportAsync(TestDatabase database, Guid org, IEnumerable<Contact> contacts, int repeatWindowDays = 7, string zone = Zone)
    {
        await using var db = database.Open();
        await using var batch = await FactImport.BeginAsync(db, org, FactKind.Contacts, new ImportInfo("contacts.csv", "pbx", "tester"), zone, repeatWindowDays);
        await batch.AddAsync(contacts);
        return await batch.CommitAsync();
    }

    public static async Task<ImportRecord> ImportAsync(TestDatabase database, Guid org, IEnumerable<SurveyResponse> responses)
    {
        await using var db = database.Open();
        await using var batch = await FactImport.BeginAsync(db, org, FactKind.Surveys, new ImportInfo("surveys.csv", null, "tester"), Zone);
        await batch.AddAsync(responses);
        return await batch.CommitAsync();
    }

    public static DateOnly LocalDay(DateTimeOffset at, string zone = Zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);

    /// <summary>The first occurrence of each (source, external id) wins, as in the store.</summary>
    public static List<T> Distinct<T>(IEnumerable<T> rows, Func<T, string> key) => [.. rows.DistinctBy(key)];

    /// <summary>External ids of the repeated contacts: each customer's contacts in (time, source, id) order; the next one at most the window later.</summary>
    public static HashSet<string> ExpectedRepeats(IEnumerable<Contact> contacts, int windowDays)
    {
        var repeated = new HashSet<string>();
        foreach (var customer in contacts.Where(c => !string.IsNullOrEmpty(c.CustomerId)).GroupBy(c => c.CustomerId))
        {
            var ordered = customer.OrderBy(c => c.StartedAt).ThenBy(c => c.Source, StringComparer.Ordinal).ThenBy(c => c.ExternalId, StringComparer.Ordinal).ToList();
            for (var i = 0; i + 1 < ordered.Count; i++)
            {
                if (ordered[i].IsAnswered && ordered[i + 1].StartedAt - ordered[i].StartedAt <= TimeSpan.FromDays(windowDays))
                {
                    repeated.Add(ordered[i].ExternalId);
                }
            }
        }

        return repeated;
    }

    public static Dictionary<string, string> ExpectedCells(IEnumerable<Contact> contacts, int windowDays, IEnumerable<SurveyResponse>? responses = null)
    {
        var all = contacts.ToList();
        var repeats = ExpectedRepeats(all, windowDays);
        var cells = new Dictionary<string, ContactTotals>();
        foreach (var contact in all)
        {
            var key = Key(LocalDay(contact.StartedAt), contact.Unit, contact.Channel, contact.Queue);
            if (!cells.TryGetValue(key, out var totals))
            {
                cells[key] = totals = new ContactTotals();
            }

            totals.Add(contact, repeats.Contains(contact.ExternalId));
        }

        var surveyCells = new Dictionary<string, SurveyTotals>();
        foreach (var response in responses ?? [])
        {
            var key = Key(LocalDay(response.RespondedAt), response.Unit, response.Channel, response.Queue) + "|" + response.Type;
            if (!surveyCells.TryGetValue(key, out var totals))
            {
                surveyCells[key] = totals = new SurveyTotals();
            }

            totals.Add(response);
        }

        return cells.ToDictionary(c => c.Key, c => Describe(c.Value))
            .Concat(surveyCells.ToDictionary(c => c.Key, c => Describe(c.Value)))
            .ToDictionary();
    }

    /// <summary>Every cell of the organisation as stored, read with EF Core.</summary>
    public static async Task<Dictionary<string, string>> StoredCellsAsync(TestDatabase database, Guid org)
    {
        await using var db = database.Open();
        var contacts = (await db.ContactCells.Where(c => c.OrganizationId == org).ToListAsync())
            .ToDictionary(c => Key(c.Day, c.Unit, c.Channel, c.Queue), c => StoredTotals(db, c));
        var surveyCells = await db.SurveyCells.AsNoTracking().Where(c => c.OrganizationId == org).ToListAsync();

        var surveys = surveyCells.ToDictionary(c => Key(c.Day, c.Unit, c.Channel, c.Queue) + "|" + c.SurveyType, c => Describe(StoredTotals(c)));
        return contacts.ToDictionary(c => c.Key, c => Describe(c.Value)).Concat(surveys).ToDictionary();
    }

    /// <summary>
    /// The totals of a tracked contact cell, day or month: its sums by property name (the same as
    /// <see cref="ContactTotals"/>'s) and its histograms from their columns, handle_b00 .. wait_abandoned_b35.
    /// </summary>
    public static ContactTotals StoredTotals(AppDb db, ContactCellSums cell)
    {
        var entry = db.Entry(cell);
        long Value(string property) => (long)entry.Property(property).CurrentValue!;
        var t = new ContactTotals
        {
            Offered = Value("Offered"), Answered = Value("Answered"), Abandoned = Value("Abandoned"), Transferred = Value("Transferred"),
            ResolvedKnown = Value("ResolvedKnown"), Resolved = Value("Resolved"), AnsweredWithCustomer = Value("AnsweredWithCustomer"),
            Repeated = Value("Repeated"), HandleSum = Value("HandleSum"), HandleSumOfSquares = Value("HandleSumOfSquares"),
            WaitSum = Value("WaitSum"), WaitSumOfSquares = Value("WaitSumOfSquares"),
        };
        foreach (var (measure, histogram) in new[] { ("handle", t.HandleHistogram), ("wait_answered", t.WaitAnsweredHistogram), ("wait_abandoned", t.WaitAbandonedHistogram) })
        {
            for (var i = 0; i < histogram.Length; i++)
            {
                histogram[i] = Value(string.Create(CultureInfo.InvariantCulture, $"{measure}_b{i:00}"));
            }
        }

        return t;
    }

    /// <summary>The totals of a survey cell, day or month, as stored.</summary>
    public static SurveyTotals StoredTotals(SurveyCellSums c) => new()
    {
        Responses = c.Responses, Promoters = c.Promoters, Passives = c.Passives, Detractors = c.Detractors,
        CsatAnswers = c.CsatAnswers, CsatTopTwo = c.CsatTopTwo, CsatSum = c.CsatSum, CsatSumOfSquares = c.CsatSumOfSquares,
        CesAnswers = c.CesAnswers, CesSum = c.CesSum, CesSumOfSquares = c.CesSumOfSquares, FcrAnswers = c.FcrAnswers, FcrYes = c.FcrYes,
    };

    public static string Key(DateOnly day, string unit, string channel, string queue) =>
        $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}|{unit}|{channel}|{queue}";

    public static string Describe(ContactTotals t) => string.Join(' ',
        $"offered={t.Offered} answered={t.Answered} abandoned={t.Abandoned} transferred={t.Transferred}",
        $"resolvedKnown={t.ResolvedKnown} resolved={t.Resolved} withCustomer={t.AnsweredWithCustomer} repeated={t.Repeated}",
        $"handle={t.HandleSum}/{t.HandleSumOfSquares} wait={t.WaitSum}/{t.WaitSumOfSquares}",
        $"handleHist=[{string.Join(',', t.HandleHistogram)}] waitAnsweredHist=[{string.Join(',', t.WaitAnsweredHistogram)}]",
        $"waitAbandonedHist=[{string.Join(',', t.WaitAbandonedHistogram)}]");

    public static string Describe(SurveyTotals t) =>
        $"responses={t.Responses} nps={t.Promoters}/{t.Passives}/{t.Detractors} csat={t.CsatAnswers}/{t.CsatTopTwo}/{t.CsatSum}/{t.CsatSumOfSquares} "
        + $"ces={t.CesAnswers}/{t.CesSum}/{t.CesSumOfSquares} fcr={t.FcrAnswers}/{t.FcrYes}";

    /// <summary>Asserts equal cell sets, naming the first cell that differs (a whole-dictionary diff is unreadable).</summary>
    public static void AssertSameCells(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in expected)
        {
            Assert.True(value == actual[key], $"cell {key}\nexpected {value}\nactual   {actual[key]}");
        }
    }
}
