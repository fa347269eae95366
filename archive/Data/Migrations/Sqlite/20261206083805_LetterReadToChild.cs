using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LetterReadToChild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReadToChildAt",
                table: "archive_letters",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadToChildById",
                table: "archive_letters",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReadToChildAt",
                table: "archive_letters");

            migrationBuilder.DropColumn(
                name: "ReadToChildById",
                table: "archive_letters");
        }
    }
}
