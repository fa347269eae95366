using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Conversations;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Resources;
using LeftBehind.Dialogs.Schema;

namespace LeftBehind.Dialogs.Parent;

/// <summary>
/// Messages about a parent's requests that reach someone outside their own turn, in the recipient's language and
/// with a key that makes a retry deliver once: the teacher's answer to the parent (called by the teacher flow), a
/// new question to the teacher, a letter to the guardian or paired teacher, the child's reply to the parent, a
/// proposed call to the guardian, and the guardian's answer back to the parent.
/// </summary>
internal sealed class ParentNotifications(IProactiveMessenger messenger)
{
    private static readonly TimeZoneInfo Zone = KernelTurnState.FindZone(KernelTurnState.DefaultTimeZoneId);

    private static ResxText T => ParentText.Strings;

    /// <summary>The teacher answered: the parent who asked gets question and answer in their own conversation.</summary>
    public Task SendTeacherAnswerAsync(QuestionInfo answered, string teacherName, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(answered.AskedById, c => TeacherAnswer(c, answered, teacherName), $"question-{answered.Id}-answer", cancellationToken: cancellationToken);

    public Task SendNewQuestionToTeacherAsync(int teacherId, QuestionInfo question, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(teacherId, c => Text(c, "TeacherNewQuestion", question.ChildName, question.Text), $"question-{question.Id}-assigned-{teacherId}", urgent: question.Urgent, cancellationToken: cancellationToken);

    /// <summary>An urgent concern goes to the head teacher too, at once, whoever answers it.</summary>
    public Task SendConcernToHeadTeacherAsync(int headTeacherId, QuestionInfo question, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(headTeacherId, c => Text(c, "HeadTeacherConcern", question.ChildName, question.Text, question.AssignedTeacherName ?? T.Get(c, "SomeTeacher")),
            $"question-{question.Id}-concern-{headTeacherId}", urgent: true, cancellationToken: cancellationToken);

    /// <summary>The parent's letter to the reader; the guardian gets a 已读给{child}听 button to tap once it was read aloud.</summary>
    public Task SendLetterToReaderAsync(int readerId, LetterInfo letter, string childName, string parentName, bool isGuardian = false, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(readerId, c => LetterForReader(c, letter, childName, parentName, isGuardian), $"letter-{letter.Id}-to-{readerId}", cancellationToken: cancellationToken);

    /// <summary>The guardian read the parent's letter to the child (已读给孩子听): the writer is told once.</summary>
    public Task SendLetterReadToChildAsync(int writerId, LetterInfo letter, string childName, string readerName, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(writerId, c => Text(c, "LetterReadToChild", readerName, Local(letter.CreatedAt), childName), $"letter-{letter.Id}-read-{writerId}", cancellationToken: cancellationToken);

    public static Activity LetterForReader(CultureInfo culture, LetterInfo letter, string childName, string parentName, bool isGuardian)
    {
        var activity = Text(culture, "LetterForReader", parentName, childName, letter.Text ?? string.Empty);
        if (letter.PhotoUrl is { Length: > 0 } url)
            activity.Attachments = [new Attachment { ContentType = letter.PhotoContentType ?? "image/jpeg", ContentUrl = url }];
        if (isGuardian)
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(T.Get(culture, "LetterReadToChildButton", childName))] };
        return activity;
    }

    /// <summary>The child's reply (entered by the guardian or a teacher) reaches the parent, with the photo if there is one.</summary>
    public Task SendChildReplyAsync(int parentId, LetterInfo reply, string childName, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(parentId, c => ChildReply(c, reply, childName), $"letter-{reply.Id}-to-{parentId}", cancellationToken: cancellationToken);

    public Task SendCallProposedAsync(int guardianId, CallBookingInfo booking, string parentName, string childName, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(guardianId, c => Text(c, "CallProposedForGuardian", parentName, childName, Local(booking.ScheduledAt)), $"call-{booking.Id}-proposed-{guardianId}", cancellationToken: cancellationToken);

    /// <summary>The guardian accepted or declined a proposed call (called by the guardian flow).</summary>
    public Task SendCallAnsweredAsync(CallBookingInfo booking, string guardianName, CancellationToken cancellationToken = default) =>
        messenger.SendAsync(booking.ParentId, c => Text(c, booking.Status == CallBookingStatus.Confirmed ? "CallConfirmed" : "CallDeclined", guardianName, Local(booking.ScheduledAt)),
            $"call-{booking.Id}-{booking.Status}", cancellationToken: cancellationToken);

    public static Activity TeacherAnswer(CultureInfo culture, QuestionInfo answered, string teacherName) =>
        Text(culture, "TeacherAnswered", teacherName, answered.ChildName, answered.Text, answered.Answer ?? string.Empty);

    public static Activity ChildReply(CultureInfo culture, LetterInfo reply, string childName)
    {
        var activity = Text(culture, "ChildReplied", childName, reply.Text ?? T.Get(culture, "PhotoOnly"));
        if (reply.PhotoUrl is { Length: > 0 } url)
            activity.Attachments = [new Attachment { ContentType = reply.PhotoContentType ?? "image/jpeg", ContentUrl = url }];
        return activity;
    }

    private static Activity Text(CultureInfo culture, string name, params object[] args) =>
        MessageFactory.Text(T.Get(culture, name, args)) with { TextFormat = LeftBehindBot.TextFormat };

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;
}
