using Microsoft.EntityFrameworkCore;

namespace Sailplan.Data;

public static class Migrate
{
    /// <summary>Applies the provider's pending migrations; SQLite creates the file if it is missing.</summary>
    public static async Task MigrateAsync(this AppDb db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(dataSource)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
