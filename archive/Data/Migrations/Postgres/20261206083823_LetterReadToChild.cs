using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LetterReadToChild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReadToChildAt",
                table: "archive_letters",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReadToChildById",
                table: "archive_letters",
                type: "integer",
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
