using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Archive.Data;

/// <summary>PostgreSQL flavour with its own migrations (Data/Migrations/Postgres).</summary>
internal sealed class PostgresArchiveDbContext(DbContextOptions<PostgresArchiveDbContext> options) : ArchiveDbContext(options);
