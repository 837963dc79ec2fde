using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

[RequirePermission(Permission.ReadStrategy, Permission.ManageOrganization)]
public sealed class UnitModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(reload: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => OrganizationsApi.UpdateUnit(OrgId, Id, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the unit {Input.Name}.";
            return RedirectToPage("/Organizations/Units", new { OrgId });
        }

        var result = await ShowAsync(reload: outcome == SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Conflict)
        {
            this.ExplainConflict("unit", submitted, Input);
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync(bool reload, CancellationToken ct)
    {
        if (reload)
        {
            if (await db.InOrganization<Unit>(OrgId).AsNoTracking().SingleOrDefaultAsync(u => u.Id == Id, ct) is not { } unit)
            {
                return NotFound();
            }

            Input = UnitForm.From(unit);
        }

        Parents = (await Choices.UnitsAsync(db, OrgId, ct)).Where(u => u.Id != Id).ToList();
        return Page();
    }
}
