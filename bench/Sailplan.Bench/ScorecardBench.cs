using System.Diagnostics;
using Sailplan.Data;

namespace Sailplan.Bench;

/// <summary>What the scorecard benchmark measured at one size.</summary>
internal sealed record ScorecardFigures(long Rows, IngestFigures Ingest, TimeSpan Sailplan, TimeSpan SailplanReading, TimeSpan SailplanFirst, TimeSpan DuckLoad,
    TimeSpan Duck, int Cells, ScorecardCheck Check)
{
    public double Ratio => Sailplan.TotalMilliseconds / Duck.TotalMilliseconds;
}

/// <summary>
/// The 24-month x 50-team scorecard at one size: the contacts are ingested into a fresh database, then Sailplan's
/// scorecard (rollups + KPI engine) is timed warm (median of 5 after 5 warm-ups) and DuckDB's from the raw rows
/// (its CSV load timed apart; the query's median of 3), and the two are checked against each other.
/// </summary>
internal static class ScorecardBench
{
    public const int SailplanRuns = 5;

    /// <summary>
    /// Runs before the timed ones. With one, the first size in a process came out slower than the next (227 ms at 1M,
    /// then 101 ms at 10M): .NET compiles hot methods again, optimised, after about 30 calls and in the background,
    /// so the first runs use partly unoptimised code.
    /// </summary>
    public const int WarmUpRuns = 5;
    public const int DuckRuns = 3;

    public static async Task<ScorecardFigures> RunAsync(BenchOptions options, long rows)
    {
        Console.WriteLine($"--- scorecard at {rows:N0} contacts ({options.Provider})");
        var csv = BenchFiles.EnsureCsv(options.WorkDirectory, rows);
        await using var database = await BenchDatabase.CreateAsync(options.Provider, options.WorkDirectory, options.PostgresServer);
        var ingest = await IngestBench.RunAsync(database, options.Provider, csv, rows);
        Console.WriteLine($"  ingest {ingest.Elapsed.TotalSeconds:N1} s ({ingest.RowsPerSecond:N0} rows/s)");
        Console.WriteLine($"  vacuum and analyse {(await database.VacuumAsync()).TotalSeconds:N1} s (before timing, so autovacuum does not run alongside)");

        IReadOnlyList<SailplanCell> sailplanCells = [];
        var sailplanTimes = new List<TimeSpan>();
        var readingTimes = new List<TimeSpan>();
        await using (var db = Database.Open(database.Location, "bench"))
        {
            for (var run = 0; run < WarmUpRuns + SailplanRuns; run++)
            {
                var watch = Stopwatch.StartNew();
                var answer = await SailplanScorecard.RunAsync(db, database.OrganizationId);
                sailplanTimes.Add(watch.Elapsed);
                readingTimes.Add(answer.Reading);
                sailplanCells = answer.Cells;
            }
        }

        var duckFile = Path.Combine(options.WorkDirectory, $"reference-{rows}.duckdb");
        TimeSpan duckLoad;
        IReadOnlyList<DuckCell> duckCells = [];
        var duckTimes = new List<TimeSpan>();
        try
        {
            using var duck = new DuckDbReference(duckFile);
            duckLoad = duck.Load(csv);
            for (var run = 0; run < DuckRuns; run++)
            {
                var (elapsed, cells) = duck.Scorecard();
                duckTimes.Add(elapsed);
                duckCells = cells;
            }
        }
        finally
        {
            BenchFiles.Delete(duckFile);
            BenchFiles.Delete(duckFile + ".wal");
        }

        var figures = new ScorecardFigures(rows, ingest, Median(sailplanTimes.Skip(WarmUpRuns)), Median(readingTimes.Skip(WarmUpRuns)), sailplanTimes[0], duckLoad, Median(duckTimes),
            sailplanCells.Count, ScorecardCheck.Compare(sailplanCells, duckCells));
        Console.WriteLine($"  Sailplan scorecard {figures.Sailplan.TotalMilliseconds,10:N1} ms  (median of {SailplanRuns} warm, of which reading rollups {figures.SailplanReading.TotalMilliseconds:N1} ms; first {figures.SailplanFirst.TotalMilliseconds:N1} ms; {figures.Cells} cells)");
        Console.WriteLine($"  DuckDB scorecard   {figures.Duck.TotalMilliseconds,10:N1} ms  (median of {DuckRuns}; runs {string.Join(", ", duckTimes.Select(t => t.TotalMilliseconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} ms; load {duckLoad.TotalSeconds:N1} s)");
        Console.WriteLine($"  ratio Sailplan/DuckDB {figures.Ratio:P2}  (aim at 100M: under 1%)");
        figures.Check.Print();
        if (!options.KeepCsv)
        {
            BenchFiles.Delete(csv);
        }

        return figures;
    }

    public static void PrintTable(IReadOnlyList<ScorecardFigures> all, BenchProvider provider)
    {
        Console.WriteLine();
        Console.WriteLine($"Scorecard, 24 months x 50 teams, Sailplan on {provider} vs DuckDB from raw rows");
        Console.WriteLine($"{"contacts",13} | {"ingest s",9} | {"rows/s",9} | {"Sailplan ms",11} | {"DuckDB load s",13} | {"DuckDB ms",10} | {"ratio",8} | check");
        foreach (var f in all)
        {
            Console.WriteLine($"{f.Rows,13:N0} | {f.Ingest.Elapsed.TotalSeconds,9:N1} | {f.Ingest.RowsPerSecond,9:N0} | {f.Sailplan.TotalMilliseconds,11:N1} | "
                + $"{f.DuckLoad.TotalSeconds,13:N1} | {f.Duck.TotalMilliseconds,10:N0} | {f.Ratio,8:P2} | {(f.Check.Agrees ? "agree" : "DISAGREE")}");
        }

        foreach (var f in all)
        {
            Console.WriteLine($"RESULT scorecard provider={provider.ToString().ToLowerInvariant()} rows={f.Rows} sailplan_ms={f.Sailplan.TotalMilliseconds:F1} "
                + $"duckdb_ms={f.Duck.TotalMilliseconds:F1} duckdb_load_s={f.DuckLoad.TotalSeconds:F1} ratio={f.Ratio:F4} agree={f.Check.Agrees}");
        }

        if (all.Count > 1)
        {
            var smallest = all.MinBy(f => f.Rows)!;
            var largest = all.MaxBy(f => f.Rows)!;
            Console.WriteLine($"Sailplan at {largest.Rows:N0} vs {smallest.Rows:N0}: {largest.Sailplan / smallest.Sailplan:N2}x the time (aim: no slower)");
        }
    }

    private static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
