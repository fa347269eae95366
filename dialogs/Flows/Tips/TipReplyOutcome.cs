namespace LeftBehind.Dialogs.Tips;

internal enum TipReplyOutcome
{
    /// <summary>Not an answer to a tip: the message goes on to the menus unchanged.</summary>
    NotOurs,
    /// <summary>Recorded and acknowledged; a question that was waiting is asked again.</summary>
    Answered,
    /// <summary>A bare 1 / 2 answered a tip that came after the waiting question: that older question is dropped.</summary>
    AnsweredInsteadOfWaitingQuestion,
}
