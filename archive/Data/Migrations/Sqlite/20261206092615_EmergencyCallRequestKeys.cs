using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmergencyCallRequestKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_emergencies",
                type: "TEXT",
                maxLength: 96,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestKey",
                table: "archive_call_bookings",
                type: "TEXT",
                maxLength: 96,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergencies_RequestKey",
                table: "archive_emergencies",
                column: "RequestKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_call_bookings_RequestKey",
                table: "archive_call_bookings",
                column: "RequestKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_archive_emergencies_RequestKey",
                table: "archive_emergencies");

            migrationBuilder.DropIndex(
                name: "IX_archive_call_bookings_RequestKey",
                table: "archive_call_bookings");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_emergencies");

            migrationBuilder.DropColumn(
                name: "RequestKey",
                table: "archive_call_bookings");
        }
    }
}
