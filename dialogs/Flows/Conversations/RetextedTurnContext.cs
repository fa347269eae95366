using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// The same turn, read by the dialogs as if the user had sent <paramref name="text"/> ("同意" answered, the rest of the
/// turn is the menu). Only the dialogs see the copy: the incoming activity that the middleware, a re-run of the turn
/// and the transcript hold keeps what the user wrote. Everything else (state, replies, locale) is the turn's own.
/// </summary>
internal sealed class RetextedTurnContext(ITurnContext inner, string text) : ITurnContext
{
    public BotAdapter Adapter => inner.Adapter;

    public Activity Activity { get; } = inner.Activity with { Text = text };

    public TurnContextStateCollection TurnState => inner.TurnState;

    public bool Responded => inner.Responded;

    public string Locale
    {
        get => inner.Locale;
        set => inner.Locale = value;
    }

    public Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default) => inner.SendActivityAsync(text, cancellationToken);

    public Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default) => inner.SendActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default) => inner.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) => inner.DeleteActivityAsync(activityId, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        inner.OnSendActivities(handler);
        return this;
    }
}
