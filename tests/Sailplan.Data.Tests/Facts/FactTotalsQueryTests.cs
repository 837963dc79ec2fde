using Sailplan.Core.Facts;
using Sailplan.Data.Queries;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

public class FactTotalsQueryTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Summed_cells_equal_the_totals_of_the_rows_in_the_period_and_slice(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var contacts = Contacts(2_000, seed: 21);
        var surveys = Surveys(600, seed: 22);
        await ImportAsync(database, org, contacts);
        await ImportAsync(database, org, surveys);
        var repeats = ExpectedRepeats(contacts, 7);
        DateOnly from = new(2026, 3, 1), to = new(2026, 3, 15);

        // By day and unit, phone only, 1-15 March.
        var expected = new Dictionary<FactGroup, FactTotals>();
        FactTotals Group(DateOnly day, string unit) =>
            expected.TryGetValue(new(day, unit), out var t) ? t : expected[new(day, unit)] = new FactTotals();
        foreach (var c in contacts.Where(c => c.Channel == "phone" && LocalDay(c.StartedAt) >= from && LocalDay(c.StartedAt) <= to))
        {
            Group(LocalDay(c.StartedAt), c.Unit).Contacts.Add(c, repeats.Contains(c.ExternalId));
        }

        foreach (var s in surveys.Where(s => s.Channel == "phone" && LocalDay(s.RespondedAt) >= from && LocalDay(s.RespondedAt) <= to))
        {
            Group(LocalDay(s.RespondedAt), s.Unit).Surveys(s.Type).Add(s);
        }

        await using var db = database.Open();
        var actual = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, from, to) { Channel = "phone", By = FactPeriod.Day, Slice = FactSlice.Unit });
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Contains(actual.Keys, k => k.Slice == ""); // "not given" is a slice of its own

        // Everything, ungrouped.
        var whole = new FactTotals();
        foreach (var c in contacts)
        {
            whole.Contacts.Add(c, repeats.Contains(c.ExternalId));
        }

        foreach (var s in surveys)
        {
            whole.Surveys(s.Type).Add(s);
        }

        var all = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(Describe(new Dictionary<FactGroup, FactTotals> { [default] = whole }), Describe(all));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task By_month_each_group_holds_the_days_of_its_month_inside_the_range(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var contacts = Contacts(2_000, seed: 25);
        await ImportAsync(database, org, contacts);
        var repeats = ExpectedRepeats(contacts, 7);
        DateOnly from = new(2026, 2, 25), to = new(2026, 3, 20);

        // The range starts inside February: its group is keyed 25 February and holds 25-28 February only.
        var expected = new Dictionary<FactGroup, FactTotals>();
        foreach (var c in contacts.Where(c => LocalDay(c.StartedAt) >= from && LocalDay(c.StartedAt) <= to))
        {
            var day = LocalDay(c.StartedAt);
            var key = new FactGroup(day.Month == 2 ? from : new DateOnly(2026, 3, 1), c.Unit);
            (expected.TryGetValue(key, out var t) ? t : expected[key] = new FactTotals()).Contacts.Add(c, repeats.Contains(c.ExternalId));
        }

        await using var db = database.Open();
        var actual = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, from, to) { By = FactPeriod.Month, Slice = FactSlice.Unit });
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Contains(actual.Keys, k => k.Day == from);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Slices_and_the_latest_contact_day_come_from_the_cells(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        await using var db = database.Open();
        Assert.Null(await FactSlicesQuery.LatestContactDayAsync(db, org));
        var empty = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        Assert.Equal(0, Assert.Single(empty).Value.Contacts.Offered);

        var contacts = Contacts(300, seed: 23);
        await ImportAsync(database, org, contacts);
        await ImportAsync(database, org, Surveys(100, seed: 24));

        var slices = await FactSlicesQuery.ListAsync(db, org);
        Assert.Equal(["", "North", "South"], slices.Units);
        Assert.Equal(["chat", "email", "phone"], slices.Channels);
        Assert.Equal(["", "billing", "sales", "tech"], slices.Queues);
        Assert.Equal(contacts.Max(c => LocalDay(c.StartedAt)), await FactSlicesQuery.LatestContactDayAsync(db, org));
    }

    private static string Describe(IReadOnlyDictionary<FactGroup, FactTotals> groups) => string.Join('\n', groups
        .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Slice, StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {FactTestData.Describe(g.Value.Contacts)} R {FactTestData.Describe(g.Value.Relationship)} T {FactTestData.Describe(g.Value.Transactional)}"));
}
