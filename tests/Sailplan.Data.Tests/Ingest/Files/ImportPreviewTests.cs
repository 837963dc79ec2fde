using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Tests.Ingest.Files;

public sealed class ImportPreviewTests : IDisposable
{
    private readonly TempFiles files = new();

    private static readonly MappingProfile Profile = new()
    {
        Name = "Survey",
        Kind = FactKind.Surveys,
        Columns = new() { ["externalId"] = "id", ["respondedAt"] = "at", ["nps"] = "nps", ["csat"] = "csat" },
    };

    public void Dispose() => files.Dispose();

    private ImportPreview<SurveyResponse> Preview(string text, int maxProblems = ImportPreview.DefaultMaxProblems, MappingProfile? profile = null)
    {
        using var stream = File.OpenRead(files.Write("responses.csv", Encoding.UTF8.GetBytes(text)));
        return ImportPreview.Build<SurveyResponse>(stream, "responses.csv", profile ?? Profile, "UTC", maxProblems: maxProblems);
    }

    [Fact]
    public void The_preview_shows_the_first_20_rows_and_counts_every_problem_of_the_whole_file()
    {
        // 30 rows; rows 23, 26 and 29 (i = 21, 24, 27) each have two problems: NPS 11 and CSAT 9.
        var text = new StringBuilder("id,at,nps,csat\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append($"R{i},2026-04-01T10:00:00Z,").Append(i is 21 or 24 or 27 ? "11,9" : "8,4").Append('\n');
        }

        var preview = Preview(text.ToString(), maxProblems: 5);

        Assert.Equal((30L, 27L, 3L, 6L), (preview.RowsRead, preview.RowsOk, preview.RowsWithProblems, preview.ProblemCount));
        Assert.Equal(20, preview.FirstRows.Count);
        Assert.Equal(5, preview.Problems.Count);
        Assert.True(preview.ProblemsTruncated);
        Assert.Equal([23L, 23L, 26L, 26L, 29L], preview.Problems.Select(p => p.Line));
        Assert.True(preview.Complete);
        Assert.Equal((',', "utf-8", FileFormat.Csv), (preview.Delimiter, preview.EncodingName, preview.Format));
        Assert.Equal(["id", "at", "nps", "csat"], preview.Header);
    }

    [Fact]
    public void A_mapped_column_missing_from_the_header_is_the_one_problem_at_line_1()
    {
        var preview = Preview("id,when,nps,csat\nR1,2026-04-01T10:00:00Z,8,4\n");

        var problem = Assert.Single(preview.Problems);
        Assert.Equal((1L, "columns.respondedAt"), (problem.Line, problem.Field));
        Assert.Contains("\"at\" (for respondedAt)", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("\"when\"", problem.Reason, StringComparison.Ordinal);
        Assert.False(preview.Complete);
        Assert.Equal(0, preview.RowsRead);
    }

    [Fact]
    public void A_file_that_stops_being_readable_keeps_what_was_read_and_says_where()
    {
        var preview = Preview("id,at,nps,csat\nR1,2026-04-01T10:00:00Z,8,4\nR2,\"2026-04-01,8,4\n");

        Assert.False(preview.Complete);
        Assert.Equal(1, preview.RowsOk);
        Assert.Equal("file", Assert.Single(preview.Problems).Field);
        Assert.Contains("Line 3", preview.Problems[0].Reason, StringComparison.Ordinal);
    }
}
