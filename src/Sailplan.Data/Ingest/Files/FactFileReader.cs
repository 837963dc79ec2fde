using System.Text;
using Sailplan.Core;
using Sailplan.Core.Ingest;

namespace Sailplan.Data.Ingest.Files;

/// <summary>
/// The one entry point for reading an export: detects format, encoding and delimiter, reads the header, binds the
/// profile (a <see cref="DomainException"/> if a mapped column is missing) and streams mapped rows.
/// </summary>
public static class FactFileReader
{
    /// <summary>Field name of problems that concern the whole row (it could not be read), not one value.</summary>
    public const string RowField = "row";

    public static FactFile<T> Read<T>(Stream stream, string fileName, MappingProfile profile, string organizationTimeZone)
        where T : class
    {
        profile.Validate();
        var format = profile.Format ?? FormatOf(fileName);
        var (content, encoding) = TextDecoding.Open(stream, profile.Encoding);
        return format == FileFormat.Csv
            ? ReadCsv<T>(content, encoding, profile, organizationTimeZone)
            : ReadJsonLines<T>(content, encoding, profile, organizationTimeZone);
    }

    /// <summary>.csv, .tsv and .txt are delimited text; .jsonl, .ndjson and .json are JSON Lines.</summary>
    public static FileFormat FormatOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".tsv" or ".txt" => FileFormat.Csv,
            ".jsonl" or ".ndjson" or ".json" => FileFormat.JsonLines,
            _ => throw new DomainException("fileName", $"\"{fileName}\": name a CSV file (.csv, .tsv, .txt) or JSON Lines (.jsonl, .ndjson), or set the profile's format."),
        };
    }

    private static FactFile<T> ReadCsv<T>(Stream content, Encoding encoding, MappingProfile profile, string organizationTimeZone)
        where T : class
    {
        var text = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var csv = CsvRecordReader.Open(text, profile.Delimiter);
        try
        {
            if (!csv.Read())
            {
                throw new DomainException("file", "The file is empty: it has no header line.");
            }

            var header = csv.CurrentValues();
            var mapper = profile.Bind<T>(header, organizationTimeZone);
            for (var i = 0; i < profile.SkipRowsAfterHeader && csv.Read(); i++)
            {
            }

            FactFile<T>? file = null;
            file = new FactFile<T>(FileFormat.Csv, encoding, csv.Delimiter, header, csv, () => Rows(csv, mapper, file!));
            return file;
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    private static IEnumerable<MappedRow<T>> Rows<T>(CsvRecordReader csv, FactMapper<T> mapper, FactFile<T> file)
        where T : class
    {
        while (csv.Read())
        {
            file.LastLine = csv.Line;
            yield return csv.RecordError is { } error
                ? MappedRow.Invalid<T>(csv.Line, [new RowProblem(csv.Line, RowField, null, "", error)])
                : mapper.Map(csv, csv.Line);
        }
    }

    private static FactFile<T> ReadJsonLines<T>(Stream content, Encoding encoding, MappingProfile profile, string organizationTimeZone)
        where T : class
    {
        // JSON Lines is UTF-8 by definition; a UTF-16 file (it has a byte-order mark) is converted on the fly.
        var utf8 = encoding.CodePage == Encoding.UTF8.CodePage
            ? content
            : Encoding.CreateTranscodingStream(content, encoding, Encoding.UTF8, leaveOpen: true);
        var json = new JsonLinesRecordReader(utf8, profile.Columns.Values);
        try
        {
            var keys = json.FirstRecordKeys();

            // Bound against the asked-for keys: a key absent from a record reads as empty, as a null would.
            var mapper = profile.Bind<T>(json.Columns, organizationTimeZone);
            FactFile<T>? file = null;
            file = new FactFile<T>(FileFormat.JsonLines, encoding, null, keys, json, () => Rows(json, mapper, file!));
            return file;
        }
        catch
        {
            json.Dispose();
            throw;
        }
    }

    private static IEnumerable<MappedRow<T>> Rows<T>(JsonLinesRecordReader json, FactMapper<T> mapper, FactFile<T> file)
        where T : class
    {
        while (json.Read())
        {
            file.LastLine = json.Line;
            yield return json.RecordError is { } error
                ? MappedRow.Invalid<T>(json.Line, [new RowProblem(json.Line, RowField, null, "", error)])
                : mapper.Map(json.Row, json.Line);
        }
    }
}
