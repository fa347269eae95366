namespace LeftBehind.Archive.Data.HostTables;

/// <summary>bot_trusted_service_urls: a Bot Connector service URL origin first seen in a verified request.</summary>
internal sealed class TrustedServiceUrlRow
{
    public required string Origin { get; set; }
    public long FirstSeen { get; set; }
}
