using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

/// <summary>The front door: straight to the first organisation's strategy map, or an invitation to create one.</summary>
public sealed class StartModel(AppDb db, MemberAccess access) : PageModel
{
    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var first = await OrganizationsApi.VisibleTo(db, access).OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        return first is { } orgId ? RedirectToPage("/Strategy/Map", new { orgId }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Guid? created = null;
        var outcome = await this.SaveAsync(async () =>
            created = ((Created<Organization>)(await OrganizationsApi.CreateOrganization(Input.ToInput(), db, access, ct)).Result).Value!.Id);
        if (outcome != SaveOutcome.Saved)
        {
            return Page();
        }

        TempData["Notice"] = $"Created {Input.Name}. It starts with the standard dimensions and KPI catalogue.";
        return RedirectToPage("/Strategy/Map", new { orgId = created });
    }
}
