using System.Text.RegularExpressions;
using LeftBehind.Archive.Model;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// "通知方式" asks how the person wants to be reached; "打电话通知我" / "以后发短信给我" / "用微信通知我" states it at once.
/// Only short messages count (a letter that mentions 短信 is a letter); a bare 电话 stays with the call-home flows.
/// </summary>
internal static partial class ChannelPreferenceCommand
{
    private const int MaxLength = 24;

    /// <summary>True when the message is about how to be reached; <paramref name="stated"/> is the channel when it names one.</summary>
    public static bool Recognize(string? text, out PreferredChannel? stated)
    {
        stated = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        if (t.Length > MaxLength) return false;
        var match = Stated().Match(t);
        if (match.Success)
        {
            stated = Channel(match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value);
            return stated is not null;
        }
        return Ask().IsMatch(t);
    }

    /// <summary>The channel a word names (the prompt's own titles and their common variants).</summary>
    public static PreferredChannel? Channel(string word) => word.Trim().ToLowerInvariant() switch
    {
        "短信" or "简讯" or "簡訊" or "短訊" or "sms" or "text" or "text message" => PreferredChannel.Sms,
        "语音电话" or "語音電話" or "语音" or "語音" or "电话" or "電話" or "打电话" or "打電話" or "voice" or "voice call" or "phone call" or "call" => PreferredChannel.Voice,
        "微信" or "wechat" => PreferredChannel.WeChat,
        "网页" or "網頁" or "网页聊天" or "網頁聊天" or "web" or "web chat" => PreferredChannel.WebChat,
        _ => null,
    };

    [GeneratedRegex(@"^(请|請|以后|以後|今后|今後)?(用|打|发|發|改用|改成|换成|換成)?(?<a>短信|簡訊|短訊|语音电话|語音電話|语音|語音|电话|電話|微信|网页|網頁)(来|來)?(通知|联系|聯繫|聯絡|提醒|告诉|告訴)我(吧|吧。|。)?$"
        + @"|^(通知|联系|聯繫|聯絡|提醒)我(请|請)?(用|打|发|發)(?<b>短信|簡訊|短訊|语音电话|語音電話|电话|電話|微信|网页|網頁)(吧)?[。！!]?$"
        + @"|^notify me by (?<a>sms|text|voice call|phone call|call|wechat|web chat|web)\.?$")]
    private static partial Regex Stated();

    [GeneratedRegex(@"^(改|换|換|设置|設置|选|選)?(通知|提醒|接收)(方式|渠道)[？?]?$|^怎么通知我[？?]?$|^怎麼通知我[？?]?$|^(how to reach me|notification channel|notify me how)\??$")]
    private static partial Regex Ask();
}
