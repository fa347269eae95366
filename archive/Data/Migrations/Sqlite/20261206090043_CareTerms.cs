using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GuardianCare",
                table: "archive_care_visits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeSafety",
                table: "archive_care_visits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Mood",
                table: "archive_care_visits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudyPlace",
                table: "archive_care_visits",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "archive_meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassId = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_meetings_archive_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "archive_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_meeting_invitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChildId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RepliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_meeting_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_meeting_invitations_archive_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "archive_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_archive_meeting_invitations_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_meeting_invitations_MeetingId_PersonId",
                table: "archive_meeting_invitations",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_meeting_invitations_PersonId_InvitedAt",
                table: "archive_meeting_invitations",
                columns: new[] { "PersonId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_meetings_SchoolId_At",
                table: "archive_meetings",
                columns: new[] { "SchoolId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_meeting_invitations");

            migrationBuilder.DropTable(
                name: "archive_meetings");

            migrationBuilder.DropColumn(
                name: "GuardianCare",
                table: "archive_care_visits");

            migrationBuilder.DropColumn(
                name: "HomeSafety",
                table: "archive_care_visits");

            migrationBuilder.DropColumn(
                name: "Mood",
                table: "archive_care_visits");

            migrationBuilder.DropColumn(
                name: "StudyPlace",
                table: "archive_care_visits");
        }
    }
}
