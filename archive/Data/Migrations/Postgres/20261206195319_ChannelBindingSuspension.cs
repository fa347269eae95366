using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ChannelBindingSuspension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SuspendedAt",
                table: "archive_channel_bindings",
                type: "timestamp with time zone",
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
