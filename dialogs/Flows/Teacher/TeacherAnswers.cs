using LeftBehind.Dialogs.Notifications;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using Microsoft.Extensions.Logging;

namespace LeftBehind.Dialogs.Teacher;

/// <summary>
/// The one way a teacher's answer reaches the parent who asked, from the chat or from the staff console: the answer
/// is stored, then the parent's message goes through the proactive messenger (the durable outbox) in the parent's
/// language, with one key per question so a retry delivers once.
/// </summary>
public sealed class TeacherAnswers(IQuestionService questions, IProactiveMessenger messenger, ILogger<TeacherAnswers> log)
{
    /// <summary>Answers the question as <paramref name="teacher"/> (signed <paramref name="teacherName"/>); throws <see cref="ArchiveException"/> as the question service does.</summary>
    public async Task<QuestionInfo> AnswerAsync(Actor teacher, string teacherName, int questionId, string answer, CancellationToken cancellationToken = default)
    {
        var answered = await questions.AnswerAsync(teacher, questionId, answer, cancellationToken).ConfigureAwait(false);
        var text = answered.Answer ?? answer;
        await messenger.SendAsync(answered.AskedById, FamilyNotifications.TeacherAnswer(answered, teacherName, text) with { WrittenBy = teacher.PersonId }, cancellationToken).ConfigureAwait(false);
        log.LogInformation("Question {QuestionId} answered by teacher {PersonId} (staff {StaffId}); asker {AskerId} notified", questionId, teacher.PersonId, teacher.StaffId, answered.AskedById);
        return answered;
    }

    /// <summary>
    /// Hands the question over to the head teacher of the child's class, from the chat or from the staff console, and tells
    /// her in her chat. Returns null when <paramref name="teacher"/> is that head teacher: the question stays with her and
    /// nothing is sent. Throws <see cref="ArchiveException"/> as the question service does.
    /// </summary>
    public async Task<QuestionInfo?> HandOverAsync(Actor teacher, int questionId, CancellationToken cancellationToken = default)
    {
        var handed = await questions.HandOverAsync(teacher, questionId, cancellationToken).ConfigureAwait(false);
        if (handed.AssignedTeacherId is not { } head || head == teacher.PersonId) return null;
        await messenger.SendAsync(head, FamilyNotifications.HandedOver(head, handed.Id, handed.ChildName, handed.Text), cancellationToken).ConfigureAwait(false);
        log.LogInformation("Question {QuestionId} handed over by teacher {PersonId} (staff {StaffId}) to head teacher {HeadId}", questionId, teacher.PersonId, teacher.StaffId, head);
        return handed;
    }

    /// <summary>
    /// When the answer will go out if the family's quiet hours hold it (the durable outbox's planned time); null when it
    /// goes out now. The teacher is told this time, never that a held answer was sent.
    /// </summary>
    public Task<DateTimeOffset?> WaitingUntilAsync(QuestionInfo answered, CancellationToken cancellationToken = default) =>
        messenger.WaitingUntilAsync(answered.AskedById, FamilyNotifications.TeacherAnswerKey(answered.Id), cancellationToken);
}
