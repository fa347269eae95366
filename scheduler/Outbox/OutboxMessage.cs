using System.Text.Json;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Scheduler.Outbox;

/// <summary>What a proactive message says, already in the recipient's language, with its buttons and attachments.</summary>
public sealed record OutboxMessage(string Text, IReadOnlyList<OutboxChoice>? Choices = null, IReadOnlyList<OutboxAttachment>? Attachments = null)
{
    /// <summary>Who wrote what the message carries: told by the dispatcher if it gives up on it (null: the service's own notice).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? WrittenBy { get; init; }

    /// <summary>
    /// The message as the catalogue rendered it: the text, each suggested action as a button (its value, or the title),
    /// and every attachment with a URL — the child's reply letter is a photo and must never be dropped on the way.
    /// </summary>
    public static OutboxMessage From(Activity activity)
    {
        var choices = activity.SuggestedActions?.Actions?
            .Where(a => !string.IsNullOrEmpty(a.Title))
            .Select(a => new OutboxChoice(a.Title!, ValueOf(a) ?? a.Title!))
            .ToList();
        var attachments = activity.Attachments?
            .Where(a => !string.IsNullOrEmpty(a.ContentUrl))
            .Select(a => new OutboxAttachment(a.ContentType ?? "application/octet-stream", a.ContentUrl!, a.Name))
            .ToList();
        return new OutboxMessage(activity.Text ?? string.Empty, choices is { Count: > 0 } ? choices : null, attachments is { Count: > 0 } ? attachments : null);
    }

    private static string? ValueOf(CardAction action) =>
        action.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;
}
