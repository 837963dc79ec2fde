using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core.Organizations;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;
using Sailplan.Web.Strategy;

namespace Sailplan.Web.Handover;

/// <summary>
/// Leadership roles and what each owes the charter: deliverables tied to its milestones, by a
/// date. The handover pack shows them; here the strategy owner keeps them up to date.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class LeadershipModel(AppDb db) : PageModel
{
    public const int EmptyRows = 2;

    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public LeadershipForm Input { get; set; } = new();

    public IReadOnlyList<LeadershipRole> Roles { get; private set; } = [];

    public IReadOnlyList<Choice> People { get; private set; } = [];

    public IReadOnlyList<string> Milestones { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Adds a role (no id) or saves one (with its version), with the deliverables whose rows have a title.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await this.SaveAsync(async () =>
        {
            await db.RequireInOrganizationAsync<Person>(OrgId, "holderId", Input.HolderId, ct);
            var deliverables = Input.Deliverables.Where(d => !string.IsNullOrWhiteSpace(d.Title)).Select(d => d.ToDeliverable()).ToList();
            if (Input.Id is { } id)
            {
                var role = await db.LoadForUpdateAsync<LeadershipRole>(OrgId, id, Input.Version, Input, HttpContext, ct);
                role.Update(Input.Title ?? "", Input.HolderId, Input.HeldSince, deliverables);
            }
            else
            {
                db.Add(LeadershipRole.Create(OrgId, Input.Title ?? "", Input.HolderId, Input.HeldSince, deliverables));
            }

            await db.SaveChangesAsync(ct);
        });
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the role \u201c{Input.Title?.Trim()}\u201d.";
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Roles = await db.InOrganization<LeadershipRole>(OrgId).AsNoTracking().OrderBy(r => r.Title).ToListAsync(ct);
        People = await Choices.PeopleAsync(db, OrgId, ct);
        var charter = await db.Charters.AsNoTracking().CurrentFor(OrgId).FirstOrDefaultAsync(ct);
        Milestones = charter?.Milestones.Select(m => m.Title).ToList() ?? [];
    }
}

public sealed class LeadershipForm
{
    public Guid? Id { get; set; }
    public int? Version { get; set; }
    public string? Title { get; set; }
    public Guid? HolderId { get; set; }
    public DateOnly? HeldSince { get; set; }
    public List<DeliverableRow> Deliverables { get; set; } = [];

    public static LeadershipForm From(LeadershipRole? role) => new()
    {
        Id = role?.Id,
        Version = role?.Version,
        Title = role?.Title,
        HolderId = role?.HolderId,
        HeldSince = role?.HeldSince,
        Deliverables =
        [
            .. role?.Deliverables.Select(d => new DeliverableRow { Title = d.Title, Milestone = d.Milestone, Due = d.Due, Status = d.Status, Evidence = d.Evidence }) ?? [],
            .. Enumerable.Range(0, LeadershipModel.EmptyRows).Select(_ => new DeliverableRow()),
        ],
    };

    public sealed class DeliverableRow
    {
        public string? Title { get; set; }
        public string? Milestone { get; set; }
        public DateOnly? Due { get; set; }
        public DeliverableStatus Status { get; set; }
        public string? Evidence { get; set; }

        public Deliverable ToDeliverable() =>
            new(Title ?? "", Milestone ?? "", Due ?? throw new Core.DomainException("deliverables.due", $"The deliverable \u201c{Title}\u201d needs a due date."), Status, Evidence);
    }
}
