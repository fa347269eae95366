using LeftBehind.Dialogs.Dialogs;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

public sealed class RestartTests
{
    [Fact]
    public async Task Waterfall_continues_after_a_restart_on_the_same_sqlite_file()
    {
        var path = KernelStorages.NewSqlitePath();
        const string conversation = "restart-1";

        var first = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: KernelStorages.Sqlite(path), conversationId: conversation);
        await first.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send("2").AssertReply("请几天假？")
            .StartTestAsync();

        // Everything new: dialog objects, states, storage, connection factory. Only the file is shared.
        var second = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: KernelStorages.Sqlite(path), conversationId: conversation);
        await second.Flow()
            .Send("三").AssertReply("小红请假3天，对吗？")
            .StartTestAsync();

        var third = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: KernelStorages.Sqlite(path), conversationId: conversation);
        await third.Flow()
            .Send("对").AssertReply("已为小红请假3天。")
            .StartTestAsync();
        Assert.Equal(DialogTurnStatus.Complete, third.DialogTurnResult!.Status);
        Assert.Equal(new SickDayState { Child = "小红", Days = 3, StepRuns = 2 }, third.DialogTurnResult.Result);
    }

    [Fact]
    public async Task The_same_transcript_runs_on_memory_and_on_sqlite()
    {
        foreach (var storage in new Dialogs.State.IStorage[] { new Dialogs.State.MemoryStorage(), KernelStorages.Sqlite(KernelStorages.NewSqlitePath()) })
        {
            var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: storage);
            await client.Flow()
                .Send("hi").AssertReply("哪个孩子请假？")
                .Send("回复1").AssertReply("请几天假？")
                .Send("１２").AssertReply("小明请假12天，对吗？")
                .Send("不用").AssertReply("好的，没有提交。")
                .StartTestAsync();
        }
    }
}
