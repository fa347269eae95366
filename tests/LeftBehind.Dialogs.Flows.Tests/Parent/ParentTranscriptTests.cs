using LeftBehind.Dialogs.Conversations;
using LeftBehind.Archive.Data;
using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Parent;

/// <summary>Every parent flow in Simplified Chinese, as the father 王建军 (two children) writes to the bot.</summary>
public sealed class ParentTranscriptTests
{
    private static async Task<Phone> BoundFatherAsync(ConversationHarness h)
    {
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        return dad;
    }

    [Fact]
    public async Task Parent_asking_about_this_week_gets_counts_of_absences_and_late_days_with_reasons()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        var attendance = h.Get<IAttendanceService>();
        await attendance.RecordAsync(Actor.Teacher(demo.HeadTeacher), demo.Ming, new DateOnly(2026, 11, 17), AttendanceStatus.Late, "下雨路滑");
        await attendance.RecordAsync(Actor.Teacher(demo.HeadTeacher), demo.Ming, new DateOnly(2026, 11, 18), AttendanceStatus.Absent);
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("孩子这周上学了吗");
        Assert.Equal("问哪个孩子？", dad.Reply());
        Assert.Equal(["1. 王小明", "2. 王小红"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("1");
        Assert.Equal(
            "王小明这周（11月16日到11月19日）：上学 3 天，到校 1 天，缺勤 1 天，迟到 1 天，请假 0 天。\n" +
            "11月17日（周二）迟到：下雨路滑\n" +
            "11月18日（周三）缺勤：没有登记原因", dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task Parent_naming_the_child_and_the_month_gets_the_answer_without_questions()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("小红这个月上学了吗");
        Assert.Equal("王小红这个月（11月1日到11月19日）：上学 13 天，到校 12 天，缺勤 0 天，迟到 1 天，请假 0 天。\n11月3日（周二）迟到：下雨路滑", dad.Reply());
    }

    [Fact]
    public async Task Parent_asks_about_a_named_past_day_last_wednesday_and_a_month_day()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("王小明上周三去学校了吗");
        Assert.Equal("王小明11月11日（星期三）：上学 1 天，到校 1 天，缺勤 0 天，迟到 0 天，请假 0 天。\n天天按时到校，真棒！", dad.Reply());
        await dad.SendAsync("0");
        dad.Reply();
        await dad.SendAsync("1");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("王小红");
        Assert.Equal("想看王小红哪段时间的出勤？也可以直接说日期，比如「上周三」「11月5号」。", dad.Reply());
        Assert.Equal(["今天", "这周", "这个月"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("11月5号");
        Assert.Equal("王小红11月5日（星期四）：上学 1 天，到校 1 天，缺勤 0 天，迟到 0 天，请假 0 天。\n天天按时到校，真棒！", dad.Reply());
    }

    [Fact]
    public async Task Parent_reads_teacher_notes_newest_first_by_category_and_pages_with_more()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        var notes = h.Get<INoteService>();
        for (var i = 1; i <= 3; i++)
        {
            h.Time.Advance(TimeSpan.FromMinutes(1));
            await notes.WriteAsync(Actor.Teacher(demo.HeadTeacher), demo.Ming, NoteCategory.Study, NoteKind.Note, NoteVisibility.Parents, $"第{i}次作业按时交了。");
        }
        await notes.WriteAsync(Actor.Teacher(demo.HeadTeacher), demo.Ming, NoteCategory.Study, NoteKind.Note, NoteVisibility.StaffOnly, "只给老师看的记录。");
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("看看小明的老师评语");
        Assert.Equal("想看王小明哪方面的评语？", dad.Reply());
        Assert.Equal(["全部", "学习", "行为", "情绪", "健康", "安全"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("学习");
        Assert.Equal(
            "王小明的老师评语（共 4 条，第 1–3 条，最新的在前）：\n\n" +
            "【学习】11月19日 李红梅老师：第3次作业按时交了。\n\n" +
            "【学习】11月19日 李红梅老师：第2次作业按时交了。\n\n" +
            "【学习】11月19日 李红梅老师：第1次作业按时交了。\n\n" +
            "回复「更多」看后面的评语。", dad.Reply());
        await dad.SendAsync("更多");
        Assert.Equal("王小明的老师评语（共 4 条，第 4–4 条，最新的在前）：\n\n【学习】11月17日 李红梅老师：王小明这周数学单元测验 92 分，比上次进步了 10 分，课堂上主动举手回答问题。", dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_note_the_school_admin_wrote_in_the_console_is_signed_with_her_name()
    {
        // The console's school admin has an account but no roster person: her note named no one (「—」 in the console).
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        int staffId;
        await using (var db = await h.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
        {
            var admin = new LeftBehind.Archive.Staff.StaffUser { UserName = "xiaozhang", NormalizedUserName = "XIAOZHANG", DisplayName = "周校长", SchoolId = await SchoolOfMingAsync(h, demo.Ming) };
            db.StaffUsers.Add(admin);
            await db.SaveChangesAsync();
            staffId = admin.Id;
        }
        await h.Get<INoteService>().WriteAsync(new Actor(ActorRole.SchoolAdmin, null) { SchoolId = await SchoolOfMingAsync(h, demo.Ming), StaffId = staffId },
            demo.Ming, NoteCategory.Safety, NoteKind.Note, NoteVisibility.Parents, "周五放学由爷爷接。");
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("看看小明的老师评语");
        dad.Reply();
        await dad.SendAsync("安全");

        Assert.Equal("王小明的老师评语（共 1 条，第 1–1 条，最新的在前）：\n\n【安全】11月19日 周校长：周五放学由爷爷接。", dad.Reply());
    }

    [Fact]
    public async Task A_note_without_any_author_is_signed_teacher_once_not_twice()
    {
        // Written through the admin API or by an account since removed: no person and no console name to show.
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        await h.Get<INoteService>().WriteAsync(new Actor(ActorRole.SchoolAdmin, null) { SchoolId = await SchoolOfMingAsync(h, demo.Ming) },
            demo.Ming, NoteCategory.Safety, NoteKind.Note, NoteVisibility.Parents, "周五放学由爷爷接。");
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("看看小明的老师评语");
        dad.Reply();
        await dad.SendAsync("安全");

        Assert.Equal("王小明的老师评语（共 1 条，第 1–1 条，最新的在前）：\n\n【安全】11月19日 老师：周五放学由爷爷接。", dad.Reply());
    }

    private static async Task<int> SchoolOfMingAsync(ConversationHarness h, int ming)
    {
        await using var db = await h.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
        return await db.Children.Where(c => c.Id == ming).Select(c => c.SchoolId).SingleAsync();
    }

    [Fact]
    public async Task Parent_question_is_stored_for_the_paired_teacher_and_the_answer_arrives_proactively()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        var teacherPhone = h.NewPhone("teacher-wang");
        var bound = await h.Get<IBindingService>().RedeemAsync("BFJS56", "test", teacherPhone.UserId, teacherPhone.ReferenceJson, "t");
        Assert.Equal(RedeemOutcome.Bound, bound.Outcome);
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("问老师");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明");
        Assert.Equal("想问老师关于王小明的什么事？直接打字说就行。", dad.Reply());
        await dad.SendAsync("他晚上几点睡觉？");
        Assert.Equal("已经转给王芳老师了。老师一般今天 18:00 前回复，回复会直接发到这里。", dad.Reply());
        Assert.Equal("家长有新问题（王小明）：「他晚上几点睡觉？」回复「菜单」进入待回复问题。", teacherPhone.Reply());

        var inbox = await h.Get<IQuestionService>().InboxAsync(Actor.Teacher(demo.PairedTeacher));
        var question = Assert.Single(inbox, q => q.Text == "他晚上几点睡觉？");
        h.Time.Advance(TimeSpan.FromDays(2));
        // The production path: the teacher flow's (and the console's) one way to answer; a retried send is delivered once.
        var answered = await h.Get<LeftBehind.Dialogs.Teacher.TeacherAnswers>().AnswerAsync(Actor.Teacher(demo.PairedTeacher), "王芳", question.Id, "一般九点前就睡了，爷爷管得很好。");
        await h.Get<IProactiveMessenger>().SendAsync(answered.AskedById, LeftBehind.Dialogs.Notifications.FamilyNotifications.TeacherAnswer(answered, "王芳", answered.Answer!));
        Assert.Equal("王芳老师回答了您关于王小明的问题。\n问：他晚上几点睡觉？\n答：一般九点前就睡了，爷爷管得很好。", dad.Reply());
        dad.NoMoreReplies();
    }

    [Fact]
    public async Task A_question_typed_with_the_childs_name_at_which_child_is_kept_and_confirmed_instead_of_asked_for_again()
    {
        // Found playing the father: his question at 问哪个孩子？ only chose the child and was lost.
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("问老师");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明最近作业多不多？晚上几点睡觉？");
        Assert.Equal("要把这句话转给老师吗？\n「小明最近作业多不多？晚上几点睡觉？」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给王芳老师了。", dad.Reply());
        dad.NoMoreReplies();

        // A bare name is only the choice.
        await dad.SendAsync("问老师");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("是小红的");
        Assert.Equal("想问老师关于王小红的什么事？直接打字说就行。", dad.Reply());
    }

    [Fact]
    public async Task Whole_question_routed_from_free_text_is_confirmed_before_it_goes_to_the_teacher()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var dad = await BoundFatherAsync(h);
        await dad.SendAsync("帮我问问老师小红最近上课注意力集中吗");
        Assert.Equal("要把这句话转给老师吗？\n「小红最近上课注意力集中吗」", dad.Reply());
        await dad.SendAsync("是");
        Assert.StartsWith("已经转给", dad.Reply());
    }

    [Fact]
    public async Task Parent_writes_a_letter_over_several_messages_previews_and_sends_it_to_guardian_and_teacher()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        var grandpa = h.NewPhone("grandpa");
        await h.Get<IBindingService>().RedeemAsync("YEYE67", "test", grandpa.UserId, grandpa.ReferenceJson, "g");
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("我想给小明写封信");
        Assert.Equal("两地书：给王小明写一封新信，还是看看往来的信？", dad.Reply());
        await dad.SendAsync("1");
        Assert.Equal("请开始写信，可以分几条发。写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("小明：爸爸很想你。");
        Assert.Equal("收到（已写 9 字）。继续写，写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("要听爷爷的话，按时睡觉。");
        Assert.Equal("收到（已写 21 字）。继续写，写完回复「写好了」。", dad.Reply());
        await dad.SendAsync("写好了");
        Assert.Equal("给王小明的信：\n——\n小明：爸爸很想你。\n要听爷爷的话，按时睡觉。\n——\n1. 寄出  2. 重写  3. 不寄了", dad.Reply());
        await dad.SendAsync("5");
        Assert.Equal("请回复 1、2 或 3：1 寄出，2 重写，3 不寄了。", dad.Reply());
        await dad.SendAsync("1");
        // 王芳 has no chat yet: the letter waits in her mailbox, and the father is told so.
        Assert.Equal("信已经寄出，会转给王德福，读给王小明听。孩子回信后会发到这里。王芳还没开通，开通后会收到。", dad.Reply());
        Assert.Equal("王建军给王小明写了一封两地书，请读给孩子听或打印给孩子：\n小明：爸爸很想你。\n要听爷爷的话，按时睡觉。", grandpa.Reply());

        var letters = await h.Get<ILetterService>().ListAsync(Actor.Parent(demo.Father), demo.Ming);
        Assert.Equal("小明：爸爸很想你。\n要听爷爷的话，按时睡觉。", letters![0].Text);
        await dad.SendAsync("两地书");
        dad.Reply();
        await dad.SendAsync("小明");
        dad.Reply();
        await dad.SendAsync("看往来信件");
        var list = dad.Reply();
        Assert.StartsWith("和王小明往来的信（最近 2 封）：\n\n11月19日 王建军写给王小明：小明：爸爸很想你。", list);
        Assert.Contains("11月7日 王建军写给王小明：小明：爸爸在深圳一切都好。", list);
    }

    [Fact]
    public async Task Parent_books_a_call_home_the_guardian_is_asked_to_confirm_and_called_counts_as_contact()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var demo = await DemoSchool.LoadAsync(h);
        var grandpa = h.NewPhone("grandpa");
        await h.Get<IBindingService>().RedeemAsync("YEYE67", "test", grandpa.UserId, grandpa.ReferenceJson, "g");
        var dad = await BoundFatherAsync(h);

        await dad.SendAsync("5");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("1");
        Assert.Equal("想什么时候和王小明通电话？比如「这周日晚上8点」。", dad.Reply());
        await dad.SendAsync("昨天晚上8点");
        Assert.Equal("11月18日 星期三 20:00已经过了，请说一个以后的时间，比如「下周日晚上8点」。", dad.Reply());
        await dad.SendAsync("这周日晚上8点");
        Assert.Equal("约好了：11月22日 星期日 20:00。已经告诉王德福，等他确认后告诉您；通话前会提醒你们。打完后跟我说「打过了」。", dad.Reply());
        Assert.Equal("王建军想在 11月22日 星期日 20:00 和王小明通电话。回复1：可以；回复2：换个时间。", grandpa.Reply());
        var upcoming = await h.Get<ICallHomeService>().UpcomingAsync(Actor.Parent(demo.Father), demo.Ming);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero), Assert.Single(upcoming!).ScheduledAt);

        h.Time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(5));
        await dad.SendAsync("打过了");
        Assert.Equal("问哪个孩子？", dad.Reply());
        await dad.SendAsync("小明");
        Assert.Equal("好的，记下了：您这周和王小明通过电话了。", dad.Reply());
        Assert.Equal(h.Time.GetUtcNow(), await h.Get<ICallHomeService>().LastContactAsync(demo.Ming, demo.Father));
    }
}
