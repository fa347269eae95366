using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;

namespace LeftBehind.Tests.Parent;

/// <summary>The parent's main paths in Traditional Chinese and English.</summary>
public sealed class ParentLocaleTranscriptTests
{
    [Fact]
    public async Task Traditional_script_parent_binds_and_asks_attendance_and_the_teacher_in_traditional()
    {
        await using var h = await ConversationHarness.CreateAsync();
        var mum = h.NewPhone("mum");
        await mum.SendAsync("老師給了我邀請碼 MAMA45");
        Assert.Equal("綁定成功！您好，刘丽（家長）。", mum.Reply());
        Assert.StartsWith("刘丽，您好！想辦什麼？回覆數字就行：\n1. 孩子出勤\n2. 老師評語", mum.Reply());
        await mum.SendAsync("小明這個月上學了嗎");
        Assert.StartsWith("王小明這個月（11月1日到11月19日）：上學 13 天，到校 ", mum.Reply());
        await mum.SendAsync("問老師");
        Assert.Equal("問哪個孩子？", mum.Reply());
        await mum.SendAsync("1");
        Assert.Equal("想問老師關於王小明的什麼事？直接打字說就行。", mum.Reply());
        await mum.SendAsync("他最近睡得好嗎？");
        Assert.Equal("已經轉給王芳老師了。老師一般今天 18:00 前回覆，回覆會直接發到這裡。", mum.Reply());
    }

    [Fact]
    public async Task English_parent_asks_attendance_notes_and_books_a_call_in_english()
    {
        await using var h = await ConversationHarness.CreateAsync(locale: "en-US");
        var dad = h.NewPhone("dad");
        await dad.SendAsync("my code is BABA23");
        Assert.Equal("You are bound. Hello, 王建军 (parent).", dad.Reply());
        Assert.StartsWith("Hello 王建军! What would you like? Reply with a number:\n1. Attendance", dad.Reply());
        await dad.SendAsync("Did my child go to school this week?");
        Assert.Equal("Which child?", dad.Reply());
        await dad.SendAsync("1");
        Assert.Equal("王小明, this week (Nov 16 to Nov 19): school days 3, present 3, absent 0, late 0, on leave 0.\nOn time every day. Well done!", dad.Reply());
        await dad.SendAsync("2");
        Assert.Equal("Which child?", dad.Reply());
        await dad.SendAsync("1");
        Assert.Equal("Which notes about 王小明?", dad.Reply());
        await dad.SendAsync("Study");
        Assert.StartsWith("Notes about 王小明 (1 in all, 1–1, newest first):\n\n[Study] Nov 17, 李红梅: ", dad.Reply());
        await dad.SendAsync("5");
        dad.Reply();
        await dad.SendAsync("1");
        Assert.Equal("When would you like to call 王小明? For example \"Sunday 8pm\".", dad.Reply());
        await dad.SendAsync("sunday 8pm");
        // 王德福 has no chat in this test, so the father is not told he was told.
        Assert.Equal("Booked: Sunday Nov 22, 20:00. 王德福 will get it on joining the chat; please phone 王德福 too. Afterwards tell me \"called\".", dad.Reply());
        var demo = await DemoSchool.LoadAsync(h);
        Assert.Single((await h.Get<ICallHomeService>().UpcomingAsync(Actor.Parent(demo.Father), demo.Ming))!);
    }

    [Theory]
    [InlineData("zh-CN", "写给哪个孩子？", "问哪个孩子？")]
    [InlineData("zh-TW", "寫給哪個孩子？", "問哪個孩子？")]
    [InlineData("en-US", "Which child is the letter for?", "Which child?")]
    public async Task The_letter_asks_which_child_to_write_to_and_the_other_flows_keep_asking_which_child(string locale, string letterQuestion, string otherQuestion)
    {
        // Found playing the father: the 两地书 flow asked 问哪个孩子？ ("ask about which child?"), the ask-the-teacher wording.
        await using var h = await ConversationHarness.CreateAsync(locale: locale);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("4");
        Assert.Equal(letterQuestion, dad.Reply());
        Assert.Equal(["1. 王小明", "2. 王小红"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        await dad.SendAsync("王小红");
        Assert.Contains("王小红", dad.Reply());
        var mum = h.NewPhone("mum");
        await mum.SendAsync("MAMA45");
        mum.AllReplies();
        await mum.SendAsync("1");
        Assert.Equal(otherQuestion, mum.Reply());
    }
}
