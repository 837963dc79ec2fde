using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sailplan.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Facts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "contact_cells",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                    wait_sum_of_squares = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contact_cells", x => new { x.organization_id, x.day, x.unit, x.channel, x.queue });
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    local_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    queue = table.Column<string>(type: "TEXT", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    agent = table.Column<string>(type: "TEXT", nullable: true),
                    customer_id = table.Column<string>(type: "TEXT", nullable: true),
                    talk_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    hold_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    wrap_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    wait_seconds = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    transferred = table.Column<bool>(type: "INTEGER", nullable: false),
                    resolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", nullable: true),
                    repeated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => new { x.organization_id, x.source, x.external_id });
                });

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

            migrationBuilder.CreateTable(
                name: "imports",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    profile = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    rows_read = table.Column<long>(type: "INTEGER", nullable: false),
                    added = table.Column<long>(type: "INTEGER", nullable: false),
                    duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    rejected = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    message = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => new { x.organization_id, x.id });
                    table.ForeignKey(
                        name: "fk_imports_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "survey_cells",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("pk_survey_cells", x => new { x.organization_id, x.day, x.unit, x.channel, x.queue, x.survey_type });
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", nullable: false),
                    import_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    contact_external_id = table.Column<string>(type: "TEXT", nullable: true),
                    responded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    local_day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    survey_type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    nps = table.Column<int>(type: "INTEGER", nullable: true),
                    csat = table.Column<int>(type: "INTEGER", nullable: true),
                    ces = table.Column<int>(type: "INTEGER", nullable: true),
                    fcr = table.Column<bool>(type: "INTEGER", nullable: true),
                    driver_ratings = table.Column<string>(type: "TEXT", nullable: false),
                    comment = table.Column<string>(type: "TEXT", nullable: true),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    channel = table.Column<string>(type: "TEXT", nullable: false),
                    queue = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => new { x.organization_id, x.source, x.external_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_organization_id_customer_id_started_at",
                table: "contacts",
                columns: new[] { "organization_id", "customer_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_organization_id_import_id",
                table: "contacts",
                columns: new[] { "organization_id", "import_id" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_organization_id_import_id",
                table: "survey_responses",
                columns: new[] { "organization_id", "import_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_cells");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "duration_buckets");

            migrationBuilder.DropTable(
                name: "imports");

            migrationBuilder.DropTable(
                name: "survey_cells");

            migrationBuilder.DropTable(
                name: "survey_responses");
        }
    }
}
