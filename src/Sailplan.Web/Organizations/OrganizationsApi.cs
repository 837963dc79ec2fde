using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics.Engine;
using Sailplan.Core.Organizations;
using Sailplan.Data.Rollups;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

/// <summary>Organisations (tenants), their units (functions and teams) and their people.</summary>
public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var orgs = app.MapGroup("/api/orgs").WithTags("Organisations");
        orgs.MapGet("/", ListOrganizations);
        orgs.MapGet("/{orgId:guid}", GetOrganization).RequirePermission(Permission.ReadStrategy);
        orgs.MapPost("/", CreateOrganization);
        orgs.MapPut("/{orgId:guid}", UpdateOrganization).RequirePermission(Permission.ManageOrganization);

        app.MapOwnedResource<Unit>("/units", "Units", Permission.ManageOrganization, ListUnits, CreateUnit, UpdateUnit);
        app.MapOwnedResource<Person>("/people", "People", Permission.ManageOrganization, ListPeople, CreatePerson, UpdatePerson);
        return app;
    }

    /// <summary>The organisations the caller belongs to (a key: its own organisation).</summary>
    public static async Task<Ok<Page<Organization>>> ListOrganizations([AsParameters] PageRequest paging, AppDb db, MemberAccess access,
        CancellationToken ct) =>
        TypedResults.Ok(await VisibleTo(db, access).OrderBy(o => o.Name).ThenBy(o => o.Id).ToPageAsync(paging, ct));

    public static IQueryable<Organization> VisibleTo(AppDb db, MemberAccess access)
    {
        var userId = access.UserId;
        var keyOrganization = MemberAccess.ApiKeyOf(access.Principal)?.OrganizationId;
        return db.Organizations.AsNoTracking().Where(o =>
            o.Id == keyOrganization || db.Memberships.Any(m => m.OrganizationId == o.Id && m.UserId == userId));
    }

    public static async Task<Results<Ok<Organization>, NotFound>> GetOrganization(Guid orgId, AppDb db, CancellationToken ct) =>
        await db.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct) is { } organization
            ? TypedResults.Ok(organization)
            : TypedResults.NotFound();

    /// <summary>A new organisation starts with the standard dimensions and KPI catalogue; whoever creates it owns it.</summary>
    public static async Task<Results<Created<Organization>, ProblemHttpResult>> CreateOrganization(OrganizationInput input, AppDb db,
        MemberAccess access, CancellationToken ct)
    {
        if (access.UserId is not { } userId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only a signed-in person can create an organisation.");
        }

        var organization = Organization.Create(input.Name, input.TimeZone ?? "UTC", input.Currency ?? "EUR");
        organization.RequireSecondCharterApprover(input.CharterSecondApproverRequired ?? false);
        if (input.Kpis is { } kpis)
        {
            organization.UpdateKpiSettings(kpis.Over(organization.GetKpiSettings()));
        }

        db.Add(organization);
        db.AddStarterCatalogue(organization.Id);
        db.Add(Membership.Create(organization.Id, userId, Role.Owner));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{organization.Id}", organization);
    }

    public static async Task<Results<Ok<Organization>, NotFound>> UpdateOrganization(Guid orgId, OrganizationInput input, AppDb db,
        HttpContext http, CancellationToken ct)
    {
        if (await db.Organizations.SingleOrDefaultAsync(o => o.Id == orgId, ct) is not { } organization)
        {
            return TypedResults.NotFound();
        }

        Conflicts.Check(organization.Version, input.Version, organization, input, http.JsonOptions());
        organization.Update(input.Name, input.TimeZone ?? organization.TimeZone, input.Currency ?? organization.Currency);
        organization.RequireSecondCharterApprover(input.CharterSecondApproverRequired ?? organization.CharterSecondApproverRequired);
        var repeatWindow = organization.RepeatWindowDays;
        if (input.Kpis is { } kpis)
        {
            organization.UpdateKpiSettings(kpis.Over(organization.GetKpiSettings()));
        }

        await db.SaveChangesAsync(ct);
        if (organization.RepeatWindowDays != repeatWindow)
        {
            // Repeats are counted into the rollup cells with the window, so the cells must follow it now.
            await RollupRebuild.RunAsync(db, orgId, organization.RepeatWindowDays, cancellationToken: ct);
        }

        return TypedResults.Ok(organization);
    }

    public static async Task<Ok<Page<Unit>>> ListUnits(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await db.InOrganization<Unit>(orgId).AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Id).ToPageAsync(paging, ct));

    public static async Task<Created<Unit>> CreateUnit(Guid orgId, UnitInput input, AppDb db, CancellationToken ct)
    {
        var unit = Unit.Create(orgId, input.Name, input.Kind, await FindParentAsync(db, orgId, input.ParentId, ct));
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/units/{unit.Id}", unit);
    }

    public static async Task<Ok<Unit>> UpdateUnit(Guid orgId, Guid id, UnitInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var unit = await db.LoadForUpdateAsync<Unit>(orgId, id, input.Version, input, http, ct);
        unit.Update(input.Name, input.Kind, await FindParentAsync(db, orgId, input.ParentId, ct));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(unit);
    }

    public static async Task<Ok<Page<Person>>> ListPeople(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct,
        Guid? unitId = null) =>
        TypedResults.Ok(await db.InOrganization<Person>(orgId).AsNoTracking()
            .Where(p => unitId == null || p.UnitId == unitId)
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToPageAsync(paging, ct));

    public static async Task<Created<Person>> CreatePerson(Guid orgId, PersonInput input, AppDb db, CancellationToken ct)
    {
        await CheckPersonReferencesAsync(db, orgId, input, ct);
        var person = Person.Create(orgId, input.Name, input.Email, input.Title, input.UnitId, input.ManagerId);
        db.Add(person);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/people/{person.Id}", person);
    }

    public static async Task<Ok<Person>> UpdatePerson(Guid orgId, Guid id, PersonInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var person = await db.LoadForUpdateAsync<Person>(orgId, id, input.Version, input, http, ct);
        await CheckPersonReferencesAsync(db, orgId, input, ct);
        person.Update(input.Name, input.Email, input.Title, input.UnitId, input.ManagerId);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(person);
    }

    private static async Task<Unit?> FindParentAsync(AppDb db, Guid orgId, Guid? parentId, CancellationToken ct) =>
        parentId is null ? null : await db.FindReferencedAsync<Unit>(orgId, "parentId", parentId.Value, ct);

    private static async Task CheckPersonReferencesAsync(AppDb db, Guid orgId, PersonInput input, CancellationToken ct)
    {
        await db.RequireInOrganizationAsync<Unit>(orgId, "unitId", input.UnitId, ct);
        await db.RequireInOrganizationAsync<Person>(orgId, "managerId", input.ManagerId, ct);
    }
}

