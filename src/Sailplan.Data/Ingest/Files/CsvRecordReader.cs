using System.Buffers;
using System.Text;
using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// Reads delimited text record by record (RFC 4180 quoting: fields in double quotes may hold the delimiter, line breaks
/// and doubled quotes). Fields are spans into one growing buffer, so a row costs no allocation until the mapper keeps a
/// value. Tracks the physical line where each record starts. Blank lines, and lines whose fields are all empty (the
/// ",,," rows spreadsheets leave at the end), are skipped.
/// </summary>
public sealed class CsvRecordReader : ISourceRow, IDisposable
{
    public static readonly char[] CandidateDelimiters = [',', ';', '\t', '|'];

    private const int InitialBuffer = 1 << 16;
    private const int MaxBuffer = 1 << 26; // 64 Mi chars: one record longer than this is an unclosed quote, not data

    private readonly TextReader reader;
    private readonly SearchValues<char> unquotedStops;
    private char[] buffer = new char[InitialBuffer];
    private int recordStart;
    private int end;
    private bool atEnd;
    private long nextLine = 1;

    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private bool[] unescaped = new bool[32];
    private int count;
    private char[] scratch = new char[256];
    private int scratchUsed;

    private CsvRecordReader(TextReader reader, char delimiter)
    {
        this.reader = reader;
        Delimiter = delimiter;
        unquotedStops = SearchValues.Create([delimiter, '\r', '\n']);
    }

    public char Delimiter { get; }

    /// <summary>The physical line (1-based) where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Set when the current record is malformed (text after a closing quote); its fields are still read.</summary>
    public string? RecordError { get; private set; }

    public int FieldCount => count;

