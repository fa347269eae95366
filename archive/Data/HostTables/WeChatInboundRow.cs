namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_inbound: every message WeChat posted, stored before the answer; the key makes WeChat's retries a no-op.</summary>
internal sealed class WeChatInboundRow
{
    public required string DedupKey { get; set; }
    public required string OpenId { get; set; }
    public required string Fields { get; set; }
    public required string BaseUrl { get; set; }
    public long ReceivedAt { get; set; }
    /// <summary>When an instance claimed the message to run its turn.</summary>
    public long? ProcessedAt { get; set; }

    /// <summary>When its turn finished; claimed and not done after the claimer died means another instance runs it.</summary>
    public long? DoneAt { get; set; }
}
