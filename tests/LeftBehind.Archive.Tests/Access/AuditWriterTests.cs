using LeftBehind.Archive.Access;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Tests.Archive;

/// <summary>Audit rows are written behind the reads, in batches, and none is lost: not in a burst, not on a graceful stop.</summary>
public sealed class AuditWriterTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Every_read_in_a_burst_of_concurrent_reads_is_audited(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var children = h.Get<IChildrenService>();
        const int reads = 400;
        await Task.WhenAll(Enumerable.Range(0, reads).Select(i => Task.Run(() => children.GetChildAsync(i % 2 == 0 ? s.Father : s.OtherFather, s.Ming))));

        var audit = await h.Get<IAuditLog>().ForChildAsync(s.Ming, max: 1000);
        Assert.Equal(reads / 2, audit.Count(a => a.ActorPersonId == s.Father.PersonId && a.Action == "child.read" && a.Allowed));
        Assert.Equal(reads / 2, audit.Count(a => a.ActorPersonId == s.OtherFather.PersonId && a.Action == "child.read" && !a.Allowed));
    }

    [Fact]
    public async Task Rows_still_queued_are_written_when_the_writer_is_disposed()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var writer = new AuditWriter(h.Get<IDbContextFactory<LeftBehind.Archive.Data.ArchiveDbContext>>(), h.Get<LeftBehind.Archive.Storage.IDbConnectionFactory>(), h.Time, NullLogger<AuditWriter>.Instance);
        const int rows = 3 * AuditWriter.MaxBatch + 7;
        for (var i = 0; i < rows; i++) Assert.True(writer.TryEnqueue(Entry(h, "dispose.test", i)));

        await writer.DisposeAsync();

        await using var db = h.Db();
        Assert.Equal(rows, await db.Audit.CountAsync(a => a.Action == "dispose.test"));
        Assert.Equal(Enumerable.Range(0, rows).Select(i => (int?)i), await db.Audit.Where(a => a.Action == "dispose.test").OrderBy(a => a.Id).Select(a => a.ChildId).ToListAsync());
    }

    [Fact]
    public async Task A_graceful_stop_of_the_host_writes_every_queued_row_first()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var writer = h.Get<AuditWriter>();
        var stop = new AuditFlushOnStop(writer);
        await stop.StartAsync(CancellationToken.None);
        for (var i = 0; i < 1000; i++) Assert.True(writer.TryEnqueue(Entry(h, "stop.test", i)));

        await stop.StopAsync(CancellationToken.None);

        await using var db = h.Db();
        Assert.Equal(1000, await db.Audit.CountAsync(a => a.Action == "stop.test"));
    }

    [Fact]
    public async Task When_the_writer_takes_no_more_rows_the_read_saves_its_own_audit_row()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var closed = new AuditWriter(h.Get<IDbContextFactory<LeftBehind.Archive.Data.ArchiveDbContext>>(), h.Get<LeftBehind.Archive.Storage.IDbConnectionFactory>(), h.Time);
        await closed.DisposeAsync();
        Assert.False(closed.TryEnqueue(Entry(h, "closed", 0)));
        var policy = new AccessPolicy(h.Time, closed);

        await using (var db = h.Db())
        {
            Assert.NotNull(await policy.ReadAsync(db, s.Father, s.Ming, "fallback.read", CancellationToken.None));
            await db.SaveChangesAsync();
        }

        await using var check = h.Db();
        var row = await check.Audit.SingleAsync(a => a.Action == "fallback.read");
        Assert.Equal(s.Father.PersonId, row.ActorPersonId);
        Assert.True(row.Allowed);
    }

    private static AuditEntry Entry(ArchiveHarness h, string action, int i) => new()
    {
        At = h.Time.GetUtcNow(),
        ActorRole = ActorRole.Admin,
        Action = action,
        ChildId = i,
        Allowed = true,
    };
}
