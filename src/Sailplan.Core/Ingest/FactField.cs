namespace Sailplan.Core.Ingest;

public enum FieldType
{
    /// <summary>Trimmed text; empty means "not given".</summary>
    Text,

    /// <summary>A point in time: with an offset, or local to the profile's (or organisation's) time zone.</summary>
    Time,

    /// <summary>A whole number within [Min, Max]: survey scores.</summary>
    WholeNumber,

    /// <summary>A duration in whole seconds within [Min, Max]: "95", "95.4" (rounded), "1:35" or "0:01:35".</summary>
    Seconds,

    /// <summary>yes/no, true/false, 1/0, y/n (any case).</summary>
    Boolean,

    /// <summary>answered or abandoned (any case); other words need a value map.</summary>
    Outcome,

    /// <summary>relationship or transactional (any case); other words need a value map.</summary>
    SurveyType,
}

/// <summary>
/// A target field of a fact as users name it in a mapping profile. <see cref="MaxLength"/> applies to text, <see cref="Min"/>
/// and <see cref="Max"/> to numbers (both inclusive).
/// </summary>
public sealed record FactField(string Name, FieldType Type, bool Required, string Description, int Min = 0, int Max = 0, int MaxLength = 200)
{
    public string RangeText => Type switch
    {
        FieldType.WholeNumber => $"a whole number from {Min} to {Max}",
        FieldType.Seconds => $"seconds from {Min} to {Max}",
        FieldType.Boolean => "yes/no, true/false, 1/0 or y/n",
        FieldType.Outcome => "answered or abandoned",
        FieldType.SurveyType => "relationship or transactional",
        FieldType.Time => "a date and time",
        _ => $"text of at most {MaxLength} characters",
    };
}
