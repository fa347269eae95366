using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Acknowledges a person's open alerts when their message is an acknowledgement ("收到", "知道了", the button; never a
/// bare digit, which is a menu item); false means the message was not one. Every role's menu asks it before its own
/// routing; the emergency flows provide it.
/// </summary>
internal interface IAlertAcknowledger
{
    Task<bool> TryAcknowledgeAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
