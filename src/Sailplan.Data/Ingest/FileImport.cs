using Microsoft.EntityFrameworkCore;
using Sailplan.Core;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Facts;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Ingest;

/// <summary>What to import and how strictly.</summary>
public sealed record ImportRequest(Guid OrganizationId, FactKind Kind, string FileName, MappingProfile Profile, string Actor)
{
    /// <summary>Keep the good rows of a file that has bad ones (and report the bad); by default such a file is refused whole.</summary>
    public bool KeepGoodRows { get; init; }
}

/// <summary>How far an import has got: rows read so far, then the steps of storing them.</summary>
public readonly record struct ImportProgress(long RowsRead, ImportStep? Step);

/// <summary>The history line of the import, and every problem found (up to <see cref="FileImport.MaxReportedProblems"/>).</summary>
public sealed record ImportOutcome(ImportRecord Record, IReadOnlyList<RowProblem> Problems, long ProblemRows)
{
    public bool Stored => Record.Status == ImportStatus.Succeeded;
}

/// <summary>
/// Imports one file (or request body) of contacts or survey responses: reads it with a mapping profile,
/// streams the good rows into a <see cref="FactImport"/>, and either commits or, when rows were rejected and
/// the caller did not ask to keep the good ones, refuses the whole file. Either way the import history
/// records it. A file that cannot be read at all (unknown format, missing column, bad encoding) is recorded
/// as refused and its <see cref="DomainException"/> rethrown, naming the problem.
/// </summary>
public static class FileImport
{
    public const int MaxReportedProblems = 10_000;

    public static async Task<ImportOutcome> RunAsync(AppDb db, ImportRequest request, Stream file,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking()
            .SingleAsync(o => o.Id == request.OrganizationId, cancellationToken);
        var problems = new ProblemLog(MaxReportedProblems, progress);
        var info = new ImportInfo(request.FileName, request.Profile.Name, request.Actor);

        await using var batch = await FactImport.BeginAsync(db, organization.Id, request.Kind, info, organization.TimeZone,
            organization.RepeatWindowDays, cancellationToken);
        try
        {
            if (request.Kind == FactKind.Contacts)
            {
                using var read = FactFileReader.Read<Contact>(file, request.FileName, request.Profile, organization.TimeZone);
                await batch.AddAsync(problems.GoodRows(read.Rows), cancellationToken);
            }
            else
            {
                using var read = FactFileReader.Read<SurveyResponse>(file, request.FileName, request.Profile, organization.TimeZone);
                await batch.AddAsync(problems.GoodRows(read.Rows), cancellationToken);
            }
        }
        catch (DomainException unreadable)
        {
            await batch.RefuseAsync($"{unreadable.Field}: {unreadable.Message}", problems.RejectedRows, cancellationToken);
            throw;
        }

        if (problems.RejectedRows > 0 && !request.KeepGoodRows)
        {
            var refused = await batch.RefuseAsync(
                $"{problems.RejectedRows} of {problems.RowsRead} rows have problems, so nothing was stored. Fix them, or import again keeping the good rows.",
                problems.RejectedRows, cancellationToken);
            return new ImportOutcome(refused, problems.Reported, problems.RejectedRows);
        }

        var stored = await batch.CommitAsync(problems.RejectedRows,
            progress is null ? null : new Progress<ImportStep>(step => progress.Report(new ImportProgress(problems.RowsRead, step))),
            cancellationToken);
        return new ImportOutcome(stored, problems.Reported, problems.RejectedRows);
    }

    /// <summary>Passes the good rows on and keeps the problems of the bad ones, counting both.</summary>
    private sealed class ProblemLog(int cap, IProgress<ImportProgress>? progress)
    {
        private readonly List<RowProblem> _reported = [];

        public IReadOnlyList<RowProblem> Reported => _reported;
        public long RowsRead { get; private set; }
        public long RejectedRows { get; private set; }

        public IEnumerable<T> GoodRows<T>(IEnumerable<MappedRow<T>> rows)
            where T : class
        {
            foreach (var row in rows)
            {
                RowsRead++;
                if ((RowsRead & 0xFFFF) == 0)
                {
                    progress?.Report(new ImportProgress(RowsRead, null));
                }

                if (row.IsValid)
                {
                    yield return row.Fact!;
                    continue;
                }

                RejectedRows++;
                foreach (var problem in row.Problems)
                {
                    if (_reported.Count < cap)
                    {
                        _reported.Add(problem);
                    }
                }
            }
        }
    }
}
