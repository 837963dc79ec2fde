using System.Globalization;
using System.Text;

namespace Sailplan.Bench;

/// <summary>
/// Writes a contact export for the benchmarks: 50 teams, 4 channels, 5 queues, spread evenly over 24 months,
/// deterministic by row number (no shared random state, so any row can be regenerated). The columns are
/// Sailplan's own field names, read by the "sailplan" profile.
/// </summary>
internal static class BenchContacts
{
    public const int Teams = 50;
    public const int Months = 24;
    public static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Channels = ["phone", "chat", "email", "social"];
    private static readonly string[] Queues = ["billing", "moving", "meter-reading", "outage", "tariff-change"];

    public const string Header =
        "externalId,startedAt,channel,queue,unit,agent,customerId,talkSeconds,holdSeconds,wrapSeconds,waitSeconds,outcome,transferred,resolved,reason";

    public static void WriteCsv(string path, long rows, IProgress<long>? progress = null)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(Header);
        var span = (Start.AddMonths(Months) - Start).TotalSeconds;
        var line = new StringBuilder(160);
        for (long i = 0; i < rows; i++)
        {
            var h = Mix((ulong)i);
            var started = Start.AddSeconds(Math.Floor(i * (span / rows)));
            var team = (int)(h % Teams);
            var abandoned = (h >> 8) % 100 < 6;
            var wait = (int)((h >> 16) % 120);
            var talk = abandoned ? 0 : 60 + (int)((h >> 24) % 600);
            var hold = abandoned ? 0 : (int)((h >> 34) % 60);
            var wrap = abandoned ? 0 : 10 + (int)((h >> 40) % 90);
            line.Clear()
                .Append('B').Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(started.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append(Channels[(int)((h >> 46) % 4)]).Append(',')
                .Append(Queues[(int)((h >> 50) % 5)]).Append(',')
                .Append("Team ").Append((team + 1).ToString("00", CultureInfo.InvariantCulture)).Append(',')
                .Append('A').Append((h % 2000).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append('C').Append(Customer(i, h).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(talk.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(hold.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(wrap.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(wait.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(abandoned ? "abandoned" : "answered").Append(',')
                .Append((h >> 55) % 10 == 0 ? "yes" : "no").Append(',')
                .Append(abandoned ? "" : (h >> 58) % 4 == 0 ? "no" : "yes").Append(',')
                .Append("reason-").Append(((h >> 60) % 8).ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(line);
            if ((i & 0xFFFFF) == 0)
            {
                progress?.Report(i);
            }
        }
    }

    /// <summary>One contact in five comes from the customer of a contact shortly before it: the repeat contacts.</summary>
    private static long Customer(long row, ulong hash) =>
        (hash >> 3) % 5 == 0 && row > 1000 ? row - 1 - (long)((hash >> 12) % 1000) : row;

    /// <summary>SplitMix64's finaliser: a well-spread hash of the row number.</summary>
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
