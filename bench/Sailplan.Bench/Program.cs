using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Sailplan.Bench;

/// <summary>
/// The benchmarks of docs/benchmarks.md:
///   ingest    --rows 10M --provider sqlite|postgres   end-to-end CSV import, rows/s and peak memory
///   scorecard --rows 1M,10M,100M --provider postgres  Sailplan's month x team scorecard vs DuckDB's from raw rows
///   all                                             the documented set (each ingest in a process of its own)
///   clean                                           delete the work directory (generated CSVs, SQLite files)
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            Console.Error.WriteLine("usage: ingest|scorecard|all|clean [--rows 1M,10M] [--provider sqlite|postgres] [--postgres \"Host=...\"] [--dir path] [--keep-csv] [--ingest-rows 10M]");
            return 2;
        }

        PrintMachine();
        switch (options.Command)
        {
            case "ingest":
                return await IngestAsync(options);
            case "scorecard":
                return await ScorecardAsync(options);
            case "all":
                return await AllAsync(options);
            case "clean":
                if (Directory.Exists(options.WorkDirectory))
                {
                    Directory.Delete(options.WorkDirectory, recursive: true);
                }

                return 0;
            default:
                Console.Error.WriteLine($"error: unknown command '{options.Command}' (ingest, scorecard, all, clean)");
                return 2;
        }
    }

    /// <summary>One size in this process; several sizes each in a child process, so each peak working set is its own.</summary>
    private static async Task<int> IngestAsync(BenchOptions options)
    {
        if (options.Rows.Count > 1)
        {
            var failed = 0;
            foreach (var rows in options.Rows)
            {
                failed += await IngestInChildAsync(options, options.Provider, rows);
            }

            return failed == 0 ? 0 : 1;
        }

        var size = options.Rows[0];
        var csv = BenchFiles.EnsureCsv(options.WorkDirectory, size);
        try
        {
            await using var database = await BenchDatabase.CreateAsync(options.Provider, options.WorkDirectory, options.PostgresServer);
            Console.WriteLine($"importing into {database.Describe()}");
            IngestBench.Print(await IngestBench.RunAsync(database, options.Provider, csv, size));
            return 0;
        }
        finally
        {
            if (!options.KeepCsv)
            {
                BenchFiles.Delete(csv);
            }
        }
    }

    private static async Task<int> ScorecardAsync(BenchOptions options)
    {
        var figures = new List<ScorecardFigures>();
        foreach (var rows in options.Rows)
        {
            figures.Add(await ScorecardBench.RunAsync(options, rows));
        }

        ScorecardBench.PrintTable(figures, options.Provider);
        return figures.All(f => f.Check.Agrees) ? 0 : 1;
    }

    /// <summary>The documented set: ingest on SQLite then PostgreSQL, then the scorecard on PostgreSQL at every size.</summary>
    private static async Task<int> AllAsync(BenchOptions options)
    {
        var failed = 0;
        foreach (var rows in options.IngestRows)
        {
            var csv = BenchFiles.EnsureCsv(options.WorkDirectory, rows);
            foreach (var provider in new[] { BenchProvider.Sqlite, BenchProvider.Postgres })
            {
                failed += await IngestInChildAsync(options, provider, rows);
            }

            // The scorecard reuses a CSV of the same size; the rest go now, to keep the disk free.
            if (!options.Rows.Contains(rows))
            {
                BenchFiles.Delete(csv);
            }
        }

        var scorecard = await ScorecardAsync(options with { Provider = BenchProvider.Postgres, KeepCsv = false });
        return failed == 0 ? scorecard : 1;
    }

    /// <summary>Runs `ingest --rows n` in a fresh process of this program, its output passing straight through.</summary>
    private static async Task<int> IngestInChildAsync(BenchOptions options, BenchProvider provider, long rows)
    {
        BenchFiles.EnsureCsv(options.WorkDirectory, rows);
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(self), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (var arg in new[]
        {
            "ingest", "--rows", rows.ToString(CultureInfo.InvariantCulture), "--provider", provider.ToString().ToLowerInvariant(),
            "--dir", options.WorkDirectory, "--postgres", options.PostgresServer, "--keep-csv",
        })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SAILPLAN_BENCH_CHILD"] = "1";
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        await child.WaitForExitAsync();
        return child.ExitCode == 0 ? 0 : 1;
    }

    private static void PrintMachine()
    {
        if (Environment.GetEnvironmentVariable("SAILPLAN_BENCH_CHILD") == "1")
        {
            return;
        }

        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        Console.WriteLine($"machine: {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} cores, "
            + $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1073741824.0:N0} GB, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
    }
}
