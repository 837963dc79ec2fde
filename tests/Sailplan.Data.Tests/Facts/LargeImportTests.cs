using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sailplan.Data.Facts;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

/// <summary>
/// An import at least as large as the fact table (and above the 50,000-row floor) takes the bulk path on
/// PostgreSQL: the indexes are dropped for the insert and built again. The result must not differ from the
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

    /// <summary>The fact tables' index definitions as the catalogue describes them (PostgreSQL; SQLite keeps its indexes).</summary>
    private static async Task<List<string>> IndexDefinitionsAsync(TestDatabase database)
    {
        if (database.Location.Provider != DatabaseProvider.Postgres)
        {
            return [];
        }

        await using var connection = new NpgsqlConnection(database.Location.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename IN ('contacts', 'survey_responses') ORDER BY indexname
            """, connection);
        var definitions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            definitions.Add(reader.GetString(0));
        }

        Assert.Contains(definitions, d => d.StartsWith("pk_contacts:", StringComparison.Ordinal));
        return definitions;
    }
}
