using LeftBehind.Archive.Model;
using LeftBehind.Archive.Services;
using Microsoft.EntityFrameworkCore;

namespace LeftBehind.Tests.Archive;

/// <summary>
/// A turn that runs again for the same activity (a state conflict, or another instance taking over after a crash) files
/// nothing twice: the question, leave request, letter, note, emergency and call booking its first run wrote are found
/// again by the activity.
/// </summary>
public sealed class TurnWritesTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_re_run_of_a_turn_gets_the_rows_its_first_run_filed_and_files_no_second_copy(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var day = new DateOnly(2026, 11, 17);

        async Task<(int Question, int Leave, int Letter, int Note)> RunAsync(string activityId)
        {
            using var run = TurnWrites.Begin("directline", "conv-1", activityId);
            var q = await h.Get<IQuestionService>().AskAsync(s.Father, s.Ming, "小明这周作业多吗？");
            var leave = await h.Get<ILeaveService>().RequestAsync(s.Grandpa, s.Ming, day, day, AttendanceStatus.Sick, "发烧");
            var letter = await h.Get<ILetterService>().WriteAsync(s.Father, s.Ming, LetterDirection.ToChild, "小明：爸爸想你了。");
            var note = await h.Get<INoteService>().WriteAsync(s.PairedTeacherA, s.Ming, NoteCategory.Study, NoteKind.Note, NoteVisibility.Parents, "作业完成得很好。");
            return (q.Id, leave.LeaveRequestId, letter.Id, note.Id);
        }

        var first = await RunAsync("conv-1|0000005");
        var rerun = await RunAsync("conv-1|0000005");
        Assert.Equal(first, rerun);
        await using (var db = h.Db())
        {
            Assert.Equal(1, await db.Questions.CountAsync(q => q.Text == "小明这周作业多吗？"));
            Assert.Equal(1, await db.LeaveRequests.CountAsync(l => l.ChildId == s.Ming));
            Assert.Equal(1, await db.Letters.CountAsync(l => l.Text == "小明：爸爸想你了。"));
            Assert.Equal(1, await db.Notes.CountAsync(n => n.Text == "作业完成得很好。"));
        }

        // The next message is a new turn: it files its own rows.
        var next = await RunAsync("conv-1|0000007");
        Assert.NotEqual(first.Question, next.Question);
        Assert.NotEqual(first.Note, next.Note);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Two_questions_of_one_message_are_two_rows_and_stay_two_when_the_turn_runs_again(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var questions = h.Get<IQuestionService>();

        async Task<int[]> RunAsync()
        {
            using var run = TurnWrites.Begin("wechat", "openid-1", "msg-42");
            return [(await questions.AskAsync(s.Father, s.Ming, "数学作业是什么？")).Id, (await questions.AskAsync(s.Father, s.Hong, "小红的鞋子合脚吗？")).Id];
        }

        var first = await RunAsync();
        Assert.Equal(first, await RunAsync());
        Assert.NotEqual(first[0], first[1]);

        // Outside a turn (the admin API, the scheduler) nothing is keyed: each call files a row.
        var a = await questions.AskAsync(s.Father, s.Ming, "管理端代问");
        var b = await questions.AskAsync(s.Father, s.Ming, "管理端代问");
        Assert.NotEqual(a.Id, b.Id);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_re_run_of_a_turn_that_raised_an_emergency_and_booked_a_call_raises_and_books_nothing_twice(string provider)
    {
        await using var h = await ArchiveHarness.CreateAsync(provider);
        var s = await DemoSchool.SeedAsync(h);
        var at = h.Time.GetUtcNow().AddDays(2);

        async Task<(EmergencyInfo Emergency, int Call)> RunAsync(string activityId)
        {
            using var run = TurnWrites.Begin("directline", "conv-9", activityId);
            var emergency = await h.Get<IEmergencyService>().RaiseAsync(s.Father, s.Ming, "小明放学没回家，电话打不通");
            var call = await h.Get<ICallHomeService>().BookAsync(s.Father, s.Ming, at);
            return (emergency, call.Id);
        }

        var first = await RunAsync("conv-9|0000003");
        // The instance died after the writes, before the turn's state was saved: another instance runs the turn again.
        var rerun = await RunAsync("conv-9|0000003");
        Assert.Equal(first.Emergency.Id, rerun.Emergency.Id);
        Assert.Equal(first.Call, rerun.Call);
        // The same people to alert, so the alerts (keyed by emergency and person) are not sent twice either.
        Assert.Equal(first.Emergency.Recipients.Select(r => r.PersonId).Order(), rerun.Emergency.Recipients.Select(r => r.PersonId).Order());
        await using (var db = h.Db())
        {
            Assert.Equal(1, await db.Emergencies.CountAsync(e => e.ChildId == s.Ming));
            Assert.Equal(1, await db.CallBookings.CountAsync(b => b.ChildId == s.Ming));
        }

        // A later message raising again is a new emergency, as before.
        var next = await RunAsync("conv-9|0000009");
        Assert.NotEqual(first.Emergency.Id, next.Emergency.Id);
        Assert.NotEqual(first.Call, next.Call);
    }
}
