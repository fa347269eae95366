namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_counters: daily counters (quota use per API, messages in and out, errors by code).</summary>
internal sealed class WeChatCounterRow
{
    public required string Day { get; set; }
    public required string Name { get; set; }
    public long Value { get; set; }
}
