using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

public interface ITurnContext
{
    BotAdapter Adapter { get; }
    Activity Activity { get; }
    TurnContextStateCollection TurnState { get; }
    bool Responded { get; }
    /// <summary>The culture replies are written in: the stored profile's, else the activity's, else zh-CN.</summary>
    string Locale { get; set; }

    Task<ResourceResponse?> SendActivityAsync(string text, CancellationToken cancellationToken = default);
    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);
    Task<ResourceResponse?> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
