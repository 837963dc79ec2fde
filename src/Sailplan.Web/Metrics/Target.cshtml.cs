using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

/// <summary>Add a target to a KPI (no id) or edit or delete one.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class TargetModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid KpiId { get; set; }

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public TargetForm Input { get; set; } = new();

    public KpiDefinition Kpi { get; private set; } = null!;

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Id is not null && !await ReloadAsync(ct))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        foreach (var (input, message) in Input.Gaps())
        {
            ModelState.AddModelError(input, message);
        }

        var submitted = Input;
        var outcome = await this.SaveAsync(() => Id is { } id
            ? MetricsApi.UpdateTarget(OrgId, id, Input.ToInput(KpiId), db, HttpContext, ct)
            : MetricsApi.CreateTarget(OrgId, Input.ToInput(KpiId), db, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = Id is null ? "Added the target." : "Saved the target.";
            return RedirectToPage("/Metrics/Kpi", new { OrgId, id = KpiId });
        }

        if (outcome == SaveOutcome.Conflict)
        {
            if (!await ReloadAsync(ct))
            {
                return NotFound();
            }

            this.ExplainConflict("target", submitted, Input);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            await Crud.Delete<KpiTarget>(OrgId, id, db, ct);
        }

        TempData["Notice"] = "Deleted the target.";
        return RedirectToPage("/Metrics/Kpi", new { OrgId, id = KpiId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.InOrganization<KpiDefinition>(OrgId).AsNoTracking().SingleOrDefaultAsync(k => k.Id == KpiId, ct) is not { } kpi)
        {
            return false;
        }

        Kpi = kpi;
        Units = await Choices.UnitsAsync(db, OrgId, ct);
        return true;
    }

    private async Task<bool> ReloadAsync(CancellationToken ct)
    {
        var target = await db.InOrganization<KpiTarget>(OrgId).AsNoTracking().SingleOrDefaultAsync(t => t.Id == Id && t.KpiId == KpiId, ct);
        if (target is not null)
        {
            Input = TargetForm.From(target);
        }

        return target is not null;
    }
}
