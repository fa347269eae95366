namespace LeftBehind.Archive.Services;

/// <summary>Questions escalated to a teacher. Failures throw <see cref="ArchiveException"/>.</summary>
public interface IQuestionService
{
    /// <summary>Stores the question, routed to the child's paired teacher, else the head teacher.</summary>
    Task<QuestionInfo> AskAsync(Actor asker, int childId, string text, bool urgent = false, CancellationToken cancellationToken = default);

    /// <summary>Open questions assigned to the teacher: urgent first, then oldest first.</summary>
    Task<IReadOnlyList<QuestionInfo>> InboxAsync(Actor teacher, CancellationToken cancellationToken = default);

    /// <summary>The asker, the assigned teacher, any teacher of the child, or admin; null otherwise.</summary>
    Task<QuestionInfo?> GetAsync(Actor actor, int questionId, CancellationToken cancellationToken = default);

    /// <summary>Answers (status Answered). A closed question throws ArchiveError.QuestionClosed.</summary>
    Task<QuestionInfo> AnswerAsync(Actor teacher, int questionId, string answer, CancellationToken cancellationToken = default);

    /// <summary>Reassigns an open question to the child's head teacher.</summary>
    Task<QuestionInfo> HandOverAsync(Actor teacher, int questionId, CancellationToken cancellationToken = default);

    Task<QuestionInfo> CloseAsync(Actor actor, int questionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a returning asker's welcome: their questions about the child answered since <paramref name="answeredSince"/>
    /// (newest answer first, at most <paramref name="max"/>) and how many others of theirs are still open; null when not
    /// found or refused. Audited as a read of the child's questions.
    /// </summary>
    Task<AskerQuestions?> AskerSummaryAsync(Actor asker, int childId, DateTimeOffset answeredSince, int max, CancellationToken cancellationToken = default);

    /// <summary>Questions about a child, newest first (a parent or guardian: only their own); null when not found or refused.</summary>
    Task<IReadOnlyList<QuestionInfo>?> ListForChildAsync(Actor actor, int childId, CancellationToken cancellationToken = default);
}
