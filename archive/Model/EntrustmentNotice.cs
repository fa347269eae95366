namespace LeftBehind.Archive.Model;

/// <summary>How the parents told the school who the entrusted guardian is (Art. 23).</summary>
public enum EntrustmentNotice
{
    Written,
    Phone,
    InPerson,
    /// <summary>In this chat: the parent's own message is the record.</summary>
    Chat,
}
