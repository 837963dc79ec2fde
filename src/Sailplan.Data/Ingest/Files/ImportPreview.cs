using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// What an import would do, before anything is stored: the first rows with the mapping applied, every problem in the
/// whole file (the list capped, the count not), and the totals. A problem that stops the reading (a mapped column not
/// in the header, an unreadable encoding, a quote never closed) is the last problem, and <see cref="Complete"/> is false.
/// </summary>
public sealed record ImportPreview<T>(
    FileFormat Format,
    string EncodingName,
    char? Delimiter,
    IReadOnlyList<string> Header,
    IReadOnlyList<MappedRow<T>> FirstRows,
    IReadOnlyList<RowProblem> Problems,
    long ProblemCount,
    long RowsRead,
    long RowsOk,
    long RowsWithProblems,
    bool Complete)
    where T : class
{
    public bool ProblemsTruncated => ProblemCount > Problems.Count;
}

public static class ImportPreview
{
    public const int DefaultRows = 20;
    public const int DefaultMaxProblems = 1000;

    public static ImportPreview<T> Build<T>(
        Stream stream,
        string fileName,
        MappingProfile profile,
        string organizationTimeZone,
        int rows = DefaultRows,
        int maxProblems = DefaultMaxProblems)
        where T : class
    {
        FactFile<T> file;
        try
        {
            file = FactFileReader.Read<T>(stream, fileName, profile, organizationTimeZone);
        }
        catch (DomainException e)
        {
            // The file could not even be opened against the profile: the header line is where to look.
            return new ImportPreview<T>(profile.Format ?? FileFormat.Csv, "", profile.Delimiter, [], [], [new RowProblem(1, e.Field, null, "", e.Message)], 1, 0, 0, 0, false);
        }

        using (file)
        {
            var first = new List<MappedRow<T>>(Math.Min(rows, 1000));
            var problems = new List<RowProblem>();
            long problemCount = 0, read = 0, ok = 0, withProblems = 0;
            var complete = true;
            try
            {
                foreach (var row in file.Rows)
                {
                    read++;
                    if (first.Count < rows)
                    {
                        first.Add(row);
                    }

                    if (row.IsValid)
                    {
                        ok++;
                        continue;
                    }

                    withProblems++;
                    problemCount += row.Problems.Count;
                    for (var i = 0; i < row.Problems.Count && problems.Count < maxProblems; i++)
                    {
                        problems.Add(row.Problems[i]);
                    }
                }
            }
            catch (DomainException e)
            {
                complete = false;
                problemCount++;
                problems.Add(new RowProblem(file.LastLine + 1, e.Field, null, "", e.Message));
            }

            return new ImportPreview<T>(file.Format, file.EncodingName, file.Delimiter, file.Header, first, problems, problemCount, read, ok, withProblems, complete);
        }
    }
}
