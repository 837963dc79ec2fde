using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Metrics;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>The strategy tree: mission, goals and objectives, strategies, actions (measures).</summary>
public static class NodesApi
{
    public static IEndpointRouteBuilder MapNodesApi(this IEndpointRouteBuilder app)
    {
        var nodes = app.MapOwnedResource<StrategyNode>("/nodes", "Strategy tree", Permission.EditStrategy, ListNodes, CreateNode, UpdateNode, DeleteNode);
        // Contributors update the measures they work on: PUT asks for UpdateMeasures, and the
        // handler keeps everything but actions for those who may edit the strategy.
        nodes.MapPut("/{id:guid}/progress", UpdateMeasure).RequirePermission(Permission.UpdateMeasures);
        return app;
    }

    public static async Task<Ok<Page<StrategyNode>>> ListNodes(Guid orgId, [AsParameters] PageRequest paging, AppDb db, CancellationToken ct,
        string? kind = null, Guid? parentId = null)
    {
        var kindFilter = Require.OptionalEnum<NodeKind>(kind, "kind");
        return TypedResults.Ok(await db.Nodes.AsNoTracking()
            .Where(n => n.OrganizationId == orgId && (kindFilter == null || n.Kind == kindFilter) && (parentId == null || n.ParentId == parentId))
            .OrderBy(n => n.ParentId).ThenBy(n => n.Position).ThenBy(n => n.Id)
            .ToPageAsync(paging, ct));
    }

    public static async Task<Created<StrategyNode>> CreateNode(Guid orgId, NodeInput input, AppDb db, CancellationToken ct)
    {
        var parent = await FindParentAsync(db, orgId, input.ParentId, ct);
        await CheckReferencesAsync(db, orgId, input, ct);
        var position = input.Position ?? await db.Nodes.CountAsync(n => n.OrganizationId == orgId && n.ParentId == input.ParentId, ct);
        var node = StrategyNode.Create(orgId, input.Kind, parent, input.ToDetails(), position);
        db.Nodes.Add(node);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/orgs/{orgId}/nodes/{node.Id}", node);
    }

    public static async Task<Ok<StrategyNode>> UpdateNode(Guid orgId, Guid id, NodeInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var node = await db.LoadForUpdateAsync<StrategyNode>(orgId, id, input.Version, input, http, ct);
        if (input.Kind != node.Kind)
        {
            throw new DomainException("kind", $"'{node.Title}' is a {TreeShape.Label(node.Kind)}; create a new node to change its kind.");
        }

        await CheckReferencesAsync(db, orgId, input, ct);
        if (input.ParentId != node.ParentId || input.Position is { } p && p != node.Position)
        {
            var parent = await FindParentAsync(db, orgId, input.ParentId, ct);
            await RefuseCycleAsync(db, orgId, node, parent, ct);
            node.PlaceUnder(parent, input.Position ?? node.Position);
        }

        node.Update(input.ToDetails());
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(node);
    }

    /// <summary>Reports a measure's progress (its status); for contributors, who may not edit the strategy itself.</summary>
    public static async Task<Ok<StrategyNode>> UpdateMeasure(Guid orgId, Guid id, ProgressInput input, AppDb db, HttpContext http, CancellationToken ct)
    {
        var node = await db.LoadForUpdateAsync<StrategyNode>(orgId, id, input.Version, input, http, ct);
        node.ReportProgress(input.Status);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(node);
    }

    public static async Task<Results<NoContent, NotFound>> DeleteNode(Guid orgId, Guid id, AppDb db, CancellationToken ct)
    {
        if (await db.Nodes.AnyAsync(n => n.OrganizationId == orgId && n.ParentId == id, ct))
        {
            throw new DomainException("id", "This node still has nodes under it: move or delete them first.");
        }

        return await Crud.Delete<StrategyNode>(orgId, id, db, ct);
    }

    private static async Task<StrategyNode?> FindParentAsync(AppDb db, Guid orgId, Guid? parentId, CancellationToken ct) =>
        parentId is null ? null : await db.FindReferencedAsync<StrategyNode>(orgId, "parentId", parentId.Value, ct);

    private static async Task RefuseCycleAsync(AppDb db, Guid orgId, StrategyNode node, StrategyNode? parent, CancellationToken ct)
    {
        // The shape rules already forbid most cycles (kinds only nest downwards); this guards the rest.
        for (var ancestor = parent; ancestor is not null; ancestor = await FindParentAsync(db, orgId, ancestor.ParentId, ct))
        {
            if (ancestor.Id == node.Id)
            {
                throw new DomainException("parentId", $"'{node.Title}' cannot move under its own descendant.");
            }
        }
    }

    private static async Task CheckReferencesAsync(AppDb db, Guid orgId, NodeInput input, CancellationToken ct)
    {
        await db.RequireInOrganizationAsync<Person>(orgId, "ownerId", input.OwnerId, ct);
        await db.RequireInOrganizationAsync<Dimension>(orgId, "dimensionId", input.DimensionId, ct);
        await db.RequireInOrganizationAsync<Unit>(orgId, "unitIds", input.UnitIds ?? [], ct);
        await db.RequireInOrganizationAsync<Driver>(orgId, "driverIds", input.DriverIds ?? [], ct);
        await db.RequireInOrganizationAsync<KpiDefinition>(orgId, "kpiIds", input.KpiIds ?? [], ct);
        await db.RequireInOrganizationAsync<KpiDefinition>(orgId, "hypothesis.kpiId", input.Hypothesis?.KpiId, ct);
        await db.RequireInOrganizationAsync<Unit>(orgId, "scope.unitIds", input.Scope?.UnitIds ?? [], ct);
    }
}

public sealed record ProgressInput(NodeStatus Status, int? Version = null);

/// <summary>A node as clients send it. <see cref="Version"/> is required on update.</summary>
public sealed record NodeInput(
    NodeKind Kind,
    string Title,
    Guid? ParentId = null,
    int? Position = null,
    string? Description = null,
    Guid? OwnerId = null,
    List<Guid>? UnitIds = null,
    NodeStatus Status = NodeStatus.Draft,
    DateOnly? StartDate = null,
    DateOnly? DueDate = null,
    Guid? DimensionId = null,
    List<Guid>? DriverIds = null,
    List<Guid>? KpiIds = null,
    Hypothesis? Hypothesis = null,
    MeasureScope? Scope = null,
    int? Version = null)
{
    public NodeDetails ToDetails() => new(Title, Description, OwnerId, Status, StartDate, DueDate, DimensionId)
    {
        UnitIds = UnitIds ?? [],
        DriverIds = DriverIds ?? [],
        KpiIds = KpiIds ?? [],
        Hypothesis = Hypothesis,
        Scope = Scope,
    };
}
