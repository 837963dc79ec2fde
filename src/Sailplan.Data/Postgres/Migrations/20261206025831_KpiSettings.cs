using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sailplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    // Existing organisations keep the catalogue's definitions: the defaults are KpiSettings.Default.
    public partial class KpiSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "abandoned_treatment",
                table: "organizations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "ExcludeShortAbandons");

            migrationBuilder.AddColumn<double>(
                name: "confidence",
                table: "organizations",
                type: "double precision",
                nullable: false,
                defaultValue: 0.95);

            migrationBuilder.AddColumn<int>(
                name: "repeat_window_days",
                table: "organizations",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "service_level_seconds",
                table: "organizations",
                type: "integer",
                nullable: false,
                defaultValue: 20);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "abandoned_treatment",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "confidence",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "repeat_window_days",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "service_level_seconds",
                table: "organizations");
        }
    }
}
