using Microsoft.EntityFrameworkCore;
using Sailplan.Data;

namespace Sailplan.Data.Tests;

public class MigrationsTests
{
    /// <summary>A model change without its migration would break the next start-up on a real database.</summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_provider_has_a_migration_for_every_model_change(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        Assert.False(db.Database.HasPendingModelChanges(),
            $"Add a migration: dotnet ef migrations add NAME --context {db.GetType().Name} --output-dir {provider}/Migrations (in src/Sailplan.Data)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
