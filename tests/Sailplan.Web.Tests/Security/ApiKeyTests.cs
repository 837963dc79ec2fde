using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sailplan.Web.Tests.Api;

namespace Sailplan.Web.Tests.Security;

public sealed class ApiKeyTests(AppServer server) : IClassFixture<AppServer>
{
    [Fact]
    public async Task A_read_key_is_shown_once_stored_hashed_reads_its_organisation_only_and_stops_when_revoked()
    {
        var mine = await SmallOrganization.SeedAsync(server, $"Keys {Guid.NewGuid():N}");
        var other = await SmallOrganization.SeedAsync(server, $"Other {Guid.NewGuid():N}");
        var created = await server.Client.PostOkAsync($"/api/orgs/{mine.OrgId}/api-keys", new { name = "BI export", scope = "read" });
        var plain = created["key"]!.GetValue<string>();
        var machine = server.CreateClient();
        machine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", plain);

        var listed = await server.Client.GetStringAsync($"/api/orgs/{mine.OrgId}/api-keys");
        var stored = await server.WithDbAsync(db => db.ApiKeys.AsNoTracking().SingleAsync(k => k.OrganizationId == mine.OrgId));
        var read = await machine.GetAsync($"/api/orgs/{mine.OrgId}/nodes");
        var write = await machine.PostAsJsonAsync($"/api/orgs/{mine.OrgId}/dimensions", new { name = "Speed" });
        var otherOrganisation = await machine.GetAsync($"/api/orgs/{other.OrgId}/nodes");
        await server.Client.DeleteAsync($"/api/orgs/{mine.OrgId}/api-keys/{created.Id()}");
        var afterRevoke = await machine.GetAsync($"/api/orgs/{mine.OrgId}/nodes");

        Assert.StartsWith("sp_", plain);
        Assert.DoesNotContain(plain, listed);
        Assert.DoesNotContain(plain, stored.SecretHash);
        Assert.Equal(64, stored.SecretHash.Length);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherOrganisation.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
    }

    [Fact]
    public async Task An_ingest_key_cannot_read_the_strategy_and_a_made_up_key_is_refused()
    {
        var org = await SmallOrganization.SeedAsync(server, $"Ingest {Guid.NewGuid():N}");
        var created = await server.Client.PostOkAsync($"/api/orgs/{org.OrgId}/api-keys", new { name = "Contact centre feed", scope = "ingest" });
        var ingest = server.CreateClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", created["key"]!.GetValue<string>());
        var forged = server.CreateClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", created["key"]!.GetValue<string>()[..^2] + "xx");

        Assert.Equal(HttpStatusCode.Forbidden, (await ingest.GetAsync($"/api/orgs/{org.OrgId}/nodes")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync($"/api/orgs/{org.OrgId}/nodes")).StatusCode);
    }
}
