using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Archive.Storage;

/// <summary>The handler lists both backplanes share: per topic, and for reconnects.</summary>
internal sealed class BackplaneHandlers(ILogger logger)
{
    private readonly ConcurrentDictionary<string, ImmutableHandlers<string>> _topics = new(StringComparer.Ordinal);
    private ImmutableHandlers<object?> _reconnected = ImmutableHandlers<object?>.Empty;

    public IDisposable Subscribe(string topic, Action<string> handler)
    {
        _topics.AddOrUpdate(topic, _ => ImmutableHandlers<string>.Empty.Add(handler), (_, list) => list.Add(handler));
        return new Unsubscriber(() => _topics.AddOrUpdate(topic, _ => ImmutableHandlers<string>.Empty, (_, list) => list.Remove(handler)));
    }

    public IDisposable OnReconnected(Action handler)
    {
        Action<object?> wrapped = _ => handler();
        ImmutableInterlocked(ref _reconnected, l => l.Add(wrapped));
        return new Unsubscriber(() => ImmutableInterlocked(ref _reconnected, l => l.Remove(wrapped)));
    }

    public void Dispatch(string topic, string payload)
    {
        if (!_topics.TryGetValue(topic, out var list)) return;
        foreach (var handler in list.Items) Run(() => handler(payload), topic);
    }

    public void DispatchReconnected()
    {
        foreach (var handler in Volatile.Read(ref _reconnected).Items) Run(() => handler(null), "reconnected");
    }

    private void Run(Action action, string topic)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            // One broken handler must not starve the others (or kill the listener).
            logger.LogError(ex, "Backplane handler for {Topic} failed", topic);
        }
    }

    private static void ImmutableInterlocked(ref ImmutableHandlers<object?> location, Func<ImmutableHandlers<object?>, ImmutableHandlers<object?>> change)
    {
        while (true)
        {
            var before = Volatile.Read(ref location);
            if (ReferenceEquals(Interlocked.CompareExchange(ref location, change(before), before), before)) return;
        }
    }

    private sealed class Unsubscriber(Action undo) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) undo();
        }
    }
}
