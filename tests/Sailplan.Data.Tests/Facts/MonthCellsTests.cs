using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;
using Sailplan.Data.Queries;
using Sailplan.Data.Rollups;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

public class MonthCellsTests
{
    /// <summary>
    /// Facts over 20 February .. about 20 June (two contact imports, so month cells are recomputed
    /// incrementally), then ranges of whole months, ranges starting and ending inside a month, and a single
    /// day: the totals must equal those accumulated from the rows here, whether read from month or day cells.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Totals_over_whole_and_partial_months_equal_the_totals_of_the_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var first = Contacts(1_500, seed: 41, days: 120);
        var second = Contacts(1_500, seed: 42, days: 120);
        var surveys = Surveys(800, seed: 43, days: 120);
        await ImportAsync(database, org, first);
        await ImportAsync(database, org, second);
        await ImportAsync(database, org, surveys);
        var contacts = first.Concat(second).ToList();
        var repeats = ExpectedRepeats(contacts, 7);

        (DateOnly From, DateOnly To)[] ranges =
        [
            (new(2026, 3, 1), new(2026, 5, 31)), // whole months only
            (new(2026, 3, 1), new(2026, 3, 31)), // one whole month
            (new(2026, 2, 25), new(2026, 5, 10)), // starts and ends inside a month
            (new(2026, 3, 10), new(2026, 4, 30)), // starts inside, ends with a month
            (new(2026, 3, 1), new(2026, 4, 20)), // starts with a month, ends inside
            (new(2026, 3, 15), new(2026, 3, 15)), // one day
            (new(2026, 1, 1), new(2026, 12, 31)), // everything
        ];

