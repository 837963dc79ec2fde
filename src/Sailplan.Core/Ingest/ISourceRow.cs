namespace Sailplan.Core.Ingest;

/// <summary>
/// One record of a source file as the reader holds it. Fields are spans into the reader's buffer so that mapping a row
/// allocates only the strings the fact keeps; a span is valid until the reader moves to the next record.
/// </summary>
public interface ISourceRow
{
    int FieldCount { get; }

    ReadOnlySpan<char> Field(int index);
}

/// <summary>A row held as strings: JSON Lines records, tests, and callers that already have the values.</summary>
public sealed class StringRow(IReadOnlyList<string?> values) : ISourceRow
{
    public int FieldCount => values.Count;

    public ReadOnlySpan<char> Field(int index) => values[index];
}
