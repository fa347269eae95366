namespace LeftBehind.Bot.WeChat;

/// <summary>WeChat's documented error codes (全局返回码) mapped to what the channel does about them.</summary>
internal static class WeChatErrors
{
    public const int SystemBusy = -1;
    public const int InvalidCredential = 40001;
    public const int InvalidOpenId = 40003;
    public const int InvalidAccessToken = 40014;
    public const int AccessTokenExpired = 42001;
    public const int RequireSubscribe = 43004;
    public const int DailyQuota = 45009;
    public const int MinuteQuota = 45011;
    public const int ResponseOutOfTime = 45015;
    public const int ResponseCountLimit = 45047;

    public static WeChatErrorAction Classify(int errcode) => errcode switch
    {
        0 => WeChatErrorAction.Ok,
        InvalidCredential or InvalidAccessToken or AccessTokenExpired => WeChatErrorAction.RefreshToken,
        SystemBusy or MinuteQuota or 45033 or 45035 => WeChatErrorAction.Retry,
        ResponseOutOfTime or ResponseCountLimit => WeChatErrorAction.Fallback,
        DailyQuota => WeChatErrorAction.QuotaExhausted,
        InvalidOpenId or RequireSubscribe or 43019 or 43101 or 40013 => WeChatErrorAction.Unreachable,
        _ => WeChatErrorAction.Fail,
    };
}
