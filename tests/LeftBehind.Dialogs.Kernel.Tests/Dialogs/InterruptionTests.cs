using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class InterruptionTests
{
    [Fact]
    public async Task Help_mid_dialog_answers_and_asks_the_same_question_again_keeping_the_stack()
    {
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog());
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("小明").AssertReply("请几天假？")
            .Send("帮助").AssertReplyContains("菜单").AssertReply("请几天假？")
            .Send("？").AssertReplyContains("算了").AssertReply("请几天假？")
            .Send("3").AssertReply("小明请假3天，对吗？")
            .StartTestAsync();
    }

    [Fact]
    public async Task Cancel_mid_dialog_empties_the_stack_and_the_next_message_starts_over()
    {
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog());
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("小明").AssertReply("请几天假？")
            .Send("算了吧").AssertReply("好的，已经取消了。").AssertNoReply()
            .Send("你好").AssertReply("哪个孩子请假？")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Menu_mid_dialog_goes_back_to_the_start_in_the_same_turn()
    {
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), locale: "en-US");
        await client.Flow()
            .Send("start").AssertReply("哪个孩子请假？")
            .Send("1").AssertReply("请几天假？")
            .Send("Menu").AssertReply("哪个孩子请假？")
            .Send("cancel").AssertReply("OK, cancelled.")
            .StartTestAsync();
    }
}
