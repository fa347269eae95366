using System.Globalization;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Resources;

namespace LeftBehind.Dialogs.Notifications;

/// <summary>
/// The catalogue: every message a person receives outside their own turn, each defined once (text, key, attachments,
/// buttons). A flow or a job picks the entry and hands it to the host's messenger or outbox; nothing else writes a
/// proactive text or key. The parts: questions to the school, letters, calls, the guardian's messages, staff notices.
/// </summary>
public static partial class FamilyNotifications
{
    /// <summary>A parent's new question, to the teacher who answers it (urgent concerns ignore quiet hours).</summary>
    public static FamilyNotification NewQuestion(int teacherId, QuestionInfo question) => new(
        $"question-{question.Id}-assigned-{teacherId}",
        c => NotificationText.Message(c, "TeacherNewQuestion", question.ChildName, question.Text),
        question.Urgent);

    /// <summary>An urgent concern goes to the head teacher too, at once, whoever answers it.</summary>
    public static FamilyNotification ConcernToHeadTeacher(int headTeacherId, QuestionInfo question) => new(
        $"question-{question.Id}-concern-{headTeacherId}",
        c => NotificationText.Message(c, "HeadTeacherConcern", question.ChildName, question.Text, question.AssignedTeacherName ?? NotificationText.Get(c, "SomeTeacher")),
        Urgent: true);

    /// <summary>The teacher's answer, to the parent who asked: the question (cut short) and the whole answer.</summary>
    public static FamilyNotification TeacherAnswer(QuestionInfo answered, string teacherName, string answer) => new(
        TeacherAnswerKey(answered.Id),
        c => NotificationText.Message(c, Titled(c, teacherName) ? "AnswerToParentTitled" : "AnswerToParent", teacherName, answered.ChildName, Snippet(answered.Text, 60), answer));

    /// <summary>"周校长" answering from the console is not "周校长老师".</summary>
    private static bool Titled(CultureInfo culture, string name) =>
        NotificationText.Get(culture, "StaffTitles").Split('|', StringSplitOptions.RemoveEmptyEntries).Any(t => name.EndsWith(t, StringComparison.Ordinal));

    public static string TeacherAnswerKey(int questionId) => $"answer:{questionId}";

    /// <summary>A paired teacher handed a parent's question over to the head teacher.</summary>
    public static FamilyNotification HandedOver(int headTeacherId, int questionId, string childName, string question) => new(
        $"handover:{questionId}:{headTeacherId}",
        c => NotificationText.Message(c, "HandedOverToYou", childName, question));

    /// <summary>The culture a recipient's locale renders in: zh-HK and zh-MO read Traditional, unknown locales zh-CN.</summary>
    public static CultureInfo Culture(string? locale) => CultureInfo.GetCultureInfo(Locales.Normalize(locale) switch
    {
        Locales.ZhTw => "zh-TW",
        Locales.En => "en",
        _ => "zh-CN",
    });

    private static string Snippet(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
