using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmergencyLifeCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResolutionNote",
                table: "archive_emergencies",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ResolvedById",
                table: "archive_emergencies",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "archive_emergency_events",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmergencyId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_emergency_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_emergency_events_archive_emergencies_EmergencyId",
                        column: x => x.EmergencyId,
                        principalTable: "archive_emergencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergencies_ResolvedAt",
                table: "archive_emergencies",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergency_events_EmergencyId_Id",
                table: "archive_emergency_events",
                columns: new[] { "EmergencyId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_emergency_events");

            migrationBuilder.DropIndex(
                name: "IX_archive_emergencies_ResolvedAt",
                table: "archive_emergencies");

            migrationBuilder.DropColumn(
                name: "ResolutionNote",
                table: "archive_emergencies");

            migrationBuilder.DropColumn(
                name: "ResolvedById",
                table: "archive_emergencies");
        }
    }
}
