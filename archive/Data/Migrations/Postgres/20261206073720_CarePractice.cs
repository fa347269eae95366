using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CarePractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_care_concerns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RaisedById = table.Column<int>(type: "integer", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_care_concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_care_concerns_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_care_visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_care_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_care_visits_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_guardian_entrustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Relation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ToldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ToldHow = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecordedById = table.Column<int>(type: "integer", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_guardian_entrustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_guardian_entrustments_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_staff_assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_staff_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_staff_assignments_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_archive_staff_assignments_archive_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "archive_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_weekly_talks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    TeacherId = table.Column<int>(type: "integer", nullable: false),
                    WeekOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Study = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Life = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Mood = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Friends = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Health = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HeldBack = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_weekly_talks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_weekly_talks_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_care_concerns_ChildId_Kind_ClosedAt",
                table: "archive_care_concerns",
                columns: new[] { "ChildId", "Kind", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_care_concerns_ClosedAt_DueAt",
                table: "archive_care_concerns",
                columns: new[] { "ClosedAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_care_visits_ChildId_On",
                table: "archive_care_visits",
                columns: new[] { "ChildId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_care_visits_TeacherId_On",
                table: "archive_care_visits",
                columns: new[] { "TeacherId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_guardian_entrustments_ChildId_EndedAt",
                table: "archive_guardian_entrustments",
                columns: new[] { "ChildId", "EndedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_staff_assignments_PersonId",
                table: "archive_staff_assignments",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_staff_assignments_SchoolId_PersonId_Role",
                table: "archive_staff_assignments",
                columns: new[] { "SchoolId", "PersonId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_weekly_talks_ChildId_WeekOf",
                table: "archive_weekly_talks",
                columns: new[] { "ChildId", "WeekOf" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_weekly_talks_TeacherId_WeekOf",
                table: "archive_weekly_talks",
                columns: new[] { "TeacherId", "WeekOf" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_care_concerns");

            migrationBuilder.DropTable(
                name: "archive_care_visits");

            migrationBuilder.DropTable(
                name: "archive_guardian_entrustments");

            migrationBuilder.DropTable(
                name: "archive_staff_assignments");

            migrationBuilder.DropTable(
                name: "archive_weekly_talks");
        }
    }
}
