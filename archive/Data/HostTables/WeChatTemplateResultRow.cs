namespace LeftBehind.Archive.Data.HostTables;

/// <summary>wechat_template_results: a template's fate (TEMPLATESENDJOBFINISH) that arrived before its send was recorded.</summary>
internal sealed class WeChatTemplateResultRow
{
    public required string MsgId { get; set; }
    public required string Status { get; set; }
    public long ReceivedAt { get; set; }
}
