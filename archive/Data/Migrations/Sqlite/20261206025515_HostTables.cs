using LeftBehind.Archive.Data.HostTables;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LeftBehind.Archive.Data.Migrations.Sqlite
{
    /// <summary>
    /// The kernel's, scheduler's and host's tables, which those areas used to create themselves: "IF NOT EXISTS", so a
    /// database they made upgrades in place and keeps its rows (hand-written because EF's CreateTable cannot say so).
    /// </summary>
    public partial class HostTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in HostTablesDdl.Create(postgres: false)) migrationBuilder.Sql(sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in HostTablesDdl.Drop()) migrationBuilder.Sql(sql);
        }
    }
}