    /// <summary>Opens a reader; with no <paramref name="delimiter"/>, the most frequent candidate in the first line wins.</summary>
    public static CsvRecordReader Open(TextReader reader, char? delimiter)
    {
        if (delimiter is { } fixedDelimiter)
        {
            return new CsvRecordReader(reader, fixedDelimiter);
        }

        var probe = new CsvRecordReader(reader, ',');
        var detected = probe.DetectDelimiter();
        var result = new CsvRecordReader(reader, detected)
        {
            buffer = probe.buffer,
            end = probe.end,
            atEnd = probe.atEnd,
        };
        return result;
    }

    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return unescaped[index] ? scratch.AsSpan(starts[index], lengths[index]) : buffer.AsSpan(starts[index], lengths[index]);
    }

    public string[] CurrentValues()
    {
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = Field(i).ToString();
        }

        return values;
    }

    /// <summary>Moves to the next record that is not blank; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            if (recordStart == end && !Fill())
            {
                count = 0;
                return false;
            }

            var next = Parse(out var breaks);
            if (next < 0)
            {
                if (!Fill())
                {
                    next = Parse(out breaks);
                }

                if (next < 0)
                {
                    continue;
                }
            }

            Line = nextLine;
            nextLine += 1 + breaks;
            recordStart = next;
            if (!IsBlank())
            {
                return true;
            }
        }
    }

    public void Dispose() => reader.Dispose();

    private bool IsBlank()
    {
        for (var i = 0; i < count; i++)
        {
            if (lengths[i] != 0)
            {
                return false;
            }
        }

        return RecordError is null;
    }

    /// <summary>
    /// Parses the record at <see cref="recordStart"/>. Returns where the next record starts, or -1 when the buffer ends
    /// before the record does and more text may come. <paramref name="breaks"/> counts line breaks inside quotes.
    /// </summary>
    private int Parse(out int breaks)
    {
        breaks = 0;
        count = 0;
        scratchUsed = 0;
        RecordError = null;
        var span = buffer.AsSpan(0, end);
        var pos = recordStart;

        while (true)
        {
            int stop;
            if (pos < end && span[pos] == '"')
            {
                var p = pos + 1;
                var escaped = false;
                while (true)
                {
                    var idx = span[p..].IndexOfAny('"', '\n');
                    if (idx < 0)
                    {
                        return atEnd ? throw Unclosed() : -1;
                    }

                    p += idx;
                    if (span[p] == '\n')
                    {
                        breaks++;
                        p++;
                        continue;
                    }

                    if (p + 1 == end && !atEnd)
                    {
                        return -1;
                    }

                    if (p + 1 < end && span[p + 1] == '"')
                    {
                        escaped = true;
                        p += 2;
                        continue;
                    }

                    break;
                }

                AddField(pos + 1, p - pos - 1, escaped);
                stop = p + 1;
                while (stop < end && span[stop] == ' ')
                {
                    stop++;
                }

                if (stop < end && span[stop] != Delimiter && span[stop] is not ('\r' or '\n'))
                {
                    RecordError ??= $"Field {count} has text after its closing quote.";
                    var skip = span[stop..].IndexOfAny(unquotedStops);
                    stop = skip < 0 ? end : stop + skip;
                }
            }
            else
            {
                stop = FindStop(span, pos);
                AddField(pos, stop - pos, false);
            }

            if (stop == end)
            {
                return atEnd ? end : -1;
            }

            var c = span[stop];
            if (c == Delimiter)
            {
                pos = stop + 1;
                if (pos == end && !atEnd)
                {
                    return -1;
                }

                if (pos == end)
                {
                    AddField(pos, 0, false);
                    return end;
                }

                continue;
            }

            if (c == '\n')
            {
                return stop + 1;
            }

            // '\r': a Windows line end, or an old Mac one on its own.
            if (stop + 1 == end && !atEnd)
            {
                return -1;
            }

            return stop + 1 < end && span[stop + 1] == '\n' ? stop + 2 : stop + 1;
        }
    }

    /// <summary>Where an unquoted field ends. Most fields are short: a plain loop beats a vector search's set-up for them.</summary>
    private int FindStop(ReadOnlySpan<char> span, int pos)
    {
        var limit = Math.Min(end, pos + 24);
        for (var i = pos; i < limit; i++)
        {
            var c = span[i];
            if (c == Delimiter || c is '\n' or '\r')
            {
                return i;
            }
        }

        if (limit == end)
        {
            return end;
        }

        var idx = span[limit..].IndexOfAny(unquotedStops);
        return idx < 0 ? end : limit + idx;
    }

    private void AddField(int start, int length, bool hasDoubledQuotes)
    {
        if (count == starts.Length)
        {
            Array.Resize(ref starts, count * 2);
            Array.Resize(ref lengths, count * 2);
            Array.Resize(ref unescaped, count * 2);
        }

        if (hasDoubledQuotes)
        {
            if (scratch.Length - scratchUsed < length)
            {
                Array.Resize(ref scratch, Math.Max(scratch.Length * 2, scratchUsed + length));
            }

            var source = buffer.AsSpan(start, length);
            var written = 0;
            for (var i = 0; i < source.Length; i++)
            {
                scratch[scratchUsed + written++] = source[i];
                if (source[i] == '"')
                {
                    i++;
                }
            }

            starts[count] = scratchUsed;
            lengths[count] = written;
            unescaped[count] = true;
            scratchUsed += written;
        }
        else
        {
            starts[count] = start;
            lengths[count] = length;
            unescaped[count] = false;
        }

        count++;
    }

    /// <summary>Moves the unread text to the front, grows the buffer if one record fills it, and reads more.</summary>
    private bool Fill()
    {
        if (atEnd)
        {
            return false;
        }

        if (recordStart > 0)
        {
            buffer.AsSpan(recordStart, end - recordStart).CopyTo(buffer);
            end -= recordStart;
            recordStart = 0;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxBuffer)
            {
                throw new DomainException("file", $"Line {nextLine}: a record is longer than {MaxBuffer / (1 << 20)} million characters; is a quote left open?");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        int read;
        try
        {
            read = reader.Read(buffer, end, buffer.Length - end);
        }
        catch (DecoderFallbackException)
        {
            throw new DomainException("encoding", $"Near line {nextLine}: the file is not valid in its encoding. Save it as UTF-8, or set the profile's encoding (e.g. windows-1252).");
        }

        if (read == 0)
        {
            atEnd = true;
        }

        end += read;
        return true;
    }

    private DomainException Unclosed() =>
        new("file", $"Line {nextLine}: a quoted field is never closed (a \" without its closing \").");

    private char DetectDelimiter()
    {
        // Read until the first line break outside quotes, so a quoted header with line breaks is counted whole.
        while (true)
        {
            var counts = new int[CandidateDelimiters.Length];
            var quoted = false;
            var complete = false;
            for (var i = 0; i < end; i++)
            {
                var c = buffer[i];
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted && c is '\n' or '\r')
                {
                    complete = true;
                    break;
                }
                else if (!quoted)
                {
                    var k = Array.IndexOf(CandidateDelimiters, c);
                    if (k >= 0)
                    {
                        counts[k]++;
                    }
                }
            }

            if (complete || atEnd || end >= MaxBuffer || !Fill())
            {
                var best = 0;
                for (var k = 1; k < counts.Length; k++)
                {
                    if (counts[k] > counts[best])
                    {
                        best = k;
                    }
                }

                return CandidateDelimiters[best];
            }
        }
    }
}
