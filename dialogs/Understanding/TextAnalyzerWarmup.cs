using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>Loads or trains the intent model in the background at start so the first message does not wait for it.</summary>
internal sealed partial class TextAnalyzerWarmup(LocalTextAnalyzer analyzer, ILogger<TextAnalyzerWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                _ = analyzer.Classifier;
            }
            catch (Exception ex)
            {
                // The first analysis retries and surfaces the error; start-up must not fail on it.
                LogWarmupFailed(logger, ex.GetType().Name);
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Intent model warm-up failed ({Error})")]
    private static partial void LogWarmupFailed(ILogger logger, string error);
}
