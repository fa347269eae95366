using LeftBehind.Dialogs.Kernel;

namespace LeftBehind.Dialogs.Family;

/// <summary>
/// Acknowledges a person's open alerts when their message is an acknowledgement ("收到", "知道了", the button; never a
/// bare digit, which is a menu item); false means the message was not one. Every role's menu asks it before its own
/// routing; the emergency flows provide it.
/// </summary>
internal interface IAlertAcknowledger
{
    /// <param name="questionWaiting">
    /// Another question of ours waits for an answer in this conversation (a flow's prompt): a soft word (好, 好的, 嗯, ok)
    /// answers that question and acknowledges nothing; "收到", "知道了" and the alert's button still acknowledge.
    /// </param>
    Task<bool> TryAcknowledgeAsync(ITurnContext turnContext, CancellationToken cancellationToken, bool questionWaiting = false);
}
