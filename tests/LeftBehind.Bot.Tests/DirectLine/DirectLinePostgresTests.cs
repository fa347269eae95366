using System.Net;
using LeftBehind.Tests.Infrastructure;

namespace LeftBehind.Tests.Bot;

/// <summary>The durable Direct Line queue and token key on a real PostgreSQL: the same SQL as on SQLite.</summary>
public sealed class DirectLinePostgresTests
{
    [Fact]
    public async Task Conversation_queue_and_tokens_work_on_postgres_and_survive_a_restart()
    {
        var cs = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        string conversationId, token;
        using (var first = Postgres(cs))
        {
            var dl = new DirectLineClient(first.CreateClient());
            conversationId = await dl.StartAsync();
            await dl.PostMessageAsync(conversationId, "pg one", "c1");
            await dl.PostMessageAsync(conversationId, "pg two", "c2");
            token = dl.Token!;
        }
        using var second = Postgres(cs);
        var again = new DirectLineClient(second.CreateClient()) { Token = token };
        var (activities, watermark) = await again.GetAsync(conversationId, "2");
        Assert.Equal(["pg two", "echo: pg two"], activities.Select(a => a.GetProperty("text").GetString()));
        Assert.Equal("4", watermark);
        var health = await second.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static HostFactory Postgres(string cs)
    {
        var host = new HostFactory();
        host.Settings["Storage:Provider"] = "Postgres";
        host.Settings["ConnectionStrings:LeftBehind"] = cs;
        return host;
    }
}
