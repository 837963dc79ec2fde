using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

/// <summary>The organisation's settings: name, time zone and currency.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.ManageOrganization)]
public sealed class OrganizationModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(reload: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => OrganizationsApi.UpdateOrganization(OrgId, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = "Saved the organisation's settings.";
            return RedirectToPage(new { OrgId });
        }

        var result = await ShowAsync(reload: outcome == SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Conflict)
        {
            this.ExplainConflict("organisation", submitted, Input);
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync(bool reload, CancellationToken ct)
    {
        if (reload)
        {
            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == OrgId, ct);
            Input = OrganizationForm.From(organization);
        }

        return Page();
    }
}
