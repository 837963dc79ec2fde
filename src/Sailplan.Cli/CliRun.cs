using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Core;
using Sailplan.Core.Organizations;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Spectre.Console;

namespace Sailplan.Cli;

/// <summary>
/// What every command shares: opening the migrated database, finding the organisation, and
/// turning failures into one clear line on stderr and a non-zero exit code.
/// </summary>
public static class CliRun
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int AuditChainBroken = 3;

    /// <summary>How the audit log names changes made from the command line: the operating-system user.</summary>
    public static string AuditActor => $"cli:{Environment.UserName}";

    public static Task<int> WithDatabaseAsync(DatabaseLocation location, Func<AppDb, Task<int>> work) =>
        WithServicesAsync(location, services => work(services.GetRequiredService<AppDb>()));

    /// <summary>The same services the web app uses for the database and accounts, migrated, for one command.</summary>
    public static async Task<int> WithServicesAsync(DatabaseLocation location, Func<IServiceProvider, Task<int>> work)
    {
        try
        {
            var services = new ServiceCollection().AddLogging().AddSailplanDb(location);
            services.AddSingleton<IAuditActor>(new FixedAuditActor(AuditActor));
            services.AddSailplanIdentity();
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AppDb>().MigrateAsync();
            return await work(scope.ServiceProvider);
        }
        catch (DomainException e)
        {
            return Fail($"{e.Field}: {e.Message}", BadInput);
        }
        catch (CliException e)
        {
            return Fail(e.Message, e.ExitCode);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or IOException)
        {
            return Fail($"{location.Describe()}: {e.GetBaseException().Message}", Failed);
        }
    }

    public static int Fail(string message, int exitCode)
    {
        // Plain text: errors are read by people and by scripts, and must not be wrapped mid-sentence.
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    public static async Task<Organization> FindOrganizationAsync(AppDb db, string? nameOrId)
    {
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync();
        if (nameOrId is null)
        {
            return organizations.Count switch
            {
                1 => organizations[0],
                0 => throw new CliException("The database holds no organisation yet. Run `sailplan demo` or create one in the web app.", BadInput),
                _ => throw new CliException($"The database holds {organizations.Count} organisations; choose one with --org: "
                    + string.Join(", ", organizations.Select(o => o.Name)), BadInput),
            };
        }

        return organizations.FirstOrDefault(o => o.Id.ToString() == nameOrId || string.Equals(o.Name, nameOrId, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"There is no organisation '{nameOrId}'. Known: {string.Join(", ", organizations.Select(o => o.Name))}", BadInput);
    }
}

public sealed class CliException(string message, int exitCode = CliRun.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
