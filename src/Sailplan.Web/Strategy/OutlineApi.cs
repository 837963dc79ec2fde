using Microsoft.AspNetCore.Http.HttpResults;
using Sailplan.Core.Outline;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Data.Outline;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Outline import (preview first, then all or nothing) and export as Markdown bullets.</summary>
public static class OutlineApi
{
    public static IEndpointRouteBuilder MapOutlineApi(this IEndpointRouteBuilder app)
    {
        var outline = app.MapOrganizationGroup("/outline", "Outline");
        outline.MapGet("/", ExportOutline).RequirePermission(Permission.ReadStrategy);
        outline.MapPost("/preview", PreviewOutline).RequirePermission(Permission.EditStrategy);
        outline.MapPost("/import", ImportOutline).RequirePermission(Permission.EditStrategy);
        return app;
    }

    public static async Task<ContentHttpResult> ExportOutline(Guid orgId, AppDb db, CancellationToken ct) =>
        TypedResults.Text(await OutlineImport.ExportAsync(db, orgId, ct), "text/markdown; charset=utf-8");

    /// <summary>What the outline would become: every line with its inferred kind, and every problem. Saves nothing.</summary>
    public static async Task<Ok<OutlinePreviewResult>> PreviewOutline(Guid orgId, OutlineInput input, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(OutlinePreviewResult.From(await OutlineImport.PlanAsync(db, orgId, input.Text ?? "", ct)));

    /// <summary>Imports the outline whole, or refuses it with every problem by line and saves nothing.</summary>
    public static async Task<Results<Created<OutlinePreviewResult>, ValidationProblem>> ImportOutline(Guid orgId, OutlineInput input, AppDb db,
        CancellationToken ct)
    {
        var plan = await OutlineImport.PlanAsync(db, orgId, input.Text ?? "", ct);
        if (!plan.CanImport)
        {
            var reasons = plan.Problems.Count > 0
                ? plan.Problems.Select(p => $"Line {p.Line}: {p.Reason}").ToArray()
                : ["The outline holds nothing to import."];
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = reasons },
                title: "The outline was not imported; nothing was saved.",
                extensions: new Dictionary<string, object?> { ["problems"] = plan.Problems });
        }

        await OutlineImport.SaveAsync(db, plan, ct);
        return TypedResults.Created($"/api/orgs/{orgId}/outline", OutlinePreviewResult.From(plan));
    }
}

public sealed record OutlineInput(string? Text);

public sealed record OutlinePreviewResult(bool CanImport, int NodeCount, IReadOnlyList<OutlineLine> Lines, IReadOnlyList<OutlineProblem> Problems,
    IReadOnlyDictionary<NodeKind, int> Counts)
{
    public static OutlinePreviewResult From(OutlineImportPlan plan) =>
        new(plan.CanImport, plan.NewNodes.Count, plan.Preview.Lines, plan.Problems,
            plan.Preview.Lines.GroupBy(l => l.Kind).ToDictionary(g => g.Key, g => g.Count()));
}
