using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>
/// Write the first charter, or refresh the current one: vision and mission with a reason. The core
/// clauses are shown but change only through an amendment.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class CharterModel(AppDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public CharterForm Input { get; set; } = new();

    /// <summary>The current revision, or null while there is no charter.</summary>
    public Charter? Current { get; private set; }

    public bool Exists => Current is not null;

    public async Task OnGetAsync(CancellationToken ct) => await ReloadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Current = await db.Charters.AsNoTracking().CurrentFor(OrgId).FirstOrDefaultAsync(ct);
        var refreshing = Current is not null && Input.Revision != 0;
        if (refreshing)
        {
            Input.TakeCoreFrom(Current!);
        }

        foreach (var (field, message) in Input.Gaps())
        {
            ModelState.AddModelError(field, message);
        }

        var submitted = Input;
        var input = refreshing ? Input.ToRefreshInput(Current!) : Input.ToInput();
        var outcome = await this.SaveAsync(() => CharterApi.SaveCharter(OrgId, input, db, HttpContext, clock, ct), Input.InputName);
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = refreshing ? "Saved the charter as a new revision." : "Saved the charter.";
            return RedirectToPage("/Strategy/Map", new { OrgId });
        }

        if (outcome == SaveOutcome.Conflict)
        {
            await ReloadAsync(ct);
            this.ExplainConflict("charter", submitted, Input);
        }
        else
        {
            Input.WithEmptyRows();
        }

        return Page();
    }

    private async Task ReloadAsync(CancellationToken ct)
    {
        Current = await db.Charters.AsNoTracking().CurrentFor(OrgId).FirstOrDefaultAsync(ct);
        Input = CharterForm.From(Current);
    }
}
