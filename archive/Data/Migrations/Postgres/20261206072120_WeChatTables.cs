using LeftBehind.Archive.Data.HostTables;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Postgres
{
    /// <summary>
    /// The WeChat channel's tables, which bot/WeChat used to create itself: "IF NOT EXISTS", so a database it made
    /// upgrades in place and keeps its rows (hand-written because EF's CreateTable cannot say so).
    /// </summary>
    public partial class WeChatTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in WeChatTablesDdl.Create()) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in WeChatTablesDdl.Drop()) migrationBuilder.Sql(sql);
        }
    }
}
