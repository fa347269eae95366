using LeftBehind.Archive.Data;
using LeftBehind.Archive.Services;
using LeftBehind.Tests.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeftBehind.Tests.Rights;

/// <summary>
/// Issue #14, item 5: a parent or guardian bound in the chat is asked separately — 同意 or 不同意 — and sees nothing
/// about a child until they agree; the answer is recorded with the text version and the time.
/// </summary>
public sealed class ConsentTranscriptTests
{
    [Fact]
    public async Task A_father_binding_is_asked_separately_and_sees_the_menu_only_after_he_agrees()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("老师给的邀请码 BABA23");
        Assert.Equal("绑定成功！您好，王建军（家长）。", dad.Reply());
        var ask = dad.Reply();
        Assert.StartsWith("请您单独确认（2026-12 版）", ask);
        Assert.Contains("同意请回复 1，不同意请回复 2", ask);
        Assert.Equal(["同意", "不同意"], dad.LastActivity!.SuggestedActions!.Actions!.Select(a => a.Title));
        dad.NoMoreReplies();

        // An answer out of turn is not consent: the question comes again, and no child is named.
        await dad.SendAsync("小明这周上学了吗");
        var again = dad.AllReplies();
        Assert.StartsWith("请您单独确认", again);
        Assert.DoesNotContain("王小明", again);

        // Once he agrees, the question he asked out of turn is answered (RequestBeforeConsentTranscriptTests).
        await dad.SendAsync("同意");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王小明这周", dad.Reply());
        await dad.SendAsync("小明这周上学了吗");
        Assert.StartsWith("王小明", dad.AllReplies());

