namespace Sailplan.Core.Ingest;

/// <summary>The rules a mapping profile must keep before it is saved or bound; each failure names the field.</summary>
internal static class ProfileRules
{
    public static void Validate(MappingProfile profile)
    {
        Require.Text(profile.Name, "name", 100);
        Require.Defined(profile.Kind, "kind");
        Require.OptionalText(profile.Source, "source", 100);
        if (profile.Format is { } fileFormat)
        {
            Require.Defined(fileFormat, "format");
        }

        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, column) in profile.Columns)
        {
            var field = Known(profile, key, "columns");
            if (!mapped.Add(field.Name))
            {
                throw new DomainException($"columns.{field.Name}", $"{field.Name} is mapped twice.");
            }

            Require.Text(column, $"columns.{field.Name}", 500);
        }

        foreach (var (key, value) in profile.Constants)
        {
            var field = Known(profile, key, "constants");
            if (!mapped.Add(field.Name))
            {
                throw new DomainException($"constants.{field.Name}", $"{field.Name} has both a column and a constant (or two constants).");
            }

            if (value is null)
            {
                throw new DomainException($"constants.{field.Name}", $"The constant for {field.Name} has no value.");
            }
        }

        foreach (var field in FieldCatalogue.For(profile.Kind))
        {
            if (field.Required && !mapped.Contains(field.Name))
            {
                throw new DomainException($"columns.{field.Name}", $"{field.Name} is required: map it to a column or give it a constant.");
            }
        }

        foreach (var (key, map) in profile.ValueMaps)
        {
            var field = Known(profile, key, "valueMaps");
            if (!mapped.Contains(field.Name))
            {
                throw new DomainException($"valueMaps.{field.Name}", $"There is a value map for {field.Name}, but no column or constant.");
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (from, to) in map ?? [])
            {
                if (to is null || !seen.Add(from.Trim()))
                {
                    throw new DomainException($"valueMaps.{field.Name}", $"The value map for {field.Name} has \"{from}\" twice or without a value.");
                }
            }
        }

        for (var i = 0; i < profile.DateFormats.Count; i++)
        {
            var format = profile.DateFormats[i];
            if (string.IsNullOrWhiteSpace(format))
            {
                throw new DomainException($"dateFormats[{i}]", "A date format is empty.");
            }

            // 'K' reads a missing offset as the machine's zone: ambiguous, so offsets are written with 'zzz' instead.
            if (format.Contains('K', StringComparison.Ordinal) && !format.Contains("'K'", StringComparison.Ordinal))
            {
                throw new DomainException($"dateFormats[{i}]", "Use 'zzz' for an offset, not 'K'; list the format again without 'zzz' for times without one.");
            }
        }

        if (profile.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new DomainException("timeZone", $"\"{zone}\" is not a known IANA time zone.");
        }

        if (profile.Delimiter is { } delimiter && (delimiter is '"' or '\r' or '\n' || char.IsLetterOrDigit(delimiter)))
        {
            throw new DomainException("delimiter", $"'{delimiter}' cannot separate fields.");
        }

        if (profile.Encoding is { } encoding && string.IsNullOrWhiteSpace(encoding))
        {
            throw new DomainException("encoding", "The encoding name is empty (leave it out to detect it).");
        }

        if (profile.SkipRowsAfterHeader is < 0 or > 100)
        {
            throw new DomainException("skipRowsAfterHeader", "Skip between 0 and 100 rows after the header.");
        }
    }

    private static FactField Known(MappingProfile profile, string key, string section)
    {
        var field = FieldCatalogue.Find(profile.Kind, key);
        if (field is not null)
        {
            return field;
        }

        var names = string.Join(", ", FieldCatalogue.For(profile.Kind).Select(f => f.Name));
        var drivers = profile.Kind == FactKind.Surveys ? $", or {FieldCatalogue.DriverPrefix}<driver name>" : "";
        throw new DomainException($"{section}.{key}", $"\"{key}\" is not a {profile.Kind.ToString().ToLowerInvariant()} field; the fields are {names}{drivers}.");
    }
}
