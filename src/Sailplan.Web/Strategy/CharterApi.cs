using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>
/// The organisation's charter and its history. Every save is a new revision: the strategy owner
/// refreshes vision and mission directly (PUT); core clauses change only through an amendment
/// that the executive sponsor approves.
/// </summary>
public static class CharterApi
{
    public static IEndpointRouteBuilder MapCharterApi(this IEndpointRouteBuilder app)
    {
        var charter = app.MapOrganizationGroup("/charter", "Charter");
        charter.MapGet("/", GetCharter).RequirePermission(Permission.ReadStrategy);
        charter.MapPut("/", SaveCharter).RequirePermission(Permission.EditStrategy);
        charter.MapGet("/revisions", ListRevisions).RequirePermission(Permission.ReadStrategy);
        charter.MapGet("/revisions/{revision:int}", GetRevision).RequirePermission(Permission.ReadStrategy);
        charter.MapGet("/diff", DiffRevisions).RequirePermission(Permission.ReadStrategy);
        charter.MapGet("/amendments", ListAmendments).RequirePermission(Permission.ReadStrategy);
        charter.MapGet("/amendments/{id:guid}", Crud.Get<CharterAmendment>).RequirePermission(Permission.ReadStrategy);
        charter.MapPost("/amendments", ProposeAmendment).RequirePermission(Permission.ProposeAmendment);
        charter.MapPost("/amendments/{id:guid}/approve", ApproveAmendment).RequirePermission(Permission.ApproveAmendment);
        charter.MapPost("/amendments/{id:guid}/reject", RejectAmendment).RequirePermission(Permission.ApproveAmendment);
        charter.MapPost("/amendments/{id:guid}/withdraw", WithdrawAmendment).RequirePermission(Permission.ProposeAmendment);
        return app;
    }

    /// <summary>The current charter is the newest revision.</summary>
    public static async Task<Results<Ok<Charter>, NotFound>> GetCharter(Guid orgId, AppDb db, CancellationToken ct) =>
        await db.Charters.AsNoTracking().CurrentFor(orgId).FirstOrDefaultAsync(ct) is { } charter
            ? TypedResults.Ok(charter)
            : TypedResults.NotFound();

