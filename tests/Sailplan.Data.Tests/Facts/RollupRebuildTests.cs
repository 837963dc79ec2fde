using Sailplan.Data.Rollups;
using static Sailplan.Data.Tests.Facts.FactTestData;

namespace Sailplan.Data.Tests.Facts;

public class RollupRebuildTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rebuild_gives_the_cells_that_incremental_ingest_gave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var org = await OrganizationAsync(database);
        // Three imports over the same customers and days, so each import changes flags of contacts stored before it.
        var batches = new[] { Contacts(800, seed: 11, customers: 100), Contacts(800, seed: 12, customers: 100), Contacts(800, seed: 13, customers: 100) };
        var surveys = Surveys(300, seed: 14);
        foreach (var batch in batches)
        {
            await ImportAsync(database, org, batch);
        }

        await ImportAsync(database, org, surveys);
        var incremental = await StoredCellsAsync(database, org);
        AssertSameCells(ExpectedCells(batches.SelectMany(b => b), 7, surveys), incremental);

        var reports = new List<(long Done, long Total)>();
        await using (var db = database.Open())
        {
            await RollupRebuild.RunAsync(db, org, repeatWindowDays: 7, new SynchronousProgress(reports));
        }

        AssertSameCells(incremental, await StoredCellsAsync(database, org));
        Assert.Equal((0L, 2_700L), reports[0]);
        Assert.Equal((2_700L, 2_700L), reports[^1]);
        Assert.True(reports.Count >= 4, "the 60 days span three months, each reported"); // start + February, March, April
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
    }

    /// <summary><see cref="Progress{T}"/> reports on the thread pool, after the fact; this one reports in order, at once.</summary>
    private sealed class SynchronousProgress(List<(long, long)> reports) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value) => reports.Add(value);
    }
}
