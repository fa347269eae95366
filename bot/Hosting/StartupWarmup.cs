using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.Hosting;

/// <summary>
/// Runs the hot paths' first-use costs before the host serves a request (hosted services start before the server
/// listens), so /healthz says ready only when the first turn will not pay them: EF Core builds its model and compiles
/// the sender and preference queries, the kernel's state read and the Direct Line store open their connections, and
/// System.Text.Json builds the Activity contract. Reads only, of keys that cannot exist: nothing is written. A failure
/// here is logged and start-up goes on — the first real turn would only be slower.
/// </summary>
internal sealed partial class StartupWarmup(IServiceProvider services, ILogger<StartupWarmup> logger) : IHostedService
{
    private const string Nobody = "warm-up";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Wall time of this process's start-up work, for the log; not the service's clock.
        var started = Stopwatch.GetTimestamp();
        try
        {
            var json = JsonSerializer.Serialize(SampleActivity(), BotJson.Options);
            _ = JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
            await services.GetRequiredService<IBindingService>().FindAsync(Nobody, Nobody, cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<IPreferenceService>().GetAsync(0, cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<IStorage>().ReadAsync([Nobody + "/conversations/" + Nobody], cancellationToken).ConfigureAwait(false);
            await services.GetRequiredService<DirectLineStore>().UserOfAsync(Nobody, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex.GetType().Name);
        }
        LogWarm(logger, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static Activity SampleActivity() => new()
    {
        Type = ActivityTypes.Message,
        Id = Nobody,
        ChannelId = Nobody,
        ServiceUrl = "http://127.0.0.1/",
        From = new ChannelAccount { Id = Nobody, Name = Nobody },
        Recipient = new ChannelAccount { Id = Nobody },
        Conversation = new ConversationAccount { Id = Nobody },
        Text = "孩子这周上学了吗",
        Locale = "zh-CN",
    };

    [LoggerMessage(EventId = 1190, Level = LogLevel.Information, Message = "Hot paths warmed in {ElapsedMs} ms")]
    private static partial void LogWarm(ILogger logger, long elapsedMs);

    [LoggerMessage(EventId = 1191, Level = LogLevel.Warning, Message = "Warm-up of the hot paths failed ({Error}); the first turns will be slower")]
    private static partial void LogFailed(ILogger logger, string error);
}
