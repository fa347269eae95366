using System.Text.Json;
using LeftBehind.Archive.Services;
using LeftBehind.Bot.Adapter;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// Runs the turn for a stored inbound message, once: the row is claimed first, so a retry from WeChat, a second
/// instance or the restart sweep finds it taken. Replies go out through the customer-service API (WeChatOutbound).
/// </summary>
internal sealed class WeChatInboundProcessor(
    WeChatStore store,
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
        if (!await store.ClaimInboundAsync(key, time.GetUtcNow(), ct).ConfigureAwait(false)) return;
        var fields = JsonSerializer.Deserialize<Dictionary<string, string>>(fieldsJson) ?? [];
        var inbound = new WeChatInbound(fields);
        try
        {
            await DispatchAsync(inbound, baseUrl, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "WeChat inbound {Key} ({Type}) failed", key, inbound.MsgType);
        }
        finally
        {
            Processed?.Invoke(key);
        }
    }

    private async Task DispatchAsync(WeChatInbound inbound, string baseUrl, CancellationToken ct)
    {
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
                await store.SetSubscribedAsync(inbound.OpenId, true, time.GetUtcNow(), ct).ConfigureAwait(false);
                await RunAsync(mapper.Joined(inbound), ct).ConfigureAwait(false);
                if (WeChatActivityMapper.SceneCode(inbound.EventKey) is { } code && inbound.EventKey!.StartsWith(WeChatActivityMapper.QrScenePrefix, StringComparison.Ordinal))
                    await RunAsync(mapper.Text(inbound, code) with { Id = inbound.Key + ":scene" }, ct).ConfigureAwait(false);
                break;
            case "scan":
                if (WeChatActivityMapper.SceneCode(inbound.EventKey) is { } scanned) await RunAsync(mapper.Text(inbound, scanned), ct).ConfigureAwait(false);
                break;
            case "unsubscribe":
                // The WeChat address is gone: no more sends to it, and the person's other channels take over.
                await store.SetSubscribedAsync(inbound.OpenId, false, time.GetUtcNow(), ct).ConfigureAwait(false);
                var removed = await services.GetRequiredService<IBindingService>().UnbindAsync(WeChatChannel.ChannelId, inbound.OpenId, ct).ConfigureAwait(false);
                logger.LogInformation("WeChat user unfollowed; binding removed: {Removed}", removed);
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

    private Task RunAsync(Activity activity, CancellationToken ct) =>
        services.GetRequiredService<CloudAdapter>().ProcessActivityAsync(activity, callerId: null, ct);
}
