using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;

namespace Sailplan.Web.Tests.Api;

public sealed class CharterApiTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Rationale = "Agents cut calls short to meet the cap, and repeat contacts rose.";
    private readonly HttpClient _client = app.Client;
    private readonly Dictionary<(string Org, string Actor), (Guid UserId, HttpClient Client)> _actors = [];

    /// <summary>A new organisation with revision 1 of its charter, written by Anna.</summary>
    private async Task<(string Org, JsonObject Charter)> FoundedAsync(bool secondApprover = false)
    {
        var org = await _client.PostOkAsync("/api/orgs", new { name = "Charter Co", charterSecondApproverRequired = secondApprover });
        var charter = await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/orgs/{org.Id()}/charter", new
        {
            purpose = "We keep homes running and learn from every problem.",
            ambition = "brandPromise",
            mission = "Solve it at the first contact.",
            principles = new[] { new { text = "Whoever takes the contact owns it." }, new { text = "Handle time is kept short." } },
            milestones = new[] { new { title = "Callback live", date = "2099-01-31" } },
        }, "Anna"), HttpStatusCode.OK);
        return (org.Id(), charter);
    }

    /// <summary>The charter's content as an amendment proposes it, with one principle given new wording.</summary>
    private static JsonObject Amendment(JsonObject charter, int principle, string text, string rationale = Rationale)
    {
        var body = new JsonObject
        {
            ["purpose"] = charter["purpose"]!.DeepClone(),
            ["ambition"] = charter["ambition"]!.DeepClone(),
            ["mission"] = charter["mission"]!.DeepClone(),
            ["vision"] = charter["vision"]?.DeepClone(),
            ["principles"] = charter["principles"]!.DeepClone(),
            ["milestones"] = charter["milestones"]!.DeepClone(),
            ["rationale"] = rationale,
            ["revision"] = charter["revision"]!.DeepClone(),
        };
        body["principles"]![principle]!["text"] = text;
        return body;
    }

    /// <summary>
    /// Sends as the named person, signed in, a member of the organisation in the URL: the executive
    /// sponsor when <paramref name="sponsor"/>, else a strategist. Without a name, as the owner who created it.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, string? actor = null, bool sponsor = false)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        return actor is null ? await _client.SendAsync(request) : await (await ActorAsync(url.Split('/')[3], actor, sponsor)).SendAsync(request);
    }

    private async Task<HttpClient> ActorAsync(string org, string name, bool sponsor)
    {
        if (!_actors.TryGetValue((org, name), out var actor))
        {
            var email = $"{name}-{Guid.NewGuid():N}@sailplan.test".ToLowerInvariant();
            var userId = await app.CreateUserAsync(email, "Actor-Password-1", name);
            await app.WithDbAsync(async db =>
            {
                db.Memberships.Add(Membership.Create(Guid.Parse(org), userId, Role.Strategist));
                return await db.SaveChangesAsync();
            });
            actor = _actors[(org, name)] = (userId, await app.SignedInClientAsync(email, "Actor-Password-1"));
        }

        var role = sponsor ? Role.ExecutiveSponsor : Role.Strategist;
        await app.WithDbAsync(db => db.Memberships
            .Where(m => m.OrganizationId == Guid.Parse(org) && m.UserId == actor.UserId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Role, role)));
        return actor.Client;
    }

    private static Task<JsonObject> ReadAsync(HttpResponseMessage response, HttpStatusCode expected) => ApiClient.ReadAsync(response, expected);

    private async Task<JsonObject> ProposeAsync(string org, JsonObject body, string actor = "Anna") =>
        await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments", body, actor), HttpStatusCode.Created);

    private Task<HttpResponseMessage> ApproveAsync(string org, string amendmentId, string actor, bool sponsor = true, string? comment = null) =>
        SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments/{amendmentId}/approve", comment is null ? null : new { comment }, actor, sponsor);

    [Fact]
    public async Task An_approved_amendment_becomes_revision_2_and_the_history_shows_both_with_reasons_and_a_diff()
    {
        var (org, charter) = await FoundedAsync();
        var principleId = charter["principles"]![1]!["id"]!.GetValue<string>();

        var proposed = await ProposeAsync(org, Amendment(charter, 1, "Handle time is managed, never capped."));
        var approved = await ReadAsync(await ApproveAsync(org, proposed.Id(), "Katrin", comment: "Agreed"), HttpStatusCode.OK);

        Assert.Equal("proposed", proposed["status"]!.GetValue<string>());
        Assert.Equal(("approved", 2), (approved["status"]!.GetValue<string>(), approved["resultingRevision"]!.GetValue<int>()));
        var current = await _client.GetOkAsync($"/api/orgs/{org}/charter");
        Assert.Equal((2, "amendment"), (current["revision"]!.GetValue<int>(), current["kind"]!.GetValue<string>()));
        Assert.Equal(principleId, current["principles"]![1]!["id"]!.GetValue<string>());

        var revisions = await _client.GetOkAsync($"/api/orgs/{org}/charter/revisions");
        Assert.Equal(2, revisions["total"]!.GetValue<int>());
        var newest = revisions["items"]![0]!;
        Assert.Equal((2, Rationale, "Anna"), (newest["revision"]!.GetValue<int>(), newest["reason"]!.GetValue<string>(), newest["authorName"]!.GetValue<string>()));
        Assert.Equal("Katrin", newest["approvedBy"]![0]!["approverName"]!.GetValue<string>());
        Assert.Equal((1, "The first charter."), (revisions["items"]![1]!["revision"]!.GetValue<int>(), revisions["items"]![1]!["reason"]!.GetValue<string>()));
        var first = await _client.GetOkAsync($"/api/orgs/{org}/charter/revisions/1");
        Assert.Equal("Handle time is kept short.", first["principles"]![1]!["text"]!.GetValue<string>());

        var diff = await _client.GetOkAsync($"/api/orgs/{org}/charter/diff?from=1&to=2");
        var change = Assert.Single(diff["changes"]!.AsArray())!;
        Assert.Equal(("principles[1]", "superseded", principleId),
            (change["clause"]!.GetValue<string>(), change["kind"]!.GetValue<string>(), change["clauseId"]!.GetValue<string>()));
        Assert.Equal(("Handle time is kept short.", "Handle time is managed, never capped."),
            (change["before"]!.GetValue<string>(), change["after"]!.GetValue<string>()));
        Assert.Contains(change["words"]!.AsArray(), w => w!["kind"]!.GetValue<string>() == "inserted" && w["text"]!.GetValue<string>() == "managed, never capped");
        Assert.Equal(Rationale, diff["revisions"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_amendment_that_deletes_a_principle_is_400_naming_the_clause_and_nothing_is_stored()
    {
        var (org, charter) = await FoundedAsync();
        var body = Amendment(charter, 0, "Whoever takes the contact owns it.");
        body["principles"]!.AsArray().RemoveAt(1);

        var response = await SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments", body, "Anna");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var message = problem["errors"]!["principles[1]"]![0]!.GetValue<string>();
        Assert.Contains("Handle time is kept short.", message, StringComparison.Ordinal);
        Assert.Contains("never deleted", message, StringComparison.Ordinal);
        Assert.Equal(0, (await _client.GetOkAsync($"/api/orgs/{org}/charter/amendments"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_refresh_changes_vision_with_a_reason_but_a_core_clause_needs_an_amendment()
    {
        var (org, charter) = await FoundedAsync();
        var url = $"/api/orgs/{org}/charter";

        var core = await SendAsync(HttpMethod.Put, url, charter.With("purpose", "Service is a cost to keep low.").With("reason", "Cheaper"), "Bob");
        var noReason = await SendAsync(HttpMethod.Put, url, charter.With("vision", "Recommended by customers").With("reason", null), "Bob");
        var noRevision = await SendAsync(HttpMethod.Put, url, charter.With("vision", "Recommended").With("reason", "Why").With("revision", null), "Bob");
        var refreshed = await ReadAsync(await SendAsync(HttpMethod.Put, url,
            charter.With("vision", "Recommended by customers").With("reason", "The vision was missing."), "Bob"), HttpStatusCode.OK);
        var stale = await SendAsync(HttpMethod.Put, url, charter.With("mission", "Another").With("reason", "Late edit"), "Carla");

        Assert.Contains("amendment", (await core.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!["purpose"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await noReason.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("reason"));
        Assert.True((await noRevision.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("revision"));
        Assert.Equal((2, "refresh", "Bob"), (refreshed["revision"]!.GetValue<int>(), refreshed["kind"]!.GetValue<string>(), refreshed["authorName"]!.GetValue<string>()));
        var conflict = await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, conflict["currentVersion"]!.GetValue<int>());
        Assert.Equal(["mission", "vision"], conflict["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_proposer_and_anyone_but_the_sponsor_cannot_approve()
    {
        var (org, charter) = await FoundedAsync();
        var proposed = await ProposeAsync(org, Amendment(charter, 1, "Handle time is managed."));

        var own = await ApproveAsync(org, proposed.Id(), "Anna");
        var notSponsor = await ApproveAsync(org, proposed.Id(), "Bob", sponsor: false);

        Assert.Contains("proposed this amendment", (await own.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!["approver"]![0]!.GetValue<string>(),
            StringComparison.Ordinal);
        await notSponsor.ProblemAsync(HttpStatusCode.Forbidden); // only the executive sponsor role may approve
        Assert.Equal(1, (await _client.GetOkAsync($"/api/orgs/{org}/charter"))["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task Where_the_organisation_requires_it_a_second_different_approver_makes_it_effective()
    {
        var (org, charter) = await FoundedAsync(secondApprover: true);
        var proposed = await ProposeAsync(org, Amendment(charter, 1, "Handle time is managed."));

        var afterSponsor = await ReadAsync(await ApproveAsync(org, proposed.Id(), "Katrin"), HttpStatusCode.OK);
        var revisionBetween = (await _client.GetOkAsync($"/api/orgs/{org}/charter"))["revision"]!.GetValue<int>();
        var twice = await ApproveAsync(org, proposed.Id(), "Katrin");
        var afterSecond = await ReadAsync(await ApproveAsync(org, proposed.Id(), "Ruth", comment: "Seen"), HttpStatusCode.OK);

        Assert.Equal(("proposed", 1), (afterSponsor["status"]!.GetValue<string>(), afterSponsor["approvals"]!.AsArray().Count));
        Assert.Equal(1, revisionBetween);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal(("approved", 2), (afterSecond["status"]!.GetValue<string>(), afterSecond["resultingRevision"]!.GetValue<int>()));
        var current = await _client.GetOkAsync($"/api/orgs/{org}/charter");
        Assert.Equal(["Katrin", "Ruth"], current["approvedBy"]!.AsArray().Select(a => a!["approverName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_amendment_is_superseded_when_the_charter_moves_on_and_can_no_longer_be_approved()
    {
        var (org, charter) = await FoundedAsync();
        var proposed = await ProposeAsync(org, Amendment(charter, 1, "Handle time is managed."));
        await ReadAsync(await SendAsync(HttpMethod.Put, $"/api/orgs/{org}/charter",
            charter.With("vision", "Recommended").With("reason", "The vision was missing."), "Bob"), HttpStatusCode.OK);

        var stored = await _client.GetOkAsync($"/api/orgs/{org}/charter/amendments/{proposed.Id()}");
        var approve = await ApproveAsync(org, proposed.Id(), "Katrin");
        var staleProposal = await SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments", Amendment(charter, 1, "Again"), "Anna");

        Assert.Equal(("superseded", 2), (stored["status"]!.GetValue<string>(), stored["resultingRevision"]!.GetValue<int>()));
        var message = (await approve.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!["baseRevision"]![0]!.GetValue<string>();
        Assert.Contains("revision 1", message, StringComparison.Ordinal);
        Assert.Contains("propose it again", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, staleProposal.StatusCode);
    }

    [Fact]
    public async Task A_rejected_amendment_keeps_the_reason_and_lists_by_status_only_in_its_organisation()
    {
        var (org, charter) = await FoundedAsync();
        var (other, _) = await FoundedAsync();
        var rejected = await ProposeAsync(org, Amendment(charter, 1, "Handle time is managed."));
        await ProposeAsync(org, Amendment(charter, 0, "Every contact has one owner."));

        var noComment = await SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments/{rejected.Id()}/reject", new { }, "Katrin", sponsor: true);
        var decided = await ReadAsync(await SendAsync(HttpMethod.Post, $"/api/orgs/{org}/charter/amendments/{rejected.Id()}/reject",
            new { comment = "Not before the bill run." }, "Katrin", sponsor: true), HttpStatusCode.OK);
        var open = await _client.GetOkAsync($"/api/orgs/{org}/charter/amendments?status=proposed");
        var elsewhere = await _client.GetAsync($"/api/orgs/{other}/charter/amendments/{rejected.Id()}");

        Assert.True((await noComment.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("comment"));
        Assert.Equal("rejected", decided["status"]!.GetValue<string>());
        Assert.Equal(("rejected", "Not before the bill run."),
            (decided["approvals"]![0]!["decision"]!.GetValue<string>(), decided["approvals"]![0]!["comment"]!.GetValue<string>()));
        Assert.Equal(1, open["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task A_diff_needs_existing_revisions_in_order()
    {
        var (org, _) = await FoundedAsync();

        var missing = await _client.GetAsync($"/api/orgs/{org}/charter/diff?from=1&to=5");
        var backwards = await _client.GetAsync($"/api/orgs/{org}/charter/diff?from=2&to=1");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True((await backwards.ProblemAsync(HttpStatusCode.BadRequest))["errors"]!.AsObject().ContainsKey("from"));
    }
}
