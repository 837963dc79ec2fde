using System.Text;
using System.Text.Json;
using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// Reads JSON Lines (one JSON object per line, UTF-8) into rows whose columns are the keys a profile asks for. Nested
/// objects are flattened with dots ("Agent.Username"); an array, or an object asked for whole, is kept as its JSON text;
/// null and absent keys read as empty. Only the asked-for values are turned into strings. Keys match ignoring case.
/// </summary>
public sealed class JsonLinesRecordReader : IDisposable
{
    private const int MaxLine = 1 << 26;

    private readonly Stream stream;
    private readonly string[] columns;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wanted;
    private readonly string?[] values;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private bool atEnd;
    private long nextLine = 1;
    private char[] path = new char[256];
    private List<string>? keys;
    private bool collectKeys;

    public JsonLinesRecordReader(Stream utf8, IEnumerable<string> wantedColumns)
    {
        stream = utf8;
        columns = wantedColumns.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            index[columns[i]] = i;
        }

        wanted = index.GetAlternateLookup<ReadOnlySpan<char>>();
        values = new string?[columns.Length];
        Row = new StringRow(values);
    }

    /// <summary>The columns of <see cref="Row"/>, in order: the keys asked for.</summary>
    public IReadOnlyList<string> Columns => columns;

    /// <summary>The current record's values, aligned with <see cref="Columns"/>.</summary>
    public ISourceRow Row { get; }

    public long Line { get; private set; }

    /// <summary>Set when the current line is not a JSON object; its values are then all empty.</summary>
    public string? RecordError { get; private set; }

    /// <summary>Every flattened key of the first record, for showing the file's "header". Read it before <see cref="Read"/>.</summary>
    public IReadOnlyList<string> FirstRecordKeys()
    {
        if (keys is not null)
        {
            return keys;
        }

        keys = [];
        var line = NextLine(peek: true, out _);
        if (!line.IsEmpty)
        {
            collectKeys = true;
            try
            {
                Flatten(line);
            }
            catch (JsonException)
            {
                // The first line's error is reported when it is read as a record.
            }
            finally
            {
                collectKeys = false;
                Array.Clear(values);
            }
        }

        return keys;
    }

    public bool Read()
    {
        var line = NextLine(peek: false, out var lineNumber);
        if (line.IsEmpty)
        {
            return false;
        }

        Line = lineNumber;
        Array.Clear(values);
        RecordError = null;
        try
        {
            Flatten(line);
        }
        catch (JsonException e)
        {
            Array.Clear(values);
            RecordError = $"Not a JSON object: {e.Message}";
        }

        return true;
    }

    public void Dispose() => stream.Dispose();

    private void Flatten(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the line does not start with '{'.");
        }

        var collecting = collectKeys;
        Span<int> prefixes = stackalloc int[64];
        var depth = 0;
        var pathLength = 0;
        prefixes[0] = 0;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                {
                    var prefix = prefixes[depth];
                    var nameLength = reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString()!.Length : Encoding.UTF8.GetCharCount(reader.ValueSpan);
                    EnsurePath(prefix + 1 + nameLength);
                    pathLength = prefix;
                    if (prefix > 0)
                    {
                        path[pathLength++] = '.';
                    }

                    pathLength += reader.CopyString(path.AsSpan(pathLength));
                    reader.Read();
                    var key = path.AsSpan(0, pathLength);
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (wanted.TryGetValue(key, out var whole))
                        {
                            var from = (int)reader.TokenStartIndex;
                            reader.Skip();
                            values[whole] = Encoding.UTF8.GetString(line[from..(int)reader.BytesConsumed]);
                            if (collecting)
                            {
                                keys!.Add(key.ToString());
                            }

                            break;
                        }

                        if (++depth >= prefixes.Length)
                        {
                            throw new JsonException("objects are nested more than 63 deep.");
                        }

                        prefixes[depth] = pathLength;
                        break;
                    }

                    if (collecting)
                    {
                        keys!.Add(key.ToString());
                    }

                    if (!wanted.TryGetValue(key, out var column))
                    {
                        reader.Skip();
                        break;
                    }

                    values[column] = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        JsonTokenType.True => "true",
                        JsonTokenType.False => "false",
                        JsonTokenType.Null => null,
                        _ => RawValue(ref reader, line),
                    };
                    break;
                }

                case JsonTokenType.EndObject:
                    depth--;
                    break;
            }
        }

        if (depth != -1)
        {
            throw new JsonException("the object is not closed.");
        }
    }

    private static string RawValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        var from = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(line[from..(int)reader.BytesConsumed]);
    }

    private void EnsurePath(int length)
    {
        if (path.Length < length)
        {
            Array.Resize(ref path, Math.Max(length, path.Length * 2));
        }
    }

    /// <summary>The next line that is not blank, without its line end; empty at the end of the file.</summary>
    private ReadOnlySpan<byte> NextLine(bool peek, out long lineNumber)
    {
        var scan = start;
        var line = nextLine;
        while (true)
        {
            var newline = buffer.AsSpan(scan, end - scan).IndexOf((byte)'\n');
            if (newline < 0 && !atEnd)
            {
                var offset = scan - start;
                FillFromStart();
                scan = start + offset;
                continue;
            }

            var lineEnd = newline < 0 ? end : scan + newline;
            var next = newline < 0 ? end : lineEnd + 1;
            var text = buffer.AsSpan(scan, lineEnd - scan).TrimEnd((byte)'\r');
            if (text.Trim((byte)' ').IsEmpty)
            {
                if (next == end && atEnd)
                {
                    lineNumber = line;
                    return [];
                }

                scan = next;
                line++;
                continue;
            }

            lineNumber = line;
            if (!peek)
            {
                start = next;
                nextLine = line + 1;
            }

            return text;
        }
    }

    private void FillFromStart()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxLine)
            {
                throw new DomainException("file", $"Line {nextLine}: a line is longer than {MaxLine >> 20} MiB.");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            atEnd = true;
        }

        end += read;
    }
}
