namespace LeftBehind.Scheduler.Outbox;

/// <summary>
/// Someone no routine channel reaches. <see cref="Reason"/>: <c>no-channel</c> (no chat binding and no usable phone, or
/// SMS and voice are off), <c>wechat-unfollowed</c> (the same, but they had a chat and unfollowed the WeChat account: not
/// "never opened") or <c>sms-opted-out</c> (no chat, the number said 退订: only emergencies reach them; no tips or notices).
/// </summary>
public sealed record UnreachablePerson(int PersonId, string Kind, string Name, bool HasPhone, string Reason = UnreachablePerson.NoChannel)
{
    public const string NoChannel = "no-channel";
    public const string SmsOptedOut = "sms-opted-out";
    public const string WeChatUnfollowed = "wechat-unfollowed";
}