        await using var db = database.Open();
        foreach (var (from, to) in ranges)
        {
            var byMonth = new Dictionary<FactGroup, FactTotals>();
            var whole = new FactTotals();
            FactTotals Group(DateOnly day, string unit)
            {
                var month = new DateOnly(day.Year, day.Month, 1);
                var key = new FactGroup(month < from ? from : month, unit);
                return byMonth.TryGetValue(key, out var t) ? t : byMonth[key] = new FactTotals();
            }

            foreach (var c in contacts.Where(c => LocalDay(c.StartedAt) >= from && LocalDay(c.StartedAt) <= to))
            {
                Group(LocalDay(c.StartedAt), c.Unit).Contacts.Add(c, repeats.Contains(c.ExternalId));
                whole.Contacts.Add(c, repeats.Contains(c.ExternalId));
            }

            foreach (var s in surveys.Where(s => LocalDay(s.RespondedAt) >= from && LocalDay(s.RespondedAt) <= to))
            {
                Group(LocalDay(s.RespondedAt), s.Unit).Surveys(s.Type).Add(s);
                whole.Surveys(s.Type).Add(s);
            }

            var actual = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, from, to) { By = FactPeriod.Month, Slice = FactSlice.Unit });
            Assert.True(DescribeGroups(byMonth) == DescribeGroups(actual), $"by month {from}..{to}\nexpected {DescribeGroups(byMonth)}\nactual   {DescribeGroups(actual)}");

            var ungrouped = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, from, to));
            var expected = new Dictionary<FactGroup, FactTotals> { [default] = whole };
            Assert.True(DescribeGroups(expected) == DescribeGroups(ungrouped), $"ungrouped {from}..{to}\nexpected {DescribeGroups(expected)}\nactual   {DescribeGroups(ungrouped)}");

            var north = await FactTotalsQuery.RunAsync(db, new FactTotalsRequest(org, from, to) { Unit = "North", By = FactPeriod.Month });
            var expectedNorth = byMonth.Where(g => g.Key.Slice == "North").ToDictionary(g => g.Key with { Slice = null }, g => g.Value);
            Assert.True(DescribeGroups(expectedNorth) == DescribeGroups(north), $"North by month {from}..{to}");
        }
    }

    /// <summary>
    /// Customer C: A on 30 March (answered), then a later import brings B on 2 April. By hand, with a 7-day
    /// window: A becomes repeated (next contact 3 days on), so March's cells change although the import holds
    /// only April rows. The month rows must then equal the day rows summed by month, with March's repeated = 1;
    /// rebuilt with a 1-day window, A is no longer repeated and March's repeated is 0.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_repeat_flag_changed_in_the_previous_month_reaches_its_month_cells(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database, "UTC");
        static Contact At(string id, string? customer, int month, int day) =>
            new("pbx", id, new DateTimeOffset(2026, month, day, 10, 0, 0, TimeSpan.Zero), "phone", "main", "u",
                null, customer, 120, 0, 0, 10, ContactOutcome.Answered, false, null, null);

        await ImportAsync(database, org, [At("A", "C", 3, 30), At("N", null, 3, 12), At("M", "M", 2, 14)], zone: "UTC");
        await ImportAsync(database, org, [At("B", "C", 4, 2), At("P", "P", 4, 20)], zone: "UTC");

        var months = await MonthRowsAsync(database, org);
        AssertSameCells(await DayRowsByMonthAsync(database, org), months);
        Assert.Contains("repeated=1 ", months["2026-03-01|u|phone|main"], StringComparison.Ordinal);
        Assert.Contains("repeated=0 ", months["2026-04-01|u|phone|main"], StringComparison.Ordinal);
        Assert.Contains("offered=2 ", months["2026-03-01|u|phone|main"], StringComparison.Ordinal);

        await using (var db = database.Open())
        {
            await RollupRebuild.RunAsync(db, org, repeatWindowDays: 1);
        }

        months = await MonthRowsAsync(database, org);
        AssertSameCells(await DayRowsByMonthAsync(database, org), months);
        Assert.Contains("repeated=0 ", months["2026-03-01|u|phone|main"], StringComparison.Ordinal);
        Assert.Equal(3, months.Count); // February, March, April
    }

    /// <summary>The month rows as stored, read with EF Core (histograms from their columns).</summary>
    private static async Task<Dictionary<string, string>> MonthRowsAsync(TestDatabase database, Guid org)
    {
        await using var db = database.Open();
        var rows = new Dictionary<string, string>();
        foreach (var c in await db.Set<ContactMonthCell>().Where(c => c.OrganizationId == org).ToListAsync())
        {
            var t = StoredTotals(db, c);
            rows[Key(c.Month, c.Unit, c.Channel, c.Queue)] = Describe(t);
        }

        foreach (var s in await db.Set<SurveyMonthCell>().AsNoTracking().Where(c => c.OrganizationId == org).ToListAsync())
        {
            rows[Key(s.Month, s.Unit, s.Channel, s.Queue) + "|" + s.SurveyType] = Describe(StoredTotals(s));
        }

        return rows;
    }

    /// <summary>The day cells as stored, summed here by month.</summary>
    private static async Task<Dictionary<string, string>> DayRowsByMonthAsync(TestDatabase database, Guid org)
    {
        await using var db = database.Open();
        static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);
        var contacts = new Dictionary<string, ContactTotals>();
        foreach (var c in await db.ContactCells.Where(c => c.OrganizationId == org).ToListAsync())
        {
            var key = Key(Month(c.Day), c.Unit, c.Channel, c.Queue);
            (contacts.TryGetValue(key, out var t) ? t : contacts[key] = new ContactTotals()).Add(StoredTotals(db, c));
        }

        var surveys = new Dictionary<string, SurveyTotals>();
        foreach (var s in await db.SurveyCells.AsNoTracking().Where(c => c.OrganizationId == org).ToListAsync())
        {
            var key = Key(Month(s.Day), s.Unit, s.Channel, s.Queue) + "|" + s.SurveyType;
            (surveys.TryGetValue(key, out var t) ? t : surveys[key] = new SurveyTotals()).Add(StoredTotals(s));
        }

        return contacts.ToDictionary(c => c.Key, c => Describe(c.Value))
            .Concat(surveys.ToDictionary(s => s.Key, s => Describe(s.Value)))
            .ToDictionary();
    }

    private static string DescribeGroups(IReadOnlyDictionary<FactGroup, FactTotals> groups) => string.Join('\n', groups
        .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Slice, StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {FactTestData.Describe(g.Value.Contacts)} R {FactTestData.Describe(g.Value.Relationship)} T {FactTestData.Describe(g.Value.Transactional)}"));
}
