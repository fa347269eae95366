namespace LeftBehind.Archive.Model;

/// <summary>
/// One SMS or voice call for one outbox key: written before the provider is called, so a send whose answer was lost
/// (timeout, dropped connection) is known and never repeated blindly; the provider's receipt or result settles it.
/// </summary>
internal sealed class ChannelSend
{
    public long Id { get; set; }
    /// <summary>"sms" or "voice".</summary>
    public required string Channel { get; set; }
    /// <summary>The outbox key (or a reply's own key); with <see cref="Channel"/> unique.</summary>
    public required string OutboxKey { get; set; }
    /// <summary>What the provider carries back in receipts (SessionContext / OutId): a hash of the key, no personal data.</summary>
    public required string Reference { get; set; }
    public int? PersonId { get; set; }
    public required string Phone { get; set; }
    public required string Provider { get; set; }
    public required string Kind { get; set; }
    /// <summary>The provider's id (Tencent SerialNo / CallId, Aliyun BizId / CallId) once known.</summary>
    public string? ProviderId { get; set; }
    public ChannelSendStatus Status { get; set; }
    public bool Urgent { get; set; }
    public int Parts { get; set; }
    public decimal Cost { get; set; }
    public int Attempts { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
