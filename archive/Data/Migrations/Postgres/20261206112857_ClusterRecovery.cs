using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ClusterRecovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "done_at",
                table: "wechat_inbound",
                type: "bigint",
                nullable: true);

            // Every message claimed before this column existed had finished or is lost already: none is left for the sweep.
            migrationBuilder.Sql("UPDATE wechat_inbound SET done_at = processed_at WHERE processed_at IS NOT NULL");

            migrationBuilder.AddColumn<long>(
                name: "inbound_seq",
                table: "directline_turns",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "sched_channel_rates",
                columns: table => new
                {
                    channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tat = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("sched_channel_rates_pkey", x => x.channel);
                });

            migrationBuilder.CreateIndex(
                name: "ix_wechat_inbound_unfinished",
                table: "wechat_inbound",
                column: "processed_at",
                filter: "processed_at IS NOT NULL AND done_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_directline_turns_pending",
                table: "directline_turns",
                column: "conversation_id",
                filter: "inbound_seq > turn_seq");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sched_channel_rates");

            migrationBuilder.DropIndex(
                name: "ix_wechat_inbound_unfinished",
                table: "wechat_inbound");

            migrationBuilder.DropIndex(
                name: "ix_directline_turns_pending",
                table: "directline_turns");

            migrationBuilder.DropColumn(
                name: "done_at",
                table: "wechat_inbound");

            migrationBuilder.DropColumn(
                name: "inbound_seq",
                table: "directline_turns");
        }
    }
}
