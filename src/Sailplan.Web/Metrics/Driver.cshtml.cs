using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Metrics;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Metrics;

[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class DriverModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DriverForm Input { get; set; } = new();

    public DriverFields Fields { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(reload: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => MetricsApi.UpdateDriver(OrgId, Id, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the driver {Input.Name}.";
            return RedirectToPage("/Metrics/Drivers", new { OrgId });
        }

        var result = await ShowAsync(reload: outcome == SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Conflict)
        {
            this.ExplainConflict("driver", submitted, Input);
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync(bool reload, CancellationToken ct)
    {
        if (reload)
        {
            if (await db.InOrganization<Driver>(OrgId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == Id, ct) is not { } driver)
            {
                return NotFound();
            }

            Input = DriverForm.From(driver);
        }

        Fields = await DriverFields.LoadAsync(Input, db, OrgId, ct);
        return Page();
    }
}
