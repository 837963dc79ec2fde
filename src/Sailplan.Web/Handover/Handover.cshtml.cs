using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using Sailplan.Core.Handover;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Handover;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Handover;

/// <summary>
/// The leadership handover pack: what a new leader inherits, on one page, and as a Markdown or a
/// standalone HTML download to keep, mail or print.
/// </summary>
[RequirePermission(Permission.ReadStrategy)]
public sealed class HandoverModel(AppDb db, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    public HandoverPack Pack { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Pack = await LoadAsync(ct);

    public async Task<FileContentResult> OnGetMarkdownAsync(CancellationToken ct)
    {
        var pack = await LoadAsync(ct);
        return File(Encoding.UTF8.GetBytes(HandoverMarkdown.Write(pack)), "text/markdown; charset=utf-8", HandoverFiles.Name(pack, "md"));
    }

    /// <summary>The same content as a complete HTML document with its own small style sheet and no external references.</summary>
    public async Task<PartialViewResult> OnGetHtmlAsync(CancellationToken ct)
    {
        Pack = await LoadAsync(ct);
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = HandoverFiles.Name(Pack, "html") }.ToString();
        var result = Partial("_HandoverDocument", Pack);
        result.ContentType = "text/html; charset=utf-8";
        return result;
    }

    private Task<HandoverPack> LoadAsync(CancellationToken ct) =>
        HandoverQuery.LoadAsync(db, OrgId, HttpContext.CurrentOrganization()!.Today(time), ct);
}

public static class HandoverFiles
{
    /// <summary>"handover-northwind-energy-2026-05-04.md": the organisation's name made safe for a file name, and the day.</summary>
    public static string Name(HandoverPack pack, string extension)
    {
        var slug = new StringBuilder();
        foreach (var c in pack.Organization.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = slug.ToString().TrimEnd('-');
        return $"handover-{(name.Length == 0 ? "organisation" : name)}-{pack.AsOf:yyyy-MM-dd}.{extension}";
    }
}
