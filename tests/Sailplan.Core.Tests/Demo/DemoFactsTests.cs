using Sailplan.Core.Demo;
using Sailplan.Core.Facts;

namespace Sailplan.Core.Tests.Demo;

/// <summary>Two full calendar years at the default volume, generated once for all demo-facts tests.</summary>
internal static class DemoFactsSample
{
    public const int Seed = 42;
    public const string Zone = "Europe/Berlin";
    public static readonly DateOnly From = new(2025, 1, 1);
    public static readonly DateOnly To = new(2026, 12, 31);
    public static readonly TimeZoneInfo TimeZone = TimeZoneInfo.FindSystemTimeZoneById(Zone);

    private static readonly Lazy<List<Contact>> LazyContacts = new(() => [.. DemoFacts.Contacts(Seed, From, To, Zone)]);
    private static readonly Lazy<List<SurveyResponse>> LazySurveys = new(() => [.. DemoFacts.Surveys(Seed, From, To, Zone)]);

    public static List<Contact> Contacts => LazyContacts.Value;
    public static List<SurveyResponse> Surveys => LazySurveys.Value;

    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    public static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));
}

public class DemoFactsTests
{
    private static List<Contact> Contacts => DemoFactsSample.Contacts;

    [Fact]
    public void The_same_seed_gives_the_same_rows_and_another_seed_other_rows()
    {
        DateOnly from = new(2025, 3, 20), to = new(2025, 4, 10);
        var first = DemoFacts.Contacts(7, from, to, DemoFactsSample.Zone).ToList();
        var again = DemoFacts.Contacts(7, from, to, DemoFactsSample.Zone).ToList();
        var other = DemoFacts.Contacts(8, from, to, DemoFactsSample.Zone).ToList();

        Assert.True(first.Count > 5000);
        Assert.Equal(first, again);
        Assert.NotEqual(first.Take(100), other.Take(100));

        // Survey records hold a dictionary (compared by reference), so compare them written out.
        static List<string> Written(IEnumerable<SurveyResponse> surveys) =>
            [.. surveys.Select(s => $"{s with { DriverRatings = new Dictionary<string, int>() }}|{string.Join(",", s.DriverRatings.OrderBy(r => r.Key, StringComparer.Ordinal))}")];
        var surveys = Written(DemoFacts.Surveys(7, from, to, DemoFactsSample.Zone));
        Assert.True(surveys.Count > 500);
        Assert.Equal(surveys, Written(DemoFacts.Surveys(7, from, to, DemoFactsSample.Zone)));
        Assert.NotEqual(surveys.Take(50), Written(DemoFacts.Surveys(8, from, to, DemoFactsSample.Zone)).Take(50));
    }

