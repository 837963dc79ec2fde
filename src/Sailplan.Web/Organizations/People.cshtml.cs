using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Organizations;

/// <summary>The people of the organisation (owners of strategy nodes, managers), and a form to add one.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.ManageOrganization)]
public sealed class PeopleModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public IReadOnlyList<Person> People { get; private set; } = [];

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public IReadOnlyList<Choice> Managers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await this.SaveAsync(() => OrganizationsApi.CreatePerson(OrgId, Input.ToInput(), db, ct)) == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Added {Input.Name}.";
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        People = await db.InOrganization<Person>(OrgId).AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        Managers = People.Select(p => new Choice(p.Id, p.Name)).ToList();
        Units = await Choices.UnitsAsync(db, OrgId, ct);
    }
}
