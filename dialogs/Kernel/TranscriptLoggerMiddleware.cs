using LeftBehind.Dialogs.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Logs the incoming activity and every reply, text and speak redacted, once the turn is over (Bot Builder's
/// shape: roles set, ids and timestamps filled, ContinueConversation events skipped). A failing logger never
/// fails the turn. Only when <see cref="KernelOptions.TranscriptLogging"/> is on.
/// </summary>
internal sealed class TranscriptLoggerMiddleware(
    ITranscriptLogger logger, ITextRedactor redactor, TimeProvider time, IOptions<KernelOptions> options, ILogger<TranscriptLoggerMiddleware> log) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (!options.Value.TranscriptLogging)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        var queue = new List<Activity>();
        if (turnContext.Activity is not { Type: ActivityTypes.Event, Name: "ContinueConversation" })
            queue.Add(Copy(turnContext.Activity, "user"));
        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            var responses = await nextSend().ConfigureAwait(false);
            lock (queue)
            {
                for (var i = 0; i < activities.Count; i++)
                {
                    var copy = Copy(activities[i], "bot");
                    if (copy.Id is null && i < responses.Length) copy.Id = responses[i].Id;
                    queue.Add(copy);
                }
            }
            return responses;
        });
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await FlushAsync(queue).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(List<Activity> queue)
    {
        Activity[] items;
        lock (queue) items = [.. queue];
        foreach (var a in items)
        {
            try
            {
                await logger.LogActivityAsync(a, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Transcript logging failed for activity {ActivityId} in {ChannelId}", a.Id, a.ChannelId);
            }
        }
    }

    private Activity Copy(Activity activity, string role)
    {
        var copy = activity with
        {
            Text = activity.Text is null ? null : redactor.Redact(activity.Text),
            Speak = activity.Speak is null ? null : redactor.Redact(activity.Speak),
            Id = activity.Id ?? "g_" + Guid.NewGuid().ToString("n"),
            Timestamp = activity.Timestamp ?? time.GetUtcNow(),
        };
        if (copy.From is { } sender && sender.Role is null) copy.From = sender with { Role = role };
        return copy;
    }
}
