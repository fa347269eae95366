using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Prompts;
using LeftBehind.Dialogs.Recognizers;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;
using Microsoft.Extensions.Time.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class PromptTests
{
    [Fact]
    public async Task Number_prompt_reprompts_bad_input_and_gives_up_after_max_attempts()
    {
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog());
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("小明").AssertReply("请几天假？")
            .Send("😀").AssertReply("请回复一个数字，例如 3。\n请几天假？")
            .Send("99").AssertReply("请回复 1 到 30 之间的数字。\n请几天假？")
            .Send(new string('好', 5000)).AssertReply("没关系，这一步先跳过。说「菜单」可以回到主菜单。")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Null(client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Choice_prompt_shows_a_numbered_list_on_sms_and_accepts_the_number()
    {
        var client = new DialogTestClient(Channels.Sms, new ReportSickDayDialog());
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？\n请回复数字：\n1. 小明\n2. 小红").AssertSuggestedActions()
            .Send("选2").AssertReply("请几天假？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_whose_text_already_numbers_its_options_does_not_list_them_twice_on_a_channel_without_buttons()
    {
        // Found playing a father on WeChat: the letter preview's "1. 寄出  2. 重写  3. 不寄了" came with the same list again.
        var dialog = new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("choice", new PromptOptions
            {
                Prompt = MessageFactory.Text("给小明的信：\n——\n想你\n——\n1. 寄出  2. 重写  3. 不寄了"),
                Choices = [new Choice("寄出"), new Choice("重写"), new Choice("不寄了")],
            }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"选了：{((FoundChoice)step.Result!).Value}", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(dialog);
        component.AddDialog(new ChoicePrompt("choice"));
        var client = new DialogTestClient(Channels.Sms, component);
        await client.Flow()
            .Send("hi").AssertReply("给小明的信：\n——\n想你\n——\n1. 寄出  2. 重写  3. 不寄了")
            .Send("1").AssertReply("选了：寄出")
            .StartTestAsync();
    }

    [Fact]
    public async Task Choice_prompt_retries_with_a_hint_and_keeps_the_buttons()
    {
        var client = new DialogTestClient(Channels.DirectLine, new ReportSickDayDialog());
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("5").AssertReply("请回复选项前面的数字，或直接点选。\n哪个孩子请假？").AssertSuggestedActions("小明", "小红")
            .Send("小红").AssertReply("请几天假？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Validator_rejects_and_its_own_message_replaces_the_retry()
    {
        var dialog = new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("孩子叫什么名字？") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"记下了：{step.Result}", ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(dialog);
        component.AddDialog(new TextPrompt("name", async (pc, ct) =>
        {
            if (!pc.Recognized.Succeeded) return false;
            if (pc.Recognized.Value!.Length <= 4) return true;
            await pc.Context.SendActivityAsync("名字最多四个字。", ct);
            return false;
        }));
        var client = new DialogTestClient(Channels.Test, component);
        await client.Flow()
            .Send("hi").AssertReply("孩子叫什么名字？")
            .Send("   ").AssertReply("请用文字回复。\n孩子叫什么名字？")
            .Send("王小明明明").AssertReply("名字最多四个字。").AssertNoReply()
            .Send("王小明").AssertReply("记下了：王小明")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_resolves_in_the_users_time_zone_at_the_fake_clock_time()
    {
        // 2026-11-23 is a Monday; 23:30 UTC is already Tuesday 07:30 in Shanghai.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
        var dialog = new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("when", new PromptOptions { Prompt = MessageFactory.Text("什么时候？") }, ct),
            async (step, ct) =>
            {
                var r = (DateTimeResolution)step.Result!;
                await step.Context.SendActivityAsync(r.Value.ToString("yyyy-MM-dd HH:mm zzz"), ct);
                return await step.EndDialogAsync(r, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(dialog);
        component.AddDialog(new DateTimePrompt("when"));
        var client = new DialogTestClient(Channels.Test, component, timeProvider: time);
        await client.Flow()
            .Send("hi").AssertReply("什么时候？")
            .Send("下下下").AssertReply("没看懂这个时间，请换个说法，例如「明天下午3点」或「12月1日」。\n什么时候？")
            .Send("明天晚上8点").AssertReply("2026-11-25 20:00 +08:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task Date_prompt_reads_the_answer_with_the_day_already_said()
    {
        // Monday 23 November 2026, 10:00 in Shanghai; "明天下午" was said before, the answer gives only the hour.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
        var dialog = new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("when", new PromptOptions { Prompt = MessageFactory.Text("明天下午几点呢？"), DateTimeContext = "明天下午" }, ct),
            async (step, ct) =>
            {
                var r = (DateTimeResolution)step.Result!;
                await step.Context.SendActivityAsync(r.Value.ToString("yyyy-MM-dd HH:mm zzz"), ct);
                return await step.EndDialogAsync(r, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(dialog);
        component.AddDialog(new DateTimePrompt("when"));
        var client = new DialogTestClient(Channels.Test, component, timeProvider: time);
        await client.Flow()
            .Send("hi").AssertReply("明天下午几点呢？")
            .Send("就3点吧").AssertReply("2026-11-24 15:00 +08:00")
            .StartTestAsync();
    }

    [Fact]
    public async Task Attachment_prompt_wants_a_photo()
    {
        var dialog = new WaterfallDialog("root", [
            (step, ct) => step.PromptAsync("photo", new PromptOptions { Prompt = MessageFactory.Text("请拍一张信的照片。") }, ct),
            async (step, ct) =>
            {
                var files = (IReadOnlyList<Attachment>)step.Result!;
                await step.Context.SendActivityAsync($"收到 {files.Count} 张。", ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var component = new ComponentDialog("c");
        component.AddDialog(dialog);
        component.AddDialog(new AttachmentPrompt("photo"));
        var client = new DialogTestClient(Channels.Test, component);
        var photo = client.Adapter.MakeActivity();
        photo.Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://example.invalid/letter.jpg" }];
        await client.Flow()
            .Send("hi").AssertReply("请拍一张信的照片。")
            .Send("信在这里").AssertReply("请发一张照片。\n请拍一张信的照片。")
            .Send(photo).AssertReply("收到 1 张。")
            .StartTestAsync();
    }
}
