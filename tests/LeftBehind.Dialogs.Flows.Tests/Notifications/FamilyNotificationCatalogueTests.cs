using System.Globalization;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Dialogs.Notifications;

namespace LeftBehind.Dialogs.Flows.Tests.Notifications;

/// <summary>
/// The one catalogue of messages sent outside the recipient's turn (#12 item 6): every entry renders in zh-CN, zh-TW
/// and en with its own key format, the photo travels with a letter, and the reminder's words are one set.
/// </summary>
public sealed class FamilyNotificationCatalogueTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly QuestionInfo Question = new(7, 1, "王小明", 10, 20, "他晚上几点睡觉？", true, QuestionStatus.Answered, "九点", 20, At, At, null) { AssignedTeacherName = "王芳" };
    private static readonly LetterInfo Letter = new(12, 1, LetterDirection.ToChild, new PersonRef(10, "王建军"), "小明，爸爸想你了。", "/files/abc", "image/png", At);

    public static TheoryData<string, string> Entries() => new()
    {
        { "NewQuestion", "question-7-assigned-20" },
        { "ConcernToHeadTeacher", "question-7-concern-21" },
        { "TeacherAnswer", "answer:7" },
        { "HandedOver", "handover:7:21" },
        { "LetterToReader", "letter-12-to-30" },
        { "LetterReadToChild", "letter-12-read-10" },
        { "ChildReplyLetter", "letter:13:10" },
        { "CallProposed", "call-5-proposed-30" },
        { "CallAnswered", "callhome-reply:5" },
        { "MessageToParent", "guardian-message:turn-1:10" },
        { "LeaveNotice", "leave:3:20:20261207-20261208" },
        { "InviteBurst", "invite-burst:20261206100000:20" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_entry_has_its_one_key_and_a_text_in_each_language(string entry, string key)
    {
        var n = Build(entry);
        Assert.Equal(key, n.Key);
        var texts = new[] { "zh-CN", "zh-TW", "en" }.Select(l => n.Build(CultureInfo.GetCultureInfo(l)).Text).ToList();
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(3, texts.Distinct().Count());
    }

    [Fact]
    public void The_teacher_answer_is_one_text_whoever_sends_it()
    {
        var text = FamilyNotifications.TeacherAnswer(Question, "王芳", "九点").Build(CultureInfo.GetCultureInfo("zh-CN")).Text;
        Assert.Equal("王芳老师回答了您关于王小明的问题。\n问：他晚上几点睡觉？\n答：九点", text);
    }

    [Fact]
    public void A_letter_carries_its_photo_and_the_guardian_gets_the_read_aloud_button()
    {
        var forGuardian = FamilyNotifications.LetterToReader(30, Letter, "王小明", "王建军", isGuardian: true).Build(CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal("/files/abc", Assert.Single(forGuardian.Attachments!).ContentUrl);
        Assert.Equal("已读给王小明听", Assert.Single(forGuardian.SuggestedActions!.Actions!).Title);
        var reply = FamilyNotifications.ChildReplyLetter(10, 13, "王小明", null, "/files/def", "image/jpeg").Build(CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal("王小明给您回信了，请看照片。", reply.Text);
        Assert.Equal("image/jpeg", Assert.Single(reply.Attachments!).ContentType);
    }

    [Fact]
    public void A_reminder_is_answered_with_one_set_of_words_and_digits()
    {
        var zh = CultureInfo.GetCultureInfo("zh-CN");
        Assert.Equal(["已完成", "稍后", "做不到"], ReminderReplyWords.Words(zh));
        Assert.Equal(["1 已完成", "2 稍后", "3 做不到"], ReminderReplyWords.All.Select(r => ReminderReplyWords.Title(zh, r)));
        Assert.Equal(["1", "2", "3"], ReminderReplyWords.All.Select(ReminderReplyWords.Value));
        Assert.Equal(["Done", "Later", "Can't"], ReminderReplyWords.Words(CultureInfo.GetCultureInfo("en")));
    }

    private static FamilyNotification Build(string entry) => entry switch
    {
        "NewQuestion" => FamilyNotifications.NewQuestion(20, Question),
        "ConcernToHeadTeacher" => FamilyNotifications.ConcernToHeadTeacher(21, Question),
        "TeacherAnswer" => FamilyNotifications.TeacherAnswer(Question, "王芳", "九点"),
        "HandedOver" => FamilyNotifications.HandedOver(21, 7, "王小明", "他晚上几点睡觉？"),
        "LetterToReader" => FamilyNotifications.LetterToReader(30, Letter, "王小明", "王建军", isGuardian: true),
        "LetterReadToChild" => FamilyNotifications.LetterReadToChild(10, Letter, "王小明", "王德福"),
        "ChildReplyLetter" => FamilyNotifications.ChildReplyLetter(10, 13, "王小明", "爸爸我考了第一名", null, null),
        "CallProposed" => FamilyNotifications.CallProposed(30, new CallBookingInfo(5, 1, 10, At, CallBookingStatus.Proposed, At, null, null), "王建军", "王小明"),
        "CallAnswered" => FamilyNotifications.CallAnswered(5, accepted: true, "王德福", "王小明", c => c.Name),
        "MessageToParent" => FamilyNotifications.MessageToParent("turn-1", 10, "王德福", "王小明", c => c.Name),
        "LeaveNotice" => FamilyNotifications.LeaveNotice(3, 20, sick: true, "王德福", "王小明", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 8), 2, c => c.Name, "发烧"),
        "InviteBurst" => FamilyNotifications.InviteBurst(20, "20261206100000", 12),
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };
}
