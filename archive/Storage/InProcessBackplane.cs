using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LeftBehind.Archive.Storage;

/// <summary>One instance (SQLite): a message reaches this process's handlers and nothing else.</summary>
public sealed class InProcessBackplane(ILogger<InProcessBackplane>? logger = null) : IBackplane
{
    private readonly BackplaneHandlers _handlers = new(logger ?? NullLogger<InProcessBackplane>.Instance);

    public bool SpansProcesses => false;

    public Task PublishAsync(string topic, string payload, CancellationToken cancellationToken = default)
    {
        _handlers.Dispatch(topic, payload);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(string topic, Action<string> handler) => _handlers.Subscribe(topic, handler);

    public IDisposable OnReconnected(Action handler) => _handlers.OnReconnected(handler);
}
