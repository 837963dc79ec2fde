using System.Globalization;

namespace Sailplan.Bench;

public enum BenchProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The command line: a command, then --rows a,b,c (sizes; 10M and 100k are read), --provider sqlite|postgres,
/// --postgres "Host=...;Username=...;Password=..." (the server; a database is created on it per run), --dir (CSV and
/// SQLite files), --keep-csv, and for `all` --ingest-rows. Without --rows, `all` runs the documented set.
/// </summary>
internal sealed record BenchOptions(string Command, IReadOnlyList<long> Rows, IReadOnlyList<long> IngestRows, BenchProvider Provider,
    string PostgresServer, string WorkDirectory, bool KeepCsv)
{
    /// <summary>The local server the team's machines run; a database of its own is created per run and dropped after.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=sailplan;Password=sailplan";

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0)
        {
            throw new ArgumentException("Give a command: ingest, scorecard, all or clean.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{args[i]}' is not an option (options start with --).");
            }

            if (args[i] == "--keep-csv")
            {
                flags.Add(args[i]);
            }
            else if (i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }
        }

        var all = args[0] == "all";
        var rows = values.TryGetValue("--rows", out var rowText)
            ? rowText.Split(',').Select(ParseCount).ToList()
            : all ? [1_000_000L, 10_000_000L, 100_000_000L] : [1_000_000L];
        var ingestRows = values.TryGetValue("--ingest-rows", out var ingestText)
            ? ingestText.Split(',').Select(ParseCount).ToList()
            : [10_000_000L];
        var provider = values.TryGetValue("--provider", out var providerText)
            ? Enum.Parse<BenchProvider>(providerText, ignoreCase: true)
            : BenchProvider.Postgres;
        var directory = values.TryGetValue("--dir", out var dir) ? dir : Path.Combine(Path.GetTempPath(), "sailplan-bench");
        return new BenchOptions(args[0], rows, ingestRows, provider, values.GetValueOrDefault("--postgres", DefaultPostgres), directory,
            flags.Contains("--keep-csv"));
    }

    /// <summary>10000000, 10_000_000, 10M, 1m and 100k all read as counts.</summary>
    private static long ParseCount(string text)
    {
        var t = text.Trim().Replace("_", "", StringComparison.Ordinal);
        var scale = t.EndsWith('M') || t.EndsWith('m') ? 1_000_000L : t.EndsWith('k') || t.EndsWith('K') ? 1_000L : 1L;
        return long.Parse(scale == 1 ? t : t[..^1], NumberStyles.None, CultureInfo.InvariantCulture) * scale;
    }
}
