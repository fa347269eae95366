using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "archive_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ActorPersonId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: true),
                    Allowed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_invite_attempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ThrottleKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_invite_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_persons",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Workplace = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "archive_channel_bindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ChannelUserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ConversationReferenceJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BoundAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_channel_bindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_channel_bindings_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_consents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TextVersion = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_consents_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_invites",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    ChildId = table.Column<int>(type: "integer", nullable: true),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_invites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_invites_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_preferences",
                columns: table => new
                {
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Locale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LowLiteracy = table.Column<bool>(type: "boolean", nullable: false),
                    QuietStart = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    QuietEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CallHome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CallHomeDay = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CallHomeTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_preferences", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_archive_preferences_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_classes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    HeadTeacherId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_classes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_classes_archive_persons_HeadTeacherId",
                        column: x => x.HeadTeacherId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_archive_classes_archive_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "archive_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_children",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    ClassId = table.Column<int>(type: "integer", nullable: false),
                    StudentNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Gender = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LeftBehindType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GuardianRelation = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PairedTeacherId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ErasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_children_archive_classes_ClassId",
                        column: x => x.ClassId,
                        principalTable: "archive_classes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_archive_children_archive_persons_PairedTeacherId",
                        column: x => x.PairedTeacherId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_archive_children_archive_schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "archive_schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_attendance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    RecordedById = table.Column<int>(type: "integer", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_attendance_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_call_bookings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: false),
                    ScheduledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConfirmedById = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReminderQueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_call_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_call_bookings_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_contacts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_contacts_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_emergencies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    RaisedById = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_emergencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_emergencies_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_family_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_family_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_family_links_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_archive_family_links_archive_persons_PersonId",
                        column: x => x.PersonId,
                        principalTable: "archive_persons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_leave_requests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    RequestedById = table.Column<int>(type: "integer", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_leave_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_leave_requests_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_letters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    Direction = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PhotoUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_letters_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_notes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<int>(type: "integer", nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_notes_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_questions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChildId = table.Column<int>(type: "integer", nullable: false),
                    AskedById = table.Column<int>(type: "integer", nullable: false),
                    AssignedTeacherId = table.Column<int>(type: "integer", nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Urgent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandedOverAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    AnswerDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_questions_archive_children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "archive_children",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "archive_emergency_recipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmergencyId = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AlertCount = table.Column<int>(type: "integer", nullable: false),
                    LastAlertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_archive_emergency_recipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_archive_emergency_recipients_archive_emergencies_EmergencyId",
                        column: x => x.EmergencyId,
                        principalTable: "archive_emergencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_archive_attendance_ChildId_Date",
                table: "archive_attendance",
                columns: new[] { "ChildId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_attendance_Date_Status",
                table: "archive_attendance",
                columns: new[] { "Date", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_audit_At",
                table: "archive_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_archive_audit_ChildId_At",
                table: "archive_audit",
                columns: new[] { "ChildId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_call_bookings_ChildId",
                table: "archive_call_bookings",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_call_bookings_Status_ScheduledAt",
                table: "archive_call_bookings",
                columns: new[] { "Status", "ScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_bindings_ChannelId_ChannelUserId",
                table: "archive_channel_bindings",
                columns: new[] { "ChannelId", "ChannelUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_channel_bindings_PersonId",
                table: "archive_channel_bindings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_children_ClassId",
                table: "archive_children",
                column: "ClassId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_children_PairedTeacherId",
                table: "archive_children",
                column: "PairedTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_children_SchoolId_StudentNumber",
                table: "archive_children",
                columns: new[] { "SchoolId", "StudentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_classes_HeadTeacherId",
                table: "archive_classes",
                column: "HeadTeacherId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_classes_SchoolId_Name",
                table: "archive_classes",
                columns: new[] { "SchoolId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_consents_PersonId",
                table: "archive_consents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_contacts_ChildId_At",
                table: "archive_contacts",
                columns: new[] { "ChildId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_contacts_ParentId_At",
                table: "archive_contacts",
                columns: new[] { "ParentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergencies_ChildId",
                table: "archive_emergencies",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergency_recipients_EmergencyId_PersonId",
                table: "archive_emergency_recipients",
                columns: new[] { "EmergencyId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_emergency_recipients_PersonId_AcknowledgedAt",
                table: "archive_emergency_recipients",
                columns: new[] { "PersonId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_family_links_ChildId_Role",
                table: "archive_family_links",
                columns: new[] { "ChildId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_family_links_PersonId",
                table: "archive_family_links",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_invite_attempts_ThrottleKey_At",
                table: "archive_invite_attempts",
                columns: new[] { "ThrottleKey", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_invites_Code",
                table: "archive_invites",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_archive_invites_PersonId",
                table: "archive_invites",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_leave_requests_ChildId",
                table: "archive_leave_requests",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_letters_ChildId_CreatedAt",
                table: "archive_letters",
                columns: new[] { "ChildId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_notes_ChildId_CreatedAt",
                table: "archive_notes",
                columns: new[] { "ChildId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_persons_SchoolId_Kind_Name",
                table: "archive_persons",
                columns: new[] { "SchoolId", "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_questions_AssignedTeacherId_Status",
                table: "archive_questions",
                columns: new[] { "AssignedTeacherId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_questions_ChildId",
                table: "archive_questions",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_archive_questions_Status_CreatedAt",
                table: "archive_questions",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_archive_schools_Name",
                table: "archive_schools",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "archive_attendance");

            migrationBuilder.DropTable(
                name: "archive_audit");

            migrationBuilder.DropTable(
                name: "archive_call_bookings");

            migrationBuilder.DropTable(
                name: "archive_channel_bindings");

            migrationBuilder.DropTable(
                name: "archive_consents");

            migrationBuilder.DropTable(
                name: "archive_contacts");

            migrationBuilder.DropTable(
                name: "archive_emergency_recipients");

            migrationBuilder.DropTable(
                name: "archive_family_links");

            migrationBuilder.DropTable(
                name: "archive_invite_attempts");

            migrationBuilder.DropTable(
                name: "archive_invites");

            migrationBuilder.DropTable(
                name: "archive_leave_requests");

            migrationBuilder.DropTable(
                name: "archive_letters");

            migrationBuilder.DropTable(
                name: "archive_notes");

            migrationBuilder.DropTable(
                name: "archive_preferences");

            migrationBuilder.DropTable(
                name: "archive_questions");

            migrationBuilder.DropTable(
                name: "archive_emergencies");

            migrationBuilder.DropTable(
                name: "archive_children");

            migrationBuilder.DropTable(
                name: "archive_classes");

            migrationBuilder.DropTable(
                name: "archive_persons");

            migrationBuilder.DropTable(
                name: "archive_schools");
        }
    }
}
