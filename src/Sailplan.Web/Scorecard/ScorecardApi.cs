using Sailplan.Data.Queries.Scorecard;
using Microsoft.AspNetCore.Http.HttpResults;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Scorecard;

/// <summary>
/// Every catalogue KPI for any range and unit/channel/queue slice, with n, interval and target status; a KPI's trend
/// by day, week, month, quarter or year; and its breakdown by unit, channel or queue. Under /scorecard because
/// /kpis already lists the KPI definitions.
/// </summary>
public static class ScorecardApi
{
    public static IEndpointRouteBuilder MapScorecardApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapOrganizationGroup("/scorecard", "Scorecard");
        group.MapGet("/", GetScorecard).RequirePermission(Permission.ReadStrategy);
        group.MapGet("/{code}/trend", GetTrend).RequirePermission(Permission.ReadStrategy);
        group.MapGet("/{code}/breakdown", GetBreakdown).RequirePermission(Permission.ReadStrategy);
        return app;
    }

    public static async Task<Ok<ScorecardAnswer>> GetScorecard(Guid orgId, AppDb db, TimeProvider time, CancellationToken ct,
        string? period = null, string? from = null, string? to = null, string? unit = null, string? channel = null, string? queue = null)
    {
        var query = await ScorecardQuery.LoadAsync(db, orgId, time, ct);
        return TypedResults.Ok(await query.KpisAsync(new ScorecardFilter(period, from, to, unit, channel, queue), ct));
    }

    public static async Task<Ok<TrendAnswer>> GetTrend(Guid orgId, string code, AppDb db, TimeProvider time, CancellationToken ct,
        string? by = null, string? period = null, string? from = null, string? to = null, string? unit = null, string? channel = null,
        string? queue = null)
    {
        var query = await ScorecardQuery.LoadAsync(db, orgId, time, ct);
        return TypedResults.Ok(await query.TrendAsync(code, new ScorecardFilter(period, from, to, unit, channel, queue), by, ct));
    }

    public static async Task<Ok<BreakdownAnswer>> GetBreakdown(Guid orgId, string code, AppDb db, TimeProvider time, CancellationToken ct,
        string? by = null, string? period = null, string? from = null, string? to = null, string? unit = null, string? channel = null,
        string? queue = null)
    {
        var query = await ScorecardQuery.LoadAsync(db, orgId, time, ct);
        return TypedResults.Ok(await query.BreakdownAsync(code, new ScorecardFilter(period, from, to, unit, channel, queue), by, ct));
    }
}
