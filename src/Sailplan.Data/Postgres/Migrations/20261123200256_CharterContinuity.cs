using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sailplan.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CharterContinuity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "charter_second_approver_required",
                table: "organizations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Principles were a text[]; now each is an object with a clause id. PostgreSQL cannot cast
            // one to the other, so existing principles are rewritten, in order, into a new column.
            migrationBuilder.Sql("""
                ALTER TABLE charters ADD COLUMN principles_json jsonb;
                UPDATE charters SET principles_json = (
                    SELECT coalesce(jsonb_agg(jsonb_build_object('Id', gen_random_uuid(), 'Text', t) ORDER BY o), '[]'::jsonb)
                    FROM unnest(principles) WITH ORDINALITY AS u(t, o));
                ALTER TABLE charters DROP COLUMN principles;
                ALTER TABLE charters RENAME COLUMN principles_json TO principles;
                """);

            migrationBuilder.AddColumn<Guid>(
                name: "amendment_id",
                table: "charters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approved_by",
                table: "charters",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "author_id",
                table: "charters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "author_name",
                table: "charters",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "charters",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "charters",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "charters",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "charter_amendments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    base_charter_id = table.Column<Guid>(type: "uuid", nullable: false),
                    base_revision = table.Column<int>(type: "integer", nullable: false),
                    rationale = table.Column<string>(type: "text", nullable: false),
                    proposed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resulting_revision = table.Column<int>(type: "integer", nullable: true),
                    organization_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    approvals = table.Column<string>(type: "jsonb", nullable: true),
                    proposed = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charter_amendments", x => x.id);
                    table.ForeignKey(
                        name: "fk_charter_amendments_charters_base_charter_id",
                        column: x => x.base_charter_id,
                        principalTable: "charters",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_charter_amendments_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_charters_supersedes_id",
                table: "charters",
                column: "supersedes_id");

            migrationBuilder.CreateIndex(
                name: "ix_charter_amendments_base_charter_id",
                table: "charter_amendments",
                column: "base_charter_id");

            migrationBuilder.CreateIndex(
                name: "ix_charter_amendments_organization_id_status",
                table: "charter_amendments",
                columns: new[] { "organization_id", "status" });

            migrationBuilder.AddForeignKey(
                name: "fk_charters_charters_supersedes_id",
                table: "charters",
                column: "supersedes_id",
                principalTable: "charters",
                principalColumn: "id");

            // Charters written before revisions kept their history: milestones get clause ids and a
            // status, and each revision says that its reason was not recorded.
            migrationBuilder.Sql("""
                UPDATE charters SET milestones = (
                    SELECT coalesce(jsonb_agg(m || jsonb_build_object('Id', gen_random_uuid(), 'Status', 'Open', 'StatusNote', null) ORDER BY o), '[]'::jsonb)
                    FROM jsonb_array_elements(milestones) WITH ORDINALITY AS e(m, o))
                WHERE milestones IS NOT NULL;
                UPDATE charters SET
                    kind = CASE WHEN revision = 1 THEN 'Founding' ELSE 'Refresh' END,
                    reason = 'Written before the charter kept a reason for each revision.',
                    author_name = 'unknown',
                    created_at = now(),
                    approved_by = '[]';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_charters_charters_supersedes_id",
                table: "charters");

            migrationBuilder.DropTable(
                name: "charter_amendments");

            migrationBuilder.DropIndex(
                name: "ix_charters_supersedes_id",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "charter_second_approver_required",
                table: "organizations");

            migrationBuilder.DropColumn(
                name: "amendment_id",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "approved_by",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "author_id",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "author_name",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "created_at",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "charters");

            migrationBuilder.DropColumn(
                name: "reason",
                table: "charters");

            migrationBuilder.Sql("""
                ALTER TABLE charters ADD COLUMN principles_text text[];
                UPDATE charters SET principles_text = ARRAY(
                    SELECT p->>'Text' FROM jsonb_array_elements(coalesce(principles, '[]'::jsonb)) WITH ORDINALITY AS e(p, o) ORDER BY o);
                ALTER TABLE charters DROP COLUMN principles;
                ALTER TABLE charters RENAME COLUMN principles_text TO principles;
                ALTER TABLE charters ALTER COLUMN principles SET NOT NULL;
                """);
        }
    }
}
