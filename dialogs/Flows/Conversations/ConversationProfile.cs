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

    /// <summary>Content that spoke of danger (a letter, an answer, a note); the offer to alert follows once its dialog is done.</summary>
    public string? PendingAlertText { get; set; }

    /// <summary>When this user's latest message came, and the one before it (a question waiting since before a tip is older news than the tip).</summary>
    public DateTimeOffset? LastMessageAt { get; set; }

    public DateTimeOffset? PreviousMessageAt { get; set; }
}
