using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Kernel;

/// <summary>A hook on outgoing activities (transcript logging, redaction, buffering).</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);
