using System.Diagnostics;
using System.Globalization;

namespace Sailplan.Bench;

/// <summary>
/// The generated CSVs, one per size in the work directory, written once and shared by the processes of a run
/// (written to a .part file and renamed, so an interrupted write is never taken for a whole file).
/// </summary>
internal static class BenchFiles
{
    public static string Csv(string directory, long rows) =>
        Path.Combine(directory, $"contacts-{rows.ToString(CultureInfo.InvariantCulture)}.csv");

    public static string EnsureCsv(string directory, long rows)
    {
        Directory.CreateDirectory(directory);
        var path = Csv(directory, rows);
        if (File.Exists(path))
        {
            return path;
        }

        var watch = Stopwatch.StartNew();
        var part = path + ".part";
        BenchContacts.WriteCsv(part, rows);
        File.Move(part, path, overwrite: true);
        Console.WriteLine($"wrote {rows:N0} contacts to {path} ({MemoryFigures.Mb(new FileInfo(path).Length)}) in {watch.Elapsed.TotalSeconds:N1} s");
        return path;
    }

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
