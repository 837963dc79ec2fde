namespace Sailplan.Data.Ingest;

/// <summary>
/// The organisation's calendar day of an instant. Converting every row through the time zone rules is
/// the costliest step of staging, so offsets are remembered per UTC hour; an hour in which the offset
/// changes (a daylight-saving switch) is converted row by row.
/// </summary>
internal sealed class LocalDays(TimeZoneInfo zone)
{
    private readonly Dictionary<long, TimeSpan?> _offsetByHour = [];

    public static LocalDays For(string timeZone) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZone));

    public DateOnly Of(DateTimeOffset at)
    {
        var utcTicks = at.UtcTicks;
        var hour = utcTicks / TimeSpan.TicksPerHour;
        if (!_offsetByHour.TryGetValue(hour, out var offset))
        {
            var start = new DateTimeOffset(hour * TimeSpan.TicksPerHour, TimeSpan.Zero);
            var first = zone.GetUtcOffset(start);
            offset = first == zone.GetUtcOffset(start.AddTicks(TimeSpan.TicksPerHour - 1)) ? first : null;
            _offsetByHour[hour] = offset;
        }

        return DateOnly.FromDateTime(new DateTime(utcTicks + (offset ?? zone.GetUtcOffset(at)).Ticks, DateTimeKind.Unspecified));
    }
}
