using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Ingest;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;
using Sailplan.Data.Queries;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Ingest;

/// <summary>
/// Upload a contact or survey export, preview what it becomes with every problem, then import it whole
/// (or keep only the good rows). The history below shows every import, refused ones included.
/// </summary>
[RequirePermission(Permission.ReadStrategy, Permission.Ingest)]
[RequestSizeLimit(ImportsApi.MaxImportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportsApi.MaxImportBytes)]
public sealed class ImportModel(AppDb db, IAuditActor actor) : PageModel
{
    [FromRoute]
    public Guid OrgId { get; set; }

    [BindProperty]
    public FactKind Kind { get; set; } = FactKind.Contacts;

    [BindProperty]
    public string? Profile { get; set; }

    [BindProperty]
    public bool KeepGoodRows { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<MappingProfile> ContactProfiles { get; private set; } = [];
    public IReadOnlyList<MappingProfile> SurveyProfiles { get; private set; } = [];
    public IReadOnlyList<ImportRecord> History { get; private set; } = [];
    public PreviewResult? Preview { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostPreviewAsync(CancellationToken ct)
    {
        await RunAsync(async (profile, stream, name) =>
        {
            var timeZone = await db.Organizations.Where(o => o.Id == OrgId).Select(o => o.TimeZone).SingleAsync(ct);
            Preview = PreviewResult.Build(Kind, stream, name, profile, timeZone);
        }, ct);
    }

    public async Task OnPostImportAsync(CancellationToken ct)
    {
        await RunAsync(async (profile, stream, name) =>
        {
            var request = new ImportRequest(OrgId, Kind, name, profile, actor.Current) { KeepGoodRows = KeepGoodRows };
            Outcome = await FileImport.RunAsync(db, request, stream, cancellationToken: ct);
        }, ct);
    }

    private async Task RunAsync(Func<MappingProfile, Stream, string, Task> work, CancellationToken ct)
    {
        try
        {
            if (Upload is null || Upload.Length == 0)
            {
                throw new DomainException("file", "Choose a file to import.");
            }

            var profile = await ImportProfiles.ResolveAsync(db, OrgId, Kind, Profile, ct);
            await using var stream = Upload.OpenReadStream();
            await work(profile, stream, Path.GetFileName(Upload.FileName));
        }
        catch (DomainException e)
        {
            Error = e.Message;
            ModelState.AddModelError(e.Field == "file" ? nameof(Upload) : e.Field, e.Message);
        }

        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ContactProfiles = await ImportProfiles.ListAsync(db, OrgId, FactKind.Contacts, ct);
        SurveyProfiles = await ImportProfiles.ListAsync(db, OrgId, FactKind.Surveys, ct);
        History = await ImportHistoryQuery.LatestAsync(db, OrgId, 50, ct);
    }
}
