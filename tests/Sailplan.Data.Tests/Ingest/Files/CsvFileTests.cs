using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Tests.Ingest.Files;

public sealed class CsvFileTests : IDisposable
{
    private readonly TempFiles files = new();

    private static readonly MappingProfile Profile = new()
    {
        Name = "Test export",
        Kind = FactKind.Contacts,
        Columns = new()
        {
            ["externalId"] = "Id",
            ["startedAt"] = "Start",
            ["agent"] = "Agent",
            ["outcome"] = "Outcome",
            ["reason"] = "Notes",
        },
    };

    public void Dispose() => files.Dispose();

    private static List<MappedRow<Contact>> ReadAll(string path, MappingProfile? profile = null) => ReadAll(path, out _, profile);

    private static List<MappedRow<Contact>> ReadAll(string path, out FactFile<Contact> opened, MappingProfile? profile = null)
    {
        using var stream = File.OpenRead(path);
        using var file = FactFileReader.Read<Contact>(stream, Path.GetFileName(path), profile ?? Profile, "UTC");
        opened = file;
        return file.Rows.ToList();
    }

    private static string Csv(char delimiter, params string[][] rows) =>
        string.Concat(rows.Select(r => string.Join(delimiter, r) + "\r\n"));

    private const string AccentedNames = "José Müller-Ångström";

