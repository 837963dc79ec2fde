using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sailplan.Core.Ingest;

/// <summary>
/// How one export's columns become facts. Stored per organisation as JSON (<see cref="ToJson"/>/<see cref="FromJson"/>).
/// Keys of <see cref="Columns"/>, <see cref="Constants"/> and <see cref="ValueMaps"/> are field names from
/// <see cref="FieldCatalogue"/> (any case). A value map turns source text into the text the field reads, matched without
/// regard to case after trimming; the key "*" stands for any other non-empty text and "" for an empty value, so a
/// column's presence can carry meaning (an agent name present: answered).
/// </summary>
public sealed record MappingProfile
{
    public required string Name { get; init; }

    public required FactKind Kind { get; init; }

    /// <summary>Stored as each fact's Source (half of its natural key); the profile's name when not set.</summary>
    public string? Source { get; init; }

    /// <summary>Field -> source column name (CSV header text, or a flattened JSON key such as "Agent.Username").</summary>
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>Field -> fixed text for every row, read like a column value (e.g. channel = phone).</summary>
    public Dictionary<string, string> Constants { get; init; } = [];

    /// <summary>Field -> (source text -> text the field reads).</summary>
    public Dictionary<string, Dictionary<string, string>> ValueMaps { get; init; } = [];

    /// <summary>.NET exact formats tried in order; empty: ISO 8601 (date, date and time, with or without an offset).</summary>
    public List<string> DateFormats { get; init; } = [];

    /// <summary>IANA zone for times written without an offset; null: the organisation's zone.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Null: detected from the header line (comma, semicolon, tab or pipe).</summary>
    public char? Delimiter { get; init; }

    /// <summary>A .NET encoding name ("utf-8", "windows-1252", "utf-16"); null: detected.</summary>
    public string? Encoding { get; init; }

    /// <summary>Null: chosen by the file's extension.</summary>
    public FileFormat? Format { get; init; }

    /// <summary>Records under the header that are not data (Qualtrics writes two: question texts and import ids).</summary>
    public int SkipRowsAfterHeader { get; init; }

    [JsonIgnore]
    public string SourceName => string.IsNullOrWhiteSpace(Source) ? Name.Trim() : Source.Trim();

    /// <summary>Checks the profile on its own (no file); throws <see cref="DomainException"/> naming the bad field.</summary>
    public void Validate() => ProfileRules.Validate(this);

    /// <summary>
    /// Resolves the columns against a file's header once. Throws <see cref="DomainException"/> when the profile is invalid or
    /// a mapped column is not in the header (naming it and listing the header). <paramref name="organizationTimeZone"/> is
    /// the IANA zone used when the profile sets none.
    /// </summary>
    public FactMapper<T> Bind<T>(IReadOnlyList<string> header, string organizationTimeZone)
        where T : class
    {
        Validate();
        var bound = FieldBinding.Bind(this, header, organizationTimeZone);
        object mapper = Kind switch
        {
            FactKind.Contacts when typeof(T) == typeof(Facts.Contact) => new ContactMapper(bound),
            FactKind.Surveys when typeof(T) == typeof(Facts.SurveyResponse) => new SurveyMapper(bound),
            _ => throw new DomainException("kind", $"The profile \"{Name}\" maps {Kind.ToString().ToLowerInvariant()}, not {typeof(T).Name}."),
        };
        return (FactMapper<T>)mapper;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The same JSON laid out for people to read and edit.</summary>
    public string ToIndentedJson() => JsonSerializer.Serialize(this, IndentedJsonOptions);

    /// <summary>Reads a profile written by <see cref="ToJson"/> or by hand; JSON it cannot read is refused naming the place.</summary>
    public static MappingProfile FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MappingProfile>(json, JsonOptions)
                ?? throw new DomainException("definition", "The profile JSON is empty.");
        }
        catch (JsonException e)
        {
            throw new DomainException("definition", $"The profile is not valid: {e.Message}");
        }
    }

    // Stored JSON is owned here so the shape does not depend on the web's serializer settings.
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    private static readonly JsonSerializerOptions IndentedJsonOptions = new(JsonOptions) { WriteIndented = true };
}
