namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_users: when a user last wrote (the 48-hour customer-service window) and whether they still follow.</summary>
internal sealed class WeChatUserRow
{
    public required string OpenId { get; set; }
    public long LastInboundAt { get; set; }
    public int Subscribed { get; set; }
    public long UpdatedAt { get; set; }
}
