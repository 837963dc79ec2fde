using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Sailplan.Data.Facts;

#nullable disable

namespace Sailplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DayCellHistograms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            HistogramColumnsMigration.Up(migrationBuilder, type: "INTEGER");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "duration_buckets",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    queue = table.Column<string>(type: "TEXT", nullable: false),
                    measure = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duration_buckets", x => new { x.organization_id, x.day, x.unit, x.channel, x.queue, x.measure, x.bucket });
                });

            HistogramColumnsMigration.Down(migrationBuilder);
        }
    }
}
