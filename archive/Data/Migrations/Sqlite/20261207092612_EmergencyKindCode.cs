using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EmergencyKindCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "archive_emergencies",
                type: "TEXT",
                maxLength: 16,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Kind",
                table: "archive_emergencies");
        }
    }
}
