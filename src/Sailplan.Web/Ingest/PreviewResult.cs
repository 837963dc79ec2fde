using System.Globalization;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Web.Ingest;

/// <summary>One previewed row: its line, its fields as they would be stored (field name -> text), or its problems.</summary>
public sealed record PreviewRow(long Line, IReadOnlyDictionary<string, string>? Fields, IReadOnlyList<RowProblem> Problems);

/// <summary>An <see cref="ImportPreview{T}"/> of either kind, shaped alike for the page and the API.</summary>
public sealed record PreviewResult(
    FactKind Kind,
    FileFormat Format,
    string EncodingName,
    string? Delimiter,
    IReadOnlyList<string> Header,
    IReadOnlyList<string> Fields,
    IReadOnlyList<PreviewRow> Rows,
    IReadOnlyList<RowProblem> Problems,
    long ProblemCount,
    long RowsRead,
    long RowsOk,
    long RowsWithProblems,
    bool Complete)
{
    public static PreviewResult Build(FactKind kind, Stream stream, string fileName, MappingProfile profile, string timeZone) =>
        kind == FactKind.Contacts
            ? From(kind, ImportPreview.Build<Contact>(stream, fileName, profile, timeZone), ContactFields, Describe)
            : From(kind, ImportPreview.Build<SurveyResponse>(stream, fileName, profile, timeZone), SurveyFields, Describe);

    // The catalogue's fields, in its order (Describe writes the values in the same order); driver ratings last, as one column.
    private static readonly string[] ContactFields = [.. FieldCatalogue.Contacts.Select(f => f.Name)];
    private static readonly string[] SurveyFields = [.. FieldCatalogue.Surveys.Select(f => f.Name), "drivers"];

    private static PreviewResult From<T>(FactKind kind, ImportPreview<T> preview, string[] fields, Func<T, string[]> describe)
        where T : class =>
        new(kind, preview.Format, preview.EncodingName, preview.Delimiter?.ToString(), preview.Header, fields,
            [.. preview.FirstRows.Select(r => new PreviewRow(r.Line,
                r.Fact is null ? null : fields.Zip(describe(r.Fact)).ToDictionary(p => p.First, p => p.Second), r.Problems))],
            preview.Problems, preview.ProblemCount, preview.RowsRead, preview.RowsOk, preview.RowsWithProblems, preview.Complete);

    private static string[] Describe(Contact c) =>
        [c.ExternalId, Time(c.StartedAt), c.Channel, c.Queue, c.Unit, c.Agent ?? "", c.CustomerId ?? "", N(c.TalkSeconds), N(c.HoldSeconds),
         N(c.WrapSeconds), N(c.WaitSeconds), c.Outcome == ContactOutcome.Answered ? "answered" : "abandoned", YesNo(c.Transferred),
         c.Resolved is { } r ? YesNo(r) : "", c.Reason ?? ""];

    private static string[] Describe(SurveyResponse s) =>
        [s.ExternalId, s.ContactExternalId ?? "", Time(s.RespondedAt), s.Type == SurveyType.Relationship ? "relationship" : "transactional",
         N(s.Nps), N(s.Csat), N(s.Ces), s.Fcr is { } f ? YesNo(f) : "", s.Comment ?? "", s.Unit, s.Channel, s.Queue,
         string.Join("; ", s.DriverRatings.Select(d => $"{d.Key} {d.Value}"))];

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string N(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string YesNo(bool value) => value ? "yes" : "no";
}
