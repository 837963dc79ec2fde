using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sailplan.Data;

namespace Sailplan.Web.Tests.Security;

/// <summary>
/// The app keeps no state another instance would need: a session cookie issued by one instance is
/// accepted by another over the same database, because the keys protecting it live there.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"sailplan-scaleout-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _first = null!;
    private WebApplicationFactory<Program> _second = null!;

    public Task InitializeAsync()
    {
        _first = Instance();
        _second = Instance();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_session_from_one_instance_is_accepted_by_another()
    {
        var first = _first.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var signIn = await first.PostAsJsonAsync("/api/session", new { email = "owner@northwind.example", password = "Sailplan-Demo-2026" });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sailplan=", StringComparison.Ordinal)).Split(';')[0];

        var second = _second.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        second.DefaultRequestHeaders.Add("Cookie", cookie);
        using var me = await second.GetAsync("/api/me");

        await using var scope = _second.Services.CreateAsyncScope();
        var keysInDatabase = await scope.ServiceProvider.GetRequiredService<AppDb>().DataProtectionKeys.CountAsync();

        Assert.True(keysInDatabase > 0, "the cookie-protecting keys are kept in the shared database, not on one instance's disk");
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("user:owner@northwind.example", await me.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }

    /// <summary>One app instance over the shared database, with the demo (and its sign-ins) loaded by whichever starts first.</summary>
    private WebApplicationFactory<Program> Instance() => new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
        .UseSetting("db", _database)
        .UseEnvironment("Production"));
}
