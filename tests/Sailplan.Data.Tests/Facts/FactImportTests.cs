using Sailplan.Core.Ingest;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Facts;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

public class FactImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cells_after_import_equal_the_totals_of_the_rows_accumulated_in_CSharp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var contacts = Contacts(3_000, seed: 1);
        var surveys = Surveys(800, seed: 2);
        // The file repeats 50 of its own rows (changed, to show the first occurrence is the one kept).
        var repeatsInFile = contacts.Take(50).Select(c => c with { TalkSeconds = c.TalkSeconds + 1_000 }).ToList();

        ImportRecord contactImport, surveyImport;
        await using (var db = database.Open())
        {
            await using var batch = await FactImport.BeginAsync(db, org, FactKind.Contacts, new ImportInfo("contacts.csv", "pbx", "tester"), Zone);
            await batch.AddAsync(contacts.Take(1_000));
            await batch.AddAsync(contacts.Skip(1_000).ToAsyncEnumerable());
            await batch.AddAsync(repeatsInFile);
            contactImport = await batch.CommitAsync(rejected: 7);
        }

        surveyImport = await ImportAsync(database, org, surveys);

        Assert.Equal((3_057L, 3_000L, 50L, 7L, ImportStatus.Succeeded),
            (contactImport.RowsRead, contactImport.Added, contactImport.Duplicates, contactImport.Rejected, contactImport.Status));
        Assert.Equal((800L, 800L, 0L), (surveyImport.RowsRead, surveyImport.Added, surveyImport.Duplicates));
        AssertSameCells(ExpectedCells(contacts, 7, surveys), await StoredCellsAsync(database, org));

        await using var check = database.Open();
        var history = await check.Imports.AsNoTracking().Where(i => i.OrganizationId == org).ToListAsync();
        Assert.Equal(2, history.Count);
        var stored = await check.Contacts.AsNoTracking().SingleAsync(c => c.OrganizationId == org && c.ExternalId == contacts[0].ExternalId);
        Assert.Equal(contacts[0].TalkSeconds, stored.TalkSeconds);
        Assert.Equal(contacts[0].StartedAt, stored.StartedAt);
        Assert.Equal(contactImport.Id, stored.ImportId);
        var response = await check.SurveyResponses.AsNoTracking().SingleAsync(s => s.OrganizationId == org && s.ExternalId == surveys[0].ExternalId);
        Assert.Equal(surveys[0].DriverRatings, System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, int>>(response.DriverRatings));
    }

    /// <summary>
    /// An import sums its cells in memory and writes them out every 25,000 cells; rows that turn out to be stored
    /// already, or repeated later in the file, are taken back out of cells written long before. 30,000 contacts
    /// in 27,000 queues force the write midway; the second import overlaps the first by 2,000 rows and repeats
    /// 500 of its own rows at its end.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cells_written_out_midway_still_equal_the_totals_when_rows_turn_out_to_be_known(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var contacts = Contacts(30_000, seed: 21, customers: 3_000).Select((c, i) => c with { Queue = $"q{i % 27_000}" }).ToList();
        var first = contacts.Take(12_000).ToList();
        var second = contacts.Skip(10_000).Concat(contacts.Skip(20_000).Take(500).Select(c => c with { WaitSeconds = c.WaitSeconds + 999 })).ToList();

        await ImportAsync(database, org, first);
        var secondImport = await ImportAsync(database, org, second);

        Assert.Equal((20_500L, 18_000L, 2_500L), (secondImport.RowsRead, secondImport.Added, secondImport.Duplicates));
        AssertSameCells(ExpectedCells(contacts, 7), await StoredCellsAsync(database, org));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_rows_twice_adds_nothing_and_counts_them_as_duplicates(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var contacts = Contacts(500, seed: 3);
        var surveys = Surveys(200, seed: 4);

        await ImportAsync(database, org, contacts);
        await ImportAsync(database, org, surveys);
        var before = await StoredCellsAsync(database, org);
        var again = await ImportAsync(database, org, contacts);
        var surveysAgain = await ImportAsync(database, org, surveys);

        Assert.Equal((500L, 0L, 500L), (again.RowsRead, again.Added, again.Duplicates));
        Assert.Equal((200L, 0L, 200L), (surveysAgain.RowsRead, surveysAgain.Added, surveysAgain.Duplicates));
        AssertSameCells(before, await StoredCellsAsync(database, org));
        await using var db = database.Open();
        Assert.Equal(500, await db.Contacts.CountAsync(c => c.OrganizationId == org));
        Assert.Equal(4, await db.Imports.CountAsync(i => i.OrganizationId == org));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failure_midway_leaves_facts_cells_and_history_as_before(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var first = Contacts(400, seed: 5);
        await ImportAsync(database, org, first);
        var before = await StoredCellsAsync(database, org);

        // Same customers, so the second import would change repeat flags of stored contacts too.
        var second = Contacts(400, seed: 6);
        static IEnumerable<Contact> BreaksAfter(IEnumerable<Contact> rows, int count)
        {
            foreach (var row in rows.Take(count))
            {
                yield return row;
            }

            throw new IOException("the file ended early");
        }

        await using (var db = database.Open())
        {
            await using var batch = await FactImport.BeginAsync(db, org, FactKind.Contacts, new ImportInfo("broken.csv", null, "tester"), Zone);
            await batch.AddAsync(second.Take(200));
            await Assert.ThrowsAsync<IOException>(() => batch.AddAsync(BreaksAfter(second.Skip(200), 100)));
            await Assert.ThrowsAsync<InvalidOperationException>(() => batch.CommitAsync());
        }

        AssertSameCells(before, await StoredCellsAsync(database, org));
        await using (var db = database.Open())
        {
            Assert.Equal(400, await db.Contacts.CountAsync(c => c.OrganizationId == org));
            Assert.Equal(ExpectedRepeats(first, 7).Order(), (await db.Contacts.Where(c => c.Repeated).Select(c => c.ExternalId).ToListAsync()).Order());
            Assert.Equal(1, await db.Imports.CountAsync(i => i.OrganizationId == org));
        }

        // The same connection pool serves the next import normally: nothing of the broken one lingers.
        await ImportAsync(database, org, second);
        AssertSameCells(ExpectedCells(first.Concat(second), 7), await StoredCellsAsync(database, org));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_import_stores_nothing_but_shows_in_the_history(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        await using (var db = database.Open())
        {
            await using var batch = await FactImport.BeginAsync(db, org, FactKind.Contacts, new ImportInfo("bad.csv", "pbx", "tester"), Zone);
            await batch.AddAsync(Contacts(100, seed: 7));
            var refused = await batch.RefuseAsync("40 of 140 rows could not be read", rejected: 40);
            Assert.Equal((ImportStatus.Refused, 140L, 0L, 40L), (refused.Status, refused.RowsRead, refused.Added, refused.Rejected));
        }

        await using var check = database.Open();
        Assert.Equal(0, await check.Contacts.CountAsync());
        Assert.Equal(0, await check.ContactCells.CountAsync());
        var history = await Queries.ImportHistoryQuery.LatestAsync(check, org);
        var line = Assert.Single(history);
        Assert.Equal(("bad.csv", "pbx", "tester", ImportStatus.Refused, FactKind.Contacts, "40 of 140 rows could not be read"),
            (line.FileName, line.Profile, line.Actor, line.Status, line.Kind, line.Message));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_local_day_is_the_day_in_the_organisation_time_zone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database, "Europe/Berlin");
        // Berlin is UTC+1 until 2026-03-29 and UTC+2 from then on.
        Contact At(string id, DateTimeOffset at) =>
            new("pbx", id, at, "phone", "q", "u", null, null, 60, 0, 0, 5, ContactOutcome.Answered, false, null, null);
        await ImportAsync(database, org, [
            At("winter-late", new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero)),   // 00:30 on 11 March in Berlin
            At("winter-early", new DateTimeOffset(2026, 3, 10, 22, 59, 0, TimeSpan.Zero)),  // 23:59 on 10 March
            At("summer-late", new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)),    // 00:30 on 2 July
            At("summer-early", new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero)),   // 23:30 on 1 July
        ], zone: "Europe/Berlin");

        await using var db = database.Open();
        var days = await db.Contacts.AsNoTracking().ToDictionaryAsync(c => c.ExternalId, c => c.LocalDay);
        Assert.Equal(new DateOnly(2026, 3, 11), days["winter-late"]);
        Assert.Equal(new DateOnly(2026, 3, 10), days["winter-early"]);
        Assert.Equal(new DateOnly(2026, 7, 2), days["summer-late"]);
        Assert.Equal(new DateOnly(2026, 7, 1), days["summer-early"]);
        Assert.Equal([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 11), new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2)],
            (await db.ContactCells.Select(c => c.Day).ToListAsync()).Order());
    }
}
