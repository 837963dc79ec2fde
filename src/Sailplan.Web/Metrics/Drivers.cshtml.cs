using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

/// <summary>The satisfaction and dissatisfaction drivers, and a form to add one.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class DriversModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public DriverForm Input { get; set; } = new();

    public IReadOnlyList<Driver> Drivers { get; private set; } = [];

    public DriverFields Fields { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.SaveAsync(() => MetricsApi.CreateDriver(OrgId, Input.ToInput(), db, ct)) == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Added the driver {Input.Name}.";
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Drivers = await db.InOrganization<Driver>(OrgId).AsNoTracking().OrderBy(d => d.Name).ToListAsync(ct);
        Fields = await DriverFields.LoadAsync(Input, db, OrgId, ct);
    }
}
