using System.Net;
using LeftBehind.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Tests.Bot;

/// <summary>
/// /healthz says ready only after the hot paths were warmed (hosted services start before the server listens), and the
/// warm-up reads only: it leaves nothing behind in the database.
/// </summary>
public sealed class StartupWarmupTests
{
    private const int Warmed = 1190;
    private const int WarmupFailed = 1191;

    [Fact]
    public async Task Hot_paths_are_warmed_without_error_before_healthz_answers_and_nothing_is_written()
    {
        var logs = new CapturedLogs();
        using var factory = new LeftBehindFactory();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(logs)));

        var health = await host.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains(logs.Entries, e => e.EventId == Warmed && e.Category.EndsWith("StartupWarmup", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.EventId == WarmupFailed);
        await using var db = new SqliteConnection($"Data Source={Path.Combine(factory.DataDirectory, "leftbehind.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        foreach (var sql in new[]
                 {
                     "SELECT COUNT(*) FROM kernel_state WHERE key LIKE '%warm-up%'",
                     "SELECT COUNT(*) FROM directline_conversations WHERE id = 'warm-up'",
                     "SELECT COUNT(*) FROM archive_channel_bindings WHERE ChannelUserId = 'warm-up'",
                 })
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = sql;
            Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
        }
    }
}
