using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeftBehind.Bot.Adapter;
using LeftBehind.Bot.DirectLine;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Scheduler.Outbox;
using Microsoft.Extensions.Options;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// What the bot sends to a WeChat user. Replies inside a turn go out as customer-service messages. Proactive messages
/// (they carry the outbox key) go as customer-service messages inside the 48-hour window, otherwise, or when WeChat
/// answers 45015/45047, as the template configured for that kind of notice; which one was used is recorded per outbox
/// key. Daily quotas are counted: when one is used up the outbox row waits for the next quota day, and emergencies may
/// use the share kept back for them.
/// </summary>
internal sealed class WeChatOutbound(
    WeChatApiClient api,
    WeChatStore store,
    WeChatCounters counters,
    WeChatMetrics metrics,
    DirectLineStore attachments,
    IOptions<WeChatOptions> options,
    IOptions<DirectLineOptions> directLineOptions,
    TimeProvider time,
    ILogger<WeChatOutbound> logger) : IChannelOutbound
{
    private const int FieldLength = 20;
    private static readonly TimeSpan MediaLifetime = TimeSpan.FromDays(3) - TimeSpan.FromHours(1);

    public bool Owns(string? channelId, string? serviceUrl) => string.Equals(serviceUrl, WeChatChannel.ServiceUrl, StringComparison.Ordinal);

    public async Task<ResourceResponse> DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message) return new ResourceResponse(null);
        var openId = activity.Conversation?.Id ?? throw new InvalidOperationException("WeChat activity without conversation");
        var key = OutboxKeyOf(activity);
        if (key is null) return await ReplyAsync(openId, activity, cancellationToken).ConfigureAwait(false);
        return await PushAsync(openId, key, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A reply in the user's own turn: the window is open (they just wrote), so a customer-service message.</summary>
    private async Task<ResourceResponse> ReplyAsync(string openId, Activity activity, CancellationToken ct)
    {
        // Counted against the day's quota but never held back: the person is waiting for this answer.
        await counters.TryConsumeAsync(WeChatCounters.Custom, urgent: true, ct).ConfigureAwait(false);
        await SendCustomAsync(openId, activity, ct).ConfigureAwait(false);
        return new ResourceResponse(activity.Id ?? Guid.NewGuid().ToString("n"));
    }

    private async Task<ResourceResponse> PushAsync(string openId, string key, Activity activity, CancellationToken ct)
    {
        var kind = WeChatNoticeKinds.Of(key);
        var urgent = WeChatNoticeKinds.IsUrgent(kind);
        var user = await store.GetUserAsync(openId, ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (user is { Subscribed: false })
        {
            await store.RecordDeliveryAsync(key, openId, kind, "none", "unreachable", WeChatErrors.RequireSubscribe, null, now, ct).ConfigureAwait(false);
            throw new WeChatApiException("message", WeChatErrors.RequireSubscribe, "the user no longer follows the account");
        }

        var fallbackCode = 0;
        if (user is { } u && now - u.LastInbound < WeChatChannel.Window)
        {
            if (!await counters.TryConsumeAsync(WeChatCounters.Custom, urgent, ct).ConfigureAwait(false)) throw await DeferAsync(WeChatCounters.Custom, "customer-service quota used up today", ct).ConfigureAwait(false);
            try
            {
                await SendCustomAsync(openId, activity, ct).ConfigureAwait(false);
                await store.RecordDeliveryAsync(key, openId, kind, "custom", "sent", 0, null, time.GetUtcNow(), ct).ConfigureAwait(false);
                return new ResourceResponse(activity.Id);
            }
            catch (WeChatApiException ex) when (ex.Action == WeChatErrorAction.Fallback)
            {
                logger.LogInformation("WeChat customer-service message refused with {ErrCode}; sending the {Kind} template", ex.ErrCode, kind);
                fallbackCode = ex.ErrCode;
            }
            catch (WeChatApiException ex) when (ex.Action == WeChatErrorAction.QuotaExhausted)
            {
                await counters.ExhaustAsync(WeChatCounters.Custom, ct).ConfigureAwait(false);
                throw await DeferAsync(WeChatCounters.Custom, "customer-service quota used up today (45009)", ct).ConfigureAwait(false);
            }
            catch (WeChatApiException ex)
            {
                await store.RecordDeliveryAsync(key, openId, kind, "custom", "failed", ex.ErrCode, null, time.GetUtcNow(), ct).ConfigureAwait(false);
                throw;
            }
        }

        return await SendTemplateAsync(openId, key, kind, urgent, activity, fallbackCode, ct).ConfigureAwait(false);
    }

    /// <summary>The template for <paramref name="kind"/>; <paramref name="fallbackCode"/> is the code that refused the customer-service message (0: the window was known to be closed).</summary>
    private async Task<ResourceResponse> SendTemplateAsync(string openId, string key, string kind, bool urgent, Activity activity, int fallbackCode, CancellationToken ct)
    {
        var templates = options.Value.Templates;
        if (!templates.TryGetValue(kind, out var template) && !templates.TryGetValue(WeChatNoticeKinds.Notice, out template))
        {
            await store.RecordDeliveryAsync(key, openId, kind, "template", "no-template", 0, null, time.GetUtcNow(), ct).ConfigureAwait(false);
            throw new WeChatApiException("message/template/send", 40037, $"no template configured for {kind} and the user is outside the 48-hour window");
        }
        if (!await counters.TryConsumeAsync(WeChatCounters.Template, urgent, ct).ConfigureAwait(false)) throw await DeferAsync(WeChatCounters.Template, "template quota used up today", ct).ConfigureAwait(false);

        var message = new Dictionary<string, object?>
        {
            ["touser"] = openId,
            ["template_id"] = template.Id,
            ["data"] = TemplateData(template, kind, activity),
        };
        if (!string.IsNullOrEmpty(options.Value.ConversationUrl)) message["url"] = options.Value.ConversationUrl;
        try
        {
            var result = await api.SendTemplateAsync(message, ct).ConfigureAwait(false);
            var msgId = result.Body.TryGetProperty("msgid", out var id) ? id.ToString() : null;
            await store.RecordDeliveryAsync(key, openId, kind, "template", "sent", fallbackCode, msgId, time.GetUtcNow(), ct).ConfigureAwait(false);
            metrics.Message("out", "template");
            await counters.CountAsync("out.template", ct).ConfigureAwait(false);
            return new ResourceResponse(msgId);
        }
        catch (WeChatApiException ex) when (ex.Action == WeChatErrorAction.QuotaExhausted)
        {
            await counters.ExhaustAsync(WeChatCounters.Template, ct).ConfigureAwait(false);
            throw await DeferAsync(WeChatCounters.Template, "template quota used up today (45009)", ct).ConfigureAwait(false);
        }
        catch (WeChatApiException ex)
        {
            await store.RecordDeliveryAsync(key, openId, kind, "template", ex.Action == WeChatErrorAction.Unreachable ? "unreachable" : "failed", ex.ErrCode, null, time.GetUtcNow(), ct).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The template's fields: the first the notice's title, the rest the text in pieces of at most 20 characters.</summary>
    internal static Dictionary<string, object> TemplateData(WeChatTemplateOptions template, string kind, Activity activity)
    {
        var data = new Dictionary<string, object>();
        var fields = template.Fields;
        data[fields[0]] = new { value = Clip(WeChatText.Get("Template" + kind, activity.Locale)) };
        var text = Flatten(activity.Text ?? string.Empty);
        var rest = fields.Count - 1;
        for (var i = 0; i < rest; i++)
        {
            var start = i * FieldLength;
            string piece;
            if (start >= text.Length) piece = string.Empty;
            else if (i == rest - 1) piece = Clip(text[start..]);
            else piece = text.Substring(start, Math.Min(FieldLength, text.Length - start));
            if (piece.Length > 0 || i == 0) data[fields[i + 1]] = new { value = piece };
        }
        return data;
    }

    private static string Flatten(string text) => string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Clip(string text)
    {
        var chars = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        return chars.Count <= FieldLength ? text : string.Concat(chars.Take(FieldLength - 1)) + "…";
    }

    private async Task<DeliveryDeferredException> DeferAsync(string quota, string reason, CancellationToken ct)
    {
        // Spread over the first hour of the next quota day, so the backlog does not arrive in one wave at midnight.
        var until = counters.NextDayStart() + TimeSpan.FromSeconds(Random.Shared.Next(0, 3600));
        await counters.CountAsync("deferred." + quota, ct).ConfigureAwait(false);
        return new DeliveryDeferredException(until, reason);
    }

    private async Task SendCustomAsync(string openId, Activity activity, CancellationToken ct)
    {
        var text = RenderText(activity);
        if (text.Length > 0)
        {
            await api.SendCustomAsync(new { touser = openId, msgtype = "text", text = new { content = text } }, ct).ConfigureAwait(false);
            metrics.Message("out", "custom");
            await counters.CountAsync("out.custom", ct).ConfigureAwait(false);
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) != true) continue;
            var mediaId = await ImageMediaIdAsync(attachment, ct).ConfigureAwait(false);
            if (mediaId is null) continue;
            await api.SendCustomAsync(new { touser = openId, msgtype = "image", image = new { media_id = mediaId } }, ct).ConfigureAwait(false);
            metrics.Message("out", "custom-image");
            await counters.CountAsync("out.custom", ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The text, with suggested actions as a numbered list (WeChat has no buttons in a conversation); a digit answers.
    /// A customer-service text renders &lt;a href&gt; as a link with any words: what people wrote (letters, questions,
    /// answers) is quoted in our texts, so angle brackets go as their full-width forms and nothing in the text is markup.
    /// </summary>
    internal static string RenderText(Activity activity)
    {
        var text = ListActions(activity);
        return text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal)
            ? text.Replace('<', '＜').Replace('>', '＞')
            : text;
    }

    private static string ListActions(Activity activity)
    {
        var sb = new StringBuilder(activity.Text ?? string.Empty);
        var actions = activity.SuggestedActions?.Actions;
        // Prompts already write the list into the text for channels without buttons; proactive notices do not.
        var listed = actions is { Count: > 0 } && actions[0].Title is { Length: > 0 } first && sb.ToString().Contains("1. " + first, StringComparison.Ordinal);
        if (actions is { Count: > 0 } && !listed)
        {
            var n = 1;
            foreach (var action in actions)
            {
                if (string.IsNullOrEmpty(action.Title)) continue;
                if (sb.Length > 0) sb.Append('\n');
                sb.Append(n++).Append(". ").Append(action.Title);
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>A picture we hold (our attachment store) uploaded as temporary media once, then reused by content hash for 3 days.</summary>
    private async Task<string?> ImageMediaIdAsync(Attachment attachment, CancellationToken ct)
    {
        const string marker = "/v3/directline/attachments/";
        var url = attachment.ContentUrl;
        var at = url?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (url is null || at < 0)
        {
            // Never fetch an address we do not own: that would let content decide where the service connects to.
            logger.LogWarning("WeChat image skipped: not in our attachment store");
            return null;
        }
        var file = await attachments.GetAttachmentAsync(url[(at + marker.Length)..], TimeSpan.FromHours(directLineOptions.Value.UploadRetentionHours), ct).ConfigureAwait(false);
        if (file is null) return null;
        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Value.Content));
        var now = time.GetUtcNow();
        if (await store.GetMediaAsync(hash, now - MediaLifetime, ct).ConfigureAwait(false) is { } cached) return cached;
        var mediaId = await api.UploadMediaAsync("image", file.Value.Content, file.Value.Name ?? "image.jpg", file.Value.ContentType, ct).ConfigureAwait(false);
        await store.SaveMediaAsync(hash, mediaId, now, ct).ConfigureAwait(false);
        return mediaId;
    }

    private static string? OutboxKeyOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("outboxKey", out var key) && key.ValueKind == JsonValueKind.String
            ? key.GetString()
            : null;
}
