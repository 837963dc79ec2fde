using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Data.Audit;
using Sailplan.Data.Postgres;
using Sailplan.Data.Sqlite;

namespace Sailplan.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives, from one string: a SQLite file path (the default, created on first run)
/// or a PostgreSQL connection string ("Host=...;Database=..." or a postgres:// URL).
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "sailplan.db";

    public static DatabaseLocation Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqliteFile : value.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, FromUrl(new Uri(text)));
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Postgres, text);
        }

        var path = text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? text["Data Source=".Length..] : text;
        return new(DatabaseProvider.Sqlite, $"Data Source={path}");
    }

    /// <summary>Safe to print: the password, if any, is masked.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite file {ConnectionString["Data Source=".Length..]}"
        : "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));

    private static string FromUrl(Uri url)
    {
        var userInfo = url.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}", $"Port={(url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port)}" };
        if (url.AbsolutePath.Trim('/') is { Length: > 0 } database)
        {
            parts.Add($"Database={Uri.UnescapeDataString(database)}");
        }

        if (userInfo[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(userInfo[0])}");
        }

        if (userInfo.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(userInfo[1])}");
        }

        return string.Join(';', parts);
    }
}

public static class Database
{
    /// <summary>
    /// The single switch between providers, shared by the web app, the CLI and the tests. Every
    /// context it configures writes the audit log, naming <paramref name="actor"/> (else "system").
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseLocation location, IAuditActor? actor = null)
    {
        _ = location.Provider == DatabaseProvider.Sqlite
            ? options.UseSqlite(location.ConnectionString, o => o.MigrationsAssembly(typeof(AppDb).Assembly.GetName().Name))
            : options.UseNpgsql(location.ConnectionString, o => o.MigrationsAssembly(typeof(AppDb).Assembly.GetName().Name));
        options.UseSnakeCaseNamingConvention();
        options.AddInterceptors(new AuditInterceptor(actor ?? FixedAuditActor.System));
        return options;
    }

    /// <summary>
    /// Registers <see cref="AppDb"/> for the provider <paramref name="location"/> names. Options are
    /// built per scope, so the audit log names the <see cref="IAuditActor"/> of that scope (a request).
    /// </summary>
    public static IServiceCollection AddSailplanDb(this IServiceCollection services, DatabaseLocation location)
    {
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<SqliteAppDb>((sp, o) => Configure(o, location, sp.GetService<IAuditActor>()));
            services.AddScoped<AppDb>(sp => sp.GetRequiredService<SqliteAppDb>());
        }
        else
        {
            services.AddDbContext<PostgresAppDb>((sp, o) => Configure(o, location, sp.GetService<IAuditActor>()));
            services.AddScoped<AppDb>(sp => sp.GetRequiredService<PostgresAppDb>());
        }

        return services;
    }

    /// <summary>A context outside dependency injection, for the CLI and tests; its changes are audited as made by <paramref name="actor"/>.</summary>
    public static AppDb Open(DatabaseLocation location, string actor = FixedAuditActor.SystemName)
    {
        var auditActor = new FixedAuditActor(actor);
        return location.Provider == DatabaseProvider.Sqlite
            ? new SqliteAppDb(Options<SqliteAppDb>(location, auditActor))
            : new PostgresAppDb(Options<PostgresAppDb>(location, auditActor));
    }

    public static DbContextOptions<T> Options<T>(DatabaseLocation location, IAuditActor? actor = null) where T : AppDb
    {
        var builder = new DbContextOptionsBuilder<T>();
        Configure(builder, location, actor);
        return builder.Options;
    }
}
