using Microsoft.EntityFrameworkCore.Design;

namespace LeftBehind.Archive.Data;

/// <summary>Used by dotnet-ef only (migrations add --context PostgresArchiveDbContext); never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresArchiveDbContext>
{
    public PostgresArchiveDbContext CreateDbContext(string[] args) =>
        new(ArchiveDbContextFactory.BuildPostgres("Host=127.0.0.1;Database=design_time"));
}
