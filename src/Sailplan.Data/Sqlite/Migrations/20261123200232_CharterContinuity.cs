using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sailplan.Data.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "principles",
                table: "charters",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "amendment_id",
                table: "charters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approved_by",
                table: "charters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "author_id",
                table: "charters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "author_name",
                table: "charters",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "created_at",
                table: "charters",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "charters",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "charters",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "charter_amendments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    base_charter_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    base_revision = table.Column<int>(type: "INTEGER", nullable: false),
                    rationale = table.Column<string>(type: "TEXT", nullable: false),
                    proposed_by_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    proposed_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    proposed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    resulting_revision = table.Column<int>(type: "INTEGER", nullable: true),
                    organization_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    approvals = table.Column<string>(type: "TEXT", nullable: true),
                    proposed = table.Column<string>(type: "TEXT", nullable: false)
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

            // Charters written before revisions kept their history: each principle (a JSON array of
            // strings until now) and each milestone gets a clause id, milestones a status, and each
            // revision says that its reason was not recorded.
            migrationBuilder.Sql("""
                UPDATE charters SET principles = (
                    SELECT json_group_array(json_object('Id', upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                        || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), 'Text', value))
                    FROM json_each(charters.principles))
                WHERE principles IS NOT NULL AND json_type(principles, '$[0]') = 'text';
                UPDATE charters SET milestones = (
                    SELECT json_group_array(json_set(value, '$.Id', upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                        || '-A' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), '$.Status', 'Open', '$.StatusNote', json('null')))
                    FROM json_each(charters.milestones))
                WHERE milestones IS NOT NULL;
                UPDATE charters SET
                    kind = CASE WHEN revision = 1 THEN 'Founding' ELSE 'Refresh' END,
                    reason = 'Written before the charter kept a reason for each revision.',
                    author_name = 'unknown',
                    created_at = strftime('%Y-%m-%d %H:%M:%S+00:00', 'now'),
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

            migrationBuilder.AlterColumn<string>(
                name: "principles",
                table: "charters",
                type: "TEXT",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