/// <summary>An organisation's settings; charterSecondApproverRequired left out keeps what is stored (false for a new organisation).</summary>
public sealed record OrganizationInput(string Name, string? TimeZone = null, string? Currency = null, int? Version = null,
    bool? CharterSecondApproverRequired = null, KpiSettingsInput? Kpis = null);

/// <summary>The KPI settings to change; a value left out keeps what is stored. Changing the repeat window rebuilds the rollups.</summary>
public sealed record KpiSettingsInput(int? RepeatWindowDays = null, int? ServiceLevelSeconds = null,
    AbandonedTreatment? AbandonedTreatment = null, double? Confidence = null)
{
    public KpiSettings Over(KpiSettings current) => current with
    {
        RepeatWindowDays = RepeatWindowDays ?? current.RepeatWindowDays,
        ServiceLevelSeconds = ServiceLevelSeconds ?? current.ServiceLevelSeconds,
        AbandonedTreatment = AbandonedTreatment ?? current.AbandonedTreatment,
        Confidence = Confidence ?? current.Confidence,
    };
}

public sealed record UnitInput(string Name, UnitKind Kind = UnitKind.Team, Guid? ParentId = null, int? Version = null);

public sealed record PersonInput(string Name, string Email, string? Title = null, Guid? UnitId = null, Guid? ManagerId = null, int? Version = null);
