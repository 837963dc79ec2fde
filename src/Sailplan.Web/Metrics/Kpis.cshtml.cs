using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

/// <summary>The KPI catalogue with each KPI's number of targets, and a form to add a KPI.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class KpisModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public KpiForm Input { get; set; } = new();

    public IReadOnlyList<KpiDefinition> Kpis { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> TargetCounts { get; private set; } = new Dictionary<Guid, int>();

    public IReadOnlyList<Choice> Dimensions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? created = null;
        if (await this.SaveAsync(async () => created = (await MetricsApi.CreateKpi(OrgId, Input.ToInput(), db, ct)).Value!.Id) == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Added the KPI {Input.Name}. Set its targets here.";
            return RedirectToPage("/Metrics/Kpi", new { OrgId, id = created });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Kpis = await db.InOrganization<KpiDefinition>(OrgId).AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);
        TargetCounts = await db.InOrganization<KpiTarget>(OrgId).GroupBy(t => t.KpiId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Dimensions = await Choices.DimensionsAsync(db, OrgId, ct);
    }
}
