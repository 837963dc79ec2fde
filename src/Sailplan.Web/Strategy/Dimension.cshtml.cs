using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class DimensionModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public DimensionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ReloadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => DimensionsApi.UpdateDimension(OrgId, Id, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the dimension {Input.Name}.";
            return RedirectToPage("/Strategy/Dimensions", new { OrgId });
        }

        if (outcome == SaveOutcome.Conflict)
        {
            if (!await ReloadAsync(ct))
            {
                return NotFound();
            }

            this.ExplainConflict("dimension", submitted, Input);
        }

        return Page();
    }

    private async Task<bool> ReloadAsync(CancellationToken ct)
    {
        if (await db.InOrganization<Dimension>(OrgId).AsNoTracking().SingleOrDefaultAsync(d => d.Id == Id, ct) is not { } dimension)
        {
            return false;
        }

        Input = DimensionForm.From(dimension);
        return true;
    }
}
