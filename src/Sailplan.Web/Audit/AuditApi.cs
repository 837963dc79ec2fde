using Sailplan.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Audit;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Audit;

/// <summary>The organisation's audit log: filtered pages of entries, and verification of its hash chain.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapOrganizationGroup("/audit", "Audit").RequirePermission(Permission.ReadAudit);
        audit.MapGet("/", ListAuditEntries);
        audit.MapGet("/verify", VerifyAuditChain);
        return app;
    }

    /// <summary>Entries newest first. Entries are returned exactly as stored, hashes included, so a client can check the chain itself.</summary>
    public static async Task<Ok<Page<AuditEntry>>> ListAuditEntries(Guid orgId, [AsParameters] AuditQuery query, [AsParameters] PageRequest paging,
        AppDb db, CancellationToken ct)
    {
        var filter = await query.ToFilterAsync(db, orgId, ct);
        return TypedResults.Ok(await AuditLog.Entries(db, orgId, filter).ToPageAsync(paging, ct));
    }

    public static async Task<Ok<AuditVerification>> VerifyAuditChain(Guid orgId, AppDb db, CancellationToken ct) =>
        TypedResults.Ok((await AuditLog.VerifyAsync(db, orgId, ct)).Single().Result);
}

/// <summary>
/// The audit log's filters as a query string. <see cref="From"/> and <see cref="To"/> are days in
/// the organisation's time zone, both inclusive; <see cref="Actor"/> matches part of the name.
/// </summary>
public sealed record AuditQuery(string? EntityType = null, Guid? EntityId = null, string? Actor = null, string? Action = null,
    DateOnly? From = null, DateOnly? To = null)
{
    public async Task<AuditFilter> ToFilterAsync(AppDb db, Guid orgId, CancellationToken ct)
    {
        var action = Require.OptionalEnum<AuditAction>(Action, "action");
        if (From is null && To is null)
        {
            return new AuditFilter(EntityType, EntityId, Actor, action);
        }

        var timeZone = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.TimeZone).SingleAsync(ct);
        var (from, until) = AuditLog.Days(From, To, timeZone);
        return new AuditFilter(EntityType, EntityId, Actor, action, from, until);
    }
}
