using Microsoft.EntityFrameworkCore;
using Sailplan.Data.Facts;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

/// <summary>
/// An import at least as large as the fact table (and above the 50,000-row floor) takes the bulk path: the
/// indexes (on PostgreSQL the primary key too) are dropped for the insert and built again. The result must not differ from the
/// row-by-row path: same cells (computed in C#), same repeat flags, the same indexes afterwards, and the
/// unique key still stopping a re-import.
/// </summary>
public class LargeImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_large_first_import_stores_the_same_cells_and_keeps_every_index(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        var before = await IndexDefinitionsAsync(database);
        var contacts = Contacts(60_000, seed: 11, customers: 5_000);
        var surveys = Surveys(55_000, seed: 12);

        var contactImport = await ImportAsync(database, org, contacts);
        var surveyImport = await ImportAsync(database, org, surveys);
        var again = await ImportAsync(database, org, contacts.Take(1_000));

        Assert.Equal((60_000L, 0L), (contactImport.Added, contactImport.Duplicates));
        Assert.Equal(55_000L, surveyImport.Added);
        Assert.Equal((0L, 1_000L), (again.Added, again.Duplicates));
        AssertSameCells(ExpectedCells(contacts, 7, surveys), await StoredCellsAsync(database, org));
        Assert.Equal(before, await IndexDefinitionsAsync(database));
        await using var db = database.Open();
        Assert.Equal(ExpectedRepeats(contacts, 7).Count, await db.Contacts.CountAsync(c => c.OrganizationId == org && c.Repeated));
    }

    /// <summary>The fact tables' index definitions as the catalogue describes them (SQLite lists no automatic key index).</summary>
    private static async Task<List<string>> IndexDefinitionsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = database.Location.Provider == DatabaseProvider.Postgres
            ? "SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename IN ('contacts', 'survey_responses') ORDER BY indexname"
            : "SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('contacts', 'survey_responses') AND sql IS NOT NULL ORDER BY name";
        var definitions = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                definitions.Add(reader.GetString(0));
            }
        }

        Assert.Contains(definitions, d => d.StartsWith("ix_contacts_organization_id_customer_id_started_at:", StringComparison.Ordinal));
        return definitions;
    }
}
