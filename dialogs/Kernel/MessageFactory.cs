using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>Bot Builder's MessageFactory: the common shapes of outgoing messages.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? inputHint = null) =>
        new() { Type = ActivityTypes.Message, Text = text, InputHint = inputHint };

    /// <summary>A message with tap-to-answer buttons that send their title back.</summary>
    public static Activity SuggestedActions(IEnumerable<string> titles, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions { Actions = titles.Select(t => CardAction.ImBack(t)).ToList() },
    };

    public static Activity Attachment(Attachment attachment, string? text = null) =>
        new() { Type = ActivityTypes.Message, Text = text, Attachments = [attachment] };
}
