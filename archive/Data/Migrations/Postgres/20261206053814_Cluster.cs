using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Cluster : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_questions",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_notes",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_letters",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_leave_requests",
                type: "character varying(96)",
                maxLength: 96,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "directline_turns",
                columns: table => new
                {
                    conversation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    turn_seq = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("directline_turns_pkey", x => x.conversation_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_questions_RequestKey",
                table: "archive_questions",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_notes_RequestKey",
                table: "archive_notes",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_letters_RequestKey",
                table: "archive_letters",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_leave_requests_RequestKey",
                table: "archive_leave_requests",
                column: "RequestKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "directline_turns");

            migrationBuilder.DropIndex(
                name: "IX_archive_questions_RequestKey",
                table: "archive_questions");

            migrationBuilder.DropIndex(
                name: "IX_archive_notes_RequestKey",
                table: "archive_notes");

            migrationBuilder.DropIndex(
                name: "IX_archive_letters_RequestKey",
                table: "archive_letters");

            migrationBuilder.DropIndex(
                name: "IX_archive_leave_requests_RequestKey",
                table: "archive_leave_requests");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_questions");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_notes");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_letters");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_leave_requests");
        }
    }
}
