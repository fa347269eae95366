using LeftBehind.Dialogs.Dialogs;

namespace LeftBehind.Dialogs.Conversations;

/// <summary>
/// A voice message that came without words (WeChat's recognition off or failed, a noisy yard): the person is told it was
/// not heard and what waited is asked again. Without this it reached the waiting question as an empty answer, and a
/// grandfather who had chosen nothing was told 没有这个选项.
/// </summary>
internal sealed class UnheardVoiceInterceptor : ITurnInterceptor
{
    public async Task<DialogTurnResult?> InterceptAsync(InterceptedTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Context.Activity;
        if (!string.IsNullOrWhiteSpace(activity.Text) || activity.Attachments?.Any(IsVoice) != true) return null;
        await turn.Context.SendActivityAsync(ConversationText.Strings.Get(turn.Context, "UnheardVoice"), cancellationToken).ConfigureAwait(false);
        return await turn.AskAgainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsVoice(Schema.Attachment attachment) =>
        attachment.ContentType?.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) == true;
}
