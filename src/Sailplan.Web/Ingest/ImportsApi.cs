using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Core.Security;
using Sailplan.Data;
using Sailplan.Data.Audit;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest;
using Sailplan.Data.Ingest.Files;
using Sailplan.Data.Queries;
using Sailplan.Web.Infrastructure;
using Sailplan.Web.Security;

namespace Sailplan.Web.Ingest;

/// <summary>
/// Contacts and survey responses in: a file (or a batch from a script with an ingest API key) as the raw
/// request body, read with a mapping profile; a preview that stores nothing; the import history; and the
/// organisation's saved profiles.
/// </summary>
public static class ImportsApi
{
    /// <summary>Imports stream through a temporary file, so they may be far larger than the app's general request limit.</summary>
    public const long MaxImportBytes = 4L << 30;

    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var imports = app.MapOrganizationGroup("/imports", "Imports");
        imports.MapGet("/", ListImports).RequirePermission(Permission.ReadStrategy);
        imports.MapPost("/{kind}", Import).RequirePermission(Permission.Ingest)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));
        imports.MapPost("/{kind}/preview", Preview).RequirePermission(Permission.Ingest)
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes));

        var profiles = app.MapOrganizationGroup("/import-profiles", "Imports");
        profiles.MapGet("/", ListProfiles).RequirePermission(Permission.ReadStrategy);
        profiles.MapPut("/{name}", SaveProfile).RequirePermission(Permission.Ingest);
        profiles.MapDelete("/{name}", DeleteProfile).RequirePermission(Permission.Ingest);
        return app;
    }

    public static async Task<Ok<List<ImportRecord>>> ListImports(Guid orgId, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(await ImportHistoryQuery.LatestAsync(db, orgId, 100, ct));

    /// <summary>
    /// Imports the request body (CSV or JSON Lines; <paramref name="fileName"/> tells which by its extension).
    /// 201 with the history line when stored; 422 with every problem (line, field, reason) when refused.
    /// </summary>
    public static async Task<Results<Created<ImportResult>, UnprocessableEntity<ImportResult>>> Import(Guid orgId, string kind,
        HttpRequest request, AppDb db, IAuditActor actor, [FromQuery] string? profile, [FromQuery] string? fileName, [FromQuery] bool? keepGoodRows,
        CancellationToken ct)
    {
        var factKind = ParseKind(kind);
        var name = FileNameOf(request, fileName);
        var mapping = await ImportProfiles.ResolveAsync(db, orgId, factKind, profile, ct);
        await using var upload = await UploadSpool.SaveAsync(request.Body, name, MaxImportBytes, ct);
        await using var stream = upload.OpenRead();
        var outcome = await FileImport.RunAsync(db,
            new ImportRequest(orgId, factKind, name, mapping, actor.Current) { KeepGoodRows = keepGoodRows ?? false },
            stream, cancellationToken: ct);
        var result = ImportResult.From(outcome);
        return outcome.Stored
            ? TypedResults.Created($"/api/orgs/{orgId}/imports", result)
            : TypedResults.UnprocessableEntity(result);
    }

    /// <summary>The first rows with the mapping applied and every problem in the file. Stores nothing.</summary>
    public static async Task<Ok<PreviewResult>> Preview(Guid orgId, string kind, HttpRequest request, AppDb db,
        [FromQuery] string? profile, [FromQuery] string? fileName, CancellationToken ct)
    {
        var factKind = ParseKind(kind);
        var name = FileNameOf(request, fileName);
        var mapping = await ImportProfiles.ResolveAsync(db, orgId, factKind, profile, ct);
        var timeZone = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.TimeZone).SingleAsync(ct);
        await using var upload = await UploadSpool.SaveAsync(request.Body, name, MaxImportBytes, ct);
        await using var stream = upload.OpenRead();
        return TypedResults.Ok(PreviewResult.Build(factKind, stream, name, mapping, timeZone));
    }

    public static async Task<Ok<List<ProfileResult>>> ListProfiles(Guid orgId, AppDb db, CancellationToken ct)
    {
        var contacts = await ImportProfiles.ListAsync(db, orgId, FactKind.Contacts, ct);
        var surveys = await ImportProfiles.ListAsync(db, orgId, FactKind.Surveys, ct);
        return TypedResults.Ok(contacts.Concat(surveys)
            .Select(p => new ProfileResult(p, BuiltInProfiles.All.Contains(p))).ToList());
    }

    /// <summary>Saves (creates or replaces) one of the organisation's own profiles under <paramref name="name"/>.</summary>
    public static async Task<Ok<ProfileResult>> SaveProfile(Guid orgId, string name, MappingProfile profile, AppDb db, CancellationToken ct) =>
        TypedResults.Ok(new ProfileResult(await ImportProfiles.SaveAsync(db, orgId, name, profile, ct), false));

    public static async Task<Results<NoContent, NotFound>> DeleteProfile(Guid orgId, string name, AppDb db, CancellationToken ct) =>
        await ImportProfiles.DeleteAsync(db, orgId, name, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static FactKind ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "contacts" => FactKind.Contacts,
        "surveys" => FactKind.Surveys,
        _ => throw new DomainException("kind", $"'{kind}' is not something Sailplan imports; use contacts or surveys."),
    };

    /// <summary>The name the history shows and whose extension says the format; a JSON Lines body may say so by its content type.</summary>
    private static string FileNameOf(HttpRequest request, string? fileName)
    {
        if (!string.IsNullOrWhiteSpace(fileName))
        {
            return fileName.Trim();
        }

        var jsonLines = request.ContentType?.Contains("ndjson", StringComparison.OrdinalIgnoreCase) == true
            || request.ContentType?.Contains("jsonl", StringComparison.OrdinalIgnoreCase) == true;
        return jsonLines ? "api-batch.jsonl" : "api-batch.csv";
    }
}

public sealed record ImportResult(ImportRecord Import, long ProblemRows, IReadOnlyList<RowProblem> Problems)
{
    public static ImportResult From(ImportOutcome outcome) => new(outcome.Record, outcome.ProblemRows, outcome.Problems);
}

public sealed record ProfileResult(MappingProfile Profile, bool BuiltIn);
