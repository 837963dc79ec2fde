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
/// Proposes new wording for the charter's core clauses (purpose, ambition, principles) with a
/// rationale. Emptying a principle would delete it, which the charter refuses: clauses can be
/// superseded, never removed. Milestones are carried over as they are.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.ProposeAmendment)]
public sealed class CharterAmendModel(AppDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public AmendmentForm Input { get; set; } = new();

    public Charter? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return RedirectToPage("/Strategy/Charter", new { OrgId });
        }

        Input = AmendmentForm.From(Current!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return RedirectToPage("/Strategy/Charter", new { OrgId });
        }

        var outcome = await this.SaveAsync(() => CharterApi.ProposeAmendment(OrgId, Input.ToInput(Current!), db, HttpContext, clock, ct),
            field => field.StartsWith("principles", StringComparison.Ordinal) ? "" : FormSave.InputName(field));
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = "Proposed the amendment: it waits for the executive sponsor.";
            return RedirectToPage("/Strategy/CharterAmendments", new { OrgId });
        }

        if (outcome == SaveOutcome.Conflict)
        {
            ModelState.AddModelError("", "The charter has a newer revision since you started: your proposal was not saved. Start again from the current charter.");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Current = await db.Charters.AsNoTracking().CurrentFor(OrgId).FirstOrDefaultAsync(ct);
        return Current is not null;
    }
}

public sealed class AmendmentForm
{
    public string? Purpose { get; set; }
    public AmbitionLevel Ambition { get; set; }
    public List<PrincipleRow> Principles { get; set; } = [];
    public string? Rationale { get; set; }
    public int Revision { get; set; }

    public static AmendmentForm From(Charter current) => new()
    {
        Purpose = current.Purpose,
        Ambition = current.Ambition,
        Principles = [.. current.Principles.Select(p => new PrincipleRow { Id = p.Id, Text = p.Text }), new PrincipleRow()],
        Revision = current.Revision,
    };

    /// <summary>A row with an id but no text is a principle removed, which the charter refuses, naming it.</summary>
    public AmendmentInput ToInput(Charter current) => new(
        Purpose ?? "",
        Ambition,
        current.Mission,
        Rationale ?? "",
        Revision,
        current.Vision,
        [.. Principles.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p => new PrincipleInput(p.Text!, p.Id))],
        [.. current.Milestones.Select(m => new MilestoneInput(m.Title, m.Date, m.Description, m.Id, m.Status, m.StatusNote))]);

    public sealed class PrincipleRow
    {
        public Guid? Id { get; set; }
        public string? Text { get; set; }
    }
}
