using System.Diagnostics;

namespace Sailplan.Bench;

internal static class Program
{
    public static int Main(string[] args)
    {
        var rows = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var dir = Directory.CreateTempSubdirectory("sailplan-bench-").FullName;
        var csv = Path.Combine(dir, "contacts.csv");
        var watch = Stopwatch.StartNew();
        BenchContacts.WriteCsv(csv, rows);
        Console.WriteLine($"wrote {rows:N0} rows ({new FileInfo(csv).Length / 1e6:N0} MB) in {watch.Elapsed.TotalSeconds:N1} s");
        using var duck = new DuckDbReference(Path.Combine(dir, "reference.duckdb"));
        Console.WriteLine($"duckdb load {duck.Load(csv).TotalSeconds:N1} s");
        var (elapsed, count, sum) = duck.Scorecard();
        Console.WriteLine($"duckdb scorecard {elapsed.TotalMilliseconds:N0} ms, {count} rows, offered {sum:N0}");
        return 0;
    }
}
