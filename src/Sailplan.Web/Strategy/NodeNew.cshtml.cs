using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>A new node under a parent (or the mission, under nothing), of a kind the tree shape allows there.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class NodeNewModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ParentId { get; set; }

    [BindProperty]
    public NodeForm Input { get; set; } = new();

    public StrategyNode? Parent { get; private set; }

    public IReadOnlyList<NodeKind> Kinds { get; private set; } = [];

    public NodeChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(NodeKind? kind, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input.Kind = kind is { } k && Kinds.Contains(k) ? k : Kinds[0];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Guid? created = null;
        var outcome = await this.SaveAsync(async () =>
            created = (await NodesApi.CreateNode(OrgId, Input.ToInput(Input.Kind, ParentId), db, ct)).Value!.Id);
        if (outcome != SaveOutcome.Saved)
        {
            return Page();
        }

        TempData["Notice"] = $"Added the {TreeShape.Label(Input.Kind)} \u201c{Input.Title?.Trim()}\u201d.";
        return RedirectToPage("/Strategy/Map", null, new { OrgId }, $"node-{created}");
    }

    /// <summary>False when the parent does not exist or nothing may stand under it.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ParentId is { } parentId)
        {
            Parent = await db.InOrganization<StrategyNode>(OrgId).AsNoTracking().SingleOrDefaultAsync(n => n.Id == parentId, ct);
            if (Parent is null)
            {
                return false;
            }
        }

        Kinds = NodeKinds.ChildKinds(Parent?.Kind);
        Choices = await NodeChoices.LoadAsync(db, OrgId, ct);
        return Kinds.Count > 0;
    }
}
