using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;

namespace LeftBehind.Tests.Archive;

/// <summary>The services the parent, guardian and teacher conversations call.</summary>
public sealed class ConversationServicesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_question_goes_to_the_paired_teacher_is_answered_and_a_closed_one_cannot_be_answered(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var questions = h.Get<IQuestionService>();
        var q = await questions.AskAsync(s.Father, s.Ming, "小明的数学作业是什么？");
        Assert.Equal(s.PairedTeacherA.PersonId, q.AssignedTeacherId);
        // 张浩然 has no paired teacher: the head teacher gets it.
        var q2 = await questions.AskAsync(s.Aunt, s.Haoran, "浩然明天要带什么？");
        Assert.Equal(s.HeadTeacherA.PersonId, q2.AssignedTeacherId);

        h.Time.Advance(TimeSpan.FromMinutes(5));
        var urgent = await questions.AskAsync(s.Mother, s.Ming, "孩子发烧了吗？", urgent: true);
        var inbox = await questions.InboxAsync(s.PairedTeacherA);
        Assert.Equal([urgent.Id, inbox[1].Id, q.Id], inbox.Select(x => x.Id).ToArray());
        Assert.Equal("老师您好，小明最近晚上作业要写到几点？爷爷说他常常写到很晚。", inbox[1].Text);

        var answered = await questions.AnswerAsync(s.PairedTeacherA, q.Id, "数学练习册第 12 页。");
        Assert.Equal(QuestionStatus.Answered, answered.Status);
        Assert.Equal(s.Father.PersonId, answered.AskedById);
        Assert.Equal("数学练习册第 12 页。", (await questions.GetAsync(s.Father, q.Id))!.Answer);
        Assert.Null(await questions.GetAsync(s.OtherFather, q.Id));

        await Assert.ThrowsAsync<ArchiveException>(() => questions.AnswerAsync(s.Father, urgent.Id, "我自己回答"));
        var handed = await questions.HandOverAsync(s.PairedTeacherA, urgent.Id);
        Assert.Equal(s.HeadTeacherA.PersonId, handed.AssignedTeacherId);
        Assert.Contains(await questions.InboxAsync(s.HeadTeacherA), x => x.Id == urgent.Id);

        await questions.CloseAsync(s.HeadTeacherA, urgent.Id);
        var closed = await Assert.ThrowsAsync<ArchiveException>(() => questions.AnswerAsync(s.HeadTeacherA, urgent.Id, "已经好了"));
        Assert.Equal(ArchiveError.QuestionClosed, closed.Error);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_returning_father_hears_of_his_answers_of_the_week_newest_first_and_counts_his_open_questions_only(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var questions = h.Get<IQuestionService>();
        var old = await questions.AskAsync(s.Father, s.Ming, "上个月的问题");
        await questions.AnswerAsync(s.PairedTeacherA, old.Id, "上个月的回答");
        h.Time.Advance(TimeSpan.FromDays(10));
        var since = h.Time.GetUtcNow() - TimeSpan.FromDays(7);
        var answered = new List<int>();
        for (var i = 1; i <= 4; i++)
        {
            var q = await questions.AskAsync(s.Father, s.Ming, $"问题{i}");
            h.Time.Advance(TimeSpan.FromHours(1));
            await questions.AnswerAsync(s.PairedTeacherA, q.Id, $"回答{i}");
            answered.Add(q.Id);
        }
        await questions.AskAsync(s.Father, s.Ming, "还没回答的问题");
        await questions.AskAsync(s.Mother, s.Ming, "妈妈的问题");

        var summary = await questions.AskerSummaryAsync(s.Father, s.Ming, since, max: 3);

        Assert.Equal([answered[3], answered[2], answered[1]], summary!.Answered.Select(q => q.Id).ToArray());
        Assert.All(summary.Answered, q => Assert.Equal("王小明", q.ChildName));
        // The demo's open question of his and the one just asked; not the mother's, not the answered ones.
        Assert.Equal(2, summary.Open);
        Assert.Null(await questions.AskerSummaryAsync(s.OtherFather, s.Ming, since, max: 3));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_teacher_records_a_class_and_a_parent_reads_counts_and_reasons(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var attendance = h.Get<IAttendanceService>();
        var classId = (await h.Get<IChildrenService>().GetClassesAsync(s.HeadTeacherA)).Single().Id;
        var day = new DateOnly(2026, 11, 16);

        var unknown = await attendance.RecordClassAsync(s.HeadTeacherA, classId, day, ["王小明", "不存在"]);
        Assert.False(unknown.Recorded);
        Assert.Equal(["不存在"], unknown.UnknownNames);
        var ok = await attendance.RecordClassAsync(s.HeadTeacherA, classId, day, ["王小明"], "没来，也没请假");
        Assert.Equal((5, 1), (ok.Present, ok.Absent));
        Assert.Equal(["王小明"], ok.AbsentNames);
        await Assert.ThrowsAsync<ArchiveException>(() => attendance.RecordClassAsync(s.HeadTeacherB, classId, day, []));

        var report = await attendance.GetAsync(s.Father, s.Ming, day, day);
        Assert.Equal(1, report!.Counts[AttendanceStatus.Absent]);
        Assert.Equal("没来，也没请假", Assert.Single(report.Days).Reason);
        var month = await attendance.GetAsync(s.Father, s.Ming, day.AddDays(-30), day);
        Assert.Equal(month!.Days.Count, month.Counts.Values.Sum());

        // 全到 the next day does not overwrite the sick day the grandparent reported.
        var leave = await h.Get<ILeaveService>().RequestAsync(s.Grandpa, s.Ming, day.AddDays(1), day.AddDays(1), AttendanceStatus.Sick, "发烧");
        Assert.Equal(1, leave.DaysMarked);
        Assert.Equal([s.HeadTeacherA.PersonId!.Value, s.PairedTeacherA.PersonId!.Value], leave.TeachersToNotify.Select(t => t.Id).ToArray());
        await attendance.RecordClassAsync(s.HeadTeacherA, classId, day.AddDays(1), []);
        var next = await attendance.GetAsync(s.Father, s.Ming, day.AddDays(1), day.AddDays(1));
        Assert.Equal(AttendanceStatus.Sick, Assert.Single(next!.Days).Status);
    }

    [Fact]
    public async Task Teachers_write_notes_talks_and_visits_but_parents_cannot()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var notes = h.Get<INoteService>();
        var talk = await notes.WriteAsync(s.PairedTeacherA, s.Ming, NoteCategory.Emotion, NoteKind.MonthlyTalk, NoteVisibility.Parents, "本月谈心：心情不错。");
        Assert.Equal("王芳", talk.Author!.Name);
        var visit = await notes.WriteAsync(s.HeadTeacherA, s.Ming, NoteCategory.Safety, NoteKind.HomeVisit, NoteVisibility.StaffOnly, "家访：家里电线老化。");
        Assert.Equal(NoteKind.HomeVisit, visit.Kind);
        var refused = await Assert.ThrowsAsync<ArchiveException>(() => notes.WriteAsync(s.Father, s.Ming, NoteCategory.Study, NoteKind.Note, NoteVisibility.Parents, "我写的"));
        Assert.Equal(ArchiveError.Forbidden, refused.Error);
        await Assert.ThrowsAsync<ArchiveException>(() => notes.WriteAsync(s.HeadTeacherB, s.Ming, NoteCategory.Study, NoteKind.Note, NoteVisibility.Parents, "别班"));
        var page = await notes.GetAsync(s.Father, s.Ming, pageSize: 2);
        Assert.Equal("本月谈心：心情不错。", page!.Items[0].Text);
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task Letters_and_a_call_home_count_as_contact()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var calls = h.Get<ICallHomeService>();
        var before = await calls.LastContactAsync(s.Hong, s.Father.PersonId!.Value);
        Assert.Null(before);

        var booking = await calls.BookAsync(s.Father, s.Hong, h.Time.GetUtcNow().AddDays(2));
        Assert.Equal(CallBookingStatus.Proposed, booking.Status);
        await Assert.ThrowsAsync<ArchiveException>(() => calls.BookAsync(s.Father, s.Hong, h.Time.GetUtcNow().AddHours(-1)));
        Assert.Equal(CallBookingStatus.Confirmed, (await calls.RespondAsync(s.Grandpa, booking.Id, accept: true)).Status);
        await Assert.ThrowsAsync<ArchiveException>(() => calls.RespondAsync(s.Aunt, booking.Id, accept: true));
        Assert.Single((await calls.UpcomingAsync(s.Grandpa, s.Hong))!);
        h.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(CallBookingStatus.Done, (await calls.MarkDoneAsync(s.Father, booking.Id)).Status);
        Assert.Equal(h.Time.GetUtcNow(), await calls.LastContactAsync(s.Hong, s.Father.PersonId!.Value));

        var letters = h.Get<ILetterService>();
        await letters.WriteAsync(s.Mother, s.Hong, LetterDirection.ToChild, "小红：妈妈想你。");
        await letters.WriteAsync(s.Grandpa, s.Hong, LetterDirection.FromChild, null, "https://files.local/letter.jpg", "image/jpeg");
        await Assert.ThrowsAsync<ArchiveException>(() => letters.WriteAsync(s.Mother, s.Hong, LetterDirection.FromChild, "冒充孩子"));
        var list = await letters.ListAsync(s.Father, s.Hong);
        Assert.Equal([LetterDirection.FromChild, LetterDirection.ToChild], list!.Select(l => l.Direction).ToArray());
        Assert.NotNull(await calls.LastContactAsync(s.Hong, s.Mother.PersonId!.Value));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_emergency_alerts_parents_guardian_and_teachers_who_each_acknowledge(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var emergencies = h.Get<IEmergencyService>();
        var e = await emergencies.RaiseAsync(s.HeadTeacherA, s.Ming, "小明放学后没有回家");
        var ids = e.Recipients.Select(r => r.PersonId).ToHashSet();
        Assert.Equal(new HashSet<int> { s.Father.PersonId!.Value, s.Mother.PersonId!.Value, s.Grandpa.PersonId!.Value, s.PairedTeacherA.PersonId!.Value }, ids);
        Assert.Contains(e.Recipients, r => r.Role == "guardian" && r.Name == "王德福");
        // Open for everyone on it, the raiser included, and for nobody else (the per-message check asks this first).
        Assert.Equal(e.Id, Assert.Single(await emergencies.OpenForAsync(s.Father.PersonId!.Value)).Id);
        Assert.Equal(e.Id, Assert.Single(await emergencies.OpenForAsync(s.HeadTeacherA.PersonId!.Value)).Id);
        Assert.Empty(await emergencies.OpenForAsync(s.OtherFather.PersonId!.Value));

        Assert.True(await emergencies.AcknowledgeAsync(s.Father, e.Id));
        Assert.False(await emergencies.AcknowledgeAsync(s.OtherFather, e.Id));
        await emergencies.RecordAlertAsync(e.Id, s.Mother.PersonId!.Value);
        var open = Assert.Single(await emergencies.UnacknowledgedAsync());
        Assert.Equal(1, open.Recipients.Single(r => r.PersonId == s.Mother.PersonId).AlertCount);
        foreach (var a in new[] { s.Mother, s.Grandpa, s.PairedTeacherA }) await emergencies.AcknowledgeAsync(a, e.Id);
        Assert.Empty(await emergencies.UnacknowledgedAsync());
        await Assert.ThrowsAsync<ArchiveException>(() => emergencies.RaiseAsync(s.OtherFather, s.Ming, "假的"));
    }

    [Fact]
    public async Task Preferences_default_by_role_and_are_saved()
    {
        await using var h = await ArchiveHarness.CreateAsync("Sqlite");
        var s = await DemoSchool.SeedAsync(h);
        var prefs = h.Get<IPreferenceService>();
        Assert.True((await prefs.GetAsync(s.Grandpa.PersonId!.Value)).LowLiteracy);
        var father = await prefs.GetAsync(s.Father.PersonId!.Value);
        Assert.False(father.LowLiteracy);
        await prefs.SaveAsync(s.Father.PersonId!.Value, father with { Locale = "zh-TW", QuietStart = new TimeOnly(8, 0), QuietEnd = new TimeOnly(16, 0) });
        var saved = await prefs.GetAsync(s.Father.PersonId!.Value);
        Assert.Equal("zh-TW", saved.Locale);
        Assert.Equal(new TimeOnly(8, 0), saved.QuietStart);
    }
}
