using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Tests.Scheduler;

internal sealed record SentActivity(Activity Activity, string? OutboxKey)
{
    public string Text => Activity.Text ?? "";

    public string? Channel => Activity.ChannelId;

    public string? UserId => Activity.Recipient?.Id;

    public IReadOnlyList<string> Choices => Activity.SuggestedActions?.Actions?.Select(a => a.Value?.GetString() ?? "").ToList() ?? [];
}
