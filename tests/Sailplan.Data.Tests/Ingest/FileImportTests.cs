using System.Text;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Ingest;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Ingest;

/// <summary>A file read with a profile and imported whole, or refused whole with every bad row named.</summary>
public class FileImportTests
{
    private const string Header = "externalId,startedAt,channel,queue,unit,agent,customerId,talkSeconds,holdSeconds,wrapSeconds,waitSeconds,outcome,transferred,resolved,reason";

    // Line 1 is the header. Lines 3 and 5 are bad: line 3 in two fields, line 5 in one.
    private static readonly string[] Lines =
    [
        Header,
        "A1,2026-03-02T09:00:00Z,phone,billing,Phone,ann,c1,300,20,30,15,answered,no,yes,bill",
        "A2,yesterday,phone,billing,Phone,ann,c2,abc,0,0,45,abandoned,no,,",
        "A3,2026-03-02T10:00:00Z,chat,moves,Online,bob,c3,200,0,10,5,answered,no,no,move",
        "A4,2026-03-02T11:00:00Z,phone,billing,Phone,ann,c4,100,0,10,5,perhaps,no,no,",
        "A5,2026-03-03T11:00:00Z,phone,billing,Phone,ann,c1,100,0,10,5,answered,no,yes,",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_bad_rows_is_refused_whole_naming_every_bad_row_and_nothing_changes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        await ImportAsync(database, org, Contacts(50, seed: 9));
        var before = await SnapshotAsync(database, org);

        var outcome = await RunAsync(database, org, Lines, keepGoodRows: false);

        Assert.False(outcome.Stored);
        Assert.Equal(ImportStatus.Refused, outcome.Record.Status);
        Assert.Equal(2, outcome.ProblemRows);
        Assert.Equal(
            [(3L, "startedAt", "yesterday"), (3L, "talkSeconds", "abc"), (5L, "outcome", "perhaps")],
            outcome.Problems.Select(p => (p.Line, p.Field, p.Value)).OrderBy(p => p.Item1).ThenBy(p => p.Item2, StringComparer.Ordinal));
        Assert.Equal(before, await SnapshotAsync(database, org));
        await using var db = database.Open();
        var refused = await db.Imports.AsNoTracking().SingleAsync(i => i.OrganizationId == org && i.Status == ImportStatus.Refused);
        Assert.Equal((5L, 2L, 0L), (refused.RowsRead, refused.Rejected, refused.Added));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Keeping_the_good_rows_stores_them_and_reports_the_rest(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);

        var outcome = await RunAsync(database, org, Lines, keepGoodRows: true);
        var again = await RunAsync(database, org, Lines, keepGoodRows: true);

        Assert.True(outcome.Stored);
        Assert.Equal((5L, 3L, 0L, 2L), (outcome.Record.RowsRead, outcome.Record.Added, outcome.Record.Duplicates, outcome.Record.Rejected));
        Assert.Equal((0L, 3L), (again.Record.Added, again.Record.Duplicates));
        await using var db = database.Open();
        Assert.Equal(["A1", "A3", "A5"], await db.Contacts.Where(c => c.OrganizationId == org).Select(c => c.ExternalId).OrderBy(x => x).ToListAsync());
        // A1 and A5 are the same customer a day apart: A1 is a repeat.
        Assert.Equal(["A1"], await db.Contacts.Where(c => c.OrganizationId == org && c.Repeated).Select(c => c.ExternalId).ToListAsync());
        Assert.Equal(3, await db.ContactCells.Where(c => c.OrganizationId == org).SumAsync(c => c.Offered));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_missing_a_mapped_column_is_refused_naming_the_column_and_recorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        string[] lines = [Header.Replace(",outcome", ",result", StringComparison.Ordinal), Lines[1]];

        var error = await Assert.ThrowsAsync<DomainException>(() => RunAsync(database, org, lines, keepGoodRows: true));

        Assert.Equal("columns.outcome", error.Field);
        Assert.Contains("outcome", error.Message, StringComparison.Ordinal);
        await using var db = database.Open();
        var record = await db.Imports.AsNoTracking().SingleAsync(i => i.OrganizationId == org);
        Assert.Equal(ImportStatus.Refused, record.Status);
        Assert.Equal(0, await db.Contacts.CountAsync(c => c.OrganizationId == org));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Profiles_resolve_saved_first_then_built_in_and_unknown_names_list_the_choices(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var mine = BuiltInProfiles.SailplanContacts with { Name = "our pbx", Source = "pbx" };
        await using (var db = database.Open())
        {
            db.Add(SavedProfile.Create(org, mine));
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        Assert.Equal("pbx", (await ImportProfiles.ResolveAsync(read, org, FactKind.Contacts, "our pbx")).SourceName);
        Assert.Equal("talkdesk-calls", (await ImportProfiles.ResolveAsync(read, org, FactKind.Contacts, "talkdesk-calls")).SourceName);
        Assert.Same(BuiltInProfiles.SailplanSurveys, await ImportProfiles.ResolveAsync(read, org, FactKind.Surveys, null));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => ImportProfiles.ResolveAsync(read, org, FactKind.Contacts, "nope"));
        Assert.Equal("profile", unknown.Field);
        Assert.Contains("our pbx", unknown.Message, StringComparison.Ordinal);
        var wrongKind = await Assert.ThrowsAsync<DomainException>(() => ImportProfiles.ResolveAsync(read, org, FactKind.Surveys, "our pbx"));
        Assert.Contains("reads contacts", wrongKind.Message, StringComparison.Ordinal);
    }

    private static async Task<ImportOutcome> RunAsync(TestDatabase database, Guid org, string[] lines, bool keepGoodRows)
    {
        await using var db = database.Open();
        await using var file = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        var request = new ImportRequest(org, FactKind.Contacts, "contacts.csv", BuiltInProfiles.SailplanContacts, "tester") { KeepGoodRows = keepGoodRows };
        return await FileImport.RunAsync(db, request, file);
    }

    /// <summary>The facts and the cells (the history is meant to change: it records the refused import).</summary>
    private static async Task<(int Contacts, string Cells)> SnapshotAsync(TestDatabase database, Guid org)
    {
        await using var db = database.Open();
        var cells = await StoredCellsAsync(database, org);
        return (await db.Contacts.CountAsync(c => c.OrganizationId == org),
            string.Join('\n', cells.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
    }
}
