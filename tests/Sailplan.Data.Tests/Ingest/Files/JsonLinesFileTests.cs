using System.Text;
using Sailplan.Core.Facts;
using Sailplan.Core.Ingest;
using Sailplan.Data.Ingest.Files;

namespace Sailplan.Data.Tests.Ingest.Files;

public sealed class JsonLinesFileTests : IDisposable
{
    private readonly TempFiles files = new();

    private static readonly MappingProfile Profile = new()
    {
        Name = "Chat tool",
        Kind = FactKind.Contacts,
        Columns = new()
        {
            ["externalId"] = "id",
            ["startedAt"] = "meta.started",
            ["agent"] = "handledBy.name",
            ["reason"] = "tags",
            ["customerId"] = "customer",
        },
        Constants = new() { ["outcome"] = "answered", ["channel"] = "chat" },
    };

    public void Dispose() => files.Dispose();

    private List<MappedRow<Contact>> Read(byte[] bytes, string name = "chats.ndjson")
    {
        using var stream = File.OpenRead(files.Write(name, bytes));
        using var file = FactFileReader.Read<Contact>(stream, name, Profile, "UTC");
        return file.Rows.ToList();
    }

    private const string Lines =
        "{\"id\":\"1\",\"meta\":{\"started\":\"2026-04-01T10:00:00Z\"},\"handledBy\":{\"name\":\"Zoë\",\"team\":{\"name\":\"A\"}},\"tags\":[\"refund\",\"late\"],\"customer\":42}\r\n" +
        "\r\n" +
        "not json\n" +
        "{\"id\":\"3\",\"meta\":{\"started\":\"2026-04-01T10:05:00Z\"},\"handledBy\":null,\"customer\":\"c\\u00e9\"}\n";

    [Fact]
    public void Nested_keys_are_flattened_with_dots_and_arrays_kept_as_json()
    {
        var rows = Read(Encoding.UTF8.GetBytes(Lines));

        Assert.Equal([1L, 3L, 4L], rows.Select(r => r.Line));
        var first = rows[0].Fact!;
        Assert.Equal(("Zoë", "[\"refund\",\"late\"]", "42"), (first.Agent, first.Reason, first.CustomerId));
        Assert.Equal(FactFileReader.RowField, Assert.Single(rows[1].Problems).Field);
        Assert.Equal(((string?)null, "cé"), (rows[2].Fact!.Agent, rows[2].Fact!.CustomerId));
    }

    [Fact]
    public void A_UTF16_file_with_a_byte_order_mark_reads_the_same()
    {
        var rows = Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Lines)], "chats.jsonl");

        Assert.Equal("Zoë", rows[0].Fact!.Agent);
        Assert.Equal(3, rows.Count);
    }
}
