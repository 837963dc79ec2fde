using System.Globalization;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Sailplan.Data.Facts;

/// <summary>
/// The DayCellHistograms migration of both providers: the duration histograms of the day cells move from
/// rows of duration_buckets into columns of contact_cells, as the month cells already held them. The names
/// are frozen here, not taken from <see cref="HistogramColumns"/>: a migration must keep meaning what it meant.
/// </summary>
internal static class HistogramColumnsMigration
{
    private static readonly string[] Measures = ["handle", "wait_answered", "wait_abandoned"];
    private const int Buckets = 36;

    private static IEnumerable<(string Measure, int Bucket, string Column)> Columns =>
        Measures.SelectMany(m => Enumerable.Range(0, Buckets).Select(b => (m, b, string.Create(CultureInfo.InvariantCulture, $"{m}_b{b:00}"))));

    private const string Key = "organization_id, day, unit, channel, queue";

    /// <param name="type">The provider's 64-bit integer column type.</param>
    public static void Up(MigrationBuilder migrationBuilder, string type)
    {
        foreach (var (_, _, column) in Columns)
        {
            migrationBuilder.AddColumn<long>(name: column, table: "contact_cells", type: type, nullable: false, defaultValue: 0L);
        }

        // Every bucket row has its day cell (ingest and rebuild write both), so an UPDATE loses nothing.
        var pivot = string.Join(", ", Columns.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"SUM(CASE WHEN measure = '{c.Measure}' AND bucket = {c.Bucket} THEN count ELSE 0 END) AS {c.Column}")));
        migrationBuilder.Sql($"""
            UPDATE contact_cells SET {string.Join(", ", Columns.Select(c => $"{c.Column} = h.{c.Column}"))}
            FROM (SELECT {Key}, {pivot} FROM duration_buckets GROUP BY {Key}) h
            WHERE contact_cells.organization_id = h.organization_id AND contact_cells.day = h.day AND contact_cells.unit = h.unit
              AND contact_cells.channel = h.channel AND contact_cells.queue = h.queue
            """);
        migrationBuilder.DropTable(name: "duration_buckets");
    }

    /// <summary>After the provider's migration has created duration_buckets again: the columns back into its rows.</summary>
    public static void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(string.Join("\n", Columns.Select(c => string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO duration_buckets ({Key}, measure, bucket, count)
            SELECT {Key}, '{c.Measure}', {c.Bucket}, {c.Column} FROM contact_cells WHERE {c.Column} <> 0;
            """))));
        foreach (var (_, _, column) in Columns)
        {
            migrationBuilder.DropColumn(name: column, table: "contact_cells");
        }
    }
}
