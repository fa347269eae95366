using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Archive.Tips;
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
        { "FiveOnesMissing", "2026-09" },
        { "EmergencyAlert", "emergency:4:30:0" },
        { "EmergencyEscalation", "emergency-escalate:4:20" },
        { "EmergencyAcknowledged", "emergency-ack:4:30" },
        { "EmergencyReply", "emergency-reply:4:9:10" },
        { "EmergencyResolved", "emergency-resolved:4:10" },
        { "GuardianGapToStaff", "care-gap:6:21" },
        { "GuardianGapToParent", "care-gap:6:10" },
        { "WellbeingToStaff", "care-wellbeing:6:21" },
        { "WeeklyTalkLine", "care-talk:8:20261123:10" },
        { "GuardianRegistered", "care-guardian:12:21" },
        { "MonthlyLetterToParent", "2026-12" },
        { "MonthlyLetterToHelper", "2026-12" },
        { "CallReminderToParent", "booking5" },
        { "CallReminderToGuardian", "booking5" },
        { "WeeklyCallPrompt", "2026-W49" },
        { "ContactNudgeToParent", "c1:202611230100:1" },
        { "ContactToTeacher", "c1:p10:202611230100:2" },
        { "AbsenceToGuardian", "2026-12-07:c1" },
        { "AbsenceToParent", "2026-12-07:c1" },
        { "QuestionOverdue", "q7:head" },
        { "MonthlyDigest", "2026-11" },
        { "NoGuardianToHead", "2026-12-07" },
        { "NoGuardianToParent", "2026-12-07:c1" },
        { "WeeklyTalkReminder", "2026-11-30" },
        { "HomeVisitPrompt", "2026秋:w10" },
        { "TermNotice", "2026秋:c1" },
        { "MeetingInvitation", "m3" },
        { "Tip", "2026-W49" },
        { "Unreachable", "30:2026-12-07" },
        { "AwaitingConsent", "30:2026-W49" },
        { "SmsFullToday", "30:2026-12-07" },
        { "NotDelivered", "41" },
        { "EmergencyVoiceCall", "voice-e4" },
        { "EmergencyVoiceToHeadTeacher", "voice-head-e4" },
    };

    private static readonly EmergencyInfo Emergency = new(4, 1, "王小明", 20, "小明放学没回家", At,
        [new EmergencyRecipientInfo(10, "王建军", "father", null, 1), new EmergencyRecipientInfo(30, "王德福", "guardian", At, 1)]);
    private static readonly CareConcernInfo Concern = new(6, 1, "王小明", CareConcernKind.Wellbeing, "mood-twice", "这周情绪低落", At, At.AddDays(2), null, true, [new PersonRef(21, "李红梅")]);
    private static readonly WeeklyTalkInfo Talk = new(8, 1, "王小明", 20, new DateOnly(2026, 11, 23), TalkMark.Good, TalkMark.Good, TalkMark.NeedsCare, TalkMark.Fair, TalkMark.Good, "他说想爸爸了", false, At);
    private static readonly TermNotice Notice = new(1, "王小明", "三年级(1)班", 80, 2, 3, 1, 4, 2, 6, "李红梅", "小明这学期进步很大", 16, 12, 1, true);

    [Fact]
    public void Every_factory_of_the_catalogue_is_checked_in_all_three_languages()
    {
        var factories = typeof(FamilyNotifications).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(FamilyNotification)).Select(m => m.Name).ToHashSet();
        var checkedEntries = Entries().Select(row => (string)row[0]).ToHashSet();
        Assert.Empty(factories.Except(checkedEntries));
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("en")]
    public void Every_text_of_the_catalogue_is_in_each_language_none_missing_none_left_over(string language)
    {
        var resources = new ResourceManager("LeftBehind.Dialogs.Notifications.Resources.NotificationStrings", typeof(FamilyNotifications).Assembly);
        static HashSet<string> Keys(ResourceSet set) => set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var neutral = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var satellite = Keys(resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!);
        Assert.True(neutral.Count > 100, $"only {neutral.Count} texts in the neutral resources");
        Assert.Empty(neutral.Except(satellite));
        Assert.Empty(satellite.Except(neutral));
    }

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
    public void The_five_ones_suggestion_names_three_children_an_item_and_its_key_is_the_jobs_outbox_key()
    {
        var n = FamilyNotifications.FiveOnesMissing(new DateOnly(2026, 9, 1), [(FiveOnesItem.GuardianContact, ["王小明", "王小红", "刘阳", "李思雨"])]);
        Assert.Equal("这个月的“五个一”还差几件，月底前方便时做就好：和监护人联系一次（王小明、王小红、刘阳等）。做了回复「记五个一」记一笔。", n.Build(CultureInfo.GetCultureInfo("zh-CN")).Text);
        Assert.Equal("2026-09", n.Key);
    }

    [Fact]
    public void The_teacher_answer_is_one_text_whoever_sends_it()
    {
        var text = FamilyNotifications.TeacherAnswer(Question, "王芳", "九点").Build(CultureInfo.GetCultureInfo("zh-CN")).Text;
        Assert.Equal("王芳老师回答了您关于王小明的问题。\n问：他晚上几点睡觉？\n答：九点", text);
    }

    [Theory]
    [InlineData("zh-CN", "周校长回答了您关于王小明的问题。\n问：他晚上几点睡觉？\n答：九点")]
    [InlineData("zh-TW", "周校长回答了您關於王小明的問題。\n問：他晚上几点睡觉？\n答：九点")]
    [InlineData("en", "周校长 answered your question about 王小明.\nQ: 他晚上几点睡觉？\nA: 九点")]
    public void An_answer_from_the_principal_in_the_console_is_not_signed_周校长老师(string language, string expected)
    {
        // Found playing the school admin: the father read 「周校长老师回答了您…」.
        var text = FamilyNotifications.TeacherAnswer(Question, "周校长", "九点").Build(CultureInfo.GetCultureInfo(language)).Text;
        Assert.Equal(expected, text);
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
        "FiveOnesMissing" => FamilyNotifications.FiveOnesMissing(new DateOnly(2026, 9, 1),
            [(FiveOnesItem.GuardianContact, ["王小明", "王小红", "刘阳", "李思雨"]), (FiveOnesItem.Festival, ["刘阳"])]),
        "EmergencyAlert" => FamilyNotifications.EmergencyAlert(30, Emergency, "0851-1234567", 0),
        "EmergencyEscalation" => FamilyNotifications.EmergencyEscalation(20, Emergency, [Emergency.Recipients[0]], "0851-1234567"),
        "EmergencyAcknowledged" => FamilyNotifications.EmergencyAcknowledged(Emergency, Emergency.Recipients[1]),
        "EmergencyReply" => FamilyNotifications.EmergencyReply(10, Emergency, 9, 30, "在同学家吗？"),
        "EmergencyResolved" => FamilyNotifications.EmergencyResolved(10, Emergency, 30, "找到了，在同学家"),
        "GuardianGapToStaff" => FamilyNotifications.GuardianGapToStaff(21, Concern, "王德福"),
        "GuardianGapToParent" => FamilyNotifications.GuardianGapToParent(10, Concern, "王德福"),
        "WellbeingToStaff" => FamilyNotifications.WellbeingToStaff(21, Concern, "王芳", TimeZoneInfo.Utc),
        "WeeklyTalkLine" => FamilyNotifications.WeeklyTalkLine(10, Talk, "王芳"),
        "GuardianRegistered" => FamilyNotifications.GuardianRegistered(21, 12, ["王小明", "王小红"], "王德兰", "姑姑", null, c => c.Name, c => c.Name),
        "MonthlyLetterToParent" => FamilyNotifications.MonthlyLetterToParent("2026-12", ["王小明", "王小红"], "SpringFestival", new DateOnly(2027, 2, 6)),
        "MonthlyLetterToHelper" => FamilyNotifications.MonthlyLetterToHelper("2026-12", ["王小明"], null),
        "CallReminderToParent" => FamilyNotifications.CallReminderToParent(5, "王小明", "20:00"),
        "CallReminderToGuardian" => FamilyNotifications.CallReminderToGuardian(5, "王小明", "20:00"),
        "WeeklyCallPrompt" => FamilyNotifications.WeeklyCallPrompt("2026-W49", ["王小明", "王小红"]),
        "ContactNudgeToParent" => FamilyNotifications.ContactNudgeToParent(1, "202611230100", 1, "王小明", 8),
        "ContactToTeacher" => FamilyNotifications.ContactToTeacher(1, 10, "202611230100", 2, "王小明", 15),
        "AbsenceToGuardian" => FamilyNotifications.AbsenceToGuardian("2026-12-07", 1, "王小明"),
        "AbsenceToParent" => FamilyNotifications.AbsenceToParent("2026-12-07", 1, "王小明"),
        "QuestionOverdue" => FamilyNotifications.QuestionOverdue(7, QuestionEscalation.Head, 30),
        "MonthlyDigest" => FamilyNotifications.MonthlyDigest("2026-11", 11, [new MonthlyDigestChild("王小明", 18, 1, 2, 3, 2, 4, 6, 5)]),
        "NoGuardianToHead" => FamilyNotifications.NoGuardianToHead("2026-12-07", [("王小明", true), ("刘阳", false)]),
        "NoGuardianToParent" => FamilyNotifications.NoGuardianToParent("2026-12-07", 1, "王小明"),
        "WeeklyTalkReminder" => FamilyNotifications.WeeklyTalkReminder("2026-11-30", ["王小明", "刘阳"]),
        "HomeVisitPrompt" => FamilyNotifications.HomeVisitPrompt("2026秋", 10, 5, ["王小明", "刘阳", "李思雨"]),
        "TermNotice" => FamilyNotifications.TermNotice("2026秋", Notice, shortForm: false),
        "MeetingInvitation" => FamilyNotifications.MeetingInvitation(3, "王小明", "期末家长会", At, null),
        "Tip" => FamilyNotifications.Tip("2026-W49", guardian: true, new TipInfo(1, "G-01", TipAudience.Guardian, "sleep", "6-12", "", "孩子每天睡够9小时。", "孩子每天睡夠9小時。", "Children need nine hours of sleep.", true, "test", At, 0, 0, 0)),
        "Unreachable" => FamilyNotifications.Unreachable(30, "2026-12-07", held: true, "王德福", ["王小明"]),
        "AwaitingConsent" => FamilyNotifications.AwaitingConsent(30, "2026-W49", "王德福", ["王小明"]),
        "SmsFullToday" => FamilyNotifications.SmsFullToday(30, "2026-12-07", "王德福", ["王小明"]),
        "NotDelivered" => FamilyNotifications.NotDelivered(41, "李红梅", "小明明天发烧请假一天"),
        "EmergencyVoiceCall" => FamilyNotifications.EmergencyVoiceCall("voice-e4", Emergency),
        "EmergencyVoiceToHeadTeacher" => FamilyNotifications.EmergencyVoiceToHeadTeacher("voice-head-e4", Emergency, ["王建军"]),
        _ => throw new ArgumentOutOfRangeException(nameof(entry)),
    };
}
