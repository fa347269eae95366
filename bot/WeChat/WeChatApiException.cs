namespace LeftBehind.Bot.WeChat;

/// <summary>A WeChat call that did not succeed; <see cref="ErrCode"/> is WeChat's code, or -1 for a transport failure.</summary>
internal sealed class WeChatApiException(string api, int errCode, string? message, Exception? inner = null)
    : Exception($"WeChat {api} failed with errcode {errCode}{(message is null ? "" : ": " + message)}", inner)
{
    public string Api { get; } = api;

    public int ErrCode { get; } = errCode;

    public WeChatErrorAction Action => WeChatErrors.Classify(ErrCode);
}
