using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>The dimensions goals, drivers and KPIs are grouped by, and a form to add one.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class DimensionsModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public DimensionForm Input { get; set; } = new();

    public IReadOnlyList<Dimension> Dimensions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.SaveAsync(() => DimensionsApi.CreateDimension(OrgId, Input.ToInput(), db, ct)) == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Added the dimension {Input.Name}.";
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Dimensions = await db.InOrganization<Dimension>(OrgId).AsNoTracking().OrderBy(d => d.Position).ThenBy(d => d.Name).ToListAsync(ct);
}
