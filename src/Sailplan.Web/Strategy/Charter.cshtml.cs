using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Write or edit the organisation's charter.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class CharterModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public CharterForm Input { get; set; } = new();

    public bool Exists { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (input, message) in Input.Gaps())
        {
            ModelState.AddModelError(input, message);
        }

        var submitted = Input;
        var outcome = await this.SaveAsync(() => CharterApi.SaveCharter(OrgId, Input.ToInput(), db, HttpContext, ct), Input.InputName);
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = "Saved the charter.";
            return RedirectToPage("/Strategy/Map", new { OrgId });
        }

        if (outcome == SaveOutcome.Conflict)
        {
            await ReloadAsync(ct);
            this.ExplainConflict("charter", submitted, Input);
        }
        else
        {
            Exists = Input.Version > 0;
            Input.WithEmptyRows();
        }

        return Page();
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        var charter = await db.Charters.AsNoTracking().CurrentFor(OrgId).FirstOrDefaultAsync(ct);
        Exists = charter is not null;
        Input = CharterForm.From(charter);
    }
}
