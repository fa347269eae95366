namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// What the conversation layer remembers about a channel user beside the kernel's profile: the script they last
/// wrote in (so "1" after a Traditional message is still answered in Traditional), and the conversation reference
/// last written to the binding (so it is rewritten only when it changes).
/// </summary>
internal sealed record ConversationProfile
{
    public string? DetectedLocale { get; set; }

    public string? StoredReference { get; set; }
}
