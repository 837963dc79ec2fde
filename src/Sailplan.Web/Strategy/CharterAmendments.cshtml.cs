using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Proposed amendments to the charter's core clauses, what each would change, and the sponsor's decision.</summary>
[RequirePermission(Permission.ReadStrategy, Permission.ApproveAmendment)]
public sealed class CharterAmendmentsModel(AppDb db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    public IReadOnlyList<(CharterAmendment Amendment, IReadOnlyList<ClauseChange> Changes)> Amendments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid amendmentId, string? comment, CancellationToken ct) =>
        await DecideAsync(() => CharterApi.ApproveAmendment(OrgId, amendmentId, new DecisionInput(comment), db, HttpContext, clock, ct), "Approved the amendment.", ct);

    public async Task<IActionResult> OnPostRejectAsync(Guid amendmentId, string? comment, CancellationToken ct) =>
        await DecideAsync(() => CharterApi.RejectAmendment(OrgId, amendmentId, new DecisionInput(comment), db, HttpContext, clock, ct), "Rejected the amendment.", ct);

    private async Task<IActionResult> DecideAsync(Func<Task> decide, string notice, CancellationToken ct)
    {
        if (await this.SaveAsync(decide, _ => "") == SaveOutcome.Saved)
        {
            TempData["Notice"] = notice;
            return RedirectToPage("/Strategy/CharterHistory", new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var amendments = await db.InOrganization<CharterAmendment>(OrgId).AsNoTracking().OrderByDescending(a => a.Id).ToListAsync(ct);
        var bases = await db.InOrganization<Charter>(OrgId).AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        Amendments = amendments
            .Select(a => (a, bases.TryGetValue(a.BaseCharterId, out var b) ? CharterDiff.Between(b.ToContent(), a.Proposed) : (IReadOnlyList<ClauseChange>)[]))
            .ToList();
    }
}
