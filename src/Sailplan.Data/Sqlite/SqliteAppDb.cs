using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sailplan.Data.Sqlite;

public sealed class SqliteAppDb(DbContextOptions<SqliteAppDb> options) : AppDb(options);

/// <summary>Lets `dotnet ef migrations add --context SqliteAppDb` build the model without the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDb>
{
    public SqliteAppDb CreateDbContext(string[] args) =>
        new(Database.Options<SqliteAppDb>(DatabaseLocation.Parse("design-time.db")));
}
