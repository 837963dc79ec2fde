using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Security;
using Sailplan.Core.Strategy;
using Sailplan.Data;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>Every revision of the charter with its reason, and a readable diff between any two.</summary>
[RequirePermission(Permission.ReadStrategy)]
public sealed class CharterHistoryModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public IReadOnlyList<Charter> Revisions { get; private set; } = [];

    public IReadOnlyList<ClauseChange> Changes { get; private set; } = [];

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Revisions = await db.InOrganization<Charter>(OrgId).AsNoTracking().OrderByDescending(c => c.Revision).ToListAsync(ct);
        if (Revisions.Count < 2)
        {
            return;
        }

        To ??= Revisions[0].Revision;
        From ??= To - 1;
        var from = Revisions.FirstOrDefault(c => c.Revision == From);
        var to = Revisions.FirstOrDefault(c => c.Revision == To);
        if (from is null || to is null || from.Revision >= to.Revision)
        {
            Problem = "Choose two existing revisions, the earlier one first.";
            return;
        }

        Changes = CharterDiff.Between(from, to);
    }
}
