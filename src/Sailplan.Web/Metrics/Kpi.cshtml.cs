using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

/// <summary>One KPI: its definition to edit and its targets per period and unit.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class KpiModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public KpiForm Input { get; set; } = new();

    public KpiDefinition Kpi { get; private set; } = null!;

    public IReadOnlyList<KpiTarget> Targets { get; private set; } = [];

    public IReadOnlyList<Choice> Dimensions { get; private set; } = [];

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = KpiForm.From(Kpi);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => MetricsApi.UpdateKpi(OrgId, Id, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the KPI {Input.Name}.";
            return RedirectToPage(new { OrgId, Id });
        }

        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (outcome == SaveOutcome.Conflict)
        {
            Input = KpiForm.From(Kpi);
            this.ExplainConflict("KPI", submitted, Input);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await db.InOrganization<KpiDefinition>(OrgId).AsNoTracking().SingleOrDefaultAsync(k => k.Id == Id, ct) is not { } kpi)
        {
            return false;
        }

        Kpi = kpi;
        Targets = await db.InOrganization<KpiTarget>(OrgId).AsNoTracking().Where(t => t.KpiId == Id)
            .OrderBy(t => t.PeriodStart).ThenBy(t => t.PeriodKind).ToListAsync(ct);
        Dimensions = await Choices.DimensionsAsync(db, OrgId, ct);
        Units = await Choices.UnitsAsync(db, OrgId, ct);
        return true;
    }
}
