using System.Collections.Concurrent;

namespace LeftBehind.Tests.WeChat;

/// <summary>A follower as WeChat knows them: following or not, when they last wrote (the 48-hour window) and what reached them.</summary>
public sealed class SimUser(string openId)
{
    public string OpenId { get; } = openId;
    public bool Subscribed { get; set; }
    public DateTimeOffset LastInteraction { get; set; }
    public int CustomSinceInteraction { get; set; }
    public ConcurrentQueue<SimMessage> Inbox { get; } = new();
    public SemaphoreSlim Arrived { get; } = new(0);
    public List<SimMessage> All { get; } = [];

    /// <summary>Waits for a message containing every fragment; earlier messages are consumed.</summary>
    public async Task<SimMessage> ExpectAsync(params string[] fragments)
    {
        var until = TimeProvider.System.GetUtcNow().AddMinutes(2); // a guard against a hang only: each wake-up is an arrival
        var seen = new List<string>();
        while (true)
        {
            while (Inbox.TryDequeue(out var m))
            {
                seen.Add(m.Method + ": " + m.Readable);
                if (fragments.All(f => m.Readable.Contains(f, StringComparison.Ordinal))) return m;
            }
            var left = until - TimeProvider.System.GetUtcNow();
            if (left <= TimeSpan.Zero) throw new Xunit.Sdk.XunitException($"{OpenId} got no message with [{string.Join(" + ", fragments)}]; got:\n" + string.Join("\n", seen));
            await Arrived.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Waits for a message sent by <paramref name="method"/> (e.g. <c>custom-image</c>); earlier messages are consumed.</summary>
    public async Task<SimMessage> ExpectMethodAsync(string method)
    {
        var until = TimeProvider.System.GetUtcNow().AddMinutes(2); // a guard against a hang only: each wake-up is an arrival
        var seen = new List<string>();
        while (true)
        {
            while (Inbox.TryDequeue(out var m))
            {
                seen.Add(m.Method + ": " + m.Readable);
                if (m.Method == method) return m;
            }
            var left = until - TimeProvider.System.GetUtcNow();
            if (left <= TimeSpan.Zero) throw new Xunit.Sdk.XunitException($"{OpenId} got no {method} message; got:\n" + string.Join("\n", seen));
            await Arrived.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Everything that arrives within <paramref name="quiet"/> of the last message.</summary>
    public async Task<List<SimMessage>> DrainAsync(TimeSpan quiet)
    {
        var list = new List<SimMessage>();
        while (true)
        {
            while (Inbox.TryDequeue(out var m)) list.Add(m);
            if (!await Arrived.WaitAsync(quiet)) return list;
        }
    }
}
