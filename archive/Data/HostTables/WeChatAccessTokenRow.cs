namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_tokens: the one access_token every instance shares, and the lock that lets one instance refresh it.</summary>
internal sealed class WeChatAccessTokenRow
{
    public required string AppId { get; set; }
    public string? AccessToken { get; set; }
    public long ExpiresAt { get; set; }
    public long RefreshedAt { get; set; }
    public long Refreshes { get; set; }
    public string? LockOwner { get; set; }
    public long? LockUntil { get; set; }
}
