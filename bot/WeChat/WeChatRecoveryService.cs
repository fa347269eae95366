using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>At start, runs the turns of messages that were stored and answered <c>success</c> but whose turn never started (a crash in between).</summary>
internal sealed class WeChatRecoveryService(WeChatStore store, WeChatInboundProcessor processor, IOptions<WeChatOptions> options, ILogger<WeChatRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured) return;
        await Task.Yield();
        try
        {
            var rows = await store.ListUnprocessedAsync(1000, stoppingToken).ConfigureAwait(false);
            if (rows.Count > 0) logger.LogWarning("Running {Count} WeChat messages stored before the last stop", rows.Count);
            foreach (var (key, fields, baseUrl) in rows) await processor.ProcessAsync(key, fields, baseUrl, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "WeChat recovery failed");
        }
    }
}
