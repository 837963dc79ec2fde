using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Sailplan.Web.Tests.Security;

public sealed class WebHygieneTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Responses_carry_security_headers_and_the_session_cookie_is_http_only()
    {
        var anonymous = server.CreateClient();
        using var page = await anonymous.GetAsync("/signin");
        using var signIn = await anonymous.PostAsJsonAsync("/api/session", new { email = AppServer.TesterEmail, password = AppServer.TesterPassword });

        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sailplan=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Forms {Guid.NewGuid():N}");

        using var response = await server.Client.PostAsync($"/orgs/{org.OrgId}/dimensions", new FormUrlEncodedContent([new("Input.Name", "Speed")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_before_it_is_read()
    {
        // Only the headers are sent: the server must refuse on the declared length alone (10 MiB limit).
        var uri = new Uri(server.BaseUrl);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(uri.Host, uri.Port);
        await using var stream = tcp.GetStream();
        var request = $"POST /api/session HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\nContent-Length: {20 * 1024 * 1024}\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);

        var statusLine = await reader.ReadLineAsync();

        Assert.Equal("HTTP/1.1 413 Payload Too Large", statusLine);
    }
}

/// <summary>Sign-in attempts are rate limited per client address: the eleventh in a minute is refused.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _app = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
        .UseSetting("db", Path.Combine(Path.GetTempPath(), $"sailplan-ratelimit-{Guid.NewGuid():N}.db"))
        .UseSetting("Sailplan:LoadDemo", "false")
        .UseEnvironment("Production"));

    [Fact]
    public async Task The_eleventh_sign_in_attempt_within_a_minute_gets_429()
    {
        var client = _app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/session", new { email = "nobody@sailplan.test", password = "wrong-password-1A" });
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
