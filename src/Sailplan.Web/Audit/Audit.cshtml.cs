using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Sailplan.Core.Audit;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Audit;

/// <summary>One entry as the page shows it: when in the organisation's time zone, what it concerns, and what changed.</summary>
public sealed record AuditRow(AuditEntry Entry, DateTime LocalTime, string? Label, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// The organisation's audit log, newest first, with filters, a CSV download of what the filters
/// select, and a check of the hash chain on request.
/// </summary>
[RequirePermission(Permission.ReadAudit)]
public sealed class AuditModel(AppDb db) : PageModel
{
    public const int PageSize = 50;

    private static readonly string[] LabelFields = ["title", "name", "code"];

    // The "What" column shows these already.
    private static readonly string[] IdentityFields = ["id", "organizationId"];

    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public bool Verify { get; set; }

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];
    public Page<AuditRow> Entries { get; private set; } = new([], 1, PageSize, 0);
    public AuditVerification? Verification { get; private set; }
    public string TimeZone => HttpContext.CurrentOrganization()!.TimeZone;
    public bool Filtered => Filters().Count > 0;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        EntityTypes = await AuditLog.EntityTypesAsync(db, OrgId, ct);
        var page = await AuditLog.Entries(db, OrgId, await FilterAsync(ct)).ToPageAsync(new PageRequest(Math.Max(PageNumber, 1), PageSize), ct);
        Entries = new Page<AuditRow>(
            page.Items.Select(e => new AuditRow(e, TimeZoneInfo.ConvertTime(e.At, zone).DateTime, Label(e),
                AuditDiff.Fields(e).Where(f => !IdentityFields.Contains(f.Field)).ToList())).ToList(),
            page.PageNumber, page.PageSize, page.Total);
        if (Verify)
        {
            Verification = (await AuditLog.VerifyAsync(db, OrgId, ct)).Single().Result;
        }
    }

    /// <summary>
    /// The selected entries in sequence order, every field exactly as stored (times in UTC, hashes
    /// included), so that an unfiltered export can be checked outside the app. Streamed: the log
    /// is never held in memory whole.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var entries = AuditLog.Entries(db, OrgId, await FilterAsync(ct)).OrderBy(a => a.Sequence).AsAsyncEnumerable();
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = $"sailplan-audit-{OrgId}.csv" }.ToString();
        await using var csv = CsvWriter.Create(Response.Body, options: null, leaveOpen: true);
        csv.WriteHeader(["sequence", "at", "actor", "action", "entityType", "entityId", "before", "after", "previousHash", "hash"]);
        await foreach (var e in entries.WithCancellation(ct))
        {
            await csv.WriteRecordAsync([
                e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                e.Actor, e.Action.ToString(), e.EntityType, e.EntityId.ToString("D"), e.Before, e.After, e.PreviousHash, e.Hash,
            ], ct);
        }

        await csv.FlushAsync(ct);
        return new EmptyResult();
    }

    /// <summary>This page's address with the current filters, for a handler, another page of entries or a verification.</summary>
    public string Link(string? handler = null, int? pageNumber = null, bool verify = false)
    {
        var query = Filters();
        if (pageNumber is > 1)
        {
            query["pageNumber"] = pageNumber.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (verify)
        {
            query["verify"] = "true";
        }

        return QueryHelpers.AddQueryString(Url.Page("/Audit/Audit", handler, new { OrgId })!, query);
    }

    private Dictionary<string, string?> Filters()
    {
        var values = new Dictionary<string, string?>
        {
            ["entityType"] = EntityType,
            ["actor"] = Actor,
            ["action"] = Action,
            ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        return values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary();
    }

    private Task<AuditFilter> FilterAsync(CancellationToken ct) =>
        new AuditQuery(EntityType, null, Actor, Action, From, To).ToFilterAsync(db, OrgId, ct);

    /// <summary>What a person calls the object: its title, name or code, as it was last.</summary>
    private static string? Label(AuditEntry entry) =>
        JsonNode.Parse(entry.After ?? entry.Before ?? "{}") is JsonObject row
            ? LabelFields.Select(k => row[k]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? row[k]!.GetValue<string>() : null)
                .FirstOrDefault(v => v is not null)
            : null;
}
