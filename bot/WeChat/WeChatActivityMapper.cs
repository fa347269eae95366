using LeftBehind.Bot.DirectLine;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Bot.WeChat;

/// <summary>
/// Turns WeChat messages into activities for the bot: text; a photo downloaded through the media API into our
/// attachment store (served like a Web Chat upload); a voice message's recognised text with the audio kept; menu clicks
/// as the words the menu item stands for; a scanned invite-slip QR code as its invite code typed in.
/// </summary>
internal sealed class WeChatActivityMapper(WeChatApiClient api, DirectLineStore attachments, TimeProvider time, ILogger<WeChatActivityMapper> logger)
{
    public const string QrScenePrefix = "qrscene_";

    public Activity Base(WeChatInbound inbound, string type) => new()
    {
        Type = type,
        Id = inbound.Key,
        Timestamp = inbound.CreatedAt ?? time.GetUtcNow(),
        LocalTimestamp = null,
        ChannelId = WeChatChannel.ChannelId,
        ServiceUrl = WeChatChannel.ServiceUrl,
        Conversation = new ConversationAccount { Id = inbound.OpenId },
        From = new ChannelAccount { Id = inbound.OpenId, Role = "user" },
        Recipient = new ChannelAccount { Id = inbound.AccountId, Role = "bot" },
        Locale = "zh-CN",
    };

    public Activity Text(WeChatInbound inbound, string? text) => Base(inbound, ActivityTypes.Message) with { Text = text };

    public Activity Joined(WeChatInbound inbound) => Base(inbound, ActivityTypes.ConversationUpdate) with
    {
        Id = inbound.Key + ":joined",
        MembersAdded = [new ChannelAccount { Id = inbound.OpenId }],
    };

    /// <summary>A photo or a voice message: the file fetched from WeChat into our store, so the flows see an ordinary upload.</summary>
    public async Task<Activity> MediaAsync(WeChatInbound inbound, string baseUrl, string? text, CancellationToken ct)
    {
        var activity = Text(inbound, text);
        var mediaId = inbound.Get("MediaId");
        if (string.IsNullOrEmpty(mediaId)) return activity;
        try
        {
            var (content, contentType) = await api.GetMediaAsync(mediaId, ct).ConfigureAwait(false);
            var name = inbound.MsgType == "voice" ? "voice." + (inbound.Get("Format") ?? "amr").ToLowerInvariant() : "photo.jpg";
            var id = await attachments.SaveAttachmentAsync(inbound.OpenId, name, contentType, content, ct).ConfigureAwait(false);
            activity.Attachments = [new Attachment { ContentType = contentType, ContentUrl = baseUrl.TrimEnd('/') + "/v3/directline/attachments/" + id, Name = name }];
        }
        catch (WeChatApiException ex)
        {
            // The turn still runs (a voice message keeps its text); the photo is missing and the flow asks again.
            logger.LogWarning("WeChat media {Type} could not be downloaded: errcode {ErrCode}", inbound.MsgType, ex.ErrCode);
        }
        return activity;
    }

    /// <summary>What a menu key says: the published menu's keys are resource names (Click + key); an unknown key is passed as it is.</summary>
    public static string ClickText(string? key, string? locale) =>
        string.IsNullOrEmpty(key) ? string.Empty : WeChatText.Find("Click" + key, locale) ?? key;

    /// <summary>The invite code in a QR scene: <c>qrscene_BABA23</c> on a first follow, <c>BABA23</c> on a scan by a follower.</summary>
    public static string? SceneCode(string? eventKey)
    {
        if (string.IsNullOrWhiteSpace(eventKey)) return null;
        var code = eventKey.StartsWith(QrScenePrefix, StringComparison.Ordinal) ? eventKey[QrScenePrefix.Length..] : eventKey;
        return code.Length is > 0 and <= 64 ? code : null;
    }
}
