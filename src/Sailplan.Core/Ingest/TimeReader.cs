using System.Globalization;

namespace Sailplan.Core.Ingest;

/// <summary>
/// Reads times as UTC. Text with an offset ("Z", "+02:00") is exact. Text without one is local to <see cref="Zone"/>:
/// a local time that the clocks skipped (the spring-forward gap) is read with the offset in force just before the gap,
/// so 02:30 on a night that jumps from 02:00 to 03:00 is the instant the clock would have shown 02:30 had it not
/// jumped (= 03:30 new time); a local time that occurs twice (the fall-back hour) is read as its first occurrence (the
/// daylight-saving offset). Neither can be decided from the text, and rejecting them would drop real contacts.
/// </summary>
public sealed class TimeReader
{
    // ISO 8601 forms: with an offset or 'Z', and without one (local). 'F' fractions make ".123" optional.
    private static readonly string[] IsoWithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mmzzz",
    ];

    private static readonly string[] IsoLocal =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    private readonly string[] withOffset;
    private readonly string[] local;
    private readonly bool iso;
    private readonly bool zoneIsUtc;

    // The last local hour found free of transitions, and its offset: exports are mostly in time order.
    private long cachedHour = long.MinValue;
    private TimeSpan cachedOffset;

    public TimeReader(IReadOnlyList<string> formats, TimeZoneInfo zone)
    {
        Zone = zone;
        zoneIsUtc = zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime;
        if (formats.Count == 0)
        {
            iso = true;
            withOffset = IsoWithOffset;
            local = IsoLocal;
        }
        else
        {
            withOffset = formats.Where(HasOffset).ToArray();
            local = formats.Where(f => !HasOffset(f)).ToArray();
        }
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>A format carries an offset when it has the 'z' specifier outside quotes.</summary>
    public static bool HasOffset(string format)
    {
        var quoted = false;
        foreach (var c in format)
        {
            if (c is '\'' or '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == 'z')
            {
                return true;
            }
        }

        return false;
    }

    public bool TryRead(ReadOnlySpan<char> text, out DateTimeOffset utc)
    {
        if (iso && IsoTime.TryParse(text, out var isoWall, out var isoOffset))
        {
            utc = isoOffset is { } known
                ? new DateTimeOffset(isoWall, known).ToUniversalTime()
                : FromLocal(isoWall);
            return true;
        }

        if (withOffset.Length > 0
            && DateTimeOffset.TryParseExact(text, withOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact))
        {
            utc = exact.ToUniversalTime();
            return true;
        }

        if (local.Length > 0
            && DateTime.TryParseExact(text, local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            utc = FromLocal(DateTime.SpecifyKind(wall, DateTimeKind.Unspecified));
            return true;
        }

        utc = default;
        return false;
    }

    public DateTimeOffset FromLocal(DateTime wall)
    {
        if (zoneIsUtc)
        {
            return new DateTimeOffset(wall, TimeSpan.Zero);
        }

        var hour = wall.Ticks / TimeSpan.TicksPerHour;
        if (hour != cachedHour)
        {
            var start = new DateTime(hour * TimeSpan.TicksPerHour, DateTimeKind.Unspecified);
            var end = start.AddHours(1).AddTicks(-1);
            if (IsPlain(start) && IsPlain(end) && Zone.GetUtcOffset(start) == Zone.GetUtcOffset(end))
            {
                cachedHour = hour;
                cachedOffset = Zone.GetUtcOffset(start);
            }
            else
            {
                return new DateTimeOffset(wall, OffsetAround(wall)).ToUniversalTime();
            }
        }

        return new DateTimeOffset(wall, cachedOffset).ToUniversalTime();
    }

    private bool IsPlain(DateTime wall) => !Zone.IsAmbiguousTime(wall) && !Zone.IsInvalidTime(wall);

    private TimeSpan OffsetAround(DateTime wall)
    {
        if (Zone.IsAmbiguousTime(wall))
        {
            // The larger offset gives the earlier instant: the first time the wall clock showed this.
            return Zone.GetAmbiguousTimeOffsets(wall).Max();
        }

        if (Zone.IsInvalidTime(wall))
        {
            // Gaps last at most a couple of hours and never follow each other within a day.
            return Zone.GetUtcOffset(wall.AddHours(-3));
        }

        return Zone.GetUtcOffset(wall);
    }
}