    [Fact]
    public void Enumerating_the_same_sequence_twice_gives_the_same_rows()
    {
        var contacts = DemoFacts.Contacts(3, new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 7), DemoFactsSample.Zone);
        Assert.Equal(contacts.ToList(), contacts.ToList());
    }

    [Fact]
    public void Rows_come_in_time_order_with_unique_ids_in_UTC()
    {
        Assert.True(Contacts.Zip(Contacts.Skip(1)).All(p => p.First.StartedAt <= p.Second.StartedAt));
        Assert.Equal(Contacts.Count, Contacts.Select(c => c.ExternalId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Contacts, c => Assert.Equal(TimeSpan.Zero, c.StartedAt.Offset));
        Assert.Equal(DemoFactsSample.From, DemoFactsSample.LocalDay(Contacts[0].StartedAt));
        Assert.Equal(DemoFactsSample.To, DemoFactsSample.LocalDay(Contacts[^1].StartedAt));

        var surveys = DemoFactsSample.Surveys;
        Assert.True(surveys.Zip(surveys.Skip(1)).All(p => p.First.RespondedAt <= p.Second.RespondedAt));
        Assert.Equal(surveys.Count, surveys.Select(s => s.ExternalId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void About_400_contacts_a_day_and_scale_multiplies_them()
    {
        var days = DemoFactsSample.To.DayNumber - DemoFactsSample.From.DayNumber + 1;
        Assert.InRange(Contacts.Count / (double)days, 370, 430);

        // A quarter of the volume: the same model, so within a few percent of a quarter.
        DateOnly from = new(2025, 5, 1), to = new(2025, 5, 31);
        var full = Contacts.Count(c => DemoFactsSample.LocalDay(c.StartedAt) is var d && d >= from && d <= to);
        var quarter = DemoFacts.Contacts(DemoFactsSample.Seed, from, to, DemoFactsSample.Zone, scale: 0.25).Count();
        Assert.InRange(quarter / (double)full, 0.22, 0.28);
    }

    [Fact]
    public void Winter_is_the_peak_with_January_highest_and_Mondays_busier_than_midweek()
    {
        var perMonth = Contacts.GroupBy(c => DemoFactsSample.Local(c.StartedAt).Month).ToDictionary(g => g.Key, g => g.Count() / 2.0);
        Assert.Equal(1, perMonth.MaxBy(m => m.Value).Key);
        var winter = (perMonth[12] + perMonth[1] + perMonth[2]) / 3;
        var summer = (perMonth[6] + perMonth[7] + perMonth[8]) / 3;
        Assert.True(winter > 1.4 * summer, $"winter {winter}, summer {summer}");

        var phoneByWeekday = Contacts.Where(c => c.Channel == "phone")
            .GroupBy(c => DemoFactsSample.Local(c.StartedAt).DayOfWeek).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(phoneByWeekday[DayOfWeek.Monday] > 1.2 * phoneByWeekday[DayOfWeek.Wednesday]);
        Assert.False(phoneByWeekday.ContainsKey(DayOfWeek.Sunday));
    }

    [Fact]
    public void Storm_days_flood_the_outage_queue()
    {
        var outagesPerDay = Contacts.Where(c => c.Queue == "outages")
            .GroupBy(c => DemoFactsSample.LocalDay(c.StartedAt)).ToDictionary(g => g.Key, g => g.Count());
        var ordinary = outagesPerDay.Values.Order().ElementAt(outagesPerDay.Count / 2);
        Assert.True(outagesPerDay[new DateOnly(2025, 2, 17)] > 10 * ordinary);
        Assert.True(outagesPerDay[new DateOnly(2026, 10, 29)] > 10 * ordinary);
    }

    [Fact]
    public void Local_opening_hours_hold_in_summer_and_winter_time()
    {
        // Phone is open 8-20 on weekdays in Berlin: in UTC that is 7-19 in winter and 6-18 in summer.
        foreach (var month in new[] { 1, 7 })
        {
            var phone = Contacts.Where(c => c.Channel == "phone" && c.Outcome == ContactOutcome.Answered).Select(c => c.StartedAt)
                .Where(t => DemoFactsSample.Local(t) is { Month: var m, DayOfWeek: not DayOfWeek.Saturday } && m == month).ToList();
            Assert.Equal(8, phone.Min(t => DemoFactsSample.Local(t).Hour));
            Assert.Equal(19, phone.Max(t => DemoFactsSample.Local(t).Hour));
            Assert.Equal(month == 1 ? 7 : 6, phone.Min(t => t.UtcDateTime.Hour));
        }
    }

    [Fact]
    public void Slices_are_the_demo_teams_channels_and_queues()
    {
        var demo = DemoOrganization.Build();
        var unitNames = demo.Units.Select(u => u.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(DemoFacts.Teams, t => Assert.Contains(t, unitNames));
        Assert.Equal(demo.Drivers.Select(d => d.Name).Order(StringComparer.Ordinal), DemoFacts.DriverNames.Order(StringComparer.Ordinal));

        Assert.Equal(
            ["Back Office/email", "Online (Chat & Email)/chat", "Online (Chat & Email)/email", "Phone/phone", "Social Media/social"],
            Contacts.Select(c => $"{c.Unit}/{c.Channel}").Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(DemoFacts.Queues.Order(StringComparer.Ordinal), Contacts.Select(c => c.Queue).Distinct().Order(StringComparer.Ordinal));
        Assert.All(Contacts, c => Assert.Equal(DemoFacts.Source, c.Source));
    }

    [Fact]
    public void Teams_differ_in_handle_time_waiting_abandonment_and_resolution()
    {
        var answered = Contacts.Where(c => c.IsAnswered).ToList();
        double Aht(string channel) => answered.Where(c => c.Channel == channel).Average(c => c.HandleSeconds);
        double Resolution(string unit) =>
            answered.Where(c => c.Unit == unit && c.Resolved is not null).Average(c => c.Resolved == true ? 1.0 : 0.0);
        double Abandonment(string channel, int month) => Contacts
            .Where(c => c.Channel == channel && DemoFactsSample.Local(c.StartedAt).Month == month).Average(c => c.IsAnswered ? 0.0 : 1.0);

        // Phone AHT near the 390 s target, chat well above it (parallel sessions).
        Assert.InRange(Aht("phone"), 360, 480);
        Assert.True(Aht("chat") > 1.15 * Aht("phone"));
        Assert.True(Resolution(DemoFacts.BackOffice) > Resolution(DemoFacts.Social) + 0.15);

        // Calls are answered in about a minute, emails in hours; emails and posts are never abandoned.
        Assert.InRange(answered.Where(c => c.Channel == "phone").Average(c => c.WaitSeconds), 8, 40);
        Assert.True(answered.Where(c => c.Channel == "email").Average(c => c.WaitSeconds) > 3600);
        Assert.All(Contacts.Where(c => c.Channel is "email" or "social"), c => Assert.True(c.IsAnswered));

        // Abandonment: a few percent in summer, rising with the January waits.
        Assert.InRange(Abandonment("phone", 7), 0.02, 0.08);
        Assert.True(Abandonment("phone", 1) > 1.8 * Abandonment("phone", 7));
        Assert.InRange(answered.Average(c => c.Transferred ? 1.0 : 0.0), 0.03, 0.12);
    }

    [Fact]
    public void Handle_times_are_skewed_like_log_normal_ones()
    {
        // A log-normal's mean exceeds its median by exp(σ²/2): about 16 % for σ = 0.55.
        var handle = Contacts.Where(c => c.IsAnswered && c.Channel == "phone").Select(c => (double)c.HandleSeconds).Order().ToList();
        var median = handle[handle.Count / 2];
        Assert.InRange(handle.Average() / median, 1.08, 1.35);
        Assert.True(handle[(int)(handle.Count * 0.99)] > 3 * median);
    }

    [Fact]
    public void One_in_five_answered_customers_comes_back_within_seven_days_more_so_when_unresolved()
    {
        var visits = Contacts.Where(c => c.CustomerId is not null).GroupBy(c => c.CustomerId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.StartedAt).Order().ToArray(), StringComparer.Ordinal);
        bool Repeated(Contact c) => visits[c.CustomerId!].Any(t => t > c.StartedAt && t <= c.StartedAt.AddDays(7));

        var answered = Contacts.Where(c => c.IsAnswered && c.CustomerId is not null).ToList();
        Assert.InRange(answered.Average(c => Repeated(c) ? 1.0 : 0.0), 0.15, 0.25);
        var unresolved = answered.Where(c => c.Resolved == false).Average(c => Repeated(c) ? 1.0 : 0.0);
        var resolved = answered.Where(c => c.Resolved == true).Average(c => Repeated(c) ? 1.0 : 0.0);
        Assert.True(unresolved > 3 * resolved, $"unresolved {unresolved}, resolved {resolved}");

        // The customers come from a finite pool, and most contact us only once or twice in two years.
        Assert.True(visits.Count < 400_000);
        Assert.True(visits.Values.Average(v => v.Length) < 2);
    }

    [Fact]
    public void Rows_stream_so_a_century_costs_nothing_until_enumerated()
    {
        // Materialising a century would be some 15 million contacts: minutes and gigabytes.
        DateOnly from = new(2000, 1, 1), to = new(2099, 12, 31);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(1000, DemoFacts.Contacts(5, from, to, DemoFactsSample.Zone).Take(1000).Count());
        Assert.Equal(100, DemoFacts.Surveys(5, from, to, DemoFactsSample.Zone).Take(100).Count());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{watch.Elapsed}");
    }

    [Fact]
    public void Two_years_generate_in_seconds()
    {
        // About 0.5-1 s on a busy 2-core machine; the bound only catches a generator that went quadratic.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = DemoFacts.Contacts(11, DemoFactsSample.From, DemoFactsSample.To, DemoFactsSample.Zone).Count();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"{count} contacts in {watch.Elapsed}");
    }

    [Fact]
    public void Arguments_are_checked_when_called()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoFacts.Contacts(1, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1), "Europe/Berlin"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoFacts.Surveys(1, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), "Europe/Berlin", 0));
        Assert.Throws<TimeZoneNotFoundException>(() => DemoFacts.Contacts(1, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1), "Mars/Olympus"));
    }
}
