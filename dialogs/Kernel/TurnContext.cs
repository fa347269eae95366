using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>One turn: the inbound activity, the way to answer it, and state for the turn's length.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];

    public BotAdapter Adapter { get; } = adapter;
    public Activity Activity { get; } = activity;
    public TurnContextStateCollection TurnState { get; } = new();
    public bool Responded { get; private set; }
    public string Locale { get; set; } = string.IsNullOrWhiteSpace(activity.Locale) ? "zh-CN" : activity.Locale!;

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler);
        return this;
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var a in activities)
        {
            var copy = a with { };
            // The reply is in the turn's language (the user's choice, "English"), not necessarily the incoming
            // message's: a client that follows the language (the Web Chat page) reads it here.
            copy.Locale ??= Locale;
            reference.ApplyTo(copy);
            copy.Type ??= ActivityTypes.Message;
            outgoing.Add(copy);
        }

        var responses = await RunSendHooksAsync(0, outgoing, cancellationToken).ConfigureAwait(false);
        if (outgoing.Any(a => a.Type != ActivityTypes.Trace)) Responded = true;
        return responses;
    }

    private Task<ResourceResponse[]> RunSendHooksAsync(int index, List<Activity> activities, CancellationToken ct)
    {
        if (index == _onSend.Count) return activities.Count == 0 ? Task.FromResult(Array.Empty<ResourceResponse>()) : Adapter.SendActivitiesAsync(this, activities, ct);
        return _onSend[index](this, activities, () => RunSendHooksAsync(index + 1, activities, ct));
    }

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var copy = Activity.GetConversationReference().ApplyTo(activity with { });
        return Adapter.UpdateActivityAsync(this, copy, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference() with { ActivityId = activityId };
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }
}
