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
public sealed class PersonModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public IReadOnlyList<Choice> Units { get; private set; } = [];

    public IReadOnlyList<Choice> Managers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ShowAsync(reload: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var submitted = Input;
        var outcome = await this.SaveAsync(() => OrganizationsApi.UpdatePerson(OrgId, Id, Input.ToInput(), db, HttpContext, ct));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved {Input.Name}.";
            return RedirectToPage("/Organizations/People", new { OrgId });
        }

        var result = await ShowAsync(reload: outcome == SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Conflict)
        {
            this.ExplainConflict("person", submitted, Input);
        }

        return result;
    }

    private async Task<IActionResult> ShowAsync(bool reload, CancellationToken ct)
    {
        if (reload)
        {
            if (await db.InOrganization<Person>(OrgId).AsNoTracking().SingleOrDefaultAsync(p => p.Id == Id, ct) is not { } person)
            {
                return NotFound();
            }

            Input = PersonForm.From(person);
        }

        Units = await Choices.UnitsAsync(db, OrgId, ct);
        Managers = (await Choices.PeopleAsync(db, OrgId, ct)).Where(p => p.Id != Id).ToList();
        return Page();
    }
}
