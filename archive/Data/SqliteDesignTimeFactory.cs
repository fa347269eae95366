using Microsoft.EntityFrameworkCore.Design;

namespace LeftBehind.Archive.Data;

/// <summary>Used by dotnet-ef only (migrations add --context SqliteArchiveDbContext).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteArchiveDbContext>
{
    public SqliteArchiveDbContext CreateDbContext(string[] args) =>
        new(ArchiveDbContextFactory.BuildSqlite("Data Source=design-time.db"));
}
