using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>The organisation's charter: purpose, ambition, mission, principles, milestones.</summary>
public static class CharterApi
{
    public static IEndpointRouteBuilder MapCharterApi(this IEndpointRouteBuilder app)
    {
        var charter = app.MapOrganizationGroup("/charter", "Charter");
        charter.MapGet("/", GetCharter).RequirePermission(Permission.ReadStrategy);
        charter.MapPut("/", SaveCharter).RequirePermission(Permission.EditStrategy);
        return app;
    }

    /// <summary>The current charter is the newest revision.</summary>
    public static async Task<Results<Ok<Charter>, NotFound>> GetCharter(Guid orgId, AppDb db, CancellationToken ct) =>
        await db.Charters.AsNoTracking().CurrentFor(orgId).FirstOrDefaultAsync(ct) is { } charter
            ? TypedResults.Ok(charter)
            : TypedResults.NotFound();

    /// <summary>Writes the charter: the first save creates it, later saves need the version edited.</summary>
    public static async Task<Ok<Charter>> SaveCharter(Guid orgId, CharterInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var charter = await db.Charters.CurrentFor(orgId).FirstOrDefaultAsync(ct);
        if (charter is null)
        {
            charter = Charter.Create(orgId, input.Purpose, input.Vision, input.Ambition, input.Mission, input.Principles ?? [], input.Milestones ?? []);
            db.Add(charter);
        }
        else
        {
            Conflicts.Check(charter.Version, input.Version, charter, input, http.JsonOptions());
            charter.Update(input.Purpose, input.Vision, input.Ambition, input.Mission, input.Principles ?? [], input.Milestones ?? []);
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(charter);
    }

    public static IQueryable<Charter> CurrentFor(this IQueryable<Charter> charters, Guid orgId) =>
        charters.Where(c => c.OrganizationId == orgId).OrderByDescending(c => c.Revision);
}

public sealed record CharterInput(
    string Purpose,
    AmbitionLevel Ambition,
    string Mission,
    string? Vision = null,
    List<string>? Principles = null,
    List<Milestone>? Milestones = null,
    int? Version = null);
