using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.Adapter;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Scheduler.Outbox;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// Runs the turn for a stored inbound message, once: the row is claimed first, so a retry from WeChat, a second
/// instance or the recovery sweep finds it taken. The claimer holds the message's cluster lock from before the claim
/// until the turn is marked done, so a claimed message that is not done while nobody holds its lock was left by an
/// instance that died, and the sweep (<see cref="ResumeAsync"/>) runs it again — the kernel replays an activity it
/// already processed instead of running its steps twice, and the rows a turn files are keyed by the activity.
/// Replies go out through the customer-service API (WeChatOutbound).
/// </summary>
internal sealed class WeChatInboundProcessor(
    WeChatStore store,
    IClusterLock clusterLock,
    WeChatActivityMapper mapper,
    WeChatCounters counters,
    IServiceProvider services,
    TimeProvider time,
    ILogger<WeChatInboundProcessor> logger)
{
    /// <summary>Raised with the message's key once a claimed inbound message was handled (its turn ran or its event was applied).</summary>
    public event Action<string>? Processed;

    public async Task ProcessAsync(string key, string fieldsJson, string baseUrl, CancellationToken ct)
    {
        await using var held = await clusterLock.AcquireAsync(LockKey(key), ct).ConfigureAwait(false);
        if (!await store.ClaimInboundAsync(key, time.GetUtcNow(), ct).ConfigureAwait(false)) return;
        await RunClaimedAsync(key, fieldsJson, baseUrl, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The sweep's way in: runs a message whose turn is not done (never claimed, or its claimer died) if nobody holds its
    /// lock now; false when someone does (it is being run) or it is done.
    /// </summary>
    public async Task<bool> ResumeAsync(string key, string fieldsJson, string baseUrl, CancellationToken ct)
    {
        await using var held = await clusterLock.TryAcquireAsync(LockKey(key), ct).ConfigureAwait(false);
        if (held is null || !await store.ReclaimInboundAsync(key, time.GetUtcNow(), ct).ConfigureAwait(false)) return false;
        logger.LogWarning("WeChat inbound {Key}: running a turn no instance finished", key);
        await RunClaimedAsync(key, fieldsJson, baseUrl, ct).ConfigureAwait(false);
        return true;
    }

    private static string LockKey(string key) => "wechat-inbound/" + key;

    private async Task RunClaimedAsync(string key, string fieldsJson, string baseUrl, CancellationToken ct)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(fieldsJson) ?? [];
        var inbound = new WeChatInbound(fields);
        try
        {
            await DispatchAsync(inbound, baseUrl, ct).ConfigureAwait(false);
            await store.MarkInboundDoneAsync(key, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A message whose turn fails is not retried (as WeChat's own retries are not): logged and done.
            logger.LogError(ex, "WeChat inbound {Key} ({Type}) failed", key, inbound.MsgType);
            await store.MarkInboundDoneAsync(key, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Processed?.Invoke(key);
        }
    }

    private async Task DispatchAsync(WeChatInbound inbound, string baseUrl, CancellationToken ct)
    {
        // Any message means they follow the account (WeChat delivers none from someone who does not): a father who
        // unfollowed and came back without our seeing the subscribe event is recognised here.
        if (inbound.MsgType != "event" || inbound.Event.ToLowerInvariant() is "click" or "scan") await ComeBackAsync(inbound, ct).ConfigureAwait(false);
        switch (inbound.MsgType)
        {
            case "text":
                await RunAsync(mapper.Text(inbound, inbound.Get("Content")), ct).ConfigureAwait(false);
                break;
            case "image":
                await RunAsync(await mapper.MediaAsync(inbound, baseUrl, null, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                break;
            case "voice":
                // WeChat's speech recognition (when the account turned it on) is the text; the audio is kept with it.
                await RunAsync(await mapper.MediaAsync(inbound, baseUrl, inbound.Get("Recognition"), ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                break;
            case "event":
                await EventAsync(inbound, ct).ConfigureAwait(false);
                break;
            default:
                // Video, location, links: the bot answers as it does to anything it cannot read.
                await RunAsync(mapper.Text(inbound, null), ct).ConfigureAwait(false);
                break;
        }
    }

    private async Task EventAsync(WeChatInbound inbound, CancellationToken ct)
    {
        switch (inbound.Event.ToLowerInvariant())
        {
            case "subscribe":
                // The same openid following again is the same person (an openid is stable per official account): the
                // binding kept at the unfollow is live again and the join below greets them back instead of asking for a code.
                var returned = await services.GetRequiredService<IBindingService>().ResumeAsync(WeChatChannel.ChannelId, inbound.OpenId, ct).ConfigureAwait(false);
                await store.SetSubscribedAsync(inbound.OpenId, true, time.GetUtcNow(), ct).ConfigureAwait(false);
                await RunAsync(mapper.Joined(inbound), ct).ConfigureAwait(false);
                if (returned is { } back) await ReleaseMailboxAsync(back, ct).ConfigureAwait(false);
                // A returning parent following through the QR code on the slip they already used: the code is spent and
                // they are already in, so it is not typed in for them (that would only answer "this code was used").
                if (returned is null && WeChatActivityMapper.SceneCode(inbound.EventKey) is { } code && inbound.EventKey!.StartsWith(WeChatActivityMapper.QrScenePrefix, StringComparison.Ordinal))
                    await RunAsync(mapper.Text(inbound, code) with { Id = inbound.Key + ":scene" }, ct).ConfigureAwait(false);
                break;
            case "scan":
                if (WeChatActivityMapper.SceneCode(inbound.EventKey) is { } scanned) await RunAsync(mapper.Text(inbound, scanned), ct).ConfigureAwait(false);
                break;
            case "unsubscribe":
                // WeChat refuses every send to someone who unfollowed: the binding is suspended, not deleted, so nothing
                // goes there (the person's other channels take over, or it waits in their mailbox and the school hears
                // they cannot be reached) and the same openid following again finds them without a new code.
                await store.SetSubscribedAsync(inbound.OpenId, false, time.GetUtcNow(), ct).ConfigureAwait(false);
                var suspended = await services.GetRequiredService<IBindingService>().SuspendAsync(WeChatChannel.ChannelId, inbound.OpenId, ct).ConfigureAwait(false);
                if (suspended is { } person) logger.LogInformation("WeChat user of person {Person} unfollowed; binding suspended", person);
                break;
            case "click":
                await RunAsync(mapper.Text(inbound, WeChatActivityMapper.ClickText(inbound.EventKey, "zh-CN")), ct).ConfigureAwait(false);
                break;
            case "templatesendjobfinish":
                if (inbound.Get("MsgID") is { Length: > 0 } msgId)
                {
                    var status = inbound.Get("Status") == "success" ? "delivered" : "undelivered";
                    await store.UpdateTemplateResultAsync(msgId, status, time.GetUtcNow(), ct).ConfigureAwait(false);
                    await counters.CountAsync("template." + status, ct).ConfigureAwait(false);
                }
                break;
        }
    }

    /// <summary>A message from someone whose unfollow we saw: they follow again, are greeted back, then their message is answered.</summary>
    private async Task ComeBackAsync(WeChatInbound inbound, CancellationToken ct)
    {
        if (await store.GetUserAsync(inbound.OpenId, ct).ConfigureAwait(false) is not { Subscribed: false }) return;
        var returned = await services.GetRequiredService<IBindingService>().ResumeAsync(WeChatChannel.ChannelId, inbound.OpenId, ct).ConfigureAwait(false);
        await store.SetSubscribedAsync(inbound.OpenId, true, time.GetUtcNow(), ct).ConfigureAwait(false);
        if (returned is not { } person) return;
        await RunAsync(mapper.Joined(inbound), ct).ConfigureAwait(false);
        await ReleaseMailboxAsync(person, ct).ConfigureAwait(false);
    }

    /// <summary>After the greeting: what waited in the person's mailbox while they did not follow goes out now, in order.</summary>
    private async Task ReleaseMailboxAsync(int person, CancellationToken ct)
    {
        logger.LogInformation("WeChat user of person {Person} follows again; binding resumed", person);
        await services.GetRequiredService<IOutbox>().ReleaseHeldAsync(person, ct).ConfigureAwait(false);
    }

    private Task RunAsync(Activity activity, CancellationToken ct) =>
        services.GetRequiredService<CloudAdapter>().ProcessActivityAsync(activity, callerId: null, ct);
}
