using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sailplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonthCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contact_month_cells",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    queue = table.Column<string>(type: "TEXT", nullable: false),
                    offered = table.Column<long>(type: "INTEGER", nullable: false),
                    answered = table.Column<long>(type: "INTEGER", nullable: false),
                    abandoned = table.Column<long>(type: "INTEGER", nullable: false),
                    transferred = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_known = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved = table.Column<long>(type: "INTEGER", nullable: false),
                    answered_with_customer = table.Column<long>(type: "INTEGER", nullable: false),
                    repeated = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_sum = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_sum_of_squares = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_sum = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_sum_of_squares = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b00 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b01 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b02 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b03 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b04 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b05 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b06 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b07 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b08 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b09 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b10 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b11 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b12 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b13 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b14 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b15 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b16 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b17 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b18 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b19 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b20 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b21 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b22 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b23 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b24 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b25 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b26 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b27 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b28 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b29 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b30 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b31 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b32 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b33 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b34 = table.Column<long>(type: "INTEGER", nullable: false),
                    handle_b35 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b00 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b01 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b02 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b03 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b04 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b05 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b06 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b07 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b08 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b09 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b10 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b11 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b12 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b13 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b14 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b15 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b16 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b17 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b18 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b19 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b20 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b21 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b22 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b23 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b24 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b25 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b26 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b27 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b28 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b29 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b30 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b31 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b32 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b33 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b34 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_abandoned_b35 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b00 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b01 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b02 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b03 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b04 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b05 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b06 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b07 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b08 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b09 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b10 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b11 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b12 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b13 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b14 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b15 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b16 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b17 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b18 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b19 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b20 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b21 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b22 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b23 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b24 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b25 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b26 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b27 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b28 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b29 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b30 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b31 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b32 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b33 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b34 = table.Column<long>(type: "INTEGER", nullable: false),
                    wait_answered_b35 = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_month_cells", x => new { x.organization_id, x.month, x.unit, x.channel, x.queue });
                });

            migrationBuilder.CreateTable(
                name: "survey_month_cells",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    queue = table.Column<string>(type: "TEXT", nullable: false),
                    survey_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    responses = table.Column<long>(type: "INTEGER", nullable: false),
                    promoters = table.Column<long>(type: "INTEGER", nullable: false),
                    passives = table.Column<long>(type: "INTEGER", nullable: false),
                    detractors = table.Column<long>(type: "INTEGER", nullable: false),
                    csat_answers = table.Column<long>(type: "INTEGER", nullable: false),
                    csat_top_two = table.Column<long>(type: "INTEGER", nullable: false),
                    csat_sum = table.Column<long>(type: "INTEGER", nullable: false),
                    csat_sum_of_squares = table.Column<long>(type: "INTEGER", nullable: false),
                    ces_answers = table.Column<long>(type: "INTEGER", nullable: false),
                    ces_sum = table.Column<long>(type: "INTEGER", nullable: false),
                    ces_sum_of_squares = table.Column<long>(type: "INTEGER", nullable: false),
                    fcr_answers = table.Column<long>(type: "INTEGER", nullable: false),
                    fcr_yes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_month_cells", x => new { x.organization_id, x.month, x.unit, x.channel, x.queue, x.survey_type });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_month_cells");

            migrationBuilder.DropTable(
                name: "survey_month_cells");
        }
    }
}
