namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_deliveries: the WeChat delivery of each outbox row (customer-service or template) and its last error code.</summary>
internal sealed class WeChatDeliveryRow
{
    public required string OutboxKey { get; set; }
    public required string OpenId { get; set; }
    public required string Kind { get; set; }
    public required string Method { get; set; }
    public required string Status { get; set; }
    public int ErrCode { get; set; }
    public string? TemplateMsgId { get; set; }
    public long UpdatedAt { get; set; }
}
