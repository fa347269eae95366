using System.Text.Json;
using LeftBehind.Bench.Infra;

namespace LeftBehind.Tests.Cluster;

/// <summary>Three instances on one PostgreSQL behind the load balancer, shared by the tests of one class.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    internal ServiceCluster Cluster { get; private set; } = null!;


    public async Task InitializeAsync() => Cluster = await ServiceCluster.StartAsync(3);

    public async Task DisposeAsync()
    {
        foreach (var task in _bound.Values.Where(t => t.IsCompletedSuccessfully)) await task.Result.DisposeAsync();
        if (Cluster is not null) await Cluster.DisposeAsync();
    }

    private readonly Dictionary<string, Task<ClusterConversation>> _bound = new();

    /// <summary>The one conversation of the person behind a demo invite code (a code binds once), bound on first use.</summary>
    internal Task<ClusterConversation> PersonAsync(string code)
    {
        lock (_bound)
        {
            if (!_bound.TryGetValue(code, out var task)) _bound[code] = task = BoundAsync(code.ToLowerInvariant(), code);
            return task;
        }
    }

    /// <summary>A new Direct Line conversation through the proxy whose user redeemed <paramref name="code"/>.</summary>
    internal async Task<ClusterConversation> BoundAsync(string userPrefix, string code)
    {
        var conversation = new ClusterConversation(Cluster.Http, userPrefix + "-" + Guid.NewGuid().ToString("n")[..8], Cluster.Proxy);
        await conversation.StartAsync();
        var from = conversation.Count;
        await conversation.SayAsync(code);
        await conversation.WaitForAsync(ClusterConversation.BotText(t => t.StartsWith("绑定成功", StringComparison.Ordinal)), TimeSpan.FromSeconds(20), from);
        return conversation;
    }

    /// <summary>
    /// Makes the proxy's next round-robin pick an instance other than <paramref name="avoid"/>: a /healthz through the
    /// proxy shows where the counter stands (the test is the proxy's only client).
    /// </summary>
    internal async Task SteerAwayFromAsync(string avoid)
    {
        var n = Cluster.Instances.Count;
        for (var i = 0; i < n + 1; i++)
        {
            using var r = await Cluster.Http.GetAsync("/healthz");
            var served = r.Headers.GetValues(LoadBalancer.DestinationHeader).First();
            var next = "i" + ((int.Parse(served[1..], System.Globalization.CultureInfo.InvariantCulture) + 1) % n);
            if (next != avoid) return;
        }
    }

    internal static bool IsTyping(JsonElement a) => a.TryGetProperty("type", out var t) && t.GetString() == "typing";
}
