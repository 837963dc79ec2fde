using System.Net;
using System.Net.Http.Json;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Tests.Security;

/// <summary>
/// Walks every endpoint of the running app for every role and checks allow or deny against the
/// permission matrix in Core. An endpoint that declares no permission and is not one of the few
/// named below fails the first test, so a new endpoint cannot ship without a policy.
/// </summary>
public sealed class RoleMatrixTests(AppServer server) : IClassFixture<AppServer>
{
    /// <summary>Open to everyone: being alive, and the way in.</summary>
    private static readonly string[] AnonymousAllowed = ["GET /health", "POST /api/session", "GET /signin", "POST /signin", "GET /error/{code:int?}", "POST /error/{code:int?}"];

    /// <summary>Any signed-in person, outside an organisation: who am I, which organisations, create one, sign out.</summary>
    private static readonly string[] SignedInOnly =
    [
        "GET /", "POST /", "GET /api/me", "GET /api/orgs", "POST /api/orgs", "DELETE /api/session", "GET /signout", "POST /signout",
        "GET /openapi/{documentName}.json",
    ];

    [Fact]
    public void Every_endpoint_declares_a_permission_or_is_a_named_exception()
    {
        var endpoints = Endpoints.Of(server);

        var undeclared = endpoints
            .Where(e => e.Permission is null && !AnonymousAllowed.Contains(e.ToString()) && !SignedInOnly.Contains(e.ToString()))
            .Select(e => e.ToString())
            .ToList();
        var wronglyAnonymous = endpoints.Where(e => e.Anonymous && !AnonymousAllowed.Contains(e.ToString())).Select(e => e.ToString()).ToList();

        Assert.True(undeclared.Count == 0, "Endpoints without a permission: " + string.Join(", ", undeclared));
        Assert.True(wronglyAnonymous.Count == 0, "Endpoints open to anonymous callers: " + string.Join(", ", wronglyAnonymous));
        Assert.True(endpoints.Count(e => e.Permission is not null) > 40, "the walk found the app's endpoints");
    }

    [Fact]
    public async Task Every_role_is_allowed_or_denied_each_endpoint_as_the_matrix_says()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Matrix Co {Guid.NewGuid():N}");
        var clients = new Dictionary<Role, HttpClient>();
        foreach (var role in Enum.GetValues<Role>())
        {
            clients[role] = await server.SignedInClientAsync(await server.AddMemberAsync(org.OrgId, role), AppServer.MemberPassword);
        }

        var wrong = new List<string>();
        foreach (var endpoint in Endpoints.Of(server).Where(e => e.Permission is not null))
        {
            var permission = endpoint.Permission!.For(endpoint.Method);
            foreach (var (role, client) in clients)
            {
                // A random object id: an allowed caller gets past authorization (404, 400, 200...), a denied one gets 403.
                using var response = await SendAsync(client, endpoint, endpoint.Url(org.OrgId, Guid.NewGuid()));
                var allowed = role.Allows(permission);
                var denied = response.StatusCode is HttpStatusCode.Forbidden;
                if (allowed == denied || response.StatusCode is HttpStatusCode.Unauthorized || (int)response.StatusCode >= 500)
                {
                    wrong.Add($"{role} {endpoint} ({permission}): expected {(allowed ? "allowed" : "403")}, got {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Without_sign_in_the_api_answers_401_and_pages_send_to_sign_in()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Closed Co {Guid.NewGuid():N}");
        var anonymous = server.CreateClient();
        var wrong = new List<string>();

        foreach (var endpoint in Endpoints.Of(server).Where(e => !AnonymousAllowed.Contains(e.ToString())))
        {
            using var response = await SendAsync(anonymous, endpoint, endpoint.Url(org.OrgId, Guid.NewGuid()));
            var ok = endpoint.IsPage || endpoint.Pattern == "/" || endpoint.Pattern.StartsWith("/signout", StringComparison.Ordinal)
                ? response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/signin", StringComparison.Ordinal)
                    || endpoint.Method == "POST" && response.StatusCode == HttpStatusCode.BadRequest // antiforgery stops an anonymous form post first
                : response.StatusCode == HttpStatusCode.Unauthorized;
            if (!ok)
            {
                wrong.Add($"{endpoint}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, EndpointCase endpoint, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.Method is "POST" or "PUT")
        {
            request.Content = endpoint.IsPage ? new FormUrlEncodedContent([]) : JsonContent.Create(new { });
        }

        return client.SendAsync(request);
    }
}
