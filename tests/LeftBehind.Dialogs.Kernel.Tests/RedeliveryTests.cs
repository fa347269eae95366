using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;

namespace LeftBehind.Tests.Kernel;

/// <summary>
/// A channel redelivers an activity (same id) whose turn was saved but never acknowledged, because the process died
/// in between. The step must not run again; the user gets the same answer.
/// </summary>
public sealed class RedeliveryTests
{
    [Fact]
    public Task Redelivered_message_after_a_restart_on_sqlite_replays_the_reply_and_runs_no_step()
    {
        var path = KernelStorages.NewSqlitePath();
        return RedeliverAfterRestartAsync(() => KernelStorages.Sqlite(path));
    }

    [Fact]
    public async Task Redelivered_message_after_a_restart_on_postgres_replays_the_reply_and_runs_no_step()
    {
        var database = await KernelStorages.PostgresDatabaseAsync();
        await RedeliverAfterRestartAsync(() => KernelStorages.Postgres(database));
    }

    [Fact]
    public async Task Message_delivered_twice_in_one_process_runs_its_step_once_and_is_answered_twice()
    {
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog, storage: KernelStorages.Sqlite(KernelStorages.NewSqlitePath()));
        var pick = WithId(client.Adapter.MakeActivity("明明"), "act-7");
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？").AssertSuggestedActions("小明", "小红")
            .Send(pick).AssertReply("请几天假？")
            .Send(pick).AssertReply("请几天假？").AssertNoReply()
            .Send("2").AssertReply("小明请假2天，对吗？")
            .StartTestAsync();
        Assert.Equal(3, dialog.StepExecutions);
    }

    [Fact]
    public async Task Redelivered_id_whose_replies_were_over_the_size_cap_runs_no_step_and_sends_nothing()
    {
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog, options: new KernelOptions { ProcessedReplyBytes = 0 });
        var pick = WithId(client.Adapter.MakeActivity("1"), "act-1");
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send(pick).AssertReply("请几天假？")
            .Send(pick).AssertNoReply()
            .Send("4").AssertReply("小明请假4天，对吗？")
            .StartTestAsync();
        Assert.Equal(3, dialog.StepExecutions);
    }

    [Fact]
    public async Task Activities_without_an_id_run_every_time()
    {
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog);
        var pick = WithId(client.Adapter.MakeActivity("2"), string.Empty);
        await client.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send(pick).AssertReply("请几天假？")
            .Send(pick).AssertReply("小红请假2天，对吗？")
            .StartTestAsync();
        Assert.Equal(3, dialog.StepExecutions);
    }

    [Fact]
    public async Task Ids_older_than_the_window_are_forgotten()
    {
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog, options: new KernelOptions { ProcessedActivityWindow = 2 });
        var start = WithId(client.Adapter.MakeActivity("开始"), "old-1");
        await client.Flow()
            .Send(start).AssertReply("哪个孩子请假？")
            .Send("1").AssertReply("请几天假？")
            .Send("两").AssertReply("小明请假2天，对吗？")
            .Send(start).AssertReplyContains("请回复「是」或「不是」。")
            .StartTestAsync();
    }

    [Fact]
    public void The_window_keeps_the_newest_ids_and_gives_each_new_one_the_slot_of_the_oldest_it_drops()
    {
        var window = new ProcessedActivities();
        var slots = new List<int?>();
        for (var i = 1; i <= 20; i++) slots.Add(window.Add("a" + i, keepReplies: i != 15, window: 12));
        Assert.Equal(Enumerable.Range(9, 12).Select(i => "a" + i), window.Recent.Select(p => p.Id));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => (int?)i), slots.Take(12));
        Assert.Null(slots[14]);
        // a13 took a1's slot 0, …; a16 takes slot 2 (a3's), a15 having kept no replies; no two kept ids share a slot.
        Assert.Equal(2, window.Find("a16")!.Slot);
        var kept = window.Recent.Where(p => p.Slot is not null).ToList();
        Assert.Equal(kept.Count, kept.Select(p => p.Slot).Distinct().Count());
        Assert.Null(window.Find("a8"));
        Assert.NotNull(window.Find("a9"));
    }

    [Fact]
    public async Task Twenty_turns_leave_the_conversation_row_with_ids_only_and_no_more_reply_rows_than_the_window()
    {
        var path = KernelStorages.NewSqlitePath();
        var storage = KernelStorages.Sqlite(path);
        var client = new DialogTestClient(Channels.Test, new ReportSickDayDialog(), storage: storage, options: new KernelOptions { ProcessedActivityWindow = 4 });
        var flow = client.Flow();
        for (var i = 0; i < 5; i++)
        {
            flow = flow.Send("开始").AssertReply("哪个孩子请假？")
                .Send("1").AssertReply("请几天假？")
                .Send("1").AssertReply("小明请假1天，对吗？")
                .Send("对").AssertReply("已为小明请假1天。");
        }
        await flow.StartTestAsync();

        var key = $"{Channels.Test}/conversations/{client.Adapter.Conversation.Conversation!.Id}";
        var conversation = (await storage.ReadAsync([key]))[key].Json;
        Assert.DoesNotContain("小明", conversation);
        Assert.Equal(1 + 4, await KernelStorages.CountRowsAsync(KernelStorages.SqliteConnections(path)));
    }

    [Fact]
    public async Task A_record_written_before_replies_had_rows_of_their_own_is_still_replayed()
    {
        var storage = new MemoryStorage();
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog, storage: storage, conversationId: "legacy-1");
        var key = $"{Channels.Test}/conversations/legacy-1";
        await client.Flow().Send("开始").AssertReply("哪个孩子请假？").StartTestAsync();
        // The record as an earlier version wrote it: replies inline, no slot.
        var stored = System.Text.Json.Nodes.JsonNode.Parse((await storage.ReadAsync([key]))[key].Json)!.AsObject();
        stored["processedActivities"] = System.Text.Json.Nodes.JsonNode.Parse(
            """{"recent":[{"id":"old-7","replies":[{"type":"message","text":"请几天假？"}],"replyBytes":40}]}""");
        await storage.WriteAsync(new Dictionary<string, StorageEntry> { [key] = new(stored.ToJsonString(), ETags.Any) });

        await client.Flow()
            .Send(WithId(client.Adapter.MakeActivity("1"), "old-7")).AssertReply("请几天假？").AssertNoReply()
            .StartTestAsync();
        Assert.Equal(1, dialog.StepExecutions);
    }

    private static async Task RedeliverAfterRestartAsync(Func<IStorage> storage)
    {
        const string conversation = "redelivery-1";
        var firstRun = new ReportSickDayDialog();
        var first = new DialogTestClient(Channels.Test, firstRun, storage: storage(), conversationId: conversation);
        var pick = WithId(first.Adapter.MakeActivity("2"), "channel-activity-2");
        await first.Flow()
            .Send("开始").AssertReply("哪个孩子请假？")
            .Send(pick).AssertReply("请几天假？")
            .StartTestAsync();
        Assert.Equal(2, firstRun.StepExecutions);

        // The process died after saving that turn and before the channel got its answer: a new process (new storage,
        // states, dialog) receives the same activity again.
        var afterRestart = new ReportSickDayDialog();
        var second = new DialogTestClient(Channels.Test, afterRestart, storage: storage(), conversationId: conversation);
        await second.Flow()
            .Send(pick).AssertReply("请几天假？").AssertNoReply()
            .Do(() => Assert.Equal(0, afterRestart.StepExecutions))
            .Send("3").AssertReply("小红请假3天，对吗？")
            .Send("对").AssertReply("已为小红请假3天。")
            .StartTestAsync();
        Assert.Equal(new SickDayState { Child = "小红", Days = 3, StepRuns = 2 }, second.DialogTurnResult!.Result);
        Assert.Equal(2, afterRestart.StepExecutions);
    }

    private static Activity WithId(Activity activity, string id)
    {
        activity.Id = id;
        return activity;
    }
}
