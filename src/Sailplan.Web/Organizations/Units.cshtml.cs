using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

/// <summary>The functions and teams of the organisation, and a form to add one.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.ManageOrganization)]
public sealed class UnitsModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public UnitForm Input { get; set; } = new();

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.SaveAsync(() => OrganizationsApi.CreateUnit(OrgId, Input.ToInput(), db, ct)) == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Added the unit {Input.Name}.";
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await db.InOrganization<Unit>(OrgId).AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct);
        Parents = Units.Select(u => new Choice(u.Id, u.Name)).ToList();
    }
}
