using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Security;
using Sailplan.Data;

namespace Sailplan.Web.Tests.Security;

/// <summary>
/// Another organisation's objects do not exist for you: through every endpoint of the running app,
/// reading, updating and deleting them by id gets 404, and nothing of theirs changes.
/// </summary>
public sealed class IsolationTests(AppServer server) : IClassFixture<AppServer>
{
    private const string Password = "Other-Owner-Pass-1";

    [Fact]
    public async Task Every_endpoint_answers_404_for_another_organisation_and_changes_nothing()
    {
        var mine = await SmallOrganization.SeedAsync(server, $"Mine {Guid.NewGuid():N}");
        var otherOwnerEmail = $"other-{Guid.NewGuid():N}@sailplan.test";
        var otherOwner = await server.CreateUserAsync(otherOwnerEmail, Password);
        var theirs = await SmallOrganization.SeedAsync(server, $"Theirs {Guid.NewGuid():N}", otherOwner);
        var theirClient = await server.SignedInClientAsync(otherOwnerEmail, Password);
        await theirClient.PostAsJsonAsync($"/api/orgs/{theirs.OrgId}/api-keys", new { name = "their key", scope = "read" });
        var theirIds = await IdsByRouteSegmentAsync(theirs.OrgId);
        var before = await FingerprintAsync(theirs.OrgId);
        var me = server.Client;
        var leaks = new List<string>();

        foreach (var endpoint in Endpoints.Of(server).Where(e => e.IsOrganizationRoute))
        {
            var theirObject = theirIds.GetValueOrDefault(ResourceOf(endpoint), Guid.NewGuid());

            // Their organisation in the route: it does not exist for me.
            using (var response = await SendAsync(me, endpoint, endpoint.Url(theirs.OrgId, theirObject), body: null))
            {
                Expect404(response, endpoint, "their organisation", leaks);
            }

            // My organisation in the route, their object's id (and, for updates, their object as the body).
            if (endpoint.Pattern.Contains("{id", StringComparison.Ordinal) && !endpoint.IsPage)
            {
                var body = endpoint.Method == "PUT" ? await TheirObjectAsync(theirClient, endpoint.Url(theirs.OrgId, theirObject)) : null;
                using var response = await SendAsync(me, endpoint, endpoint.Url(mine.OrgId, theirObject), body);
                // In my own organisation a 403 (my role may not do this at all) reveals nothing of theirs either.
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    Expect404(response, endpoint, "their object in my organisation", leaks);
                }
            }
        }

        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
        Assert.Equal(before, await FingerprintAsync(theirs.OrgId));
    }

    /// <summary>Their object as its owner reads it, the most plausible body for an update; empty where it cannot be read.</summary>
    private static async Task<JsonObject?> TheirObjectAsync(HttpClient theirClient, string url)
    {
        using var response = await theirClient.GetAsync(url.EndsWith("/progress", StringComparison.Ordinal) ? url[..^"/progress".Length] : url);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
    }

    private static void Expect404(HttpResponseMessage response, EndpointCase endpoint, string what, List<string> leaks)
    {
        // A form post without its antiforgery token is stopped (400) before anything is looked up.
        var stoppedBeforeLookup = endpoint.IsPage && endpoint.Method == "POST" && response.StatusCode == HttpStatusCode.BadRequest;
        if (response.StatusCode != HttpStatusCode.NotFound && !stoppedBeforeLookup)
        {
            leaks.Add($"{endpoint} with {what}: {(int)response.StatusCode}");
        }
    }

    /// <summary>"nodes" for /api/orgs/{orgId}/nodes/{id}: which of their objects an {id} should name.</summary>
    private static string ResourceOf(EndpointCase endpoint)
    {
        var segments = endpoint.Pattern.Split('/');
        var idIndex = Array.FindIndex(segments, s => s.StartsWith("{id", StringComparison.Ordinal));
        return idIndex > 0 ? segments[idIndex - 1] : "";
    }

    private Task<Dictionary<string, Guid>> IdsByRouteSegmentAsync(Guid orgId) => server.WithDbAsync(async db => new Dictionary<string, Guid>
    {
        ["nodes"] = await First<Core.Strategy.StrategyNode>(db, orgId),
        ["dimensions"] = await First<Core.Strategy.Dimension>(db, orgId),
        ["kpis"] = await First<Core.Metrics.KpiDefinition>(db, orgId),
        ["drivers"] = await First<Core.Metrics.Driver>(db, orgId),
        ["units"] = await First<Core.Organizations.Unit>(db, orgId),
        ["people"] = await First<Core.Organizations.Person>(db, orgId),
        ["members"] = await First<Membership>(db, orgId),
        ["api-keys"] = await First<ApiKey>(db, orgId),
    });

    private static Task<Guid> First<T>(AppDb db, Guid orgId) where T : Entity =>
        db.InOrganization<T>(orgId).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();

    /// <summary>Every row of the organisation with its version: any change shows up here.</summary>
    private Task<string> FingerprintAsync(Guid orgId) => server.WithDbAsync(async db =>
    {
        var rows = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Select(t => t.ClrType).Where(t => typeof(Entity).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var entities = await ((IQueryable<Entity>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(type).Invoke(db, null)!).Where(e => e.OrganizationId == orgId).AsNoTracking().ToListAsync();
            rows.AddRange(entities.Select(e => $"{type.Name}:{e.Id}:{e.Version}"));
        }

        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == orgId);
        rows.Add($"Organization:{organization.Version}");
        return string.Join('\n', rows.Order());
    });

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, EndpointCase endpoint, string url, JsonObject? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), url);
        if (endpoint.Method is "POST" or "PUT")
        {
            request.Content = endpoint.IsPage ? new FormUrlEncodedContent([]) : JsonContent.Create(body ?? []);
        }

        return client.SendAsync(request);
    }
}
