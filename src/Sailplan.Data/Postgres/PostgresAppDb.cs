using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sailplan.Data.Postgres;

public sealed class PostgresAppDb(DbContextOptions<PostgresAppDb> options) : AppDb(options);

/// <summary>Lets `dotnet ef migrations add --context PostgresAppDb` build the model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDb>
{
    public PostgresAppDb CreateDbContext(string[] args) =>
        new(Database.Options<PostgresAppDb>(DatabaseLocation.Parse("Host=localhost;Database=sailplan")));
}
