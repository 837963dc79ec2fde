namespace Sailplan.Core.Ingest;

/// <summary>
/// Why one value of one row could not be imported. <see cref="Line"/> is the physical line in the file (the header is
/// line 1; a record with a quoted line break starts where its first line is), or the JSON Lines line.
/// <see cref="Field"/> is the profile's field name (camelCase, "driver:Friendliness"), <see cref="Column"/> the source
/// column it came from (null for a constant or a row-level problem), <see cref="Value"/> the text as read.
/// </summary>
public sealed record RowProblem(long Line, string Field, string? Column, string Value, string Reason);

/// <summary>One row after mapping: the fact, or every problem the row has (never both).</summary>
public readonly record struct MappedRow<T>(long Line, T? Fact, IReadOnlyList<RowProblem> Problems)
    where T : class
{
    public bool IsValid => Fact is not null;
}

public static class MappedRow
{
    public static MappedRow<T> Valid<T>(long line, T fact)
        where T : class => new(line, fact, []);

    public static MappedRow<T> Invalid<T>(long line, IReadOnlyList<RowProblem> problems)
        where T : class => new(line, null, problems);
}