    /// <summary>
    /// The first save writes revision 1. Later saves are refreshes: they need the revision edited and
    /// a reason, may change vision and mission and record milestones as achieved, and are refused
    /// (naming the clause) if they touch a core clause: that needs an amendment.
    /// </summary>
    public static async Task<Ok<Charter>> SaveCharter(Guid orgId, CharterInput input, AppDb db, HttpContext http, TimeProvider clock,
        CancellationToken ct)
    {
        var current = await db.Charters.AsNoTracking().CurrentFor(orgId).FirstOrDefaultAsync(ct);
        var (actor, _) = await RequestActor.OfAsync(http, orgId);
        var at = clock.GetUtcNow();
        Charter saved;
        if (current is null)
        {
            saved = Charter.Create(orgId, input.ToContent(), actor, at, input.Reason);
        }
        else
        {
            Conflicts.Check(current.Revision, input.Revision, current, input.ContentOnly(), http.JsonOptions(), "revision");
            saved = current.Refresh(input.ToContent(), actor, input.Reason ?? "", at);
        }

        await AddRevisionAsync(db, saved, at, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(saved);
    }

    /// <summary>Every revision, newest first, with why it was made, by whom and when.</summary>
    public static async Task<Ok<Page<CharterRevisionSummary>>> ListRevisions(Guid orgId, [AsParameters] PageRequest paging, AppDb db,
        CancellationToken ct)
    {
        var page = await db.Charters.AsNoTracking().CurrentFor(orgId).ToPageAsync(paging, ct);
        return TypedResults.Ok(new Page<CharterRevisionSummary>(
            [.. page.Items.Select(CharterRevisionSummary.Of)], page.PageNumber, page.PageSize, page.Total));
    }

    public static async Task<Results<Ok<Charter>, NotFound>> GetRevision(Guid orgId, int revision, AppDb db, CancellationToken ct) =>
        await db.Charters.AsNoTracking().SingleOrDefaultAsync(c => c.OrganizationId == orgId && c.Revision == revision, ct) is { } charter
            ? TypedResults.Ok(charter)
            : TypedResults.NotFound();

    /// <summary>What changed between two revisions, clause by clause with a word diff, and the reason for each revision in between.</summary>
    public static async Task<Ok<CharterComparison>> DiffRevisions(Guid orgId, [FromQuery(Name = "from")] int fromRevision,
        [FromQuery(Name = "to")] int toRevision, AppDb db, CancellationToken ct)
    {
        if (fromRevision > toRevision)
        {
            throw new DomainException("from", $"Compare an earlier revision with a later one: {fromRevision} comes after {toRevision}.");
        }

        var revisions = await db.Charters.AsNoTracking()
            .Where(c => c.OrganizationId == orgId && c.Revision >= fromRevision && c.Revision <= toRevision)
            .OrderBy(c => c.Revision)
            .ToListAsync(ct);
        var from = revisions.FirstOrDefault(c => c.Revision == fromRevision) ?? throw new NotFoundException($"charter revision {fromRevision}");
        var to = revisions.FirstOrDefault(c => c.Revision == toRevision) ?? throw new NotFoundException($"charter revision {toRevision}");
        return TypedResults.Ok(new CharterComparison(
            CharterRevisionSummary.Of(from),
            CharterRevisionSummary.Of(to),
            [.. revisions.Where(c => c.Revision > fromRevision).Select(CharterRevisionSummary.Of)],
            CharterDiff.Between(from, to)));
    }

    /// <summary>Amendments, newest first; ?status=proposed lists those waiting for a decision.</summary>
    public static async Task<Ok<Page<CharterAmendment>>> ListAmendments(Guid orgId, [AsParameters] PageRequest paging, AppDb db,
        CancellationToken ct, string? status = null)
    {
        var statusFilter = Require.OptionalEnum<AmendmentStatus>(status, "status");
        return TypedResults.Ok(await db.InOrganization<CharterAmendment>(orgId).AsNoTracking()
            .Where(a => statusFilter == null || a.Status == statusFilter)
            .OrderByDescending(a => a.Id)
            .ToPageAsync(paging, ct));
    }

    /// <summary>
    /// Proposes new content for the charter with a rationale. It is checked now against the
    /// revision it was written for (which must be the current one): no core clause may be deleted.
    /// </summary>
    public static async Task<Created<CharterAmendment>> ProposeAmendment(Guid orgId, AmendmentInput input, AppDb db, HttpContext http,
        TimeProvider clock, CancellationToken ct)
    {
        var current = await CurrentAsync(db, orgId, ct);
        Conflicts.Check(current.Revision, input.Revision, current, input.ContentOnly(), http.JsonOptions(), "revision");
        var (actor, _) = await RequestActor.OfAsync(http, orgId);
        var amendment = CharterAmendment.Propose(current, input.ToContent(), input.Rationale, actor, clock.GetUtcNow());
        db.Add(amendment);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/charter/amendments/{amendment.Id}", amendment);
    }

    /// <summary>
    /// The executive sponsor approves. When the approval makes the amendment effective (the sponsor
    /// alone, or a second approver where the organisation requires one) the charter gets a new
    /// revision; the answer's resultingRevision says which.
    /// </summary>
    public static async Task<Ok<CharterAmendment>> ApproveAmendment(Guid orgId, Guid id, DecisionInput? input, AppDb db, HttpContext http,
        TimeProvider clock, CancellationToken ct)
    {
        var amendment = await FindAmendmentAsync(db, orgId, id, ct);
        var current = await CurrentAsync(db, orgId, ct);
        var secondApprover = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.CharterSecondApproverRequired).SingleAsync(ct);
        var (actor, sponsor) = await RequestActor.OfAsync(http, orgId);
        var at = clock.GetUtcNow();
        if (amendment.Approve(current, actor, sponsor, secondApprover, input?.Comment, at) is { } revision)
        {
            await AddRevisionAsync(db, revision, at, ct);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(amendment);
    }

    public static async Task<Ok<CharterAmendment>> RejectAmendment(Guid orgId, Guid id, DecisionInput input, AppDb db, HttpContext http,
        TimeProvider clock, CancellationToken ct)
    {
        var amendment = await FindAmendmentAsync(db, orgId, id, ct);
        var (actor, sponsor) = await RequestActor.OfAsync(http, orgId);
        amendment.Reject(actor, sponsor, input.Comment ?? "", clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(amendment);
    }

    public static async Task<Ok<CharterAmendment>> WithdrawAmendment(Guid orgId, Guid id, AppDb db, HttpContext http, TimeProvider clock,
        CancellationToken ct)
    {
        var amendment = await FindAmendmentAsync(db, orgId, id, ct);
        amendment.Withdraw((await RequestActor.OfAsync(http, orgId)).Actor, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(amendment);
    }

    public static IQueryable<Charter> CurrentFor(this IQueryable<Charter> charters, Guid orgId) =>
        charters.Where(c => c.OrganizationId == orgId).OrderByDescending(c => c.Revision);

    private static async Task<Charter> CurrentAsync(AppDb db, Guid orgId, CancellationToken ct) =>
        await db.Charters.AsNoTracking().CurrentFor(orgId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("charter");

    private static async Task<CharterAmendment> FindAmendmentAsync(AppDb db, Guid orgId, Guid id, CancellationToken ct) =>
        await db.FindOwnedAsync<CharterAmendment>(orgId, id, ct) ?? throw new NotFoundException($"charter amendment {id}");

    /// <summary>A new revision makes every amendment still written against an older one stale: they are marked superseded.</summary>
    private static async Task AddRevisionAsync(AppDb db, Charter revision, DateTimeOffset at, CancellationToken ct)
    {
        db.Add(revision);
        var open = await db.InOrganization<CharterAmendment>(revision.OrganizationId)
            .Where(a => a.Status == AmendmentStatus.Proposed)
            .ToListAsync(ct);
        foreach (var amendment in open)
        {
            amendment.SupersedeIfStale(revision, at);
        }
    }
}

public sealed record PrincipleInput(string Text, Guid? Id = null)
{
    public Principle ToPrinciple() => new(Id ?? Guid.Empty, Text);
}

public sealed record MilestoneInput(string Title, DateOnly Date, string? Description = null, Guid? Id = null,
    MilestoneStatus Status = MilestoneStatus.Open, string? StatusNote = null)
{
    public Milestone ToMilestone() => new(Id ?? Guid.Empty, Title, Date, Description, Status, StatusNote);
}

/// <summary>
/// The whole charter as a client sends it. Principles and milestones without an id are new clauses;
/// those with an id keep it (new wording for the same clause). A refresh needs the revision edited and a reason.
/// </summary>
public sealed record CharterInput(
    string Purpose,
    AmbitionLevel Ambition,
    string Mission,
    string? Vision = null,
    List<PrincipleInput>? Principles = null,
    List<MilestoneInput>? Milestones = null,
    int? Revision = null,
    string? Reason = null)
{
    public CharterContent ToContent() => CharterInputs.Content(Purpose, Vision, Ambition, Mission, Principles, Milestones);

    public object ContentOnly() => new { Purpose, Vision, Ambition, Mission, Principles, Milestones };
}

/// <summary>An amendment: the full content the charter would have, the revision it was written against, and why.</summary>
public sealed record AmendmentInput(
    string Purpose,
    AmbitionLevel Ambition,
    string Mission,
    string Rationale,
    int? Revision,
    string? Vision = null,
    List<PrincipleInput>? Principles = null,
    List<MilestoneInput>? Milestones = null)
{
    public CharterContent ToContent() => CharterInputs.Content(Purpose, Vision, Ambition, Mission, Principles, Milestones);

    public object ContentOnly() => new { Purpose, Vision, Ambition, Mission, Principles, Milestones };
}

public sealed record DecisionInput(string? Comment = null);

/// <summary>One line of the charter's history.</summary>
public sealed record CharterRevisionSummary(int Revision, Guid Id, RevisionKind Kind, string Reason, Guid? AuthorId, string AuthorName,
    DateTimeOffset CreatedAt, Guid? AmendmentId, IReadOnlyList<CharterApproval> ApprovedBy)
{
    public static CharterRevisionSummary Of(Charter c) =>
        new(c.Revision, c.Id, c.Kind, c.Reason, c.AuthorId, c.AuthorName, c.CreatedAt, c.AmendmentId, c.ApprovedBy);
}

/// <summary>Two revisions compared: the changed clauses, and every revision after the first up to the second with its reason.</summary>
public sealed record CharterComparison(CharterRevisionSummary From, CharterRevisionSummary To,
    IReadOnlyList<CharterRevisionSummary> Revisions, IReadOnlyList<ClauseChange> Changes);

internal static class CharterInputs
{
    public static CharterContent Content(string purpose, string? vision, AmbitionLevel ambition, string mission,
        List<PrincipleInput>? principles, List<MilestoneInput>? milestones) =>
        new(purpose, vision, ambition, mission,
            (principles ?? []).Select(p => p.ToPrinciple()),
            (milestones ?? []).Select(m => m.ToMilestone()));
}
