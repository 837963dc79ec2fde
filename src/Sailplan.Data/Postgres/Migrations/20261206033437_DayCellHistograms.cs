using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Sailplan.Data.Facts;

#nullable disable

namespace Sailplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DayCellHistograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            HistogramColumnsMigration.Up(migrationBuilder, type: "bigint");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duration_buckets",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    channel = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    queue = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    bucket = table.Column<int>(type: "integer", nullable: false),
                    count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duration_buckets", x => new { x.organization_id, x.day, x.unit, x.channel, x.queue, x.measure, x.bucket });
                });

            HistogramColumnsMigration.Down(migrationBuilder);
        }
    }
}
