using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Edit one node of the strategy tree; its kind and place in the tree stay as they are.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.UpdateMeasures)]
public sealed class NodeEditModel(AppDb db, MemberAccess access) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public NodeForm Input { get; set; } = new();

    public StrategyNode Node { get; private set; } = null!;

    public StrategyNode? Parent { get; private set; }

    public NodeChoices Choices { get; private set; } = null!;

    /// <summary>The KPIs the node aims at, as (code, name), for links to their scorecards.</summary>
    public IReadOnlyList<(string Code, string Name)> Kpis { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = NodeForm.From(Node);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.Kind = Node.Kind;
        var submitted = Input;
        // Contributors report a measure's progress; only those who edit the strategy change the rest.
        var outcome = await access.MayAsync(OrgId, Permission.EditStrategy) == true
            ? await this.SaveAsync(() => NodesApi.UpdateNode(OrgId, Id, Input.ToInput(Node.Kind, Node.ParentId), db, HttpContext, ct))
            : await this.SaveAsync(() => NodesApi.UpdateMeasure(OrgId, Id, new ProgressInput(Input.Status, Input.Version), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the {TreeShape.Label(Node.Kind)} \u201c{Input.Title?.Trim()}\u201d.";
            return RedirectToPage("/Strategy/Map", null, new { OrgId }, $"node-{Id}");
        }

        if (outcome == SaveOutcome.Conflict)
        {
            await LoadAsync(ct);
            Input = NodeForm.From(Node);
            this.ExplainConflict(TreeShape.Label(Node.Kind), submitted, Input);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var nodes = db.InOrganization<StrategyNode>(OrgId).AsNoTracking();
        if (await nodes.SingleOrDefaultAsync(n => n.Id == Id, ct) is not { } node)
        {
            return false;
        }

        Node = node;
        Parent = node.ParentId is { } parentId ? await nodes.SingleOrDefaultAsync(n => n.Id == parentId, ct) : null;
        Choices = await NodeChoices.LoadAsync(db, OrgId, ct);
        var kpiIds = node.KpiIds;
        Kpis = (await db.InOrganization<KpiDefinition>(OrgId).AsNoTracking().Where(k => kpiIds.Contains(k.Id))
            .OrderBy(k => k.Name).Select(k => new { k.Code, k.Name }).ToListAsync(ct)).Select(k => (k.Code, k.Name)).ToList();
        return true;
    }
}
