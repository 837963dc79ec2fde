using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Core.Security;
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
            .UseSetting("Sailplan:RateLimits:SignInsPerMinute", "1000")
            .UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal))
            .First();
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash.</summary>
    public string BaseUrl { get; }

    public const string TesterEmail = "tester@sailplan.test";
    public const string TesterPassword = "Tester-Password-1";

    /// <summary>A client signed in as the tester, who owns every organisation the tests create or seed.</summary>
    public HttpClient Client { get; private set; } = null!;

    public Guid TesterId { get; private set; }

    /// <summary>The running app's services (its endpoint list, its database).</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>An HTTP client for the running app, over a real socket, with its own cookies and not signed in.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(BaseUrl),
        };

    /// <summary>A client signed in through the JSON sign-in endpoint, as a browserless script would.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/session", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in of {email} failed: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    /// <summary>Creates an account (no memberships) and returns its id.</summary>
    public Task<Guid> CreateUserAsync(string email, string password, string? displayName = null) => WithServicesAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, DisplayName = displayName ?? email };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    });

    public const string MemberPassword = "Member-Password-1";

    /// <summary>A new person with <paramref name="role"/> in the organisation; returns their email (password <see cref="MemberPassword"/>).</summary>
    public async Task<string> AddMemberAsync(Guid orgId, Role role, string? name = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@sailplan.test".ToLowerInvariant();
        var userId = await CreateUserAsync(email, MemberPassword, name);
        await WithDbAsync(async db =>
        {
            db.Memberships.Add(Membership.Create(orgId, userId, role));
            return await db.SaveChangesAsync();
        });
        return email;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A database context of the running app, for seeding and checking what was stored.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDb, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDb>());
    }

    public async Task InitializeAsync()
    {
        TesterId = await CreateUserAsync(TesterEmail, TesterPassword);
        Client = await SignedInClientAsync(TesterEmail, TesterPassword);
    }

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
