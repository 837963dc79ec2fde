using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Data;

namespace Sailplan.Web.Tests;

/// <summary>
/// The real app, as `dotnet run` starts it (Production), on a real Kestrel port (127.0.0.1, a free
/// port the OS picks) over its own temporary SQLite file, without the demo organisation: API tests
/// and a browser reach it over HTTP, and tests seed what they need.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _databaseFile;

    public AppServer()
    {
        _databaseFile = Path.Combine(Path.GetTempPath(), $"sailplan-web-test-{Guid.NewGuid():N}.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("db", _databaseFile)
            .UseSetting("Sailplan:LoadDemo", "false")
            .UseEnvironment("Production")
            .UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal))
            .First();
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string BaseUrl { get; }

    /// <summary>An HTTP client for the running app, over a real socket.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl) };

    /// <summary>A database context of the running app, for seeding and checking what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDb, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
