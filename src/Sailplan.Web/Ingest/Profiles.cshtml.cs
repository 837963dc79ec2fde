using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Core.Ingest;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Ingest;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Ingest;

/// <summary>
/// The organisation's mapping profiles: every profile it can import with, and an editor for its own, as the
/// JSON the API takes (docs/importing.md describes each setting). A built-in profile is the usual start: copy
/// it, rename it, change what differs in your export.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.Ingest)]
public sealed class ProfilesModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    /// <summary>The saved profile being edited, if any.</summary>
    [FromQuery(Name = "name")]
    public string? Editing { get; set; }

    [BindProperty]
    public ProfileForm Input { get; set; } = new();

    public IReadOnlyList<MappingProfile> Profiles { get; private set; } = [];

    public bool IsBuiltIn(MappingProfile profile) => BuiltInProfiles.All.Contains(profile);

    /// <param name="from">A profile to start a new one from (its name); without it or <c>name</c>, Sailplan's own contact layout.</param>
    public async Task<IActionResult> OnGetAsync(string? from, CancellationToken ct)
    {
        await LoadAsync(ct);
        var start = Editing ?? from;
        var profile = start is null ? BuiltInProfiles.Default(FactKind.Contacts) : Profiles.FirstOrDefault(p => p.Name == start);
        if (profile is null)
        {
            return NotFound();
        }

        Input = new ProfileForm
        {
            Name = Editing is null ? "" : profile.Name,
            Definition = (profile with { Name = "" }).ToIndentedJson(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var outcome = await this.SaveAsync(async () =>
        {
            var profile = MappingProfile.FromJson(Input.Definition ?? "");
            await ImportProfiles.SaveAsync(db, OrgId, Input.Name ?? "", profile, ct);
        }, field => field == "name" ? "Input.Name" : "Input.Definition");
        if (outcome == SaveOutcome.Saved)
        {
            TempData["Notice"] = $"Saved the profile {Input.Name!.Trim()}. Name it in the import page's Mapping profile field.";
            return RedirectToPage(new { OrgId, name = Input.Name.Trim() });
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var name = Editing ?? "";
        TempData["Notice"] = await ImportProfiles.DeleteAsync(db, OrgId, name, ct)
            ? $"Deleted the profile {name}."
            : $"There is no saved profile {name} to delete.";
        return RedirectToPage(new { OrgId, name = (string?)null });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Profiles = [.. await ImportProfiles.ListAsync(db, OrgId, FactKind.Contacts, ct), .. await ImportProfiles.ListAsync(db, OrgId, FactKind.Surveys, ct)];

    public sealed class ProfileForm
    {
        public string? Name { get; set; }
        public string? Definition { get; set; }
    }
}
