using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>
/// Runs one turn with durable state, safely under concurrency:
/// turns of one conversation take an in-process lock and, with several instances, the cluster lock (so they run one
/// after another across processes); state is read in one round
/// trip and written in one atomic batch carrying the eTags read; if another process saved first, the attempt is
/// thrown away — state and replies alike — and the turn runs again on fresh state. Replies are held back until
/// the save succeeded, so a re-run never shows the user a step twice. An activity redelivered with an id the
/// conversation already processed is answered with the replies stored for it and does not run again
/// (<see cref="ProcessedActivityLog"/>).
/// </summary>
public sealed class TurnRunner(
    UserState userState,
    ConversationState conversationState,
    PrivateConversationState privateConversationState,
    KernelAccessors accessors,
    ConversationLocks locks,
    IOptions<KernelOptions> options,
    ILogger<TurnRunner> log,
    IClusterLock? clusterLock = null)
{
    private readonly ProcessedActivityLog _processed = new(conversationState, options.Value);

    public async Task RunAsync(ITurnContext turnContext, BotCallbackHandler turn, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var lockKey = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        using var held = await locks.AcquireAsync(lockKey, cancellationToken).ConfigureAwait(false);
        // Several instances on one database: the conversation's turn also excludes the other processes. Taken after the
        // local lock, so one process waits with one connection per conversation, not one per queued turn.
        var acrossProcesses = clusterLock is { SpansProcesses: true };
        var states = new BotStateSet(userState, conversationState, privateConversationState);
        var (heldAcrossLock, prefetched, writer) = acrossProcesses ? await AcquireAcrossAsync("turn/" + lockKey, states, turnContext, cancellationToken).ConfigureAwait(false) : default;
        await using var heldAcross = heldAcrossLock;
        var maxAttempts = options.Value.MaxTurnAttempts;
        var activityKey = _processed.KeyOf(turnContext);
        for (var attempt = 1; ; attempt++)
        {
            var replies = new List<Activity>();
            var context = CreateAttempt(turnContext, replies);
            // State cached before the lock (the locale middleware's profile read) may be stale if we waited.
            // Across processes we cannot tell whether another instance ran a turn meanwhile: always read afresh.
            if (attempt > 1 || held.WasContended || acrossProcesses) states.ForgetAll(context);
            try
            {
                if (attempt == 1 && prefetched is not null) states.AttachAll(context, prefetched);
                else await states.LoadAllAsync(context, false, cancellationToken).ConfigureAwait(false);
                // Checked on every attempt: after a conflict, the process that saved first may have run this very activity.
                if (activityKey is not null && await _processed.FindAsync(context, activityKey, cancellationToken).ConfigureAwait(false) is { } done)
                {
                    log.LogInformation("Activity {ActivityId} was already processed; replaying its {Count} replies instead of running the turn again", activity.Id, done.Count);
                    if (done.Count > 0) await turnContext.SendActivitiesAsync(done, cancellationToken).ConfigureAwait(false);
                    return;
                }
                var profile = context.Activity.From?.Id is { Length: > 0 } ? await accessors.Profile.GetAsync(context, null, cancellationToken).ConfigureAwait(false) : null;
                LocaleMiddleware.Apply(context, profile, options.Value.DefaultTimeZone);
                try
                {
                    await turn(context, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not StorageConflictException)
                {
                    await ForgetDialogsAsync(turnContext, states, cancellationToken).ConfigureAwait(false);
                    throw;
                }
                var record = activityKey is null ? null : await _processed.RecordAsync(context, states, activityKey, replies, cancellationToken).ConfigureAwait(false);
                await states.SaveAllChangesAsync(context, false, record, cancellationToken, writer).ConfigureAwait(false);
            }
            catch (StorageConflictException ex) when (attempt < maxAttempts)
            {
                log.LogInformation("State conflict on {StorageKey} (attempt {Attempt}); re-running the turn of activity {ActivityId}", ex.Key, attempt, activity.Id);
                continue;
            }
            foreach (var (key, value) in context.TurnState) turnContext.TurnState[key] = value;
            turnContext.Locale = context.Locale;
            if (replies.Count > 0) await turnContext.SendActivitiesAsync(replies, cancellationToken).ConfigureAwait(false);
            await RunAfterRepliesAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }
    }

    /// <summary>
    /// The cross-process lock; when it can read the state in the same round trip (PostgreSQL), the first attempt's rows
    /// come with it (read after the lock was granted, so as fresh as a read of its own), and the turn's writes can go
    /// through the lock's connection.
    /// </summary>
    private async Task<(IAsyncDisposable? Held, IReadOnlyDictionary<string, StorageEntry>? Rows, IStateWriter? Writer)> AcquireAcrossAsync(string key, BotStateSet states, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (clusterLock is IStateReadingClusterLock reading && states.SharedStorage is { } storage && reading.CanRead(storage))
        {
            var locked = await reading.AcquireAndReadAsync(key, states.Keys(turnContext), cancellationToken).ConfigureAwait(false);
            return (locked.Held, locked.Rows, locked.Writer);
        }
        return (await clusterLock!.AcquireAsync(key, cancellationToken).ConfigureAwait(false), null, null);
    }

    /// <summary>
    /// A step that threw would meet the next message where it stopped and throw again, and the user would hear the same
    /// apology until they happened to send "0": the stored dialog stack is emptied (the rest of the conversation's state
    /// stays), so the next message starts over. When even that cannot be written (the database is down) the stack stays
    /// as it was, and the same message can be tried again later.
    /// </summary>
    private async Task ForgetDialogsAsync(ITurnContext failed, BotStateSet states, CancellationToken cancellationToken)
    {
        var context = CreateAttempt(failed, []);
        try
        {
            states.ForgetAll(context);
            await states.LoadAllAsync(context, false, cancellationToken).ConfigureAwait(false);
            await accessors.DialogState.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
            await states.SaveAllChangesAsync(context, false, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("The dialog stack of activity {ActivityId}'s failed turn could not be reset: {Error}", failed.Activity.Id, ex.GetType().Name);
        }
    }

    /// <summary>The successful attempt's follow-ups (<see cref="KernelTurnState.AfterReplies"/>), in the order asked.</summary>
    private async Task RunAfterRepliesAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        foreach (var work in KernelTurnState.TakeAfterReplies(context))
        {
            try
            {
                await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The turn is saved and answered; failing it now would only replay the same replies.
                log.LogError(ex, "A follow-up of activity {ActivityId} failed", context.Activity.Id);
            }
        }
    }

    private static TurnContext CreateAttempt(ITurnContext outer, List<Activity> replies)
    {
        var context = new TurnContext(outer.Adapter, outer.Activity) { Locale = outer.Locale };
        foreach (var (key, value) in outer.TurnState) context.TurnState[key] = value;
        context.OnSendActivities((_, activities, _) =>
        {
            replies.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse(null)).ToArray());
        });
        return context;
    }
}
