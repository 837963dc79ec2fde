using System.Text;
using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// An open import file: what was detected, the header, and its rows mapped by a profile. <see cref="Rows"/> streams the
/// file once (memory stays flat whatever its size) and can be enumerated only once. Disposing closes the reader, not
/// the caller's stream.
/// </summary>
public sealed class FactFile<T> : IDisposable
    where T : class
{
    private readonly IDisposable reader;
    private readonly Func<IEnumerable<MappedRow<T>>> rows;
    private bool enumerated;

    internal FactFile(FileFormat format, Encoding encoding, char? delimiter, IReadOnlyList<string> header, IDisposable reader, Func<IEnumerable<MappedRow<T>>> rows)
    {
        Format = format;
        EncodingName = encoding.WebName;
        Delimiter = delimiter;
        Header = header;
        this.reader = reader;
        this.rows = rows;
    }

    public FileFormat Format { get; }

    /// <summary>The encoding used ("utf-8", "utf-16", "utf-16BE", "Windows-1252").</summary>
    public string EncodingName { get; }

    /// <summary>The field delimiter of a CSV file; null for JSON Lines.</summary>
    public char? Delimiter { get; }

    /// <summary>CSV: the header's columns. JSON Lines: the flattened keys of the first record.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The physical line of the last row read (0 before the first): where a failure mid-file happened.</summary>
    public long LastLine { get; internal set; }

    public IEnumerable<MappedRow<T>> Rows
    {
        get
        {
            if (enumerated)
            {
                throw new InvalidOperationException("The rows of an import file can be read only once; open the file again.");
            }

            enumerated = true;
            return rows();
        }
    }

    public void Dispose() => reader.Dispose();
}
