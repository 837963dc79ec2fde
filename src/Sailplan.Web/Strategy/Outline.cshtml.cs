using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Outline;
using Sailplan.Web.Security;

namespace Sailplan.Web.Strategy;

/// <summary>
/// Paste an outline, see what every line becomes and every problem, then import it whole, or
/// download the current tree in the same format.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.EditStrategy)]
public sealed class OutlineModel(AppDb db) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public OutlineImportPlan? Plan { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostPreviewAsync(CancellationToken ct) => Plan = await OutlineImport.PlanAsync(db, OrgId, Text ?? "", ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        Plan = await OutlineImport.PlanAsync(db, OrgId, Text ?? "", ct);
        if (!Plan.CanImport)
        {
            return Page();
        }

        var added = await OutlineImport.SaveAsync(db, Plan, ct);
        TempData["Notice"] = $"Imported {added} node(s) from the outline.";
        return RedirectToPage("/Strategy/Map", new { OrgId });
    }

    public async Task<FileContentResult> OnGetExportAsync(CancellationToken ct) =>
        File(Encoding.UTF8.GetBytes(await OutlineImport.ExportAsync(db, OrgId, ct)), "text/markdown; charset=utf-8", "strategy-outline.md");
}
