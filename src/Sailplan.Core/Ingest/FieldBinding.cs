namespace Sailplan.Core.Ingest;

/// <summary>A profile resolved against one header: the bound fields by catalogue position, the drivers, the clock.</summary>
internal sealed class FieldBinding
{
    // Low-cardinality text: share one string per distinct value instead of one per row.
    private static readonly HashSet<string> PooledFields = new(StringComparer.Ordinal)
    {
        "channel", "queue", "unit", "agent", "reason",
    };

    private FieldBinding(string source, BoundField?[] fields, BoundField[] drivers, TimeReader times, IReadOnlyList<string> header)
    {
        Source = source;
        Fields = fields;
        Drivers = drivers;
        Times = times;
        Header = header;
    }

    public string Source { get; }

    /// <summary>Aligned with <see cref="FieldCatalogue.For"/>; null where the profile maps nothing.</summary>
    public BoundField?[] Fields { get; }

    public BoundField[] Drivers { get; }

    public TimeReader Times { get; }

    public IReadOnlyList<string> Header { get; }

    public static FieldBinding Bind(MappingProfile profile, IReadOnlyList<string> header, string organizationTimeZone)
    {
        var zoneId = profile.TimeZone ?? organizationTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new DomainException(profile.TimeZone is null ? "organizationTimeZone" : "timeZone", $"\"{zoneId}\" is not a known IANA time zone.");
        }

        var catalogue = FieldCatalogue.For(profile.Kind);
        var fields = new BoundField?[catalogue.Count];
        var drivers = new List<BoundField>();
        var missing = new List<string>();
        string? firstMissingField = null;

        foreach (var (key, column) in profile.Columns)
        {
            var field = FieldCatalogue.Find(profile.Kind, key)!;
            var index = IndexOf(header, column);
            if (index < 0)
            {
                missing.Add($"\"{column}\" (for {field.Name})");
                firstMissingField ??= $"columns.{field.Name}";
                continue;
            }

            Place(field, new BoundField(field, index, header[index], null, MapFor(profile, field), PooledFields.Contains(field.Name)));
        }

        if (missing.Count > 0)
        {
            throw new DomainException(firstMissingField!,
                $"The file has no column {string.Join(", ", missing)}. Its columns are: {string.Join(", ", header.Select(h => $"\"{h}\""))}.");
        }

        foreach (var (key, value) in profile.Constants)
        {
            var field = FieldCatalogue.Find(profile.Kind, key)!;
            Place(field, new BoundField(field, -1, null, value, MapFor(profile, field), false));
        }

        return new FieldBinding(profile.SourceName, fields, drivers.ToArray(), new TimeReader(profile.DateFormats, zone), header);

        void Place(FactField field, BoundField bound)
        {
            if (FieldCatalogue.IsDriver(field.Name))
            {
                drivers.Add(bound);
                return;
            }

            for (var i = 0; i < catalogue.Count; i++)
            {
                if (catalogue[i].Name == field.Name)
                {
                    fields[i] = bound;
                }
            }
        }
    }

    /// <summary>Exact header text first, then ignoring case and surrounding spaces.</summary>
    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].AsSpan().Trim().Equals(column.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static Dictionary<string, string>? MapFor(MappingProfile profile, FactField field)
    {
        foreach (var (key, map) in profile.ValueMaps)
        {
            if (string.Equals(key.Trim(), field.Name, StringComparison.OrdinalIgnoreCase))
            {
                return map;
            }
        }

        return null;
    }
}
