using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SmsVoiceDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_channel_preferences",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Preferred = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_channel_preferences", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_archive_channel_preferences_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_channel_sends",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutboxKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Urgent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Parts = table.Column<int>(type: "INTEGER", nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 4, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_channel_sends", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_phone_opt_outs",
                columns: table => new
                {
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OptedOutAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Keyword = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_phone_opt_outs", x => x.Phone);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_sends_Channel_OutboxKey",
                table: "archive_channel_sends",
                columns: new[] { "Channel", "OutboxKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_sends_CreatedAt",
                table: "archive_channel_sends",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_sends_Phone_CreatedAt",
                table: "archive_channel_sends",
                columns: new[] { "Phone", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_sends_Provider_ProviderId",
                table: "archive_channel_sends",
                columns: new[] { "Provider", "ProviderId" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_sends_Reference",
                table: "archive_channel_sends",
                column: "Reference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_channel_preferences");

            migrationBuilder.DropTable(
                name: "archive_channel_sends");

            migrationBuilder.DropTable(
                name: "archive_phone_opt_outs");
        }
    }
}
