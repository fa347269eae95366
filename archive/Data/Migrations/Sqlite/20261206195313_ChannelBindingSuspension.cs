using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChannelBindingSuspension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SuspendedAt",
                table: "archive_channel_bindings",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SuspendedAt",
                table: "archive_channel_bindings");
        }
    }
}
