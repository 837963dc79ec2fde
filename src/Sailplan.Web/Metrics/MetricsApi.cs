using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

/// <summary>The KPI catalogue, targets per period and unit, and the drivers that move KPIs.</summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapOwnedResource<KpiDefinition>("/kpis", "KPIs", Permission.EditStrategy, ListKpis, CreateKpi, UpdateKpi);
        app.MapOwnedResource<KpiTarget>("/targets", "KPI targets", Permission.EditStrategy, ListTargets, CreateTarget, UpdateTarget);
        app.MapOwnedResource<Driver>("/drivers", "Drivers", Permission.EditStrategy, ListDrivers, CreateDriver, UpdateDriver);
        return app;
    }

    public static async Task<Ok<Page<KpiDefinition>>> ListKpis(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.InOrganization<KpiDefinition>(orgId).AsNoTracking().OrderBy(k => k.Code).ToPageAsync(paging, ct));

    public static async Task<Created<KpiDefinition>> CreateKpi(Guid orgId, KpiInput input, AppDb db, CancellationToken ct)
    {
        await db.RequireInOrganizationAsync<Dimension>(orgId, "dimensionId", input.DimensionId, ct);
        var kpi = KpiDefinition.Create(orgId, input.Code, input.ToSpec());
        db.Add(kpi);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/kpis/{kpi.Id}", kpi);
    }

    public static async Task<Ok<KpiDefinition>> UpdateKpi(Guid orgId, Guid id, KpiInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var kpi = await db.LoadForUpdateAsync<KpiDefinition>(orgId, id, input.Version, input, http, ct);
        await db.RequireInOrganizationAsync<Dimension>(orgId, "dimensionId", input.DimensionId, ct);
        kpi.Update(input.ToSpec());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(kpi);
    }

    public static async Task<Ok<Page<KpiTarget>>> ListTargets(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct,
        Guid? kpiId = null, Guid? unitId = null) =>
        TypedResults.Ok(await db.InOrganization<KpiTarget>(orgId).AsNoTracking()
            .Where(t => (kpiId == null || t.KpiId == kpiId) && (unitId == null || t.UnitId == unitId))
            .OrderBy(t => t.KpiId).ThenBy(t => t.PeriodStart).ThenBy(t => t.PeriodKind).ThenBy(t => t.Id)
            .ToPageAsync(paging, ct));

    public static async Task<Created<KpiTarget>> CreateTarget(Guid orgId, TargetInput input, AppDb db, CancellationToken ct)
    {
        var kpi = await FindKpiAsync(db, orgId, input, ct);
        var target = KpiTarget.Create(kpi, input.UnitId, input.PeriodKind, input.PeriodStart, input.Target, input.RedThreshold);
        db.Add(target);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/targets/{target.Id}", target);
    }

    public static async Task<Ok<KpiTarget>> UpdateTarget(Guid orgId, Guid id, TargetInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var target = await db.LoadForUpdateAsync<KpiTarget>(orgId, id, input.Version, input, http, ct);
        var kpi = await FindKpiAsync(db, orgId, input, ct);
        target.Update(kpi, input.UnitId, input.PeriodKind, input.PeriodStart, input.Target, input.RedThreshold);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(target);
    }

    public static async Task<Ok<Page<Driver>>> ListDrivers(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.InOrganization<Driver>(orgId).AsNoTracking().OrderBy(d => d.Name).ToPageAsync(paging, ct));

    public static async Task<Created<Driver>> CreateDriver(Guid orgId, DriverInput input, AppDb db, CancellationToken ct)
    {
        await CheckDriverReferencesAsync(db, orgId, input, ct);
        var driver = Driver.Create(orgId, input.Name, input.Polarity, input.DimensionId, input.Description, input.SurveyQuestion, input.KpiId);
        db.Add(driver);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/drivers/{driver.Id}", driver);
    }

    public static async Task<Ok<Driver>> UpdateDriver(Guid orgId, Guid id, DriverInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var driver = await db.LoadForUpdateAsync<Driver>(orgId, id, input.Version, input, http, ct);
        await CheckDriverReferencesAsync(db, orgId, input, ct);
        driver.Update(input.Name, input.Polarity, input.DimensionId, input.Description, input.SurveyQuestion, input.KpiId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(driver);
    }

    private static async Task<KpiDefinition> FindKpiAsync(AppDb db, Guid orgId, TargetInput input, CancellationToken ct)
    {
        await db.RequireInOrganizationAsync<Unit>(orgId, "unitId", input.UnitId, ct);
        return await db.FindReferencedAsync<KpiDefinition>(orgId, "kpiId", input.KpiId, ct);
    }

    private static async Task CheckDriverReferencesAsync(AppDb db, Guid orgId, DriverInput input, CancellationToken ct)
    {
        await db.RequireInOrganizationAsync<Dimension>(orgId, "dimensionId", input.DimensionId, ct);
        await db.RequireInOrganizationAsync<KpiDefinition>(orgId, "kpiId", input.KpiId, ct);
    }
}

public sealed record KpiInput(
    string Code,
    string Name,
    string Unit,
    Direction Direction,
    string Formula,
    decimal? ScaleMin = null,
    decimal? ScaleMax = null,
    string? Description = null,
    Guid? DimensionId = null,
    int? Version = null)
{
    public KpiSpec ToSpec() => new(Name, Unit, ScaleMin, ScaleMax, Direction, Formula, Description, DimensionId);
}

public sealed record TargetInput(Guid KpiId, PeriodKind PeriodKind, DateOnly PeriodStart, decimal Target, decimal RedThreshold,
    Guid? UnitId = null, int? Version = null);

public sealed record DriverInput(string Name, DriverPolarity Polarity, Guid DimensionId, string? Description = null,
    string? SurveyQuestion = null, Guid? KpiId = null, int? Version = null);
