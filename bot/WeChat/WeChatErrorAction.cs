namespace LeftBehind.Bot.WeChat;

/// <summary>What the channel does about a WeChat error code.</summary>
internal enum WeChatErrorAction
{
    Ok,

    /// <summary>40001/40014/42001: the token is stale; refresh it and try once more.</summary>
    RefreshToken,

    /// <summary>Busy or rate-limited (-1, 45011, 45033, transport errors): the outbox retries with backoff.</summary>
    Retry,

    /// <summary>45015/45047: the customer-service window is closed or its count used up; send the template instead.</summary>
    Fallback,

    /// <summary>45009: the day's quota is used up; the message moves to the next quota day.</summary>
    QuotaExhausted,

    /// <summary>The user cannot be reached on WeChat (unfollowed, blocked, unknown openid).</summary>
    Unreachable,

    /// <summary>Anything else: our request is wrong (bad template, bad media); retrying will not help.</summary>
    Fail,
}
