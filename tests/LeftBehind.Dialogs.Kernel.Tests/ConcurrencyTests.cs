using LeftBehind.Dialogs.Kernel;
using LeftBehind.Dialogs.Schema;
using LeftBehind.Dialogs.State;
using LeftBehind.Dialogs.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeftBehind.Tests.Kernel;

public sealed class ConcurrencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Two_messages_at_once_in_one_process_run_one_after_the_other_each_step_once()
    {
        var dialog = new ReportSickDayDialog();
        var client = new DialogTestClient(Channels.Test, dialog, storage: KernelStorages.Sqlite(KernelStorages.NewSqlitePath()));
        Assert.Equal("哪个孩子请假？", (await client.SendActivityAsync("开始"))!.Text);

        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var concurrent = 0;
        var maxConcurrent = 0;
        dialog.BeforeStep = async () =>
        {
            var now = Interlocked.Increment(ref concurrent);
            InterlockedMax(ref maxConcurrent, now);
            inside.TrySetResult();
            await release.Task.WaitAsync(Patience);
            Interlocked.Decrement(ref concurrent);
        };

        var first = client.Adapter.ProcessActivityAsync(client.Adapter.MakeActivity("小明"), client.Callback);
        await inside.Task.WaitAsync(Patience);
        var second = client.Adapter.ProcessActivityAsync(client.Adapter.MakeActivity("4"), client.Callback);
        Assert.False(second.IsCompleted);
        release.SetResult();
        await Task.WhenAll(first, second).WaitAsync(Patience);

        Assert.Equal(1, maxConcurrent);
        Assert.Equal(3, dialog.StepExecutions);
        Assert.Equal("请几天假？", client.GetNextReply()!.Text);
        Assert.Equal("小明请假4天，对吗？", client.GetNextReply()!.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public Task Two_processes_racing_on_sqlite_lose_no_update_and_show_no_step_twice() =>
        RaceAsync(() => Task.FromResult<IStorage>(KernelStorages.Sqlite(SharedPath.Value)));

    [Fact]
    public Task Two_processes_racing_on_postgres_lose_no_update_and_show_no_step_twice()
    {
        var db = new Lazy<Task<IStorage>>(async () => await KernelStorages.PostgresAsync());
        return RaceAsync(() => db.Value);
    }

    private static readonly Lazy<string> SharedPath = new(KernelStorages.NewSqlitePath);

    /// <summary>
    /// Two "processes" (own locks, own storage objects, one database) take a turn in the same conversation at the
    /// same moment; both read before either writes, so one save must conflict and its turn re-run.
    /// </summary>
    private static async Task RaceAsync(Func<Task<IStorage>> storageFactory)
    {
        var conversation = "race-" + Guid.NewGuid().ToString("n");
        var storages = new[] { await storageFactory(), await storageFactory() };
        var loaded = new[] { new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var attempts = new int[2];
        var adapters = new TestAdapter[2];
        var turns = new Task[2];
        for (var i = 0; i < 2; i++)
        {
            var me = i;
            var conversationState = new ConversationState(storages[i]);
            var userState = new UserState(storages[i]);
            var runner = new TurnRunner(userState, conversationState, new PrivateConversationState(storages[i]), new KernelAccessors(userState, conversationState),
                new ConversationLocks(), Options.Create(new KernelOptions()), NullLogger<TurnRunner>.Instance);
            var counter = conversationState.CreateProperty<CounterState>("counter");
            adapters[i] = new TestAdapter(conversationId: conversation);
            var text = me == 0 ? "A" : "B";
            turns[i] = adapters[i].ProcessActivityAsync(adapters[i].MakeActivity(text), (ctx, ct) => runner.RunAsync(ctx, async (c, t) =>
            {
                var state = await counter.GetAsync(c, () => new CounterState(), t);
                if (Interlocked.Increment(ref attempts[me]) == 1)
                {
                    loaded[me].SetResult();
                    await loaded[1 - me].Task.WaitAsync(Patience);
                }
                state.Count++;
                state.Seen.Add(text);
                await c.SendActivityAsync($"{text}:{state.Count}", t);
            }, ct));
        }
        await Task.WhenAll(turns).WaitAsync(Patience);

        Assert.Equal(3, attempts.Sum());
        var check = new ConversationState(storages[0]);
        var probe = new TestAdapter(conversationId: conversation);
        var final = await check.CreateProperty<CounterState>("counter").GetAsync(new TurnContext(probe, probe.MakeActivity("x")));
        Assert.Equal(2, final.Count);
        Assert.Equal(["A", "B"], final.Seen.Order(StringComparer.Ordinal));

        // Each user message got exactly one reply; the loser's discarded attempt never reached the channel.
        var replies = adapters.Select(a => a.GetNextReply()?.Text).ToList();
        Assert.All(adapters, a => Assert.Null(a.GetNextReply()));
        Assert.Equal(["1", "2"], replies.Select(r => r![2..]).Order());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
