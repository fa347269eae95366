using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TipsLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_tip_opt_outs",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    StoppedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Keyword = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_tip_opt_outs", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_archive_tip_opt_outs_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_tips",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false),
                    Audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Topic = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ages = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Months = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TextZhCn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextZhTw = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_tips", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_tip_sends",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    TipId = table.Column<int>(type: "integer", nullable: false),
                    OutboxKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Feedback = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    FeedbackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_tip_sends", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_tip_sends_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_archive_tip_sends_archive_tips_TipId",
                        column: x => x.TipId,
                        principalTable: "archive_tips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_tip_sends_OutboxKey",
                table: "archive_tip_sends",
                column: "OutboxKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_tip_sends_PersonId_ChosenAt",
                table: "archive_tip_sends",
                columns: new[] { "PersonId", "ChosenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_tip_sends_TipId",
                table: "archive_tip_sends",
                column: "TipId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_tips_Audience_Active",
                table: "archive_tips",
                columns: new[] { "Audience", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_tips_Code",
                table: "archive_tips",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_tip_opt_outs");

            migrationBuilder.DropTable(
                name: "archive_tip_sends");

            migrationBuilder.DropTable(
                name: "archive_tips");
        }
    }
}
