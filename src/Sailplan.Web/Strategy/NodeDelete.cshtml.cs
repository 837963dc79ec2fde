using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Asks before deleting a node; a node with nodes under it is refused (by the same rule as the API).</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class NodeDeleteModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    public StrategyNode Node { get; private set; } = null!;

    public int ChildCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (await this.SaveAsync(() => NodesApi.DeleteNode(OrgId, Id, db, ct), _ => "") != SaveOutcome.Saved)
        {
            return Page();
        }

        TempData["Notice"] = $"Deleted the {TreeShape.Label(Node.Kind)} \u201c{Node.Title}\u201d.";
        return RedirectToPage("/Strategy/Map", null, new { OrgId }, Node.ParentId is { } parentId ? $"node-{parentId}" : null);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var nodes = db.InOrganization<StrategyNode>(OrgId).AsNoTracking();
        if (await nodes.SingleOrDefaultAsync(n => n.Id == Id, ct) is not { } node)
        {
            return false;
        }

        Node = node;
        ChildCount = await nodes.CountAsync(n => n.ParentId == Id, ct);
        return true;
    }
}
