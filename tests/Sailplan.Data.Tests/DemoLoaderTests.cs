using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Demo;
using Sailplan.Core.Ingest;
using Sailplan.Core.Strategy;
using Sailplan.Data.Facts;
using Sailplan.Data;

namespace Sailplan.Data.Tests;

public class DemoLoaderTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_organisation_loads_once_with_its_whole_tree(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        await using (var db = database.Open())
        {
            var (_, added) = await DemoLoader.LoadAsync(db);
            Assert.True(added);
        }

        await using (var db = database.Open())
        {
            var (_, addedAgain) = await DemoLoader.LoadAsync(db);
            Assert.False(addedAgain);
        }

        await using var read = database.Open();
        Assert.Equal(1, await read.Organizations.CountAsync());
        Assert.Equal(1, await read.Nodes.CountAsync(n => n.Kind == NodeKind.Mission));
        Assert.InRange(await read.Nodes.CountAsync(n => n.Kind == NodeKind.Action), 13, 17);
        Assert.InRange(await read.People.CountAsync(), 18, 24);
        var orphans = await read.Nodes.Where(n => n.ParentId != null && !read.Nodes.Any(p => p.Id == n.ParentId)).CountAsync();
        Assert.Equal(0, orphans);

        // Two years of facts (up to yesterday) arrive as two imports, once.
        var imports = await read.Imports.AsNoTracking().ToListAsync();
        Assert.Equal([FactKind.Contacts, FactKind.Surveys], imports.Select(i => i.Kind).Order());
        Assert.All(imports, i => Assert.Equal(ImportStatus.Succeeded, i.Status));
        var lastDay = await read.Contacts.MaxAsync(c => c.LocalDay);
        var expected = DemoFacts.Contacts(DemoLoader.FactsSeed, DemoLoader.FactsFrom, lastDay, "Europe/Berlin").Count();
        Assert.Equal(expected, await read.Contacts.CountAsync());
        Assert.Equal(expected, await read.ContactCells.SumAsync(c => c.Offered));
    }
}
