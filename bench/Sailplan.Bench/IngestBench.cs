using System.Diagnostics;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data;
using Sailplan.Data.Ingest;

namespace Sailplan.Bench;

/// <summary>What one end-to-end import measured.</summary>
internal sealed record IngestFigures(BenchProvider Provider, long Rows, long FileBytes, long Added, TimeSpan Elapsed,
    IReadOnlyList<(string Step, TimeSpan At)> Steps, long DatabaseBytes, MemoryFigures Memory)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}

/// <summary>
/// The ingest benchmark: one CSV of contacts imported by <see cref="FileImport"/> into a fresh database, end to
/// end (parse, stage, store, repeat flags, rollups, history), as the CLI and the web app import.
/// </summary>
internal static class IngestBench
{
    public static async Task<IngestFigures> RunAsync(BenchDatabase database, BenchProvider provider, string csv, long rows)
    {
        var steps = new StepClock();
        var memory = new MemoryWatch();
        var watch = Stopwatch.StartNew();
        ImportOutcome outcome;
        await using (var db = Database.Open(database.Location, "bench"))
        await using (var file = new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            var request = new ImportRequest(database.OrganizationId, FactKind.Contacts, Path.GetFileName(csv), BuiltInProfiles.SailplanContacts, "bench");
            outcome = await FileImport.RunAsync(db, request, file, steps.Start(watch));
        }

        var elapsed = watch.Elapsed;
        var figures = memory.Stop();
        if (!outcome.Stored || outcome.Record.Added != rows)
        {
            throw new InvalidOperationException($"The import stored {outcome.Record.Added:N0} of {rows:N0} rows ({outcome.Record.Status}: {outcome.Record.Message}); "
                + string.Join("; ", outcome.Problems.Take(3)));
        }

        return new IngestFigures(provider, rows, new FileInfo(csv).Length, outcome.Record.Added, elapsed, steps.Seen,
            await database.SizeAsync(), figures);
    }

    public static void Print(IngestFigures f)
    {
        Console.WriteLine($"ingest {f.Provider}: {f.Rows:N0} rows, {MemoryFigures.Mb(f.FileBytes)} CSV");
        Console.WriteLine($"  elapsed          {f.Elapsed.TotalSeconds,10:N1} s");
        Console.WriteLine($"  rows/s           {f.RowsPerSecond,10:N0}   (aim: {(f.Provider == BenchProvider.Postgres ? "1,000,000" : "500,000")})");
        foreach (var (step, at) in f.Steps)
        {
            Console.WriteLine($"  {step,-18} from {at.TotalSeconds,8:N1} s");
        }

        Console.WriteLine($"  peak working set {MemoryFigures.Mb(f.Memory.PeakWorkingSet),10}   (whole process)");
        Console.WriteLine($"  peak GC heap     {MemoryFigures.Mb(f.Memory.PeakManagedHeap),10}   (sampled every 50 ms)");
        Console.WriteLine($"  allocated        {MemoryFigures.Mb(f.Memory.Allocated),10}   ({f.Memory.Allocated / (double)f.Rows:N0} bytes/row, {f.Memory.Gen2Collections} gen2 GCs)");
        Console.WriteLine($"  database size    {MemoryFigures.Mb(f.DatabaseBytes),10}");
        // One line a script can grep, with every figure.
        Console.WriteLine($"RESULT ingest provider={f.Provider.ToString().ToLowerInvariant()} rows={f.Rows} seconds={f.Elapsed.TotalSeconds:F2} "
            + $"rows_per_s={f.RowsPerSecond:F0} peak_ws_mb={f.Memory.PeakWorkingSet / 1048576} peak_heap_mb={f.Memory.PeakManagedHeap / 1048576} "
            + $"alloc_mb={f.Memory.Allocated / 1048576} db_mb={f.DatabaseBytes / 1048576}");
    }

    /// <summary>When each import step began, reported synchronously (Progress&lt;T&gt; would post to the thread pool and blur the times).</summary>
    private sealed class StepClock
    {
        private readonly List<(string, TimeSpan)> _seen = [];
        private Stopwatch _watch = new();

        public IReadOnlyList<(string Step, TimeSpan At)> Seen { get { lock (_seen) { return [.. _seen]; } } }

        public IProgress<ImportProgress> Start(Stopwatch watch)
        {
            _watch = watch;
            Mark("reading");
            return new Reporter(this);
        }

        private void Mark(string step)
        {
            lock (_seen)
            {
                if (_seen.Count == 0 || _seen[^1].Item1 != step)
                {
                    _seen.Add((step, _watch.Elapsed));
                }
            }
        }

        private sealed class Reporter(StepClock clock) : IProgress<ImportProgress>
        {
            public void Report(ImportProgress value)
            {
                if (value.Step is { } step)
                {
                    clock.Mark(step.ToString());
                }
            }
        }
    }
}
