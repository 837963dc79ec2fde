using Sailplan.Core.Facts;

namespace Sailplan.Core.Ingest;

/// <summary>
/// One profile field resolved against a header: where its text comes from (a column index or a constant), the value
/// map, and the readers for its type. Each Read* returns null for an empty value and adds a problem when the text is
/// invalid, or empty while the field is required. Not thread-safe (the text pool): one mapper per file.
/// </summary>
internal sealed class BoundField
{
    private const int PoolLimit = 4096;

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>? map;
    private readonly string? mapWildcard;
    private readonly string? mapEmpty;
    private readonly Dictionary<string, string>? pool;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolLookup;

    public BoundField(FactField field, int column, string? columnName, string? constant, Dictionary<string, string>? valueMap, bool pooled)
    {
        Field = field;
        Column = column;
        ColumnName = columnName;
        Constant = constant?.Trim();
        if (valueMap is { Count: > 0 })
        {
            var entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (from, to) in valueMap)
            {
                var key = from.Trim();
                if (key == "*")
                {
                    mapWildcard = to.Trim();
                }
                else if (key.Length == 0)
                {
                    mapEmpty = to.Trim();
                }
                else
                {
                    entries[key] = to.Trim();
                }
            }

            map = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (pooled)
        {
            pool = new Dictionary<string, string>(StringComparer.Ordinal);
            poolLookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }

    public FactField Field { get; }

    public int Column { get; }

    public string? ColumnName { get; }

    public string? Constant { get; }

    /// <summary>The trimmed text after the value map; false when the row is too short to hold the column.</summary>
    private bool TryGetText(ISourceRow row, out ReadOnlySpan<char> text)
    {
        if (Constant is not null)
        {
            text = Constant;
        }
        else if (Column < row.FieldCount)
        {
            text = row.Field(Column).Trim();
        }
        else
        {
            text = default;
            return false;
        }

        if (map is { } lookup)
        {
            if (text.IsEmpty)
            {
                if (mapEmpty is not null)
                {
                    text = mapEmpty;
                }
            }
            else if (lookup.TryGetValue(text, out var mapped))
            {
                text = mapped;
            }
            else if (mapWildcard is not null)
            {
                text = mapWildcard;
            }
        }

        return true;
    }

    private bool TryGetValue(ISourceRow row, long line, ref List<RowProblem>? problems, out ReadOnlySpan<char> text)
    {
        if (!TryGetText(row, out text))
        {
            Add(ref problems, line, "", $"the row has only {row.FieldCount} fields, so it has no column {Column + 1} (\"{ColumnName}\").");
            return false;
        }

        if (text.IsEmpty)
        {
            if (Field.Required)
            {
                Add(ref problems, line, "", $"{Field.Name} is required but is empty.");
            }

            return false;
        }

        return true;
    }

    public string? ReadText(ISourceRow row, long line, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        if (text.Length > Field.MaxLength)
        {
            Add(ref problems, line, Raw(row), $"{Field.Name} must be at most {Field.MaxLength} characters (it has {text.Length}).");
            return null;
        }

        if (pool is null)
        {
            return text.ToString();
        }

        if (poolLookup.TryGetValue(text, out var known))
        {
            return known;
        }

        var made = text.ToString();
        if (pool.Count < PoolLimit)
        {
            pool[made] = made;
        }

        return made;
    }

    public DateTimeOffset? ReadTime(ISourceRow row, long line, TimeReader times, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        if (times.TryRead(text, out var utc))
        {
            return utc;
        }

        Add(ref problems, line, Raw(row), $"{Field.Name} is not a date and time in a known format.");
        return null;
    }

    public int? ReadInteger(ISourceRow row, long line, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        var ok = Field.Type == FieldType.Seconds ? ValueParsers.TrySeconds(text, out var n) : ValueParsers.TryInteger(text, out n);
        if (ok && n >= Field.Min && n <= Field.Max)
        {
            return n;
        }

        Add(ref problems, line, Raw(row), ok
            ? $"{Field.Name} must be {Field.RangeText} (it is {n})."
            : $"{Field.Name} must be {Field.RangeText}.");
        return null;
    }

    public bool? ReadBoolean(ISourceRow row, long line, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        if (ValueParsers.TryBoolean(text, out var value))
        {
            return value;
        }

        Add(ref problems, line, Raw(row), $"{Field.Name} must be {Field.RangeText}.");
        return null;
    }

    public ContactOutcome? ReadOutcome(ISourceRow row, long line, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        if (ValueParsers.TryOutcome(text, out var value))
        {
            return value;
        }

        Add(ref problems, line, Raw(row), $"{Field.Name} must be {Field.RangeText} (add a value map for other words).");
        return null;
    }

    public SurveyType? ReadSurveyType(ISourceRow row, long line, ref List<RowProblem>? problems)
    {
        if (!TryGetValue(row, line, ref problems, out var text))
        {
            return null;
        }

        if (ValueParsers.TrySurveyType(text, out var value))
        {
            return value;
        }

        Add(ref problems, line, Raw(row), $"{Field.Name} must be {Field.RangeText} (add a value map for other words).");
        return null;
    }

    /// <summary>The text as the file has it (before the value map), for the problem report.</summary>
    private string Raw(ISourceRow row) =>
        Constant ?? (Column < row.FieldCount ? row.Field(Column).ToString() : "");

    private void Add(ref List<RowProblem>? problems, long line, string value, string reason) =>
        (problems ??= []).Add(new RowProblem(line, Field.Name, Constant is null ? ColumnName : null, value, reason));
}
