using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class WaterfallTranscriptTests
{
    [Fact]
    public async Task Guardian_reports_a_sick_day_in_three_steps()
    {
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog());
        await client.Flow()
            .Send("你好").AssertReply("哪个孩子请假？").AssertSuggestedActions("小明", "小红")
            .Send("明明").AssertReply("请几天假？")
            .Send("两天").AssertReply("小明请假2天，对吗？").AssertSuggestedActions("是", "否")
            .Send("好的").AssertReply("已为小明请假2天。")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(new SickDayState { Child = "小明", Days = 2, StepRuns = 2 }, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task An_answer_to_a_later_question_is_kept_and_the_question_asked_again_comes_back_to_the_same_step()
    {
        var client = new DialogTestClient(Channels.Test, new EarlyAnswerDialog());
        await client.Flow()
            .Send("你好").AssertReply("请几天假？")
            .Send("发烧").AssertReply("记下了，请几天假？")
            .Send("2").AssertReply("请假2天：发烧")
            .AssertNoReply()
            .StartTestAsync();
        Assert.Equal(new SickDayState { Child = "发烧", Days = 2, StepRuns = 2 }, client.DialogTurnResult!.Result);
    }
}
