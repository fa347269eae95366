using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Understanding;

/// <summary>
/// Gets the local analyzer ready before the host serves anything: a cached intent model is loaded (and a few messages
/// analysed, so the first user's turn does not pay for the model's and the lexicons' first use) before start-up
/// completes, hence before /healthz says ready. A model not yet trained (a fresh clone) is trained in the background so
/// start-up is not held for it; the first message waits for it then.
/// </summary>
internal sealed partial class TextAnalyzerWarmup(LocalTextAnalyzer analyzer, IOptions<TextAnalysisOptions> options, ILogger<TextAnalyzerWarmup> logger) : IHostedService
{
    // One line per script and the shapes of the hot flows: a question about attendance, a request for the teacher, a digit.
    private static readonly string[] Samples = ["孩子这周上学了吗", "帮我问问老师", "孩子這週上學了嗎", "did my child go to school today", "1"];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var cached = File.Exists(Path.Combine(Path.GetFullPath(options.Value.ModelDirectory), IntentModelStore.FileName(IntentCorpus.Embedded)));
        var warm = Task.Run(Warm, CancellationToken.None);
        return cached ? warm.WaitAsync(cancellationToken) : Task.CompletedTask;
    }

    private void Warm()
    {
        try
        {
            foreach (var sample in Samples) analyzer.Analyze(sample, null);
        }
        catch (Exception ex)
        {
            // The first analysis retries and surfaces the error; start-up must not fail on it.
            LogWarmupFailed(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Intent model warm-up failed ({Error})")]
    private static partial void LogWarmupFailed(ILogger logger, string error);
}
