using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Web.Infrastructure;

namespace Sailplan.Web.Security;

/// <summary>Who may do what here: members and their roles, and API keys for machines (shown once).</summary>
[RequirePermission(Permission.ManageOrganization)]
public sealed class AccessModel(AppDb db, UserManager<User> users, MemberAccess access, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public NewMember Member { get; set; } = new();

    [BindProperty]
    public NewKey Key { get; set; } = new();

    public IReadOnlyList<MemberResult> Members { get; private set; } = [];

    public IReadOnlyList<ApiKeyResult> Keys { get; private set; } = [];

    /// <summary>The plain text of a key created by this request: shown once, never stored.</summary>
    public string? CreatedKey { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken ct)
    {
        var outcome = await this.SaveAsync(() => AccessApi.AddMember(OrgId, new MemberInput(Member.Email ?? "", Member.Role, Member.Name, Member.Password),
            db, users, ct), field => $"Member.{char.ToUpperInvariant(field[0])}{field[1..]}");
        return await DoneAsync(outcome, $"Added {Member.Email} as {Labels.Of(Member.Role)}.", ct);
    }

    public async Task<IActionResult> OnPostChangeRoleAsync(Guid memberId, Role role, int version, CancellationToken ct)
    {
        var outcome = await this.SaveAsync(() => AccessApi.ChangeRole(OrgId, memberId, new RoleInput(role, version), db, HttpContext, ct), _ => "");
        return await DoneAsync(outcome, $"Changed the role to {Labels.Of(role)}.", ct);
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid memberId, CancellationToken ct)
    {
        var outcome = await this.SaveAsync(() => AccessApi.RemoveMember(OrgId, memberId, db, ct), _ => "");
        return await DoneAsync(outcome, "Removed the member.", ct);
    }

    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken ct)
    {
        ApiKeyResult? created = null;
        var outcome = await this.SaveAsync(async () =>
            created = (await AccessApi.CreateKey(OrgId, new ApiKeyInput(Key.Name ?? "", Key.Scope), db, access, time, ct)).Value,
            field => $"Key.{char.ToUpperInvariant(field[0])}{field[1..]}");
        CreatedKey = created?.Key;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeKeyAsync(Guid keyId, CancellationToken ct)
    {
        await AccessApi.RevokeKey(OrgId, keyId, db, time, ct);
        return await DoneAsync(SaveOutcome.Saved, "Revoked the key: it no longer works.", ct);
    }

    private async Task<IActionResult> DoneAsync(SaveOutcome outcome, string notice, CancellationToken ct)
    {
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { OrgId });
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Members = (await AccessApi.ListMembers(OrgId, db, ct)).Value!;
        Keys = (await AccessApi.ListKeys(OrgId, db, ct)).Value!;
    }

    public sealed class NewMember
    {
        public string? Email { get; set; }
        public string? Name { get; set; }
        public Role Role { get; set; } = Role.Viewer;
        public string? Password { get; set; }
    }

    public sealed class NewKey
    {
        public string? Name { get; set; }
        public ApiKeyScope Scope { get; set; } = ApiKeyScope.Read;
    }
}