    [Theory]
    [InlineData("utf-8 with BOM")]
    [InlineData("utf-8")]
    [InlineData("utf-16 LE")]
    [InlineData("utf-16 BE")]
    [InlineData("windows-1252")]
    public void Accented_names_read_back_in_each_encoding(string encodingCase)
    {
        var text = Csv(',', ["Id", "Start", "Agent", "Outcome", "Notes"], ["1", "2026-04-01T10:00:00Z", AccentedNames, "answered", "café"]);
        var bytes = encodingCase switch
        {
            "utf-8 with BOM" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-16 LE" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16 BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => TextDecoding.Windows1252.GetBytes(text),
        };
        var path = files.Write("agents.csv", bytes);

        var rows = ReadAll(path, out var file);

        var contact = Assert.Single(rows).Fact!;
        Assert.Equal((AccentedNames, "café"), (contact.Agent, contact.Reason));
        Assert.Equal("1", contact.ExternalId); // the BOM is not part of the first header name
        Assert.Equal(encodingCase == "windows-1252" ? "windows-1252" : encodingCase.StartsWith("utf-16", StringComparison.Ordinal) ? "utf-16" : "utf-8",
            file.EncodingName.Replace("BE", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    [InlineData(',')]
    public void The_delimiter_is_detected_from_the_header(char delimiter)
    {
        // The notes hold the other candidates, so only the header decides.
        var path = files.Write("export.txt", Encoding.UTF8.GetBytes(Csv(delimiter,
            ["Id", "Start", "Agent", "Outcome", "Notes"],
            ["1", "2026-04-01T10:00:00Z", "ann", "answered", "\"a,b;c|d\""])));

        var rows = ReadAll(path, out var file);

        Assert.Equal(delimiter, file.Delimiter);
        Assert.Equal("a,b;c|d", Assert.Single(rows).Fact!.Reason);
    }

    [Fact]
    public void Quoted_fields_hold_delimiters_line_breaks_and_doubled_quotes_and_lines_are_physical()
    {
        var text =
            "Id;Start;Agent;Outcome;Notes\n" + // line 1
            "1;2026-04-01T10:00:00Z;ann;answered;\"said \"\"hi\"\";\nthen left\"\n" + // lines 2-3
            "\n" + // line 4: blank
            "2;2026-04-01T10:05:00Z;\"bob\";abandoned;\"\"\r\n" + // line 5
            ";;;;\n" + // line 6: only delimiters, skipped
            "3;not a time;cy;answered;plain"; // line 7, no final line break
        var path = files.Write("quoted.csv", Encoding.UTF8.GetBytes(text));

        var rows = ReadAll(path);

        Assert.Equal([2L, 5L, 7L], rows.Select(r => r.Line));
        Assert.Equal("said \"hi\";\nthen left", rows[0].Fact!.Reason);
        Assert.Equal(("bob", ContactOutcome.Abandoned, (string?)null), (rows[1].Fact!.Agent, rows[1].Fact!.Outcome, rows[1].Fact!.Reason));
        var problem = Assert.Single(rows[2].Problems);
        Assert.Equal((7L, "startedAt", "Start", "not a time"), (problem.Line, problem.Field, problem.Column, problem.Value));
    }

    [Fact]
    public void Records_longer_than_the_read_buffer_are_read_whole()
    {
        // Row 2,500 carries 200,000 characters with one line break in an unmapped column: the 64 Ki-char buffer must grow.
        var longText = new string('n', 100_000) + "\n" + new string('m', 100_000);
        var builder = new StringBuilder("Id,Start,Agent,Outcome,Notes,Attachment\n");
        for (var i = 0; i < 5_000; i++)
        {
            builder.Append(i).Append(",2026-04-01T10:00:00Z,agent ").Append(i % 7).Append(",answered,short,")
                .Append(i == 2_500 ? $"\"{longText}\"" : "").Append('\n');
        }

        var path = files.Write("big.csv", Encoding.UTF8.GetBytes(builder.ToString()));
        var rows = ReadAll(path);

        Assert.Equal(5_000, rows.Count(r => r.IsValid));
        Assert.Equal([2_502L, 2_504L], new[] { rows[2_500].Line, rows[2_501].Line }); // the record at 2,502 spans two lines
        Assert.Equal(5_002L, rows[^1].Line);
        Assert.Same(rows[0].Fact!.Agent, rows[7].Fact!.Agent); // one string per distinct agent

        using var reader = CsvRecordReader.Open(new StreamReader(path), delimiter: null);
        for (var i = 0; i <= 2_501; i++)
        {
            reader.Read();
        }

        Assert.Equal(longText, reader.Field(5).ToString());
    }

    [Fact]
    public void Text_after_a_closing_quote_is_a_row_problem_and_reading_goes_on()
    {
        var path = files.Write("bad.csv", Encoding.UTF8.GetBytes(
            "Id,Start,Agent,Outcome,Notes\n1,2026-04-01T10:00:00Z,\"ann\"x,answered,\n2,2026-04-01T10:00:00Z,bob,answered,\n"));

        var rows = ReadAll(path);

        Assert.Equal((FactFileReader.RowField, 2L), (rows[0].Problems[0].Field, rows[0].Problems[0].Line));
        Assert.True(rows[1].IsValid);
    }

    [Fact]
    public void A_profile_can_fix_the_delimiter_and_the_encoding()
    {
        // Without the profile's encoding this would be read as UTF-8 only if valid; Latin-1 bytes of "é" are not.
        var text = "Id|Start|Agent|Outcome|Notes\n1|2026-04-01T10:00:00Z|Renée|answered|a;b\n";
        var path = files.Write("fixed.csv", TextDecoding.Windows1252.GetBytes(text));

        var rows = ReadAll(path, Profile with { Delimiter = '|', Encoding = "windows-1252" });

        Assert.Equal(("Renée", "a;b"), (rows[0].Fact!.Agent, rows[0].Fact!.Reason));
    }

    [Fact]
    public void An_unknown_extension_is_refused_unless_the_profile_names_the_format()
    {
        var path = files.Write("export.xlsx", Encoding.UTF8.GetBytes("Id,Start,Agent,Outcome,Notes\n"));

        Assert.Equal("fileName", Assert.Throws<Core.DomainException>(() => ReadAll(path)).Field);
        Assert.Empty(ReadAll(path, Profile with { Format = FileFormat.Csv }));
    }

    [Fact]
    public void An_unclosed_quote_stops_the_reading_with_its_line()
    {
        var path = files.Write("open.csv", Encoding.UTF8.GetBytes("Id,Start,Agent,Outcome,Notes\n1,2026-04-01T10:00:00Z,ann,answered,ok\n2,x,\"bob,answered,\n"));

        var e = Assert.Throws<Core.DomainException>(() => ReadAll(path));

        Assert.Contains("Line 3", e.Message, StringComparison.Ordinal);
    }
}
