using LeftBehind.Archive.Model;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

public sealed class ArchiveSchemaTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Migrations_create_the_archive_and_leave_other_tables_alone(string provider)
    {
        await using (var h = await ArchiveHarness.CreateAsync(provider))
        {
            await using var db = h.Db();
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE other_area_queue (id integer primary key, body text)");
            await db.Database.ExecuteSqlRawAsync("INSERT INTO other_area_queue (id, body) VALUES (1, 'kept')");
            db.Schools.Add(new School { Name = "测试小学" });
            await db.SaveChangesAsync();
            // Migrating again (a restart) is a no-op and keeps both the archive rows and the unknown table.
            await db.Database.MigrateAsync();
            Assert.Equal(1, await db.Schools.CountAsync());
            Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM other_area_queue").SingleAsync());
        }
    }
}
