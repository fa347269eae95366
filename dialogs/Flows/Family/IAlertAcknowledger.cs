using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Acknowledges a person's open alerts when their message is an acknowledgement ("收到", the button, or — when
/// <paramref name="digitAcknowledges"/> — "1"); false means the message was not one. Every role's menu asks it before its
/// own routing; the emergency flows provide it.
/// </summary>
internal interface IAlertAcknowledger
{
    Task<bool> TryAcknowledgeAsync(ITurnContext turnContext, bool digitAcknowledges, CancellationToken cancellationToken);
}
