using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sailplan.Data;

namespace Sailplan.Web.Infrastructure;

public static partial class DatabaseStartup
{
    /// <summary>
    /// Applies migrations at start-up, and on an empty database loads the demo organisation so that
    /// a first run shows a real strategy (turn off with Sailplan:LoadDemo=false).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var described = app.Configuration.DatabaseLocation().Describe();
        LogDatabase(app.Logger, described);
        await db.MigrateAsync();

        if (app.Configuration.GetValue("Sailplan:LoadDemo", true) && !await db.Organizations.AnyAsync())
        {
            LogLoadingDemo(app.Logger);
            var (organization, _) = await DemoLoader.LoadAsync(db);
            await DemoUsers.EnsureAsync(scope.ServiceProvider.GetRequiredService<UserManager<User>>(), db, organization.Id);
            LogDemoLoaded(app.Logger, organization.Name);
            // Printed, not only logged: the first thing a new user needs is a way in.
            Console.WriteLine(DemoUsers.Describe());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Using {Database}")]
    private static partial void LogDatabase(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database: loading the demo organisation with two years of synthetic contacts and surveys (15 seconds or so)")]
    private static partial void LogLoadingDemo(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the demo organisation {Name}")]
    private static partial void LogDemoLoaded(ILogger logger, string name);
}