        var state = await h.Get<IPersonRights>().GetConsentAsync((await Parent.DemoSchool.LoadAsync(h)).Father);
        Assert.True(state.Given);
        Assert.Equal("2026-12", state.TextVersion);
        Assert.Equal(h.Time.GetUtcNow(), state.GivenAt);
    }

    [Fact]
    public async Task Agreeing_shows_the_menu_without_rewriting_the_fathers_message_that_the_middleware_sees()
    {
        // Review debt: the gate's caller set the incoming activity's text to "0" to show the menu, so every middleware
        // after the turn (and a re-run of the turn) read "0" where the father had written 同意.
        var seen = new AfterTurnText();
        await using var h = await ConversationHarness.CreateAsync(s => s.AddSingleton<LeftBehind.Dialogs.Kernel.IMiddleware>(seen), familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();

        await dad.SendAsync("同意");

        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！想办什么？回复数字就行：\n1. 孩子出勤", dad.Reply());
        Assert.Equal("同意", seen.Texts[^1]);
    }

    /// <summary>A middleware that reads the incoming activity's text once the bot has run.</summary>
    private sealed class AfterTurnText : LeftBehind.Dialogs.Kernel.IMiddleware
    {
        public List<string?> Texts { get; } = [];

        public async Task OnTurnAsync(LeftBehind.Dialogs.Kernel.ITurnContext turnContext, LeftBehind.Dialogs.Kernel.NextDelegate next, CancellationToken cancellationToken = default)
        {
            await next(cancellationToken);
            Texts.Add(turnContext.Activity.Text);
        }
    }

    [Theory]
    [InlineData("中")]
    [InlineData("对")]
    [InlineData("要得")]
    [InlineData("👌")]
    public async Task A_grandfather_who_says_yes_his_own_way_is_taken_at_his_word(string yes)
    {
        // Played at 390×844: "中" and "对" got the same question again, with no way out but the digit.
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var yeye = h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        yeye.AllReplies();
        await yeye.SendAsync("啥意思");
        Assert.Equal("就是问您：让学校在这里记下孩子上学、请假的情况和老师的话，只给您家里人和老师看，行吗？行回 1，不行回 2。", yeye.Reply());
        yeye.NoMoreReplies();
        await yeye.SendAsync(yes);
        Assert.Equal("谢谢您，已记下您的同意。", yeye.Reply());
        Assert.True((await h.Get<IPersonRights>().GetConsentAsync((await Parent.DemoSchool.LoadAsync(h)).Grandpa)).Given);
    }

    [Theory]
    [InlineData("我可以看看小明的成绩吗")]
    [InlineData("好的老师说要我同意什么")]
    public async Task A_sentence_that_only_contains_a_yes_is_not_consent_and_a_yes_on_its_own_is(string text)
    {
        // The consent words are the kernel's yes and no, but only as the whole message: "可以" inside a question is no answer.
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        await dad.SendAsync(text);
        Assert.DoesNotContain("谢谢您，已记下您的同意", dad.AllReplies());
        Assert.False((await h.Get<IPersonRights>().GetConsentAsync((await Parent.DemoSchool.LoadAsync(h)).Father)).Given);
        await dad.SendAsync("好的。");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
    }

    [Fact]
    public async Task A_grandfather_who_says_no_his_own_way_is_not_taken_as_agreeing()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var yeye = h.NewPhone("yeye");
        await yeye.SendAsync("YEYE67");
        yeye.AllReplies();
        await yeye.SendAsync("不中");
        Assert.Contains("不会显示孩子的任何信息", yeye.AllReplies());
        Assert.False((await h.Get<IPersonRights>().GetConsentAsync((await Parent.DemoSchool.LoadAsync(h)).Grandpa)).Given);
    }

    [Fact]
    public async Task Disagreeing_shows_nothing_about_the_child_and_says_how_to_agree_later()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var dad = h.NewPhone("dad");
        await dad.SendAsync("BABA23");
        dad.AllReplies();
        await dad.SendAsync("不同意");
        var declined = dad.Reply();
        Assert.Contains("不会显示孩子的任何信息", declined);
        Assert.Contains("回复「同意」", declined);
        dad.NoMoreReplies();

        foreach (var ask in new[] { "小明这周上学了吗", "老师评语", "菜单", "3" })
        {
            await dad.SendAsync(ask);
            var reply = dad.AllReplies();
            Assert.Equal("您还没有同意，所以这里不显示孩子的信息。想开始使用，请回复「同意」（1）。", reply);
        }

        var father = (await Parent.DemoSchool.LoadAsync(h)).Father;
        var state = await h.Get<IPersonRights>().GetConsentAsync(father);
        Assert.False(state.Given);
        Assert.Equal(h.Time.GetUtcNow(), state.RefusedAt);
        await using (var db = await h.Get<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync())
            Assert.Equal(1, await db.Audit.CountAsync(a => a.ActorPersonId == father && a.Action == "consent.refused:2026-12"));

        // Agreeing later needs no new code.
        h.Time.Advance(TimeSpan.FromDays(2));
        await dad.SendAsync("1");
        Assert.Equal("谢谢您，已记下您的同意。", dad.Reply());
        Assert.StartsWith("王建军，您好！", dad.Reply());
    }

    [Fact]
    public async Task A_grandfathers_question_fits_one_phone_screen_and_he_answers_with_one_digit()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var grandpa = h.NewPhone("yeye");
        await grandpa.SendAsync("YEYE67");
        grandpa.Reply();
        var ask = grandpa.Reply();
        // 390x844 shows about 14 lines of 17 characters at Web Chat's font: a guardian's text stays well inside.
        Assert.True(ask.Length <= 60, $"{ask.Length} characters: {ask}");
        Assert.EndsWith("同意回 1，不同意回 2。", ask);
        await grandpa.SendAsync("1");
        Assert.Equal("谢谢您，已记下您的同意。", grandpa.Reply());
    }

    [Fact]
    public async Task An_emergency_from_a_guardian_who_has_not_answered_still_goes_through()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var grandpa = h.NewPhone("yeye");
        await grandpa.SendAsync("YEYE67");
        grandpa.AllReplies();
        await grandpa.SendAsync("孙子在河边玩水一直没回来");
        var reply = grandpa.AllReplies();
        Assert.DoesNotContain("单独确认", reply);
        Assert.DoesNotContain("还没有同意", reply);
    }

    [Fact]
    public async Task A_teacher_binding_is_not_asked_and_goes_straight_to_the_menu()
    {
        await using var h = await ConversationHarness.CreateAsync(familyConsented: false);
        var teacher = h.NewPhone("li");
        await teacher.SendAsync("BZR789");
        Assert.StartsWith("绑定成功", teacher.Reply());
        Assert.DoesNotContain("单独确认", teacher.AllReplies());
    }
}
